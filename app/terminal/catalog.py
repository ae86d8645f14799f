"""The catalog as this till sells from it: a barcode or SKU, name search, the quick keys, and the
store's scanning setting."""

from __future__ import annotations

from dataclasses import replace

from app import audit, catalog, quick_keys
from app.catalog import Item
from app.db.models import StoreSettings
from app.quick_keys import QuickKeys
from app.terminal.context import Context


class CatalogService:
    """``terminal.catalog``: items at this store's prices."""

    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    def lookup(self, code: str) -> Item:
        return catalog.find_code(self._ctx.db.reader(), code, self._ctx.info.price_list)

    def search(self, query: str, *, limit: int = 50, offset: int = 0) -> list[Item]:
        return catalog.search(self._ctx.db.reader(), query, self._ctx.info.price_list, limit=limit, offset=offset)

    def quick_keys(self) -> QuickKeys:
        with self._ctx.db.read() as s:
            return quick_keys.load(s, self._ctx.info.price_list, self._ctx.config.quick_keys)

    def set_merge_scans(self, on: bool) -> None:
        """The store's setting: a repeated scan adds to the item's line (on) or gives a line per scan."""
        ctx = self._ctx
        user = ctx.require("catalog")
        with ctx.db.write() as s:
            s.get(StoreSettings, ctx.info.store).merge_scans = on
            audit.record(s, "store_setting", user_id=user.id, detail={"merge_scans": on})
        ctx.info = replace(ctx.info, merge_scans=on)
