"""``cloudshelf central stock import``: a stock count sets levels all or nothing, and the ledger
still adds up to every level."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app import catalog_gen
from tests.platform import HANG_GUARD


def central(db: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "app", "central", *args, "--db", str(db)],
        capture_output=True,
        text=True,
        timeout=HANG_GUARD,
    )


@pytest.fixture
def platform_db(tmp_path: Path) -> tuple[Path, list[str]]:
    db = tmp_path / "central.db"
    assert central(db, "location", "add", "S01", "--name", "Shanghai").returncode == 0
    assert central(db, "location", "add", "W01", "--name", "Warehouse", "--kind", "warehouse").returncode == 0
    catalog = tmp_path / "catalog.csv"
    catalog_gen.write_csv(catalog, catalog_gen.generate_rows(2, seed=3))
    assert central(db, "catalog", "import", str(catalog)).returncode == 0
    with sqlite3.connect(db) as conn:
        skus = [s for (s,) in conn.execute("SELECT sku FROM variants ORDER BY sku")]
    return db, skus


def levels(db: Path) -> dict[tuple[str, str], int]:
    with sqlite3.connect(db) as conn:
        return {(loc, sku): n for loc, sku, n in conn.execute("SELECT location_code, sku, on_hand FROM stock_levels")}


def ledger(db: Path) -> dict[tuple[str, str], int]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT location_code, sku, SUM(qty) FROM stock_movements GROUP BY 1, 2")
        return {(loc, sku): n for loc, sku, n in rows}


def write(path: Path, *lines: str) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_count_sets_levels_and_the_ledger_adds_up(platform_db, tmp_path: Path) -> None:
    db, skus = platform_db
    first = write(
        tmp_path / "count.csv", "location,sku,on_hand", f"S01,{skus[0]},5", f"S01,{skus[1]},0", f"W01,{skus[0]},40"
    )
    done = central(db, "stock", "import", str(first))
    assert done.returncode == 0, done.stderr
    assert "3 stock levels changed" in done.stdout
    assert levels(db) == {("S01", skus[0]): 5, ("S01", skus[1]): 0, ("W01", skus[0]): 40}
    # counted again: 5 became 3, the zero stays, nothing moved for the warehouse
    again = write(tmp_path / "again.csv", "location,sku,on_hand", f"S01,{skus[0]},3", f"W01,{skus[0]},40")
    assert "1 stock levels changed" in central(db, "stock", "import", str(again)).stdout
    assert levels(db)[("S01", skus[0])] == 3
    assert ledger(db) == {("S01", skus[0]): 3, ("W01", skus[0]): 40}  # the sold-out level has no movement
    with sqlite3.connect(db) as conn:  # terminals hear of every changed level
        published = conn.execute("SELECT COUNT(*) FROM changes WHERE feed = 'stock'").fetchone()[0]
    assert published == 4


def test_a_bad_count_names_every_bad_line_and_changes_nothing(platform_db, tmp_path: Path) -> None:
    db, skus = platform_db
    good = write(tmp_path / "good.csv", "location,sku,on_hand", f"S01,{skus[0]},5")
    assert central(db, "stock", "import", str(good)).returncode == 0
    before = levels(db), ledger(db)
    bad = write(
        tmp_path / "bad.csv",
        "location,sku,on_hand",
        f"S01,{skus[0]},9",
        f"X99,{skus[0]},1",
        "S01,NO-SUCH-SKU,1",
        f"S01,{skus[1]},-2",
        f"S01,{skus[1]},lots",
        f"W01,{skus[2]},1",
        f"W01,{skus[2]},2",
    )
    done = central(db, "stock", "import", str(bad))
    assert done.returncode == 2 and "Traceback" not in done.stderr
    said = done.stderr
    assert "5 problem(s); nothing was imported" in said
    for expected in (
        "line 3: there is no location 'X99'",
        "line 4: sku 'NO-SUCH-SKU' is not in the catalog",
        "line 5: on_hand '-2' is not a whole number",
        "line 6: on_hand 'lots'",
        "line 8: W01",
    ):
        assert expected in said
    assert "Fix these rows" in said
    assert (levels(db), ledger(db)) == before

    no_header = write(tmp_path / "noheader.csv", "where,sku,count", f"S01,{skus[0]},1")
    refused = central(db, "stock", "import", str(no_header))
    assert refused.returncode == 2 and "has no column location, on_hand" in refused.stderr
    missing = central(db, "stock", "import", str(tmp_path / "nowhere.csv"))
    assert missing.returncode == 2 and "Cannot read" in missing.stderr
    assert (levels(db), ledger(db)) == before
