"""The orders page: pickup and cloud-shelf orders searched together by code, customer or store; a
cloud-shelf order shipped and delivered (or arrived at a store, where it joins the pickup queue);
cancelling with a reason; every action audited; an impossible move refused with a message and no
change; a store manager never sees or touches another store's orders."""

from __future__ import annotations

import re

from tests.hq_browser import Site, add_pickup_order, add_shelf_order, signed_in


def state_of(page: str, code: str) -> str:
    found = re.search(rf'<tr id="order-\w+-{re.escape(code)}" data-kind="\w+" data-state="(\w+)">', page)
    return found.group(1) if found else ""


def test_a_home_delivery_is_shipped_then_delivered_and_each_step_is_audited(hq_site: Site):
    code = add_shelf_order(hq_site, "S01", n=1)
    admin = signed_in(hq_site, "admin")
    assert state_of(admin.get("/hq/orders", params={"q": code}).text, code) == "confirmed"
    early = admin.post(f"/hq/orders/shelf/{code}/deliver")
    assert early.status_code == 409 and "no shipment is shipped" in early.text
    assert state_of(admin.get("/hq/orders", params={"q": code}).text, code) == "confirmed", "nothing changed"
    assert admin.post(f"/hq/orders/shelf/{code}/ship").status_code == 303
    assert state_of(admin.get("/hq/orders", params={"q": code}).text, code) == "shipped"
    wrong = admin.post(f"/hq/orders/shelf/{code}/arrive")
    assert wrong.status_code == 409 and "goes to the customer" in wrong.text
    late = admin.post(f"/hq/orders/shelf/{code}/cancel", {"reason": "customer changed their mind"})
    assert late.status_code == 409 and "goods may have left" in late.text
    assert admin.post(f"/hq/orders/shelf/{code}/deliver").status_code == 303
    assert state_of(admin.get("/hq/orders", params={"q": code}).text, code) == "delivered"
    log = admin.get("/hq/audit", params={"entity": "shelf_order", "entity_id": code}).text
    assert log.count("<td>ship</td>") == 1 and log.count("<td>deliver</td>") == 1 and "<td>cancel</td>" not in log


def test_a_store_delivery_arrives_and_joins_that_stores_pickup_queue(hq_site: Site):
    code = add_shelf_order(hq_site, "S01", to_store="S01", n=2)
    admin = signed_in(hq_site, "admin")
    assert admin.post(f"/hq/orders/shelf/{code}/ship").status_code == 303
    assert admin.post(f"/hq/orders/shelf/{code}/arrive").status_code == 303
    page = admin.get("/hq/orders", params={"q": code}).text
    assert 'data-kind="shelf" data-state="arrived"' in page and 'data-kind="pickup" data-state="new"' in page
    assert "Li Na" in page


def test_orders_are_found_by_code_customer_phone_or_store_and_cancelled_with_a_reason(hq_site: Site):
    code = add_pickup_order(hq_site, "S02", customer="Zhao Lei", phone="13900009999")
    admin = signed_in(hq_site, "admin", lang="zh_CN")
    for query in ({"q": code.lower()}, {"q": "zhao"}, {"q": "0009999"}, {"store": "S02", "kind": "pickup"}):
        assert state_of(admin.get("/hq/orders", params=query).text, code) == "new", query
    assert state_of(admin.get("/hq/orders", params={"q": "zhao", "store": "S01"}).text, code) == ""
    empty = admin.post(f"/hq/orders/pickup/{code}/cancel", {"reason": "  "})
    assert empty.status_code == 400 and "请说明取消订单的原因。" in empty.text
    assert admin.post(f"/hq/orders/pickup/{code}/cancel", {"reason": "out of stock"}).status_code == 303
    page = admin.get("/hq/orders", params={"q": code, "refund": "1"}).text
    assert state_of(page, code) == "cancelled" and "待退款" in page
    again = admin.post(f"/hq/orders/pickup/{code}/cancel", {"reason": "twice"})
    assert again.status_code == 409 and f"订单 {code} 已经是 cancelled。" in again.text
    unknown = admin.post(f"/hq/orders/pickup/{code}/ship")
    assert unknown.status_code == 404 and "此订单没有这个操作。" in unknown.text
    assert admin.post("/hq/orders/pickup/S01-ZZZZZZ/cancel", {"reason": "x"}).status_code == 404
    assert admin.post("/hq/orders/parcel/S01-ZZZZZZ/cancel", {"reason": "x"}).status_code == 404
    assert admin.get("/hq/orders", params={"kind": "parcel"}).status_code == 400
    log = admin.get("/hq/audit", params={"entity": "pickup_order", "entity_id": code}).text
    assert "out of stock" in log and log.count("<td>cancel</td>") == 1


def test_a_store_manager_sees_and_acts_on_their_stores_orders_only(hq_site: Site):
    mine = add_shelf_order(hq_site, "S01", n=3)
    theirs = add_shelf_order(hq_site, "S02", n=4)
    sam = signed_in(hq_site, "store_manager")
    page = sam.get("/hq/orders").text
    assert state_of(page, mine) == "confirmed" and state_of(page, theirs) == ""
    assert state_of(sam.get("/hq/orders", params={"q": theirs}).text, theirs) == ""
    assert sam.post(f"/hq/orders/shelf/{theirs}/ship").status_code == 403
    assert state_of(signed_in(hq_site, "admin").get("/hq/orders", params={"q": theirs}).text, theirs) == "confirmed"
    assert sam.post(f"/hq/orders/shelf/{mine}/ship").status_code == 303
    auditor = signed_in(hq_site, "auditor")
    assert state_of(auditor.get("/hq/orders").text, theirs) == "confirmed"
    assert auditor.post(f"/hq/orders/shelf/{theirs}/ship").status_code == 403
