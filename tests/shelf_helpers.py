"""Cloud-shelf figures for the terminal-only tests: an availability answer as the platform sends it,
kept through the real code (``terminal.shelf.save_availability``), and shelf feed items."""

from __future__ import annotations

from app.clock import now_iso
from app.terminal import Terminal

PLACES = [
    {"code": "S01", "name": "Test Store", "kind": "store", "region": "East"},
    {"code": "S02", "name": "Hangzhou", "kind": "store", "region": "East"},
    {"code": "S03", "name": "Beijing", "kind": "store", "region": "North"},
    {"code": "W01", "name": "Central Warehouse", "kind": "warehouse", "region": "East"},
]


def style_of(term: Terminal, n: int = 0) -> tuple[str, list[tuple[int, str, str, str]]]:
    """The ``n``-th style of the test catalog and its variants (id, sku, size, colour)."""
    with term.db.read() as s:
        code = s.connection().exec_driver_sql("SELECT code FROM styles ORDER BY id LIMIT 1 OFFSET ?", (n,)).scalar()
    return style_of_code(term, code)


def answer(term: Terminal, style: str, levels: dict[tuple[str, str], int], held: dict | None = None) -> dict:
    """The platform's availability answer for ``style``: ``levels`` maps (sku, location) to on hand."""
    _code, variants = style_of_code(term, style)
    skus = [sku for _id, sku, _size, _colour in variants]
    where = {p["code"]: n for n, p in enumerate(PLACES)}
    stamp = now_iso()
    return {
        "style": {"code": style, "name": "x"},
        "as_of": stamp,
        "variants": [{"sku": sku, "size": size, "colour": colour} for _id, sku, size, colour in variants],
        "locations": PLACES,
        "times": [stamp],
        "stock": {
            "variant": [skus.index(sku) for sku, _loc in levels],
            "location": [where[loc] for _sku, loc in levels],
            "on_hand": list(levels.values()),
            "moved": [0] * len(levels),
        },
        "held": [[skus.index(sku), where[loc], qty] for (sku, loc), qty in (held or {}).items()],
    }


def style_of_code(term: Terminal, style: str) -> tuple[str, list[tuple[int, str, str, str]]]:
    with term.db.read() as s:
        variants = (
            s.connection()
            .exec_driver_sql(
                "SELECT v.id, v.sku, v.size, v.colour FROM variants v JOIN styles s ON s.id = v.style_id "
                "WHERE s.code = ? ORDER BY v.id",
                (style,),
            )
            .all()
        )
    return style, [tuple(v) for v in variants]


def feed_item(term: Terminal, order_id: str, code: str, state: str, version: int, **extra: object) -> dict:
    """One shelf feed item for an order of this store, as the platform publishes it."""
    return {
        "key": order_id,
        "op": "upsert",
        "data": {
            "id": order_id, "code": code, "store": term.info.store, "sale_id": extra.pop("sale_id", "s"),
            "receipt_no": extra.pop("receipt_no", "S01-T02-000001"), "delivery": "home", "deliver_to": None,
            "state": state, "version": version, "currency": "CNY", "total": 100, "taken_offline": False,
            "problem": extra.pop("problem", ""), "pickup_state": None, "created_at": now_iso(),
            "updated_at": now_iso(), "closed_at": None,
            "lines": extra.pop("lines", [{"line_no": 1, "sku": "X", "description": "x", "qty": 1, "source": "auto",
                                          "allocations": [{"location": "W01", "qty": 1}]}]),
            "shipments": extra.pop("shipments", [{"location": "W01", "state": "reserved", "units": 1,
                                                  "shipped_at": None, "done_at": None}]),
            **extra,
        },
    }  # fmt: skip
