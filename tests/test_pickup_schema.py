"""The pickup tables: the migrations build exactly what the models say, on the till and on the
platform, and both go down and up again."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext

from app.db import migrate
from app.db.engine import Database
from app.db.models import Base as TillBase
from central.db import MIGRATIONS, CentralDB
from central.models import Base as CentralBase

TILL_TABLES = {"pickup_orders", "pickup_lines", "pickup_lookups"}
CENTRAL_TABLES = {"shop_keys", "orders", "order_lines", "order_history", "stock_reservations", "notifications"}


def _tables(diff) -> set[str]:
    """The tables an autogenerate difference is about (it nests tuples and lists of schema items)."""
    if isinstance(diff, list | tuple):
        return set().union(*(_tables(part) for part in diff)) if diff else set()
    table = getattr(diff, "table", None)
    if table is not None and hasattr(table, "name"):
        return {table.name}
    return {diff.name} if diff.__class__.__name__ == "Table" else set()


def differences(conn, metadata, tables: set[str]) -> list:
    """What the migrated schema lacks or has beyond the models, for these tables."""
    return [d for d in compare_metadata(MigrationContext.configure(conn), metadata) if _tables(d) & tables]


def test_the_till_pickup_tables_match_their_models(tmp_path: Path) -> None:
    db = Database(tmp_path / "store.db")
    migrate.upgrade(db.engine)
    with db.engine.connect() as conn:
        assert differences(conn, TillBase.metadata, TILL_TABLES) == []
        names = set(conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'").scalars())
    assert names >= TILL_TABLES
    migrate.downgrade(db.engine, "0004")
    with db.engine.connect() as conn:
        assert not TILL_TABLES & set(conn.exec_driver_sql("SELECT name FROM sqlite_master").scalars())
    db.dispose()


def test_the_central_pickup_tables_match_their_models_and_go_down_and_up(tmp_path: Path) -> None:
    central = CentralDB(str(tmp_path / "central.db"))
    central.migrate()
    with central.engine.connect() as conn:
        assert differences(conn, CentralBase.metadata, CENTRAL_TABLES) == []
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    for target in ("c0001", "head"):
        with central.engine.connect().execution_options(writer=True) as conn, conn.begin():
            cfg.attributes["connection"] = conn
            (command.downgrade if target == "c0001" else command.upgrade)(cfg, target)
        with central.engine.connect() as conn:
            tables = set(conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'").scalars())
        assert (tables >= CENTRAL_TABLES) == (target == "head")
    central.dispose()
