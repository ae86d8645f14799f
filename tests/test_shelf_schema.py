"""The cloud-shelf tables: the migrations build exactly what the models say, on the till and on the
platform (SQLite and PostgreSQL), and both go down and up again with data in them."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import inspect, text

from app.db import migrate
from app.db.engine import Database
from app.db.models import Base as TillBase
from central.db import MIGRATIONS, CentralDB
from central.models import Base as CentralBase
from tests.test_pickup_schema import differences

TILL_TABLES = {"shelf_figures", "shelf_orders", "shelf_lines"}
CENTRAL_TABLES = {"shelf_orders", "shelf_lines", "shelf_allocations", "shelf_shipments", "notifications",
                  "stock_levels", "stock_reservations"}  # fmt: skip


def test_the_till_shelf_tables_match_their_models_and_a_new_feed_cursor_waits_for_enrolled_tills(
    tmp_path: Path,
) -> None:
    db = Database(tmp_path / "store.db")
    migrate.upgrade(db.engine, "0005")
    with db.engine.begin() as conn:  # a till enrolled before this version
        conn.execute(text("INSERT INTO sync_config(id, server_url, terminal_id, token, ca_cert, enrolled_at) "
                          "VALUES (1, 'http://x', 't', 'secret', '', '2026-01-01T00:00:00Z')"))  # fmt: skip
    migrate.upgrade(db.engine)
    with db.engine.connect() as conn:
        assert differences(conn, TillBase.metadata, TILL_TABLES) == []
        assert conn.exec_driver_sql("SELECT cursor FROM sync_cursors WHERE feed = 'shelf'").scalar() == 0
    migrate.downgrade(db.engine, "0005")
    with db.engine.connect() as conn:
        assert not TILL_TABLES & set(conn.exec_driver_sql("SELECT name FROM sqlite_master").scalars())
        assert conn.exec_driver_sql("SELECT COUNT(*) FROM sync_cursors WHERE feed = 'shelf'").scalar() == 0
    migrate.upgrade(db.engine)
    db.dispose()


def test_the_central_shelf_tables_match_their_models_and_go_down_and_up(central_db_url: str) -> None:
    central = CentralDB(central_db_url)
    central.migrate()
    with central.engine.connect() as conn:
        assert differences(conn, CentralBase.metadata, CENTRAL_TABLES) == []
        assert conn.execute(text("SELECT last_seq FROM feed_counters WHERE feed = 'shelf'")).scalar() == 0
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    for target in ("c0002", "head"):
        with central.engine.connect().execution_options(writer=True) as conn, conn.begin():
            cfg.attributes["connection"] = conn
            (command.downgrade if target == "c0002" else command.upgrade)(cfg, target)
        with central.engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            nullable = {c["name"]: c["nullable"] for c in inspect(conn).get_columns("notifications")}
        assert ("shelf_shipments" in tables) == (target == "head")
        assert nullable["order_id"] == (target == "head") and ("shelf_order_id" in nullable) == (target == "head")
    central.dispose()
