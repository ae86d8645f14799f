"""Real parts for the sync tests: a private PostgreSQL cluster, the central service as a real
process on 127.0.0.1, and tills enrolled with it.

PostgreSQL: ``CLOUDSHELF_TEST_PG_URL`` names an admin URL of a running server (``.ci/run`` may set
it); otherwise a private cluster is started from the installed PostgreSQL binaries (as the
``postgres`` user when the tests run as root) in a temporary directory, and stopped at the end.

What a run starts, it stops however it ends short of SIGKILL (tests/conftest.py turns SIGTERM and
SIGHUP into the same clean stop as Ctrl+C); the platform's processes die with the run even then
(``app.processes.die_with_parent``), and a cluster whose run was killed is stopped by the next run
(:func:`reap_orphan_clusters`). Everything else a run writes stays in its own folder: a test session
points TMPDIR there (tests/conftest.py), for itself and every process it starts.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import requests
from sqlalchemy import create_engine, text

from app import catalog_gen
from app.processes import die_with_parent
from central import auth, locations
from central.catalog_import import import_csv
from central.db import CentralDB
from central.stock import adjust

ROOT = Path(__file__).resolve().parent.parent
# The system's temp dir, for PostgreSQL clusters: a test session points TMPDIR into its own folder (conftest),
# which the postgres user cannot enter (pytest's folder is private, 0700).
SYSTEM_TEMP = tempfile.gettempdir()
CLUSTER_PREFIX, OWNER = "cloudshelf-pg-", "owner.pid"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until(check, timeout: float = 30.0, what: str = "condition") -> None:
    """Poll ``check`` until it is true: for processes we cannot get a signal from."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def postgres_bin() -> Path:
    """The newest installed PostgreSQL's programs (initdb, pg_ctl)."""
    bins = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not bins:
        raise RuntimeError("PostgreSQL is not installed: apt-get install postgresql (see .ci/run)")
    return Path(bins[-1]).parent


class PostgresCluster:
    def __init__(self) -> None:
        self.bin = postgres_bin()
        self.dir = Path(tempfile.mkdtemp(prefix=CLUSTER_PREFIX, dir=SYSTEM_TEMP))
        (self.dir / OWNER).write_text(str(os.getpid()))
        self.port = free_port()
        self.as_root = os.geteuid() == 0
        if self.as_root:
            shutil.chown(self.dir, "postgres", "postgres")
        self._run("initdb", "-D", str(self.dir / "data"), "-A", "trust", "-U", "postgres", "--no-sync")
        self._run(
            "pg_ctl",
            "-D",
            str(self.dir / "data"),
            "-l",
            str(self.dir / "log"),
            "-w",
            "-o",
            f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=400",
            "start",
        )
        self.admin_url = f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def _run(self, tool: str, *args: str) -> None:
        cmd = [str(self.bin / tool), *args]
        if self.as_root:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        subprocess.run(cmd, check=True, capture_output=True, timeout=120)

    def stop(self) -> None:
        with contextlib.suppress(Exception):
            self._run("pg_ctl", "-D", str(self.dir / "data"), "-m", "immediate", "stop")
        shutil.rmtree(self.dir, ignore_errors=True)

    def postmaster_pid(self) -> int:
        return int((self.dir / "data" / "postmaster.pid").read_text().split()[0])


def alive(pid: int) -> bool:
    """Whether the process runs (a zombie, dead but not yet reaped, counts as gone)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, IndexError):
        return False
    return state != "Z"


def reap_orphan_clusters() -> list[Path]:
    """Stop and remove the clusters of test runs that were killed outright (their owner is gone);
    clusters of runs still going, here or beside this one, are left alone. Returns those removed."""
    removed = []
    for owner in Path(SYSTEM_TEMP).glob(f"{CLUSTER_PREFIX}*/{OWNER}"):
        with contextlib.suppress(ValueError, OSError):
            if alive(int(owner.read_text())):
                continue
            cluster = PostgresCluster.__new__(PostgresCluster)
            cluster.dir, cluster.as_root = owner.parent, os.geteuid() == 0
            cluster.bin = postgres_bin()
            cluster.stop()
            removed.append(owner.parent)
    return removed


def new_pg_database(admin_url: str) -> str:
    """A fresh, empty database on the test server; returns its URL."""
    name = f"cs_{uuid.uuid4().hex[:12]}"
    engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return admin_url.rsplit("/", 1)[0] + "/" + name


class CentralProcess:
    """``cloudshelf central serve`` as a child process on 127.0.0.1."""

    def __init__(
        self,
        db_url: str,
        port: int | None = None,
        tls: tuple[Path, Path, Path] | None = None,
        workers: int = 1,
        args: tuple[str, ...] = (),
        env: dict[str, str] | None = None,
    ) -> None:
        """``tls``: (certificate, key, CA that signed it) to serve HTTPS; ``workers``: server processes;
        ``args``: more options of ``central serve``; ``env``: more environment (a clock file ...)."""
        self.args = args
        self.env = env or {}
        self.db_url = db_url
        self.port = port or free_port()
        self.tls = tls
        self.workers = workers
        self.url = f"{'https' if tls else 'http'}://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen | None = None
        self.log = Path(tempfile.mkstemp(prefix="central-", suffix=".log")[1])

    def start(self) -> CentralProcess:
        env = {**os.environ, "PYTHONPATH": str(ROOT), **self.env}
        tls = ["--tls-cert", str(self.tls[0]), "--tls-key", str(self.tls[1])] if self.tls else []
        tls += ["--workers", str(self.workers)] if self.workers > 1 else []
        tls += list(self.args)
        with self.log.open("ab") as log:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "app", "central", "serve", "--db", self.db_url, "--port", str(self.port), *tls],
                stdout=log,
                stderr=subprocess.STDOUT,
                env=env,
                cwd=ROOT,
                preexec_fn=die_with_parent(os.getpid()),  # a run killed outright takes its platform with it
            )
        wait_until(self.healthy, 60, f"the central service on port {self.port} ({self.log})")
        return self

    def healthy(self) -> bool:
        if self.proc is not None and self.proc.poll() is not None:
            raise AssertionError(f"central exited: {self.log.read_text()[-2000:]}")
        try:
            verify = str(self.tls[2]) if self.tls else True
            return requests.get(self.url + "/v1/health", timeout=1, verify=verify).ok
        except requests.RequestException:
            return False

    def kill(self) -> None:
        """SIGKILL: no clean shutdown, as a crash or a pulled plug."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()


@dataclass
class Platform:
    """A central database with two stores and a warehouse, a small catalog, and its server."""

    db_url: str
    server: CentralProcess
    catalog_csv: Path
    skus: list[str] = field(default_factory=list)

    @property
    def url(self) -> str:
        return self.server.url

    def db(self) -> CentralDB:
        return CentralDB(self.db_url)

    def enrol_code(self, store: str, terminal: str) -> str:
        db = self.db()
        try:
            with db.write() as s:
                return auth.new_enrol_code(s, store, terminal)
        finally:
            db.dispose()

    def adjust(self, location: str, sku: str, qty: int) -> None:
        db = self.db()
        try:
            with db.write() as s:
                adjust(s, location, sku, qty, "receive")
        finally:
            db.dispose()

    def scalar(self, sql: str, **params: object) -> object:
        db = self.db()
        try:
            with db.read() as s:
                return s.execute(text(sql), params).scalar()
        finally:
            db.dispose()

    def rows(self, sql: str, **params: object) -> list:
        db = self.db()
        try:
            with db.read() as s:
                return [tuple(r) for r in s.execute(text(sql), params)]
        finally:
            db.dispose()


PLATFORM_STYLES, PLATFORM_SEED = 4, 5  # the test platforms' catalog (catalog_gen)


def make_platform(db_url: str, workdir: Path, styles: int = PLATFORM_STYLES) -> Platform:
    db = CentralDB(db_url)
    db.migrate()
    with db.write() as s:
        locations.add_location(s, code="S01", name="Shanghai", kind="store", region="East")
        locations.add_location(s, code="S02", name="Hangzhou", kind="store", region="East")
        locations.add_location(s, code="W01", name="Warehouse", kind="warehouse", region="East")
    csv_path = workdir / "central-catalog.csv"
    catalog_gen.write_csv(csv_path, catalog_gen.generate_rows(styles, seed=PLATFORM_SEED))
    import_csv(db, csv_path)
    with db.read() as s:
        skus = list(s.scalars(text("SELECT sku FROM variants ORDER BY sku")))
    db.dispose()
    server = CentralProcess(db_url).start()
    return Platform(db_url, server, csv_path, skus)


def cli(till: Path, *args: str) -> subprocess.CompletedProcess:
    """The till's own command line (``cloudshelf ...``) on the store in ``till``, as a real process."""
    return subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(till), *args],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
    )


def enrolled_till(platform: Platform, directory: Path, store: str = "S01", terminal: str = "T01") -> Path:
    """A new terminal enrolled with the platform, its catalog pulled, with a manager and a cashier."""
    from app.terminal import Terminal
    from sync.enrol import enrol
    from sync.worker import sync_once

    enrol(directory, platform.url, platform.enrol_code(store, terminal))
    sync_once(directory)
    with Terminal.open(directory) as term:
        manager = term.users.add("boss", "Bo", "manager", "2468")
        term.users.add("ann", "Ann", "cashier", "1357", by=manager)
    return directory


@contextlib.contextmanager
def running(platform: Platform) -> Iterator[Platform]:
    try:
        yield platform
    finally:
        platform.server.stop()
