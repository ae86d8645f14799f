"""Name search with one-letter words ("polo s", "m") and with several words typed together ("heritage
cotton skirt black"): the till answers them without asking FTS5 to merge every word that starts with
the letter or the long prefix, and must still give exactly the rows and the order FTS5 gives for the
whole query, page by page."""

from __future__ import annotations

import sqlite3

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from app.catalog import fts_query
from app.terminal import Terminal

LETTERS = list("smlxabcpt3")


def fts5_page(term: Terminal, query: str, limit: int, offset: int) -> list[int]:
    """What FTS5 itself answers for the whole query, through a bare sqlite3 connection."""
    with sqlite3.connect(term.db.path) as db:
        sql = "SELECT rowid FROM catalog_search WHERE catalog_search MATCH ? LIMIT ? OFFSET ?"
        return [r[0] for r in db.execute(sql, (fts_query(query), limit, offset))]


def words_of(term: Terminal) -> list[str]:
    with sqlite3.connect(term.db.path) as db:
        text = " ".join(r[0] for r in db.execute("SELECT text FROM catalog_search LIMIT 200"))
    return sorted({w for w in text.split() if len(w) > 1})[:40]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_one_letter_words_give_the_rows_and_order_fts5_gives(term: Terminal, data: st.DataObject) -> None:
    words = data.draw(st.lists(st.sampled_from(words_of(term)), max_size=2))
    letters = data.draw(st.lists(st.sampled_from(LETTERS), min_size=1, max_size=2))
    query = " ".join(data.draw(st.permutations(words + letters)))
    limit, offset = data.draw(st.sampled_from([(50, 0), (10, 0), (10, 10), (500, 0), (5, 37)]))
    found = [i.variant_id for i in term.catalog.search(query, limit=limit, offset=offset)]
    assert found == fts5_page(term, query, limit, offset)


def test_a_single_letter_pages_through_the_whole_catalog_in_order(term: Terminal) -> None:
    everything = [i.variant_id for i in term.catalog.search("s", limit=5000)]
    assert everything == fts5_page(term, "s", 5000, 0)
    assert everything == sorted(everything) and len(everything) > 100
    pages = [i.variant_id for n in range(3) for i in term.catalog.search("S", limit=40, offset=40 * n)]
    assert pages == everything[:120]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_several_words_give_the_rows_and_order_fts5_gives(term: Terminal, data: st.DataObject) -> None:
    """Long words asked for by their first letters and checked as typed: mostly words of one item (so
    that something is found), cut short ("herit"), in any case, with a one-letter word, punctuation or
    another item's word among them."""
    with sqlite3.connect(term.db.path) as db:
        texts = [r[0] for r in db.execute("SELECT text FROM catalog_search ORDER BY rowid DESC LIMIT 50")]
    item = [w for w in data.draw(st.sampled_from(texts)).split() if len(w) > 1]
    word = st.sampled_from(item).flatmap(lambda w: st.integers(2, len(w)).map(lambda n: w[:n]))
    other = st.sampled_from([*words_of(term), "t-sh", "o'", "a1"]) | st.sampled_from(LETTERS)
    typed = st.one_of(word, word, word, word.map(str.upper), other)
    query = " ".join(data.draw(st.lists(typed, min_size=3, max_size=5)))
    limit, offset = data.draw(st.sampled_from([(50, 0), (10, 0), (1, 1), (500, 0), (5, 2)]))
    found = [i.variant_id for i in term.catalog.search(query, limit=limit, offset=offset)]
    assert found == fts5_page(term, query, limit, offset)
    event("found something" if found else "found nothing")
