"""The demo with its platform: a central service on this machine (SQLite beside the demo store),
started and stopped by the demo, so the demo till enrols, pulls and pushes for real.

The central service runs as a child process through its own CLI (``cloudshelf central ...``): the
terminal's packages never import ``central``, and the demo exercises the same commands an operator
types. The till's store is built the way a real one is: enrolled from a one-time code, its catalog,
prices and stock pulled from the platform.
"""

from __future__ import annotations

import contextlib
import csv
import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import requests

from app import catalog_gen, config, pickup_demo
from app import demo as demo_data
from app.db.engine import Database
from app.errors import UserError
from app.processes import die_with_parent, stop_on_signals
from app.progress import OnProgress, ignore
from sync.enrol import enrol, set_server
from sync.worker import sync_once

CENTRAL_FILE = "central.db"
# the demo's head-office user of the console at /hq (a demo secret, printed by 'cloudshelf demo')
HQ_LOGIN, HQ_PASSWORD = "admin", "cloudshelf-demo"
START_TIMEOUT = 30.0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class EmbeddedCentral:
    """The central service of the demo: its database file and, while started, its process."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self.proc: subprocess.Popen | None = None
        self.url = ""
        self._stopping = False

    def _command(self, *args: str) -> list[str]:
        return [sys.executable, "-m", "app", "central", *args, "--db", str(self.db_path)]

    def admin(self, *args: str) -> str:
        """Run one ``cloudshelf central`` command; its output, or a UserError with what it said."""
        done = subprocess.run(self._command(*args), capture_output=True, text=True, timeout=600)
        if done.returncode != 0:
            raise UserError(
                f"The demo platform refused 'central {' '.join(args[:2])}': {done.stderr.strip()[-500:]}",
                "Build the demo again with 'cloudshelf demo --reset'.",
            )
        return done.stdout

    def start(self) -> str:
        """Start the platform and wait until it answers; its address."""
        self.spawn()
        return self.wait_ready()

    def spawn(self) -> str:
        """Start the platform's process and return its address at once (:meth:`wait_ready` waits)."""
        port = _free_port()
        self.url = f"http://127.0.0.1:{port}"
        self._stopping = False
        with self.db_path.with_suffix(".log").open("ab") as out:  # the child keeps its own descriptor
            self.proc = subprocess.Popen(
                self._command("serve", "--migrate", "--host", "127.0.0.1", "--port", str(port)),
                stdout=out,
                stderr=subprocess.STDOUT,
                env={**os.environ, "PYTHONUNBUFFERED": "1"},
                preexec_fn=die_with_parent(os.getpid()),  # ends with the demo, even a killed one
            )
        return self.url

    def wait_ready(self) -> str:
        """Wait until the spawned platform answers (any thread); a UserError if it never does. Quiet
        when the demo stopped it meanwhile (closed before the platform was up)."""
        proc = self.proc
        deadline = time.monotonic() + START_TIMEOUT
        while proc is not None and time.monotonic() < deadline and not self._stopping:
            if proc.poll() is not None:
                break
            with contextlib.suppress(requests.RequestException):
                if requests.get(self.url + "/v1/health", timeout=1).ok:
                    return self.url
            time.sleep(0.05)
        if self._stopping:
            return self.url
        said = self.db_path.with_suffix(".log").read_text(errors="replace")[-500:]
        self.stop()
        raise UserError(f"The demo platform did not start: {said}", "Build it again with 'cloudshelf demo --reset'.")

    def stop(self) -> None:
        self._stopping = True
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
        self.proc = None


def files(directory: Path) -> list[Path]:
    """Every file of the demo (store and platform), for --reset."""
    names = (config.STORE_FILE, CENTRAL_FILE)
    found = [directory / f"{name}{suffix}" for name in names for suffix in ("", "-wal", "-shm", "-journal")]
    extra = [(directory / CENTRAL_FILE).with_suffix(".log"), directory / config.CONFIG_FILE]
    return [*found, *extra, directory / pickup_demo.CODES_FILE]


def create(
    directory: Path,
    *,
    demo: demo_data.DemoStore = demo_data.DEMOS["cn"],
    styles: int = demo_data.STYLES,
    seed: int = 7,
    on_progress: OnProgress = ignore,
) -> None:
    """Build the demo platform and enrol a new demo till with it (``directory`` must be empty of both);
    ``on_progress`` hears the till's first sync."""
    directory.mkdir(parents=True, exist_ok=True)
    central = EmbeddedCentral(directory / CENTRAL_FILE)
    try:
        codes = _seed(central, demo, styles, seed)
        code = central.admin("enrol-code", "--store", demo.spec.store_code, "--terminal", "T01").strip()
        enrol(directory, central.start(), code)
        sync_once(directory, on_progress=on_progress)
        db = Database(directory / config.STORE_FILE)
        try:
            demo_data.add_users(db)
        finally:
            db.dispose()
        demo_data.name_quick_keys(directory, store=demo.spec.store_code)
        pickup_demo.save(directory, codes)
    except BaseException:
        for path in files(directory):
            path.unlink(missing_ok=True)
        raise
    finally:
        central.stop()


def _seed(central: EmbeddedCentral, demo: demo_data.DemoStore, styles: int, seed: int) -> dict[str, str]:
    spec = demo.spec
    central.admin("migrate")
    central.admin(
        "location", "add", spec.store_code, "--name", spec.store_name, "--region", spec.region,
        "--currency", spec.currency, "--locale", spec.locale, "--tax-mode", spec.tax_mode,
        "--tax-rounding", spec.tax_rounding, "--cash-increment", str(spec.cash_increment),
        "--discount-limit-bp", str(spec.discount_limit_bp),
        "--standard-rate-ppm", str(spec.standard_rate_ppm), "--reduced-rate-ppm", str(spec.reduced_rate_ppm),
    )  # fmt: skip
    for code, name, kind, region in demo.others:
        central.admin("location", "add", code, "--name", name, "--kind", kind, "--region", region)
    central.admin("hq-user", "add", HQ_LOGIN, "--name", "Demo admin", "--role", "admin", "--password", HQ_PASSWORD)
    with tempfile.TemporaryDirectory() as tmp:
        catalog = Path(tmp) / "demo-catalog.csv"
        catalog_gen.write_csv(catalog, catalog_gen.generate_rows(styles, seed=seed))
        central.admin("catalog", "import", str(catalog), "--currency", spec.currency)
        with catalog.open(newline="", encoding="utf-8") as handle:
            skus = list(dict.fromkeys(row["sku"] for row in csv.DictReader(handle)))
        counts = Path(tmp) / "demo-stock.csv"
        with counts.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["location", "sku", "on_hand"])
            writer.writerows(demo_data.stock_counts(skus, seed, demo))
        central.admin("stock", "import", str(counts))
    stocked = [(sku, qty) for loc, sku, qty in demo_data.stock_counts(skus, seed, demo) if loc == spec.store_code]
    return _orders(central, spec.store_code, stocked)


def _orders(central: EmbeddedCentral, store: str, stocked: list[tuple[str, int]]) -> dict[str, str]:
    """A few online orders for pickup at the demo store, made as the web shop would: the queue.
    Their pickup codes are returned for the demo to show (``app.pickup_demo``)."""
    codes: dict[str, str] = {}
    plenty = [sku for sku, qty in stocked if qty >= 3]
    for customer, lines, paid in (
        ("Wang Fang", [plenty[0], plenty[1]], True),
        ("Liu Yang", [f"{plenty[2]}:2"], False),
        ("Chen Jing", [plenty[3]], True),
    ):
        args = ["order", "create", "--store", store, "--customer", customer]
        for line in lines:
            args += ["--sku", line]
        made = pickup_demo.parse_created(central.admin(*args, *(["--paid"] if paid else [])))
        if made:
            codes[made[0]] = made[1]
    return codes


@contextlib.contextmanager
def booting(directory: Path) -> Iterator[EmbeddedCentral]:
    """Start the demo's platform and point the till at it (its port changes from run to run) without
    waiting for it: the till's window opens while the platform starts, and what needs the platform
    calls ``wait_ready()`` first."""
    central = EmbeddedCentral(directory / CENTRAL_FILE)
    with stop_on_signals(central.stop):  # SIGTERM, SIGINT, SIGHUP: the platform ends with the demo
        try:
            set_server(directory, central.spawn())
            yield central
        finally:
            central.stop()


@contextlib.contextmanager
def serving(directory: Path) -> Iterator[str]:
    """Start the demo's platform, point the till at it, and wait until it answers."""
    with booting(directory) as central:
        yield central.wait_ready()


def console_lines(url: str) -> list[str]:
    """What the demo prints about the head office's console: its address and the demo login."""
    return [f"Head office console: {url}/hq (sign in as {HQ_LOGIN}, password {HQ_PASSWORD})"]


def has_platform(directory: Path) -> bool:
    return (directory / CENTRAL_FILE).exists()
