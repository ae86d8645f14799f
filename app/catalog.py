"""Catalog look-ups for the till: by barcode or SKU (an index probe), and by name (FTS5)."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from sqlalchemy.orm import Session

from app import clock
from app.codes import normalise
from app.db.engine import dbapi
from app.errors import NotFound, UserError


@dataclass(frozen=True)
class Item:
    variant_id: int
    sku: str
    style_code: str
    style_name: str
    size: str
    colour: str
    price: int | None  # in the store's price list; None when the list has no price for it
    tax_rate_ppm: int

    @property
    def description(self) -> str:
        return " ".join(part for part in (self.style_name, self.colour, self.size) if part)


# The price is the dated entry in force at the till's clock (``app.scheduled_prices``; the rule is
# ``core.price_rules``: most specific list, then latest start, then latest entry), else the list's price.
# One statement per scan: the entry is a probe of the look-up index on (variant_id, price_list, starts_at).
PRICE_IN_FORCE = """COALESCE((SELECT sp.amount FROM scheduled_prices sp
            WHERE sp.variant_id = v.id AND sp.price_list = :pl AND sp.starts_at <= :at
              AND (sp.ends_at IS NULL OR sp.ends_at > :at)
            ORDER BY sp.rank DESC, sp.starts_at DESC, sp.id DESC LIMIT 1), p.amount)"""
"""The price of variant ``v`` (with ``prices p`` of list ``:pl`` joined) at the UTC instant ``:at``."""

_ITEM_SQL = f"""
SELECT v.id, v.sku, s.code, s.name, v.size, v.colour, {PRICE_IN_FORCE}, t.rate_ppm
FROM variants v
JOIN styles s ON s.id = v.style_id AND v.active
JOIN tax_classes t ON t.code = v.tax_class
LEFT JOIN prices p ON p.variant_id = v.id AND p.price_list = :pl
"""


_BY_CODE_SQL = _ITEM_SQL + " WHERE v.id = (SELECT variant_id FROM barcodes WHERE code = :key)"
_BY_SKU_SQL = _ITEM_SQL + " WHERE v.sku = :key"
_BY_ID_SQL = _ITEM_SQL + " WHERE v.id = :key"
_BY_IDS_SQL = _ITEM_SQL + " WHERE v.id IN (SELECT value FROM json_each(:key))"

Reader = Session | sqlite3.Connection  # a session's transaction, or a plain connection (Database.reader)


def _conn(source: Reader) -> sqlite3.Connection:
    """Plain ``sqlite3`` statements on every path here: these reads run once per scan, and
    SQLAlchemy's per-statement work costs several times the indexed query."""
    return source if isinstance(source, sqlite3.Connection) else dbapi(source)


def _item(row) -> Item:
    return Item(*row)


def _params(price_list: str, key: object, at: str | None) -> dict:
    """``at``: the UTC instant whose price applies (default: the till's clock now)."""
    return {"pl": price_list, "key": key, "at": at or clock.now_iso()}


def find_code(source: Reader, code: str, price_list: str, *, at: str | None = None) -> Item:
    """The variant a scanned or typed barcode or SKU names, at its price in force at ``at``."""
    key = normalise(code)
    conn = _conn(source)
    row = conn.execute(_BY_CODE_SQL, _params(price_list, key, at)).fetchone()
    if row is None:
        row = conn.execute(_BY_SKU_SQL, _params(price_list, code.strip(), at)).fetchone()
    if row is None:
        raise NotFound(
            f"No item with the code {code.strip()[:40]}.",
            "Check the code, search for the item by name, or set it aside for a manager.",
        )
    return _item(row)


def get_variant(source: Reader, variant_id: int, price_list: str, *, at: str | None = None) -> Item:
    row = _conn(source).execute(_BY_ID_SQL, _params(price_list, variant_id, at)).fetchone()
    if row is None:
        raise NotFound("That item is no longer in the catalog.", "Search for it again.")
    return _item(row)


def _words(query: str) -> list[str]:
    words = [w.replace('"', '""') for w in query.split() if w.strip()][:8]
    if not words:
        raise UserError("Type a word of the item's name, a SKU or a barcode.", "")
    return words


def _terms(words: list[str]) -> str:
    return " ".join(f'"{w}"*' for w in words)


def fts_query(query: str) -> str:
    """Each word becomes a quoted prefix term, so typed punctuation never breaks the FTS syntax."""
    return _terms(_words(query))


CHUNK = 256  # candidates checked at a time against one-letter words
MAX_CANDIDATES = 4096  # past this, the index answers the whole query after all


def _one_letter(word: str) -> bool:
    """A one-letter prefix ("s" for size S) has no prefix index (the index keeps 2 and 3 letters), so
    FTS5 would merge the lists of every word starting with it: a quarter of a second on a million variants."""
    return len(word) == 1 and word.isalnum()


def _checked(conn: sqlite3.Connection, found, match: str, need: int) -> list[int] | None:
    """The first ``need`` of ``found`` (rowid, text in rowid order) that ``match`` matches, checked by the
    same tokenizer in a small temporary table; None when too few turn up among the first candidates."""
    if not conn.execute("SELECT 1 FROM temp.sqlite_master WHERE name = 'catalog_check'").fetchone():
        create = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'catalog_search'").fetchone()[0]
        conn.execute(create.replace("catalog_search", "temp.catalog_check", 1))  # the same tokenizer and options
    ids: list[int] = []
    for _ in range(0, MAX_CANDIDATES, CHUNK):
        chunk = found.fetchmany(CHUNK)
        if not chunk:
            return ids
        conn.execute("DELETE FROM temp.catalog_check")
        conn.executemany("INSERT INTO temp.catalog_check (rowid, text) VALUES (?, ?)", chunk)
        ids += [
            r[0] for r in conn.execute("SELECT rowid FROM temp.catalog_check WHERE catalog_check MATCH ?", (match,))
        ]
        if len(ids) >= need:
            return ids
    return None


NARROW_FROM = 3  # words typed together from which longer words are asked for by their first letters


def _narrowed(word: str, many: bool) -> str | None:
    """The term the index is asked for in place of a typed ``word``: none for a one-letter word (see
    :func:`_one_letter`); among ``many`` words, the first three letters of a longer plain word; else
    the word. The index keeps every word's first two and three letters as a list of its own, read
    lazily and only as far as a page needs; a longer prefix ("cotton") makes FTS5 merge, whole, the
    list of every word that starts with it: a name, a colour and a size typed together cost 10-20 ms
    on a million variants. One or two words are cheap as they are, and cheaper than checking."""
    if _one_letter(word):
        return None
    return word[:3] if many and len(word) > 3 and word.isascii() and word.isalnum() else word


_CANDIDATES = "SELECT rowid, text FROM catalog_search WHERE catalog_search MATCH ?"


def _match(conn: sqlite3.Connection, words: list[str], limit: int, offset: int) -> list[int]:
    """The rowids FTS5 gives for every word as a prefix, in its order (rowid), one page of them.

    The index is asked for the narrowed words (:func:`_narrowed`), and the candidates it gives are
    checked against the words as typed, which gives the same rows in the same order without merging
    a long prefix's lists or a single letter's."""
    match = _terms(words)
    many = len(words) >= NARROW_FROM
    narrow = [n for n in (_narrowed(w, many) for w in words) if n is not None]
    if narrow != words:
        if narrow:
            found = conn.execute(_CANDIDATES, (_terms(narrow),))
        else:
            found = conn.execute("SELECT rowid, text FROM catalog_search ORDER BY rowid")
        ids = _checked(conn, found, match, offset + limit)
        found.close()
        if ids is not None:
            return ids[offset : offset + limit]
    sql = "SELECT rowid FROM catalog_search WHERE catalog_search MATCH ? LIMIT ? OFFSET ?"
    return [r[0] for r in conn.execute(sql, (match, limit, offset))]


def search(source: Reader, query: str, price_list: str, *, limit: int = 50, offset: int = 0) -> list[Item]:
    """Variants whose name, style code, SKU, colour or size start with every typed word."""
    conn = _conn(source)
    ids = _match(conn, _words(query), limit, offset)
    if not ids:
        return []
    rows = conn.execute(_BY_IDS_SQL, _params(price_list, json.dumps(ids), None)).fetchall()
    by_id = {r[0]: _item(r) for r in rows}
    return [by_id[i] for i in ids if i in by_id]
