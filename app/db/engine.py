"""One choke point for every read and write of the local store (DESIGN.md, Durability).

SQLite in WAL mode with ``synchronous=FULL``, ``foreign_keys=ON`` and a busy timeout. The DBAPI
connection runs in autocommit mode so that SQLAlchemy's ``begin`` event decides how a transaction
starts: writers with ``BEGIN IMMEDIATE`` (they take the write lock up front, so two processes never
deadlock half-way through a sale), readers with a plain deferred ``BEGIN`` (a stable WAL snapshot).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session

BUSY_TIMEOUT_MS = 15_000
_IMMEDIATE = "cloudshelf_immediate"


def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA cache_size=-16000")
    cur.close()


def _on_begin(conn) -> None:
    if conn.get_execution_options().get(_IMMEDIATE):
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        conn.exec_driver_sql("BEGIN")


def make_engine(path: Path) -> Engine:
    engine = create_engine(
        f"sqlite+pysqlite:///{path}",
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def dbapi(session: Session) -> sqlite3.Connection:
    """The sqlite3 connection under a session's open transaction, for the one hot path (completing a
    sale, ``app/sales.py``) where SQLAlchemy's per-statement work costs more than the durable commit."""
    return session.connection().connection.driver_connection


@cache
def _insert_sql(table: str, columns: tuple[str, ...]) -> str:
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"


def insert_rows(conn: sqlite3.Connection, table: str, rows: list[dict]) -> None:
    """INSERT ``rows`` (dicts with the same keys) with one prepared statement."""
    if rows:
        columns = tuple(rows[0])
        conn.executemany(_insert_sql(table, columns), [tuple(r[c] for c in columns) for r in rows])


class Database:
    """The store file and its sessions. Every write goes through :meth:`write`."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.engine = make_engine(self.path)
        self._writer = self.engine.execution_options(**{_IMMEDIATE: True})

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One ``BEGIN IMMEDIATE`` transaction: committed whole on success, rolled back on any error."""
        with Session(self._writer, expire_on_commit=False) as session, session.begin():
            session.connection()  # BEGIN IMMEDIATE now, not at the first statement
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()
