"""Price lists with dated entries (new prices and markdowns), their preview, and the schedules feed.

A list belongs to one store, one region (every store whose ``region`` is that name) or the chain.
Each entry's start and end are the store's wall-clock times; the schedules feed carries every entry
to each store in its scope as UTC instants, ahead of time, so a till switches prices at the moment
by its own clock with no network. Which entry wins is ``core.price_rules`` (written down there).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from central.catalog_models import HqPriceList, PriceEntry
from central.clock import now_iso
from central.errors import ServiceError
from central.feeds import append_many
from central.models import Location, Price, Variant
from core.formats import FormatError, parse_amount
from core.price_rules import DEFAULT_TIMEZONE, RANKS, Dated, in_force, parse_local, to_utc
from sync.protocol import DELETE, SCHEDULES, UPSERT

_CODE = re.compile(r"^[A-Z0-9_-]{1,16}$")
KINDS = ("price", "markdown")


def _refuse(code: str, message: str, hint: str) -> ServiceError:
    return ServiceError(400, code, message, hint)


def _moment(text: str, what: str) -> str:
    """A typed wall-clock time; ``what`` is start, end or date."""
    try:
        return parse_local(text, what)
    except FormatError:
        raise _refuse(
            f"bad_{what}", f"The {what} is not a date and time.", "Write it as 2026-12-10 or 2026-12-10 09:00."
        ) from None


def _settings(location: Location) -> dict:
    return json.loads(location.settings or "{}")


def store_zone(location: Location) -> str:
    return _settings(location).get("timezone", DEFAULT_TIMEZONE)


def stores_of(session: Session, plist: HqPriceList) -> list[Location]:
    """The stores a list reaches, in code order."""
    query = select(Location).where(Location.kind == "store").order_by(Location.code)
    if plist.scope_kind == "store":
        query = query.where(Location.code == plist.scope_code)
    elif plist.scope_kind == "region":
        query = query.where(Location.region == plist.scope_code)
    return list(session.scalars(query))


def reaches(session: Session, plist: HqPriceList, sees) -> bool:
    """Whether a person who sees the stores ``sees`` accepts sees this list: a chain's list, a list
    of one of their stores, or of a region holding one of them (a store manager's scope)."""
    return plist.scope_kind == "chain" or any(sees(store.code) for store in stores_of(session, plist))


def create_list(
    session: Session, *, code: str, name: str, scope_kind: str, scope_code: str = "", base_list: str = "retail"
) -> HqPriceList:
    code, name, scope_code = code.strip().upper(), name.strip(), scope_code.strip()
    if not _CODE.match(code):
        raise _refuse(
            "bad_code",
            "A price list code is 1-16 capital letters, digits, '_' or '-'.",
            "Use a code like EAST or S01-XMAS.",
        )
    if not name:
        raise _refuse("no_name", "The price list has no name.", "Give it a name people will recognise.")
    if scope_kind not in RANKS:
        raise _refuse(
            "bad_scope", "A price list is for a store, a region or the whole chain.", "Pick one of the three."
        )
    if session.get(HqPriceList, code) is not None:
        raise ServiceError(409, "exists", "This price list code is taken.", "Pick another code.")
    plist = HqPriceList(
        code=code,
        name=name,
        scope_kind=scope_kind,
        scope_code="" if scope_kind == "chain" else scope_code,
        base_list=base_list,
        created_at=now_iso(),
    )
    if scope_kind != "chain" and not stores_of(session, plist):
        raise _refuse(
            "no_scope",
            "There is no such store, or no store in that region.",
            "Check the store code or the region's name.",
        )
    session.add(plist)
    session.flush()
    return plist


def _currency(session: Session, plist: HqPriceList) -> str:
    stores = stores_of(session, plist)
    return _settings(stores[0]).get("currency", "CNY") if stores else "CNY"


@dataclass(frozen=True)
class EntryInput:
    """What a person typed for an entry: checked by :func:`check_entry` before anything is written."""

    sku: str
    amount: str
    starts: str
    ends: str = ""
    kind: str = "price"


def check_entry(session: Session, plist: HqPriceList, typed: EntryInput) -> dict:
    """The entry's columns, or a 400 that says what to fix."""
    sku = typed.sku.strip()
    if session.get(Variant, sku) is None:
        raise _refuse("no_sku", "There is no variant with this SKU.", "Check the SKU in the catalogue.")
    if typed.kind not in KINDS:
        raise _refuse("bad_kind", "An entry is a price or a markdown.", "Pick one of the two.")
    try:
        amount = parse_amount(typed.amount, _currency(session, plist))
    except FormatError:
        raise _refuse(
            "bad_amount",
            "The price is not an amount with at most the currency's decimal places.",
            "Type it like 129.00 (no more than two decimals for yuan).",
        ) from None
    starts = _moment(typed.starts, "start")
    ends = _moment(typed.ends, "end") if typed.ends.strip() else None
    if amount < 0:
        raise _refuse("negative", "A price cannot be negative.", "Type the amount the customer pays.")
    if ends is not None and ends <= starts:
        raise _refuse(
            "ends_first", "The schedule ends before it starts.", "Set an end after the start, or leave it empty."
        )
    if typed.kind == "markdown" and ends is None:
        raise _refuse("markdown_end", "A markdown needs an end.", "Set the date the markdown ends.")
    return {"sku": sku, "amount": amount, "starts_local": starts, "ends_local": ends, "kind": typed.kind}


def add_entry(session: Session, list_code: str, typed: EntryInput) -> PriceEntry:
    plist = get_list(session, list_code)
    entry = PriceEntry(list_code=plist.code, created_at=now_iso(), **check_entry(session, plist, typed))
    session.add(entry)
    session.flush()
    publish(session, plist, [entry])
    return entry


def update_entry(session: Session, entry_id: int, typed: EntryInput) -> PriceEntry:
    entry = get_entry(session, entry_id)
    plist = get_list(session, entry.list_code)
    for column, value in check_entry(session, plist, typed).items():
        setattr(entry, column, value)
    session.flush()
    publish(session, plist, [entry])
    return entry


def delete_entry(session: Session, entry_id: int) -> None:
    entry = get_entry(session, entry_id)
    plist = get_list(session, entry.list_code)
    publish(session, plist, [entry], op=DELETE)
    session.delete(entry)
    session.flush()


def get_list(session: Session, code: str) -> HqPriceList:
    plist = session.get(HqPriceList, code.strip().upper())
    if plist is None:
        raise ServiceError(404, "no_list", "There is no such price list.", "Pick one from the price lists.")
    return plist


def get_entry(session: Session, entry_id: int) -> PriceEntry:
    entry = session.get(PriceEntry, entry_id)
    if entry is None:
        raise ServiceError(404, "no_entry", "There is no such price entry.", "Reload the price list.")
    return entry


def entry_body(plist: HqPriceList, entry: PriceEntry, store: Location) -> dict:
    """What a till stores of an entry: its instants in UTC for this store's time zone."""
    tz = store_zone(store)
    return {
        "id": entry.id,
        "price_list": plist.base_list,
        "sku": entry.sku,
        "amount": entry.amount,
        "starts_at": to_utc(entry.starts_local, tz),
        "ends_at": to_utc(entry.ends_local, tz) if entry.ends_local else None,
        "rank": RANKS[plist.scope_kind],
        "kind": entry.kind,
    }


def publish(session: Session, plist: HqPriceList, entries: list[PriceEntry], op: str = UPSERT) -> None:
    """Each entry to each store in the list's scope, on the store's own schedules feed."""
    changes = [
        (store.code, f"{store.code}:{e.id}", op, entry_body(plist, e, store) if op == UPSERT else {"id": e.id})
        for store in stores_of(session, plist)
        for e in entries
    ]
    append_many(session, SCHEDULES, changes)


def _dated(body: dict) -> Dated:
    return Dated(body["id"], body["amount"], body["starts_at"], body["ends_at"], body["rank"])


@dataclass(frozen=True)
class Charge:
    """What a store charges for a SKU at a moment, and why."""

    sku: str
    base: int | None
    amount: int | None
    entry_id: int | None
    list_code: str | None
    kind: str | None


def preview(
    session: Session, store_code: str, at_local: str, skus: list[str], base_list: str = "retail"
) -> list[Charge]:
    """What ``store_code`` charges for each SKU at its wall-clock moment ``at_local``, by the rule the tills use."""
    store = session.get(Location, store_code)
    if store is None or store.kind != "store":
        raise _refuse("no_store", "There is no such store.", "Pick a store from the list.")
    at = to_utc(_moment(at_local, "date"), store_zone(store))
    lists = [
        p
        for p in session.scalars(select(HqPriceList).where(HqPriceList.base_list == base_list))
        if store in stores_of(session, p)
    ]
    by_code = {p.code: p for p in lists}
    entries = session.scalars(
        select(PriceEntry).where(PriceEntry.sku.in_(skus), PriceEntry.list_code.in_(list(by_code)))
    ).all()
    base = dict(
        session.execute(select(Price.sku, Price.amount).where(Price.price_list == base_list, Price.sku.in_(skus))).all()
    )
    charges = []
    for sku in skus:
        mine = {e.id: e for e in entries if e.sku == sku}
        dated = [_dated(entry_body(by_code[e.list_code], e, store)) for e in mine.values()]
        winner = in_force(dated, at)
        if winner is None:
            charges.append(Charge(sku, base.get(sku), base.get(sku), None, None, None))
        else:
            e = mine[winner.id]
            charges.append(Charge(sku, base.get(sku), winner.amount, e.id, e.list_code, e.kind))
    return charges


def list_entries(session: Session, list_code: str) -> list[PriceEntry]:
    return list(
        session.scalars(
            select(PriceEntry).where(PriceEntry.list_code == list_code).order_by(PriceEntry.starts_local, PriceEntry.id)
        )
    )


def all_lists(session: Session) -> list[HqPriceList]:
    return list(session.scalars(select(HqPriceList).order_by(HqPriceList.code)))


def skus_of(session: Session, style_or_sku: str) -> list[str]:
    """The variants of a style, or the one SKU typed; a 404 for neither."""
    typed = style_or_sku.strip()
    skus = list(session.scalars(select(Variant.sku).where(Variant.style_code == typed).order_by(Variant.sku)))
    if not skus and session.get(Variant, typed) is not None:
        skus = [typed]
    if not skus:
        raise ServiceError(404, "no_style_or_sku", "There is no style or SKU like this.", "Type a style code or a SKU.")
    return skus
