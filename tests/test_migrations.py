"""The store upgrades itself on start: every migration runs on an empty store and on one with data."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import text

from app import config, setup
from app.db import migrate
from app.db.engine import Database
from app.errors import StoreError
from app.terminal import Terminal
from tests.conftest import SPEC


def test_head_constant_matches_the_migration_scripts() -> None:
    assert ScriptDirectory.from_config(migrate.alembic_config()).get_current_head() == migrate.HEAD


def test_every_migration_up_and_down_on_an_empty_store(tmp_path: Path) -> None:
    db = Database(tmp_path / "store.db")
    revisions = [r.revision for r in ScriptDirectory.from_config(migrate.alembic_config()).walk_revisions()][::-1]
    for rev in revisions:
        migrate.upgrade(db.engine, rev)
        assert migrate.current_revision(db.engine) == rev
    migrate.downgrade(db.engine, "base")
    assert migrate.current_revision(db.engine) is None
    migrate.upgrade(db.engine)
    assert migrate.current_revision(db.engine) == migrate.HEAD
    db.dispose()


def test_upgrading_a_store_with_data_keeps_it_and_indexes_it(tmp_path: Path) -> None:
    db = Database(tmp_path / config.STORE_FILE)
    migrate.upgrade(db.engine, "0001")
    with db.write() as s:
        setup.init_store(s, SPEC)
        s.execute(text("INSERT INTO styles(id, code, name) VALUES (1, 'OLD1', 'Vintage Corduroy Jacket')"))
        s.execute(
            text(
                "INSERT INTO variants(id, sku, style_id, size, colour, tax_class) "
                "VALUES (7, 'OLD1-M', 1, 'M', 'Brown', 'standard')"
            )
        )
        s.execute(text("INSERT INTO barcodes(code, variant_id) VALUES ('04006381333931', 7)"))
        s.execute(text("INSERT INTO prices(price_list, variant_id, amount) VALUES ('retail', 7, 45900)"))
    db.dispose()
    with Terminal.open(tmp_path) as term:  # the terminal upgrades its store on start
        assert migrate.current_revision(term.db.engine) == migrate.HEAD
        assert [i.sku for i in term.catalog.search("corduroy")] == ["OLD1-M"]
        item = term.catalog.lookup("4006381333931")
        assert (item.sku, item.price, item.description) == ("OLD1-M", 45900, "Vintage Corduroy Jacket Brown M")


def test_a_store_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    db = Database(tmp_path / config.STORE_FILE)
    migrate.upgrade(db.engine)
    with db.write() as s:
        s.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(StoreError, match="newer CloudShelf") as info:
        migrate.upgrade(db.engine)
    assert "Install the newer version" in info.value.hint
    assert migrate.current_revision(db.engine) == "9999"
    db.dispose()


def test_store_connections_use_the_durable_settings(term: Terminal) -> None:
    with term.db.read() as s:
        conn = s.connection()
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_writers_take_the_write_lock_up_front(term: Terminal, store_dir: Path) -> None:
    """A write transaction holds the lock from BEGIN: another writer cannot start meanwhile."""
    import sqlite3

    other = sqlite3.connect(store_dir / config.STORE_FILE, timeout=0, isolation_level=None)
    with term.db.write(), pytest.raises(sqlite3.OperationalError, match="locked"):
        other.execute("BEGIN IMMEDIATE")
    other.execute("BEGIN IMMEDIATE")
    other.execute("ROLLBACK")
    other.close()
