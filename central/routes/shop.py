"""The web shop's order API: orders for pickup at a store, looked up and cancelled by the shop."""

from typing import Any

from fastapi import APIRouter
from pydantic import BaseModel, Field
from sqlalchemy.exc import IntegrityError

from central import order_create, orders
from central.inputs import Input
from central.routes.deps import DB, ERRORS, MAX_SEQ, ShopAuthed

router = APIRouter()


class OrderLineIn(BaseModel):
    sku: str = Field(min_length=1, max_length=60)
    qty: int = Field(ge=1, le=order_create.MAX_QTY)
    unit_price: int | None = Field(default=None, ge=0, le=MAX_SEQ, description="Minor units; default: price list")


class CustomerIn(BaseModel):
    name: str = Field(min_length=1, max_length=120)
    phone: str = Field(default="", max_length=40)
    email: str = Field(default="", max_length=200)


class OrderRequest(Input):
    store: str = Field(min_length=1, max_length=16, description="The pickup store's code.")
    lines: list[OrderLineIn] = Field(min_length=1, max_length=order_create.MAX_LINES)
    customer: CustomerIn
    paid: bool = Field(description="Paid online; otherwise paid at the till before the handover.")
    reference: str | None = Field(default=None, max_length=80, description="The shop's own id: a repeat is one order.")
    note: str = Field(default="", max_length=500)


class OrderCreated(BaseModel):
    code: str
    pickup_code: str | None = Field(description="Shown once, for the customer; None for a repeat.")
    qr: str | None = Field(description="What the customer's QR code holds (order and pickup code).")
    repeat: bool
    order: dict[str, Any]


class CancelRequest(Input):
    reason: str = Field(min_length=1, max_length=200)


@router.post("/v1/shop/orders", status_code=201, responses=ERRORS)
def create_order(body: OrderRequest, who: ShopAuthed, db: DB) -> OrderCreated:
    """An order for pickup at a store: its stock is held there and its tills see it."""

    def make() -> OrderCreated:
        with db.write() as s:
            made = order_create.create_order(
                s,
                store=body.store,
                lines=[order_create.LineRequest(ln.sku, ln.qty, ln.unit_price) for ln in body.lines],
                customer=order_create.Customer(body.customer.name, body.customer.phone, body.customer.email),
                paid=body.paid,
                reference=body.reference,
                note=body.note,
            )
            view = orders.shop_view(s, made.order)
        return OrderCreated(code=made.order.code, pickup_code=made.pickup_code, qr=made.qr, repeat=made.repeat,
                            order=view)  # fmt: skip

    try:
        return make()
    except IntegrityError:
        # Another process made the order with this reference meanwhile (its unique key refused
        # ours): asked again, the repeat finds that order and answers with it.
        return make()


@router.get("/v1/shop/orders/{code}", responses=ERRORS)
def get_order(code: str, who: ShopAuthed, db: DB) -> dict[str, Any]:
    with db.read() as s:
        return orders.shop_view(s, orders.find(s, code))


@router.post("/v1/shop/orders/{code}/cancel", responses=ERRORS)
def cancel_order(code: str, body: CancelRequest, who: ShopAuthed, db: DB) -> dict[str, Any]:
    """Cancelled online (the customer asked): the store's tills see it at their next pull."""
    with db.write() as s:
        order = orders.cancel(s, orders.find(s, code, lock=True), reason=body.reason, actor="shop")
        return orders.shop_view(s, order)
