"""Head office's catalogue: the CSV import's preview (every change and every bad row, nothing written)
and its all-or-nothing apply that reaches the tills once; style attributes, search and filters; images
that must really be pictures. On SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import text

from central import catalog_import, locations, styles
from central.db import CentralDB
from central.errors import ServiceError
from central.hq.import_text import problem_text

HEADER = ["style_code", "style_name", "sku", "size", "colour", "barcodes", "price", "tax_class", "category", "brand",
          "season", "cost"]  # fmt: skip
FIRST = [
    ["TEE", "Tee", "TEE-S", "S", "Navy", "4006381333931", "99.00", "standard", "Tops", "Acme", "SS27", "30.00"],
    ["TEE", "Tee", "TEE-M", "M", "Navy", "", "99.00", "standard", "Tops", "Acme", "SS27", "30.00"],
    ["JEAN", "Jean", "JEAN-32", "32", "Blue", "", "299.00", "standard", "Bottoms", "Denimco", "AW27", "120.00"],
]


def write(path: Path, rows: list[list[str]], header: list[str] = HEADER) -> Path:
    with path.open("w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(header)
        out.writerows(rows)
    return path


@pytest.fixture
def central(central_db_url: str, tmp_path: Path) -> Iterator[CentralDB]:
    db = CentralDB(central_db_url)
    db.migrate()
    with db.write() as s:
        locations.add_location(s, code="S01", name="Shanghai", kind="store", region="East")
    catalog_import.apply(db, write(tmp_path / "first.csv", FIRST))
    yield db
    db.dispose()


def scalar(db: CentralDB, sql: str, **params: object) -> object:
    with db.read() as s:
        return s.execute(text(sql), params).scalar()


def feed_rows(db: CentralDB) -> dict[str, int]:
    with db.read() as s:
        return dict(s.execute(text("SELECT feed, COUNT(*) FROM changes GROUP BY feed")).all())


def snapshot(db: CentralDB) -> tuple:
    """Everything an import may write, to show a refused or previewed file wrote nothing."""
    with db.read() as s:
        return tuple(
            tuple(s.execute(text(sql)).all())
            for sql in (
                "SELECT * FROM styles ORDER BY code",
                "SELECT * FROM variants ORDER BY sku",
                "SELECT * FROM barcodes ORDER BY code",
                "SELECT * FROM prices ORDER BY price_list, sku",
                "SELECT feed, seq, key FROM changes ORDER BY feed, seq",
            )
        )


def test_the_preview_lists_every_change_and_every_bad_row_and_writes_nothing(central: CentralDB, tmp_path: Path):
    second = write(
        tmp_path / "second.csv",
        [
            ["TEE", "Tee", "TEE-S", "S", "Navy", "4006381333931", "89.00", "standard", "Tops", "Acme", "SS27", "30.00"],
            ["TEE", "Tee", "TEE-M", "M", "Navy", "", "99.00", "standard", "Tops", "Acme", "SS27", "30.00"],
            ["TEE", "Tee", "TEE-L", "L", "Navy", "", "99.00", "standard", "Tops", "Acme", "SS27", "30.00"],
            ["JEAN", "Jean", "JEAN-34", "34", "Blue", "", "299.999", "standard", "Bottoms", "Denimco", "AW27", "1"],
            ["JEAN", "Jean", "JEAN-32", "32", "Blue", "", "299.00", "standard", "Bottoms", "Denimco", "SS28", "12.5"],
        ],
    )
    before = snapshot(central)
    seen = catalog_import.preview(central, second)
    assert seen.problems == ["line 5: price: '299.999' has more than 2 decimal places for CNY."]
    by_sku = {c.sku: c for c in seen.changes}
    assert by_sku["TEE-S"].status == "changed" and by_sku["TEE-S"].changes == {"price:retail": (9900, 8900)}
    assert by_sku["TEE-M"].status == "unchanged"
    assert by_sku["TEE-L"].status == "new" and by_sku["TEE-L"].line == 4
    # the style's attributes show on its last row, with before and after
    assert by_sku["JEAN-32"].changes == {"season": ("AW27", "SS28"), "cost": (12000, 1250)}
    assert snapshot(central) == before

    with pytest.raises(ServiceError) as refused:
        catalog_import.apply(central, second)
    assert "1 problem(s); nothing was imported" in refused.value.message and "line 5" in refused.value.message
    assert snapshot(central) == before


def test_apply_writes_only_the_changes_and_each_reaches_the_feeds_once(central: CentralDB, tmp_path: Path):
    heads = feed_rows(central)
    again = catalog_import.apply(central, tmp_path / "first.csv")
    assert again.count("unchanged") == 3 and feed_rows(central) == heads  # nothing new for the tills

    changed = [row[:] for row in FIRST]
    changed[0][6] = "79.00"  # a price
    changed[2][1] = "Slim jean"  # a style's name: in its variants' catalog bodies
    changed[1][10] = "SS28"  # an attribute the tills do not hold
    done = catalog_import.apply(central, write(tmp_path / "changed.csv", changed))
    assert [c.status for c in done.changes] == ["changed", "changed", "changed"]
    assert feed_rows(central) == {"catalog": heads["catalog"] + 1, "prices": heads["prices"] + 1}
    assert scalar(central, "SELECT name FROM styles WHERE code = 'JEAN'") == "Slim jean"
    assert scalar(central, "SELECT season FROM styles WHERE code = 'TEE'") == "SS28"
    assert scalar(central, "SELECT amount FROM prices WHERE sku = 'TEE-S'") == 7900
    catalog_import.apply(central, tmp_path / "changed.csv")
    assert feed_rows(central) == {"catalog": heads["catalog"] + 1, "prices": heads["prices"] + 1}


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (b"sku,price\nA,1\n", "line 1: missing column(s) style_code, style_name"),
        (b"\xff\xfe\x00s\x00k\x00u", "save the file as utf-8 csv"),
        (",".join(HEADER).encode() + b"\nTEE,Tee,TEE-S,S,Navy,,9.999,standard,Tops,Acme,SS27,1\n", "line 2: price"),
        (",".join(HEADER).encode() + b"\nTEE,Tee,TEE-S,S,Navy,,9.99,standard,Tops,Acme,SS27,1.005\n", "line 2: cost"),
        (",".join(HEADER).encode() + b'\nTEE,"Tee,S,Navy\n', "line 2"),
        (",".join(HEADER).encode() + b"\n", "no rows under its header"),
    ],
)
def test_a_malformed_file_says_what_to_fix_and_writes_nothing(
    central: CentralDB, tmp_path: Path, content: bytes, says: str
) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    before = snapshot(central)
    seen = catalog_import.preview(central, path)
    assert any(says in p.lower() for p in seen.problems), seen.problems
    if b"\xff" not in content:  # the console says each in Chinese too (a decoder's own words stay as they are)
        said = [problem_text("zh_CN", p) for p in seen.problems]
        assert not any(re.search(r"[a-z]+ [a-z]+", p) for p in said), said
    with pytest.raises(ServiceError) as refused:
        catalog_import.apply(central, path)
    assert refused.value.status == 400 and "fix these rows" in refused.value.hint.lower()
    assert snapshot(central) == before


def test_search_and_filters_by_category_brand_and_season(central: CentralDB) -> None:
    with central.read() as s:
        assert [r.code for r in styles.search(s, "")] == ["JEAN", "TEE"]
        assert [r.code for r in styles.search(s, "je")] == ["JEAN"]
        assert [r.code for r in styles.search(s, "", filters={"brand": "Acme"})] == ["TEE"]
        assert [r.code for r in styles.search(s, "", filters={"category": "Tops", "season": "AW27"})] == []
        assert styles.facets(s) == {"category": ["Bottoms", "Tops"], "brand": ["Acme", "Denimco"],
                                    "season": ["AW27", "SS27"]}  # fmt: skip
        tee = styles.detail(s, "TEE")
    assert tee.sizes == ["S", "M"] and tee.colours == ["Navy"]
    assert tee.cells[("Navy", "S")].barcodes == ["04006381333931"] and tee.cells[("Navy", "S")].price == 9900


def test_editing_a_style_keeps_before_and_after_and_renames_on_the_tills(central: CentralDB) -> None:
    heads = feed_rows(central)
    with central.write() as s:
        before, after = styles.update(s, "TEE", {"name": "Crew tee", "cost": "31.50", "brand": "Acme Ltd"})
    assert before["name"] == "Tee" and before["cost"] == 3000
    assert after["name"] == "Crew tee" and after["cost"] == 3150 and after["brand"] == "Acme Ltd"
    assert feed_rows(central)["catalog"] == heads["catalog"] + 2  # both of its variants, once each
    for typed, says in (({"cost": "1.005"}, "at most the currency's decimal places"), ({"name": " "}, "needs a name")):
        with pytest.raises(ServiceError) as refused, central.write() as s:
            styles.update(s, "TEE", typed)
        assert says in refused.value.message
    assert scalar(central, "SELECT cost FROM styles WHERE code = 'TEE'") == 3150


def picture(kind: str, size: tuple[int, int] = (40, 30)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, "teal").save(out, kind)
    return out.getvalue()


def test_pictures_are_kept_only_if_they_really_are_pictures(central: CentralDB) -> None:
    with central.write() as s:
        kept = [styles.add_image(s, "TEE", picture(kind)) for kind in ("PNG", "JPEG", "WEBP")]
        assert [(i.content_type, i.width, i.height) for i in kept] == [
            ("image/png", 40, 30), ("image/jpeg", 40, 30), ("image/webp", 40, 30)
        ]  # fmt: skip
    png = picture("PNG")
    for data, says in (
        (b"<html>not a picture</html>", "not a PNG, JPEG or WebP"),
        (b"GIF89a" + png[6:], "not a PNG, JPEG or WebP"),
        (png[:40], "damaged or incomplete"),
        (b"", "empty"),
    ):
        with pytest.raises(ServiceError) as refused, central.write() as s:
            styles.add_image(s, "TEE", data)
        assert says in refused.value.message and refused.value.hint
    assert scalar(central, "SELECT COUNT(*) FROM style_images") == 3
    with central.read() as s:
        assert styles.get_image(s, kept[0].id).data == png


def test_the_catalogue_tables_match_their_models_and_go_down_and_up(tmp_path) -> None:
    """On the platform (c0007): the migration builds what the models say, and goes down to c0006 and up."""
    from alembic import command
    from alembic.config import Config

    from central import catalog_models  # noqa: F401  (its tables are in the models' Base)
    from central.db import MIGRATIONS
    from central.models import Base
    from tests.test_pickup_schema import differences

    tables = {"styles", "style_images", "hq_price_lists", "price_entries", "hq_uploads"}
    db = CentralDB(str(tmp_path / "central.db"))
    db.migrate()
    with db.engine.connect() as conn:
        assert differences(conn, Base.metadata, tables) == []
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    for target, present in (("c0006", False), ("head", True)):
        with db.engine.connect().execution_options(writer=True) as conn, conn.begin():
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, target) if target != "head" else command.upgrade(cfg, target)
        with db.read() as s:
            names = set(s.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'")).scalars())
            assert ("price_entries" in names) is present
            head = s.execute(text("SELECT last_seq FROM feed_counters WHERE feed = 'schedules'")).scalar()
            assert (head is not None) is present
    db.dispose()
