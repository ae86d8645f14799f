"""Bring a store file to the current schema on start (Alembic, run in-process).

Opening the store must stay well under a second with a million variants, so the common case,
a store already at ``HEAD``, is one query against ``alembic_version``; Alembic itself is loaded only
when there is something to do. ``tests/test_migrations.py`` checks that ``HEAD`` is the scripts' head.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, text

from app.errors import StoreError

HEAD = "0008"
SCRIPTS = Path(__file__).with_name("migrations")


def alembic_config():
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(SCRIPTS))
    return cfg


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        has_table = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).first()
        if not has_table:
            return None
        row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
        return row[0] if row else None


def upgrade(engine: Engine, target: str = "head") -> None:
    """Run the migrations up to ``target`` in one transaction; a failure leaves the store as it was."""
    if target == "head" and current_revision(engine) == HEAD:
        return
    from alembic import command
    from alembic.script import ScriptDirectory

    cfg = alembic_config()
    known = {rev.revision for rev in ScriptDirectory.from_config(cfg).walk_revisions()}
    found = current_revision(engine)
    if found is not None and found not in known:
        raise StoreError(
            f"This store was written by a newer CloudShelf (schema {found}).",
            "Install the newer version of CloudShelf POS on this terminal; keep this store file as it is "
            "(it holds sales not yet sent).",
        )
    with engine.connect().execution_options(cloudshelf_immediate=True) as conn, conn.begin():
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)


def downgrade(engine: Engine, target: str) -> None:
    from alembic import command

    cfg = alembic_config()
    with engine.connect().execution_options(cloudshelf_immediate=True) as conn, conn.begin():
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, target)
