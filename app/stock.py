"""Stock here and now (DESIGN.md, Stock): the last server figure plus this terminal's movements
that figure does not include yet. Never an overwrite.

A movement is in the server figure once the platform acknowledged its event *and* the stock feed
cursor has reached the feed sequence the platform gave in that acknowledgement; until both, it is
added here, so a sale is never counted twice nor missed between a push and the next pull.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session


@dataclass(frozen=True)
class StockFigure:
    variant_id: int
    location: str
    server_on_hand: int | None  # None: the platform never gave a figure
    as_of: str | None
    unsynced: int

    @property
    def on_hand(self) -> int:
        return (self.server_on_hand or 0) + self.unsynced


def here_and_now(session: Session, variant_id: int, location: str) -> StockFigure:
    level = session.execute(
        text("SELECT on_hand, as_of FROM stock_levels WHERE variant_id = :v AND location_code = :l"),
        {"v": variant_id, "l": location},
    ).first()
    unsynced = session.execute(
        text(
            "SELECT COALESCE(SUM(m.qty), 0) FROM stock_movements m "
            "JOIN outbox_delivery d ON d.event_id = m.event_id "
            "WHERE m.variant_id = :v AND m.location_code = :l AND (d.status != 'acked' OR d.stock_seq > "
            "COALESCE((SELECT cursor FROM sync_cursors WHERE feed = 'stock'), 0))"
        ),
        {"v": variant_id, "l": location},
    ).scalar_one()
    return StockFigure(variant_id, location, level[0] if level else None, level[1] if level else None, unsynced)


def on_hand_many(session: Session, variant_ids: list[int], location: str) -> dict[int, int]:
    """:func:`here_and_now` of many variants in two queries (a style's matrix); variants with no
    figure and no movement are absent (0)."""
    return {vid: figure.on_hand for vid, figure in figures_many(session, variant_ids, location).items()}


def figures_many(session: Session, variant_ids: list[int], location: str) -> dict[int, StockFigure]:
    """:func:`here_and_now` of many variants in two queries, whatever their number (a cart checked
    on every scan); variants with no figure and no movement are absent."""
    if not variant_ids:
        return {}
    marks = ",".join(str(int(v)) for v in set(variant_ids))
    levels = {
        vid: (on_hand, as_of)
        for vid, on_hand, as_of in session.execute(
            text(
                "SELECT variant_id, on_hand, as_of FROM stock_levels "
                f"WHERE location_code = :l AND variant_id IN ({marks})"
            ),
            {"l": location},
        )
    }
    unsynced = {
        vid: int(qty)
        for vid, qty in session.execute(
            text(
                "SELECT m.variant_id, SUM(m.qty) FROM stock_movements m "
                "JOIN outbox_delivery d ON d.event_id = m.event_id "
                f"WHERE m.variant_id IN ({marks}) AND m.location_code = :l AND (d.status != 'acked' OR "
                "d.stock_seq > COALESCE((SELECT cursor FROM sync_cursors WHERE feed = 'stock'), 0)) "
                "GROUP BY m.variant_id"
            ),
            {"l": location},
        )
    }
    return {
        vid: StockFigure(vid, location, *levels.get(vid, (None, None)), unsynced.get(vid, 0))
        for vid in levels.keys() | unsynced.keys()
    }
