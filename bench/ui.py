"""The till's screen figures on a large catalog: from a scan's last key to the cart row painted, and
from launch to the sign-in screen ready. Printed, never asserted.

    python bench/ui.py --dir STORE_DIR [--scans 300]
    python bench/ui.py --variants 1000000       # builds (once) and reuses the store bench/core.py uses

Runs on Qt's offscreen platform unless a display is set (``xvfb-run`` gives a real X server).
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.stats import p50_p99, percentile, ratios  # noqa: E402


def sample_barcodes(store: Path, n: int, seed: int = 11) -> list[str]:
    """Random barcodes of active variants, picked by variant id so a million rows cost nothing."""
    from app import config

    with sqlite3.connect(store / config.STORE_FILE) as db:
        top = db.execute("SELECT MAX(id) FROM variants").fetchone()[0]
        rng = random.Random(seed)
        codes: list[str] = []
        while len(codes) < n:
            row = db.execute(
                "SELECT b.code FROM variants v JOIN barcodes b ON b.variant_id = v.id "
                "WHERE b.variant_id >= ? AND v.active = 1 ORDER BY b.variant_id LIMIT 1",  # the index's order
                (rng.randint(1, top),),
            ).fetchone()
            if row:
                codes.append(row[0])
    return codes


def ready_store(store: Path) -> tuple[str, str]:
    """A cashier with an open shift: returns (login, pin). Adds a bench user if the store has none."""
    from app.terminal import Terminal
    from app.users import add_user

    login, pin = "benchcashier", "8642"
    with Terminal.open(store) as term:
        if login not in {u.login for u in term.users.list()}:
            with term.db.write() as s:
                add_user(s, login=login, name="Bench Cashier", role="cashier", pin=pin)
        term.sign_in(login, pin)
        if term.shift.current_id() is None:
            term.shift.open(50_000)
        if term.sale.cart is not None and term.sale.cart.lines:
            term.sale.void("bench")
        term.sign_out()
    return login, pin


WARM = 10  # scans (and baselines) run first and not counted: the first ones load caches and code


def scan_to_paint(store: Path, scans: int) -> tuple[list[float], list[float], int]:
    """Milliseconds from the Enter that ends a scan to the cart view painted with its row, and the
    baseline timed in turn with each scan: a bare ``update()`` of the same view to its paint (the
    event loop's and the paint's own floor, no till work); and the scans dropped (no row painted
    within 30 s)."""
    from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from app.terminal import Terminal
    from ui.app import build_window

    app = QApplication.instance() or QApplication(sys.argv)
    login, pin = ready_store(store)
    codes = sample_barcodes(store, scans + WARM)
    term = Terminal.open(store)
    win = build_window(term, app, "en")
    win.resize(1366, 768)
    win.show()

    def wait(signal, start) -> None:
        loop = QEventLoop()
        signal.connect(loop.quit)
        QTimer.singleShot(30_000, loop.quit)
        start()
        loop.exec()
        signal.disconnect(loop.quit)

    wait(win.till.signed_in, lambda: win.till.sign_in(login, pin))
    view = win.sale.cart.viewport()

    class Painted(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.changed = False
            self.loop: QEventLoop | None = None
            self.at = 0.0

        def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and self.changed and self.loop is not None:
                self.at = time.perf_counter()
                self.loop.quit()
            return False

    watch = Painted()
    view.installEventFilter(watch)
    win.sale.model.rowsInserted.connect(lambda *_: setattr(watch, "changed", True))
    win.sale.model.modelReset.connect(lambda *_: setattr(watch, "changed", True))
    win.sale.model.dataChanged.connect(lambda *_: setattr(watch, "changed", True))

    times: list[float] = []
    floor: list[float] = []
    dropped = 0
    for i, code in enumerate(codes):
        if i and i % 25 == 0:  # a real sale, not a cart of hundreds of lines
            wait(win.till.sale_changed, lambda: win.till.void_sale())
            app.processEvents()
        QTest.keyClicks(win.sale.scan, code)
        watch.changed, watch.loop = False, QEventLoop()
        QTimer.singleShot(30_000, watch.loop.quit)
        start = time.perf_counter()
        QTest.keyClick(win.sale.scan, Qt.Key.Key_Return)
        watch.loop.exec()
        if i < WARM:
            pass
        elif watch.changed:
            times.append((watch.at - start) * 1000)
        else:
            dropped += 1
        watch.changed, watch.loop = True, QEventLoop()
        QTimer.singleShot(30_000, watch.loop.quit)
        start = time.perf_counter()
        view.update()
        watch.loop.exec()
        if i >= WARM:
            floor.append((watch.at - start) * 1000)
    win.close()
    term.close()
    return times, floor, dropped


def launch_child(store: Path, spawned: float) -> None:
    """In a fresh process: build the app and window, and print the seconds from spawn to a painted,
    ready sign-in screen (users listed)."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from app.terminal import Terminal
    from ui.app import build_window

    app = QApplication(sys.argv)
    term = Terminal.open(store)
    win = build_window(term, app)
    state = {"users": False}

    class FirstPaint(QObject):
        def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and state["users"]:
                print(f"{time.time() - spawned:.4f}", flush=True)
                app.quit()
            return False

    def listed(_users: object) -> None:
        state["users"] = True
        win.sign_in.update()

    win.till.users_loaded.connect(listed)
    painter = FirstPaint()
    win.sign_in.installEventFilter(painter)
    win.show()
    app.exec()
    term.close()


def demo_child(directory: Path, spawned: float) -> None:
    """In a fresh process: ``cloudshelf --data-dir DIR demo`` as typed, printing the seconds from spawn to
    the till's window first painted, then closing it (the platform stops with the demo as usual)."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv)  # the demo's run() takes this one

    class FirstPaint(QObject):
        seen = False

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if not self.seen and event.type() == QEvent.Type.Paint and isinstance(obj, QMainWindow):
                self.seen = True
                print(f"{time.time() - spawned:.4f}", flush=True)
                QTimer.singleShot(0, app.quit)
            return False

    painter = FirstPaint()
    app.installEventFilter(painter)
    from app.cli import cli

    cli.main(["--data-dir", str(directory), "demo"], standalone_mode=False)


def child_once(kind: str, folder: Path) -> float:
    """One fresh process of this script (``--demo-child`` or ``--launch-child``) on ``folder``: the
    seconds it printed, from its spawn to its first paint."""
    spawned = time.time()
    done = subprocess.run(
        [sys.executable, __file__, f"--{kind}-child", str(folder), "--spawned", repr(spawned)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return float(done.stdout.strip().splitlines()[-1])


def python_once() -> float:
    """The baseline: seconds to start a bare interpreter on this machine now."""
    t = time.perf_counter()
    subprocess.run([sys.executable, "-c", "pass"], check=True)
    return time.perf_counter() - t


def launch_times(store: Path, runs: int, demo: Path | None) -> tuple[list[float], list[float], list[float]]:
    """Seconds from spawn to the sign-in screen ready, to a demo's window (when ``demo`` names a built
    demo folder), and the bare interpreter's start, in turn (one of each first, not counted: it warms
    the disk cache for all)."""
    launches: list[float] = []
    demos: list[float] = []
    bare: list[float] = []
    for n in range(runs + 1):
        turns = ((launches, lambda: child_once("launch", store)), (demos, lambda: demo and child_once("demo", demo)))
        for out, once in turns:
            took = once()
            if n and took:
                out.append(took)
        took = python_once()
        if n:
            bare.append(took)
    return launches, demos, bare


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, help="a built store (default: the one bench/core.py builds)")
    parser.add_argument("--variants", type=int, default=1_000_000)
    parser.add_argument("--scans", type=int, default=300)
    parser.add_argument("--launches", type=int, default=5)
    parser.add_argument(
        "--demo", type=Path, help="a demo folder built by `cloudshelf --data-dir D demo`: time its relaunch"
    )
    parser.add_argument("--launch-child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--demo-child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--spawned", type=float, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.demo_child:
        demo_child(args.demo_child, args.spawned)
        return
    if args.launch_child:
        launch_child(args.launch_child, args.spawned)
        return
    store = args.dir
    if store is None:
        from bench.core import ensure_store

        store = ensure_store(args.variants)
    from app import config

    load_before = f"{os.getloadavg()[0]:.2f}"
    with sqlite3.connect(Path(store) / config.STORE_FILE) as db:
        variants = db.execute("SELECT COUNT(*) FROM variants").fetchone()[0]
    scans, floor, dropped = scan_to_paint(Path(store), args.scans)
    launches, demos, bare = launch_times(Path(store), args.launches, args.demo)
    p99 = percentile(scans, 99)
    rows = [
        ("catalog", f"{variants:,} variants", "", "", ""),
        ("bare update() of the cart view to its paint (baseline)", p50_p99(floor, digits=1), "", "", "in turn"),
        (
            "scan's Enter to cart row painted",
            p50_p99(scans, digits=1),
            "p99 <= 16 ms " + ("ok" if p99 <= 16 else "over"),
            ratios(scans, floor),
            f"{len(scans)} scans after {WARM} warm-up, {dropped} dropped",
        ),
        ("bare `python -c pass` (baseline)", p50_p99(bare, "s"), "", "", f"{len(bare)} runs"),
        (
            "launch to sign-in ready (p99 = max)",
            p50_p99(launches, "s"),
            "<= 1 s " + ("ok" if max(launches) <= 1 else "over"),
            ratios(launches, bare),
            f"{len(launches)} fresh processes",
        ),
    ]
    if demos:
        rows.append(
            (
                "`cloudshelf demo` relaunch to the window (p99 = max)",
                p50_p99(demos, "s"),
                "<= 2 s " + ("ok" if max(demos) <= 2 else "over"),
                ratios(demos, bare),
                f"{len(demos)} fresh processes, platform included",
            )
        )
    table = ["| figure | p50 / p99 | target | against the baseline, p50 / p99 | note |", "|---|---|---|---|---|"]
    table += ["| " + " | ".join(row) + " |" for row in rows]
    text = "\n".join(table) + f"\n\nMachine load (uptime) before and after: {load_before} / {os.getloadavg()[0]:.2f}"
    print(text)
    (Path(__file__).parent / "results-ui.md").write_text(text + "\n", encoding="utf-8")
    sys.stdout.flush()
    os._exit(0)  # skip tearing down Qt objects at interpreter exit: nothing is left to save


if __name__ == "__main__":
    main()
