"""Quick keys: the items a till sells without a barcode at hand (bags, gift wrap, a hanger) or most
often, one touch away. A store names them in ``config.toml`` (``[till] quick_keys``); a till with none
named offers its own best sellers, so a new store gets useful keys on the first day.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

from app.catalog import Item, find_code, get_variant
from app.errors import UserError

LIMIT = 8  # one row of keys, Alt+1 to Alt+8
RECENT_SALES = 2000  # best sellers are counted over this terminal's latest sales: bounded work at sign-in


@dataclass(frozen=True)
class QuickKeys:
    items: list[Item]
    unknown: list[str]  # configured codes the catalog does not know: a manager fixes config.toml


def load(session: Session, price_list: str, configured: list[str]) -> QuickKeys:
    if configured:
        items, unknown = [], []
        for code in configured[:LIMIT]:
            try:
                items.append(find_code(session, code, price_list))
            except UserError:
                unknown.append(code)
        return QuickKeys(items, unknown)
    rows = session.execute(
        text(
            "SELECT l.variant_id FROM sale_lines l "
            "JOIN (SELECT id FROM sales ORDER BY rowid DESC LIMIT :recent) s ON s.id = l.sale_id "
            "JOIN variants v ON v.id = l.variant_id AND v.active "
            "WHERE l.qty > 0 GROUP BY l.variant_id ORDER BY SUM(l.qty) DESC, MAX(l.rowid) DESC LIMIT :n"
        ),
        {"recent": RECENT_SALES, "n": LIMIT},
    )
    return QuickKeys([get_variant(session, r[0], price_list) for r in rows], [])
