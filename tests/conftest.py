"""Shared fixtures: a real terminal store (SQLite file) with a small catalog and a user of each role.

Argon2 hashing is deliberately slow, so the store is built once per test session and each test gets
its own copy of the file.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import catalog_gen, config, setup
from app.catalog_import import import_csv
from app.db import migrate
from app.db.engine import Database
from app.terminal import Terminal
from app.users import Credentials, add_user

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # UI tests run headless
EXIT_STATUS = pytest.StashKey[int]()


def pytest_configure(config: pytest.Config) -> None:
    """SIGTERM and SIGHUP (a CI timeout, a closed terminal) stop the run as Ctrl+C does, so every
    fixture's teardown runs: no PostgreSQL cluster or platform process outlives an interrupted run."""
    import signal

    def interrupt(signum: int, _frame: object) -> None:
        raise KeyboardInterrupt(f"stopped by signal {signum}")

    for sig in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, interrupt)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    session.config.stash[EXIT_STATUS] = int(exitstatus)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    """End a run that loaded Qt's widgets here, with pytest's own exit status, once every report is
    written. PySide6 (6.12) can abort while Python finalises after many Qt tests ("bool_dealloc", a
    reference count fault in the binding's shutdown, after every test has passed and been reported):
    skipping the interpreter's finalisation keeps a green run green and a red one red."""
    if "PySide6.QtWidgets" in sys.modules and EXIT_STATUS in config.stash:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(config.stash[EXIT_STATUS])


@pytest.fixture(autouse=True)
def gui_thread_gc(request: pytest.FixtureRequest) -> Iterator[None]:
    """A Qt test collects garbage on the GUI thread only, as the till does (ui/main_thread_gc.py):
    a collection tripped on a terminal worker thread could destroy a Qt object off its thread."""
    if "qtbot" not in request.fixturenames:
        yield
        return
    from ui.main_thread_gc import MainThreadGC

    request.getfixturevalue("qapp")
    collector = MainThreadGC()
    yield
    collector.stop()
    collector.deleteLater()


SPEC = setup.StoreSpec(
    store_code="S01",
    store_name="Test Store",
    terminal_code="T01",
    currency="CNY",
    locale="zh_CN",
    cash_increment=1,
    discount_limit_bp=1000,
)
MANAGER = Credentials("boss", "2468")
CASHIER = Credentials("ann", "1357")
CLERK = Credentials("cleo", "3579")
STYLES = 6  # 6 styles, sizes x colours: a few dozen variants


def build_store(directory: Path, spec: setup.StoreSpec = SPEC, styles: int = STYLES, seed: int = 3) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    db = Database(directory / config.STORE_FILE)
    migrate.upgrade(db.engine)
    with db.write() as s:
        setup.init_store(s, spec)
        add_user(s, login=MANAGER.login, name="Bo Manager", role="manager", pin=MANAGER.pin)
        add_user(s, login=CASHIER.login, name="Ann Cashier", role="cashier", pin=CASHIER.pin)
        add_user(s, login=CLERK.login, name="Cleo Clerk", role="clerk", pin=CLERK.pin)
    csv_path = directory / "catalog.csv"
    catalog_gen.write_csv(csv_path, catalog_gen.generate_rows(styles, seed=seed))
    import_csv(db, csv_path, default_list="retail", currency=spec.currency)
    db.dispose()
    return directory


def copy_store(src: Path, dst: Path) -> Path:
    """A consistent copy of a store file (SQLite's backup API, so the WAL is folded in)."""
    dst.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(src / config.STORE_FILE) as a, sqlite3.connect(dst / config.STORE_FILE) as b:
        a.backup(b)
    a.close()
    b.close()
    if (src / "catalog.csv").exists():
        shutil.copy(src / "catalog.csv", dst / "catalog.csv")
    return dst


@pytest.fixture(scope="session")
def template_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("template"))


@pytest.fixture
def store_dir(template_store: Path, tmp_path: Path) -> Path:
    return copy_store(template_store, tmp_path / "till")


@pytest.fixture
def term(store_dir: Path) -> Iterator[Terminal]:
    with Terminal.open(store_dir) as t:
        yield t


@pytest.fixture
def till(term: Terminal) -> Terminal:
    """Signed in as the cashier, with a shift open on a float of 500.00."""
    term.sign_in(CASHIER.login, CASHIER.pin)
    term.shift.open(50_000)
    return term


def barcodes(term: Terminal, n: int) -> list[str]:
    """The first ``n`` barcodes of the test catalog, as printed under the bars (EAN-13)."""
    with term.db.read() as s:
        rows = s.connection().exec_driver_sql("SELECT code FROM barcodes ORDER BY variant_id LIMIT ?", (n,)).all()
    return [r[0][1:] for r in rows]


# ---------------------------------------------------------------- the central platform (sync tests)
@pytest.fixture(scope="session", autouse=True)
def own_temp_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Temporary files of this run, and of every process it starts (the platform's logs, the temp
    folder python-escpos makes in every process that imports it), go to the run's own folder, which
    pytest clears; only PostgreSQL's cluster stays in the system temp dir (tests.platform)."""
    import tempfile

    from tests import platform

    platform.SYSTEM_TEMP = tempfile.gettempdir()  # read before it changes, whenever tests.platform was imported
    before, own = os.environ.get("TMPDIR"), tmp_path_factory.mktemp("tmp")
    os.environ["TMPDIR"], tempfile.tempdir = str(own), str(own)
    yield
    tempfile.tempdir = None
    if before is None:
        os.environ.pop("TMPDIR", None)
    else:
        os.environ["TMPDIR"] = before


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator:
    """This run's own PostgreSQL cluster (None when ``CLOUDSHELF_TEST_PG_URL`` names a server)."""
    from tests.platform import PostgresCluster, reap_orphan_clusters

    if os.environ.get("CLOUDSHELF_TEST_PG_URL"):
        yield None
        return
    reap_orphan_clusters()
    cluster = PostgresCluster()
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture(scope="session")
def pg_admin_url(pg_cluster) -> str:
    return pg_cluster.admin_url if pg_cluster is not None else os.environ["CLOUDSHELF_TEST_PG_URL"]


@pytest.fixture(params=["sqlite", "postgresql"])
def central_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "central.db")
    from tests.platform import new_pg_database

    return new_pg_database(request.getfixturevalue("pg_admin_url"))


@pytest.fixture
def platform(central_db_url: str, tmp_path: Path) -> Iterator:
    from tests.platform import make_platform, running

    with running(make_platform(central_db_url, tmp_path)) as p:
        yield p


@pytest.fixture
def proxied(platform, tmp_path: Path) -> Iterator:
    """An enrolled till that reaches the platform through a fault-injecting proxy: (till folder, proxy)."""
    from sync.enrol import set_server
    from tests.faults import LosingProxy
    from tests.platform import enrolled_till

    till = enrolled_till(platform, tmp_path / "till")
    proxy = LosingProxy(platform.url)
    set_server(till, proxy.url)
    try:
        yield till, proxy
    finally:
        proxy.close()


# the head office console's fixtures (tests/hq_browser.py): a platform with its users, and chromium
from tests.hq_browser import hq_browser, hq_site, hq_sqlite_site  # noqa: E402, F401
