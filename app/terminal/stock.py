"""Stock as a manager and the sale see it: here and now for one item, a style at every location with
its low-stock rows, and the CSV export."""

from __future__ import annotations

from pathlib import Path

from app import audit, shelf, stock
from app.terminal.context import Context


class StockService:
    """``terminal.stock``: stock shared across stores."""

    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    def here(self, variant_id: int) -> stock.StockFigure:
        with self._ctx.db.read() as s:
            return stock.here_and_now(s, variant_id, self._ctx.info.store)

    def shared(self, style_code: str, *, live: bool = False, note: str = "") -> tuple:
        """A manager's view of a style: (matrix, rows per location, low-stock rows)."""
        ctx = self._ctx
        ctx.require("stock")
        with ctx.db.read() as s:
            m = shelf.matrix(s, style_code, ctx.info.store, ctx.info.price_list, live=live, note=note)
        rows = shelf.stock_rows(m, ctx.info.store_name)
        return m, rows, shelf.low_stock(rows, ctx.config.low_stock)

    def export_csv(self, style_code: str, path: str | Path, *, low_only: bool = False) -> int:
        """Write a style's stock per location (or only the low-stock rows) as CSV; a manager's job."""
        m, rows, low = self.shared(style_code)
        with self._ctx.db.write() as s:
            audit.record(s, "stock_export", user_id=self._ctx.user.id, subject=style_code, detail={"path": str(path)})
        return shelf.write_csv(m, low if low_only else rows, Path(path))
