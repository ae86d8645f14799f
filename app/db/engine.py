"""One choke point for every read and write of the local store (DESIGN.md, Durability).

SQLite in WAL mode with ``synchronous=FULL``, ``foreign_keys=ON`` and a busy timeout. The DBAPI
connection runs in autocommit mode so that SQLAlchemy's ``begin`` event decides how a transaction
starts: writers with ``BEGIN IMMEDIATE`` (they take the write lock up front, so two processes never
deadlock half-way through a sale), readers with a plain deferred ``BEGIN`` (a stable WAL snapshot).
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from app.errors import StoreFull

BUSY_TIMEOUT_MS = 15_000
SQLITE_IOERR, SQLITE_FULL = 10, 13
LOW_SPACE = 4 * 1024 * 1024  # below this, an I/O error while writing is taken for a full disk
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


def connect_reader(path: Path) -> sqlite3.Connection:
    """A plain ``sqlite3`` connection with the store's settings, for reads outside any transaction
    (each statement sees the last commit); its prepared statements are cached by the module."""
    conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None, cached_statements=256)
    _on_connect(conn, None)
    return conn


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


def free_bytes(path: Path) -> int:
    """Space left for this process on the disk that holds ``path`` (a file or folder)."""
    folder = Path(path) if Path(path).is_dir() else Path(path).parent
    try:
        st = os.statvfs(folder)
    except OSError:
        return LOW_SPACE * 1024  # unknown: not taken for full
    return st.f_bavail * st.f_frsize


def is_disk_full(exc: BaseException, path: Path) -> bool:
    """SQLite's "database or disk is full", or an I/O error writing to a disk with no room left
    (creating the WAL's index on a full disk fails that way)."""
    orig = getattr(exc, "orig", None) or exc
    code = getattr(orig, "sqlite_errorcode", None)
    if code is not None and code & 0xFF == SQLITE_FULL:
        return True
    if (code is not None and code & 0xFF == SQLITE_IOERR) or (code is None and "disk" in str(orig)):
        return free_bytes(path) < LOW_SPACE
    return False


def disk_full(path: Path) -> StoreFull:
    """What a person is told when the store's disk is full: what to free, and what never to delete."""
    folder = Path(path).parent
    return StoreFull(
        f"The disk that holds this till's store ({folder}) is full: what you just did was not saved.",
        "Free space on that disk (empty the recycle bin, delete old downloads, logs or installers), then try "
        "again. Do not delete or move the store files (store.db, store.db-wal): they hold sales not yet sent. "
        "The sale on screen is kept.",
    )


@contextmanager
def _full_disk_told(path: Path) -> Iterator[None]:
    try:
        yield
    except (DBAPIError, sqlite3.OperationalError) as exc:
        if is_disk_full(exc, path):
            raise disk_full(path) from None
        raise


class Database:
    """The store file and its sessions. Every write goes through :meth:`write`."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.engine = make_engine(self.path)
        self._writer = self.engine.execution_options(**{_IMMEDIATE: True})
        self._local = threading.local()
        self._readers: list[sqlite3.Connection] = []
        self._readers_lock = threading.Lock()

    def reader(self) -> sqlite3.Connection:
        """This thread's plain ``sqlite3`` connection for the till's hot reads (a barcode look-up, a
        name search): a read of one statement needs no session, no pool and no ``BEGIN``, whose
        per-call work costs ten times the indexed query itself."""
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._local.conn = connect_reader(self.path)
            with self._readers_lock:
                self._readers.append(conn)
        return conn

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One ``BEGIN IMMEDIATE`` transaction: committed whole on success, rolled back on any error.
        A full disk is a :class:`StoreFull` that says what to free, never a raw database error."""
        with (
            _full_disk_told(self.path),
            Session(self._writer, expire_on_commit=False) as session,
            session.begin(),
        ):
            session.connection()  # BEGIN IMMEDIATE now, not at the first statement
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with _full_disk_told(self.path), Session(self.engine, expire_on_commit=False) as session, session.begin():
            yield session

    def dispose(self) -> None:
        with self._readers_lock:
            readers, self._readers = self._readers, []
        for conn in readers:
            conn.close()
        self._local = threading.local()
        self.engine.dispose()
