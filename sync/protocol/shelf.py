"""The cloud shelf (endless aisle): the contract the central service and the terminals share.

* **The split rule** (:func:`plan`) decides where the units of an order come from when the cashier
  lets the rule choose. The platform applies it when it reserves; the till applies the same code to
  its last figures to show, offline, what the rule would pick. docs/cloud-shelf.md states it in words.
* **States** of an order, the platform's and the two the till shows before the platform answers.
* **Customer details** (:func:`contact_problem`): what each delivery needs. They travel to the
  platform once, outside the immutable event, and never come back in a feed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

# ---------------------------------------------------------------- states
HELD = "held"  # till only: sold with the platform's hold; the sale's event is on its way
TO_CONFIRM = "to_confirm"  # till only: sold offline from the last figures; nothing reserved yet
CONFIRMED = "confirmed"  # every unit reserved at its source
UNFILLED = "unfilled"  # the platform could not reserve it (the stock was gone): refund or another source
SHIPPED = "shipped"  # every shipment left its source
DELIVERED = "delivered"  # home delivery: every shipment delivered
ARRIVED = "arrived"  # store delivery: every shipment arrived; the order is in that store's pickup queue
CANCELLED = "cancelled"  # refunded at the till, or cancelled at the platform
STATES = (HELD, TO_CONFIRM, CONFIRMED, UNFILLED, SHIPPED, DELIVERED, ARRIVED, CANCELLED)
CLOSED_STATES = frozenset({DELIVERED, ARRIVED, CANCELLED})
OPEN_STATES = frozenset(STATES) - CLOSED_STATES

# shipments: one per source location of an order
RESERVED = "reserved"
SHIPMENT_STATES = (RESERVED, SHIPPED, DELIVERED, ARRIVED, CANCELLED)

HOME = "home"
STORE = "store"
DELIVERIES = (HOME, STORE)
AUTO = "auto"  # "best by the rule" as a line's source

HOLD_MINUTES = 15  # a hold taken while the customer pays lapses on its own after this
MAX_LINES = 20
MAX_QTY = 99


# ---------------------------------------------------------------- the split rule
@dataclass(frozen=True)
class Place:
    code: str
    kind: str  # store | warehouse
    region: str = ""


def tier(place: Place, home_region: str) -> int:
    """0: a store in the selling store's region; 1: a warehouse; 2: a store elsewhere."""
    if place.kind == "warehouse":
        return 1
    return 0 if place.region == home_region else 2


def ranked(places: Iterable[Place], home: str, home_region: str) -> list[Place]:
    """Candidate sources in the rule's order: tier, then this region's warehouses first, then code.
    The selling store is no candidate: its own stock is sold over the counter."""
    return sorted(
        (p for p in places if p.code != home),
        key=lambda p: (tier(p, home_region), p.region != home_region, p.code),
    )


@dataclass(frozen=True)
class Need:
    key: int  # the line number
    sku: str
    qty: int


def _greedy(needs: list[Need], places: list[Place], free: dict[tuple[str, str], int]) -> tuple[list, dict[int, int]]:
    """Fewest shipments, greedily: take the place that fills the most remaining units (ties: rank
    order), give it every unit it can, repeat. Returns ([(key, location, qty)], {key: units short})."""
    left = {n.key: n.qty for n in needs}
    sku_of = {n.key: n.sku for n in needs}
    pool = dict(free)
    chosen: list[tuple[int, str, int]] = []
    unused = list(places)
    while any(left.values()) and unused:
        best, best_gain = None, 0
        for place in unused:
            budget: dict[str, int] = {}
            gain = 0
            for key, want in left.items():
                sku = sku_of[key]
                have = pool.get((place.code, sku), 0) - budget.get(sku, 0)
                take = max(0, min(want, have))
                budget[sku] = budget.get(sku, 0) + take
                gain += take
            if gain > best_gain:
                best, best_gain = place, gain
        if best is None:
            break
        unused.remove(best)
        for key in sorted(left):
            sku = sku_of[key]
            take = max(0, min(left[key], pool.get((best.code, sku), 0)))
            if take:
                chosen.append((key, best.code, take))
                left[key] -= take
                pool[(best.code, sku)] = pool.get((best.code, sku), 0) - take
    return chosen, {k: v for k, v in left.items() if v}


def plan(
    needs: list[Need], places: Iterable[Place], free: dict[tuple[str, str], int], *, home: str, home_region: str
) -> tuple[list[tuple[int, str, int]], dict[int, int]]:
    """Where the units of ``needs`` come from, by the written rule (docs/cloud-shelf.md):

    1. Only stores of the selling store's region are tried; if they cannot fill every unit, the
       warehouses join; if that is still short, every other store joins.
    2. Within what may be used, the fewest shipments: repeatedly the location that fills the most of
       what is left (ties by rank: this region's stores, then warehouses of this region first, then
       other stores; then by code), which gives every unit it has.
    3. A line's units may come from several places; an order may be split across many.

    ``free`` is units available (on hand less held) per (location, SKU). Returns the allocation as
    ``[(line, location, qty)]`` and, when even every location together falls short, ``{line: units
    short}`` (with an empty allocation).
    """
    order = ranked(places, home, home_region)
    short: dict[int, int] = {n.key: n.qty for n in needs}
    for top in (0, 1, 2):
        allowed = [p for p in order if tier(p, home_region) <= top]
        chosen, short = _greedy(needs, allowed, free)
        if not short:
            return chosen, {}
    return [], short


_SIZES = ["XXXS", "XXS", "XS", "S", "M", "L", "XL", "XXL", "XXXL", "4XL", "5XL"]


def size_key(size: str) -> tuple:
    """Sizes in the order a person reads them: letter sizes small to large, then numbers, then the rest."""
    text = size.strip().upper()
    if text in _SIZES:
        return (0, _SIZES.index(text), "")
    try:
        return (1, float(text), "")
    except ValueError:
        return (2, 0, text)


# ---------------------------------------------------------------- availability answers
# GET /v1/stock/availability answers with one style:
#   {"style": {"code", "name"}, "as_of": ISO time, "variants": [{"sku", "size", "colour"}],
#    "locations": [{"code", "name", "kind", "region"}], "times": [ISO time, ...],
#    "stock": {"variant": [i, ...], "location": [i, ...], "on_hand": [n, ...], "moved": [i, ...]},
#    "held": [[variant index, location index, units held], ...]}
# ``stock`` is columns of one row per stock level (indexes into ``variants``, ``locations`` and
# ``times``, the last movement's time); ``held`` lists only the levels with units held. 40 variants
# at 500 locations stay a small answer that is quick to build, send and read.


# ---------------------------------------------------------------- customer details
# The address follows the selling store's country (``country``, ISO 3166 alpha-2): China writes
# province, city, district, then the street and the rest; elsewhere the street, the city, the state
# or region (``province``) and the postcode. A contact without ``country`` is the first shape the
# tills sent (street, city, postcode) and is checked as before, so older tills keep working.
CONTACT_FIELDS = ("name", "phone", "email", "address", "city", "postcode", "country", "province", "district")
_LIMITS = {"name": 120, "phone": 40, "email": 200, "address": 300, "city": 80, "postcode": 20, "country": 2,
           "province": 80, "district": 80}  # fmt: skip
CHINA = "CN"
# the address fields each country's form asks for, in the order it is written
ADDRESS_FIELDS = {CHINA: ("province", "city", "district", "address")}
OTHER_ADDRESS = ("address", "city", "province", "postcode")
_CN_MOBILE = re.compile(r"1\d{10}")


def address_fields(country: str) -> tuple[str, ...]:
    """The fields of a home address in ``country``, in the order the country writes them."""
    return ADDRESS_FIELDS.get(country, OTHER_ADDRESS)


def cn_mobile(phone: str) -> str:
    """A Chinese mobile number as its 11 digits (spaces, dashes and a +86 prefix dropped); "" if it is not one."""
    digits = "".join(ch for ch in phone if ch not in " -()")
    for prefix in ("+86", "0086"):
        digits = digits.removeprefix(prefix)
    return digits if _CN_MOBILE.fullmatch(digits) else ""


def clean_contact(contact: dict) -> dict[str, str]:
    """The known fields, trimmed, with their whitespace folded; anything else is dropped."""
    return {f: " ".join(str(contact.get(f) or "").split()) for f in CONTACT_FIELDS}


def contact_problem(delivery: str, contact: dict) -> str | None:
    """What is missing or wrong in the customer's details for ``delivery``, in words; None when fine.

    Home delivery needs a name, a phone and the address of the store's country (China: province,
    city, district and street; elsewhere the street and the city); delivery to a store needs the
    name the customer gives at the counter and a phone or an email to tell them it arrived. In
    China the phone is a mobile number (11 digits starting with 1): the notices go by SMS.
    """
    c = clean_contact(contact)
    for field, limit in _LIMITS.items():
        if len(c[field]) > limit:
            return f"The customer's {field} is longer than {limit} characters."
    if not c["name"]:
        return "The customer's name is missing."
    china = c["country"].upper() == CHINA
    digits = sum(ch.isdigit() for ch in c["phone"])
    if china and c["phone"] and not cn_mobile(c["phone"]):
        return "A mobile number in China has 11 digits and starts with 1, e.g. 138 0013 8000."
    if c["phone"] and digits < 4:
        return "The customer's phone number has fewer than 4 digits."
    if c["email"] and ("@" not in c["email"] or " " in c["email"]):
        return "The customer's email address is not valid."
    if delivery == HOME:
        if china:
            if not c["phone"] or not all(c[f] for f in ADDRESS_FIELDS[CHINA]):
                return "Home delivery needs the customer's mobile number, province, city, district and street."
            return None
        missing = [f for f in ("phone", "address", "city") if not c[f]]
        if missing:
            return "Home delivery needs the customer's " + ", ".join(missing) + "."
    elif delivery == STORE:
        if not c["phone"] and not c["email"]:
            return "Give the customer's phone or email, to tell them when it arrives."
    else:
        return f"'{delivery}' is not a delivery; use home or store."
    return None
