"""The central service's database: PostgreSQL (psycopg 3) or SQLite, chosen by URL.

On SQLite (the embedded default) writers start with ``BEGIN IMMEDIATE`` in WAL mode so concurrent
requests queue on the busy timeout instead of failing; on PostgreSQL the row locks taken by the
services (``FOR UPDATE``, the feed counters) order concurrent writers.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from central.errors import ServiceError

MIGRATIONS = Path(__file__).with_name("migrations")
HEAD = "c0007"
MIGRATION_LOCK = 0x43534D47  # the advisory lock key every migrating process takes on PostgreSQL


def normalise_url(url: str) -> str:
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    if "://" not in url:  # a bare path means a SQLite file
        return f"sqlite:///{Path(url).expanduser()}"
    return url


def make_engine(url: str) -> Engine:
    url = normalise_url(url)
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False})

        @event.listens_for(engine, "connect")
        def _connect(dbapi_conn, _record) -> None:
            dbapi_conn.isolation_level = None
            for pragma in ("busy_timeout=30000", "journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON"):
                dbapi_conn.execute(f"PRAGMA {pragma}")

        @event.listens_for(engine, "begin")
        def _begin(conn) -> None:
            conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("writer") else "BEGIN")

        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20)


def raw_rows(session: Session, sql: str, params: list) -> list[tuple]:
    """Plain DBAPI rows in the session's transaction: many thousands of them through the ORM cost
    three times the query itself. ``sql`` is written with ``?`` placeholders; psycopg wants ``%s``."""
    conn = session.connection()
    if conn.dialect.name == "postgresql":
        sql = sql.replace("?", "%s")
    cursor = conn.connection.driver_connection.cursor()
    try:
        cursor.execute(sql, params)
        return cursor.fetchall()
    finally:
        cursor.close()


class CentralDB:
    def __init__(self, url: str) -> None:
        self.url = normalise_url(url)
        self.engine = make_engine(self.url)
        self._writer = self.engine.execution_options(writer=True)
        self.dialect = self.engine.dialect.name

    @contextmanager
    def write(self) -> Iterator[Session]:
        with Session(self._writer, expire_on_commit=False) as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            yield session

    def migrate(self) -> None:
        from alembic import command
        from alembic.config import Config

        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS))
        with self.engine.connect().execution_options(writer=True) as conn, conn.begin():
            cfg.attributes["connection"] = conn
            if self.dialect == "postgresql":  # processes migrating at once take turns (SQLite: BEGIN IMMEDIATE)
                conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
            command.upgrade(cfg, "head")

    def check_schema(self) -> None:
        """Refuse to serve a database whose schema is not this code's (a service on an old schema
        would fail on every call that touches what changed)."""
        with self.engine.connect() as conn:
            try:
                rev = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            except SQLAlchemyError:
                rev = None
        if rev != HEAD:
            raise ServiceError(
                503,
                "schema",
                f"The database is at schema {rev or 'none (empty)'}; this platform needs {HEAD}.",
                "Run 'cloudshelf central migrate --db URL', or serve with --migrate.",
            )

    def dispose(self) -> None:
        self.engine.dispose()
