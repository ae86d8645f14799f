"""The cloud shelf's split rule: where the units of an order come from when the cashier lets the rule choose.

A rule, not a wire name, so it lives in the core: the platform applies it when it reserves, and the
till applies the same code to its last figures to show, offline, what the rule would pick (the
cloud-shelf dialog). docs/cloud-shelf.md states it in words.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


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
