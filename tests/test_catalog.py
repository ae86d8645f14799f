"""Catalog import (all or nothing, updates) and the till's look-ups: barcode, SKU, name search."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.catalog_import import ImportFailed, import_csv
from app.codes import normalise
from app.errors import NotFound, UserError
from app.terminal import Terminal

HEADER = "style_code,style_name,sku,size,colour,barcodes,price,tax_class,price:member\n"


def write(path: Path, body: str) -> Path:
    path.write_text(HEADER + body, encoding="utf-8")
    return path


def test_import_adds_then_updates_variants(term: Terminal, tmp_path: Path) -> None:
    first = write(tmp_path / "a.csv", 'ZZ1,"Wool Scarf, long",ZZ1-ONE,One,Grey,96385074|ZZ1SCARF,159.00,standard,139\n')
    result = import_csv(term.db, first, default_list="retail", currency="CNY")
    assert (result.rows, result.variants_new, result.variants_updated) == (1, 1, 0)
    item = term.catalog.lookup("96385074")
    assert (item.sku, item.price, item.description) == ("ZZ1-ONE", 15900, "Wool Scarf, long Grey One")
    assert term.catalog.lookup("zz1scarf").sku == "ZZ1-ONE"
    second = write(tmp_path / "b.csv", "ZZ1,Wool Scarf,ZZ1-ONE,One,Charcoal,ZZ1SCARF2,149.50,reduced,\n")
    result = import_csv(term.db, second, default_list="retail", currency="CNY")
    assert (result.variants_new, result.variants_updated) == (0, 1)
    item = term.catalog.lookup("ZZ1SCARF2")
    assert (item.price, item.colour, item.tax_rate_ppm) == (14950, "Charcoal", 90_000)
    with pytest.raises(NotFound):  # the barcodes of an updated variant are replaced
        term.catalog.lookup("96385074")
    assert [i.sku for i in term.catalog.search("charcoal scarf")] == ["ZZ1-ONE"]
    assert term.catalog.search("grey scarf") == []


def test_import_refuses_a_barcode_that_belongs_to_another_sku(term: Terminal, tmp_path: Path) -> None:
    taken = term.catalog.search("st")[0]
    with term.db.read() as s:
        sql = "SELECT code FROM barcodes WHERE variant_id = ?"
        code = s.connection().exec_driver_sql(sql, (taken.variant_id,)).scalar()
    path = write(tmp_path / "c.csv", f"NEW,New Thing,NEW-1,S,Red,{code},10,standard,\n")
    with pytest.raises(ImportFailed, match=f"already belongs to sku {taken.sku}") as info:
        import_csv(term.db, path, default_list="retail", currency="CNY")
    assert info.value.problems[0].startswith("line 2:")
    with pytest.raises(NotFound):
        term.catalog.lookup("NEW-1")


def test_a_failure_while_writing_leaves_the_catalog_as_it_was(term: Terminal, tmp_path: Path) -> None:
    """All or nothing even past validation: the write is one transaction."""
    before = len(term.catalog.search("s", limit=500))
    path = write(tmp_path / "d.csv", "".join(f"Q{i},Quilted Vest,Q{i}-M,M,Navy,,10,standard,\n" for i in range(20)))
    with term.db.write() as s:
        s.connection().exec_driver_sql(
            "CREATE TRIGGER fail_late BEFORE INSERT ON variants WHEN NEW.sku = 'Q19-M' "
            "BEGIN SELECT RAISE(ABORT, 'disk full'); END"
        )
    with pytest.raises(Exception, match="disk full"):
        import_csv(term.db, path, default_list="retail", currency="CNY")
    assert term.catalog.search("quilted") == []
    assert len(term.catalog.search("s", limit=500)) == before


@pytest.mark.parametrize(
    ("raw", "stored"),
    [
        ("4006381333931", "04006381333931"),  # EAN-13
        ("012345678905", "00012345678905"),  # UPC-A
        ("0012345678905", "00012345678905"),  # the same UPC-A read as EAN-13
        ("96385074", "00000096385074"),  # EAN-8
        (" abc-123 ", "ABC-123"),  # internal code
    ],
)
def test_codes_meet_in_one_form(raw: str, stored: str) -> None:
    assert normalise(raw) == stored


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        ("4006381333932", "check digit"),
        ("12345", "has 5 digits"),
        ("\x00\x1b[2J", "not a barcode"),
        ("", "not a barcode"),
        ("ab", "not a barcode"),
    ],
)
def test_malformed_codes_say_what_to_do(raw: str, words: str) -> None:
    with pytest.raises(UserError, match=words) as info:
        normalise(raw)
    assert info.value.hint


def test_search_pages_and_survives_odd_input(term: Terminal) -> None:
    everything = term.catalog.search("st", limit=1000)
    assert len(everything) > 20
    first, second = term.catalog.search("st", limit=10), term.catalog.search("st", limit=10, offset=10)
    assert [i.variant_id for i in first + second] == [i.variant_id for i in everything[:20]]
    for odd in ('"', "AND OR NOT", "*", "a:b", "(", "NEAR(x y)"):
        assert isinstance(term.catalog.search(odd), list)
    with pytest.raises(UserError, match="Type a word"):
        term.catalog.search("   ")
