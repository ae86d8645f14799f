"""The cloud shelf's split rule and size order (core.allocation, core.sizes): the same code at the till and
the platform, so the till's offline preview picks what the platform reserves."""

from __future__ import annotations

from core import allocation, sizes
from core.allocation import Need, Place


def test_the_rule_prefers_the_region_then_the_warehouse_then_fewest_shipments() -> None:
    places = [Place("S01", "store", "East"), Place("S02", "store", "East"), Place("S04", "store", "East"),
              Place("S03", "store", "North"), Place("W01", "warehouse", "East"),
              Place("W02", "warehouse", "North")]  # fmt: skip
    need = [Need(1, "A", 2), Need(2, "B", 1)]

    def plan(**free: int) -> tuple:
        pool = {tuple(k.split("_")): v for k, v in free.items()}
        return allocation.plan(need, places, pool, home="S01", home_region="East")

    # the selling store never ships to itself; one store of the region fills all: one shipment
    assert plan(S01_A=9, S01_B=9, S02_A=2, S02_B=1, W01_A=9, W01_B=9) == ([(1, "S02", 2), (2, "S02", 1)], {})
    # the region's stores together fill it: two shipments there beat one from the warehouse
    assert plan(S02_A=2, S04_B=1, W01_A=9, W01_B=9) == ([(1, "S02", 2), (2, "S04", 1)], {})
    # the region is short: the warehouse joins; the place filling most goes first (fewest shipments)
    assert plan(S02_A=1, W01_A=2, W01_B=1, S03_A=9, S03_B=9) == ([(1, "W01", 2), (2, "W01", 1)], {})
    # a tie on units goes to the region's own warehouse before another region's
    assert plan(W02_A=2, W02_B=1, W01_A=2, W01_B=1) == ([(1, "W01", 2), (2, "W01", 1)], {})
    # only all three tiers together can fill it: split over a region store, the warehouse, a far store
    assert plan(S02_A=1, W01_A=1, S03_B=1) == ([(1, "S02", 1), (1, "W01", 1), (2, "S03", 1)], {})
    # nowhere enough: nothing allocated, the line's shortfall named
    assert plan(S02_A=1, S03_B=1) == ([], {1: 1})
    assert [sizes.size_key(x) for x in ("XS", "M", "XXL")] == sorted(sizes.size_key(x) for x in ("M", "XXL", "XS"))
    assert sorted(["32", "M", "28", "S", "One"], key=sizes.size_key) == ["S", "M", "28", "32", "One"]
