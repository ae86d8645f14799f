"""Pickup figures on one till's store: the orders feed applied, the queue read, the counter look-up
by each second factor and a pick scan, each against a bare durable SQLite commit measured in the
same run. Printed (and written to bench/results-pickup.md), never asserted.

    python bench/pickup.py [--orders 2000] [--dir DIR]
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app import config  # noqa: E402
from app.terminal import Terminal  # noqa: E402
from bench.stats import percentile  # noqa: E402
from tests.conftest import CLERK, build_store  # noqa: E402
from tests.pickup_helpers import PICKUP_CODE, deliver, order_body, skus  # noqa: E402


def bare_commits(store: Path, n: int) -> list[float]:
    db = sqlite3.connect(store / config.STORE_FILE, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.execute("CREATE TABLE IF NOT EXISTS bench_bare(id INTEGER PRIMARY KEY, v TEXT)")
    out = []
    for i in range(n):
        t = time.perf_counter()
        db.execute("BEGIN IMMEDIATE")
        db.execute("INSERT INTO bench_bare(v) VALUES (?)", (str(i),))
        db.execute("COMMIT")
        out.append((time.perf_counter() - t) * 1000)
    db.close()
    return out


def timed(fn, n: int) -> list[float]:
    out = []
    for i in range(n):
        t = time.perf_counter()
        fn(i)
        out.append((time.perf_counter() - t) * 1000)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--orders", type=int, default=2000)
    parser.add_argument("--dir", type=Path, default=None)
    args = parser.parse_args()
    base = Path(tempfile.mkdtemp(dir=args.dir))
    store = build_store(base / "till", styles=40)
    term = Terminal.open(store)
    items = skus(term, 60)
    bodies = [
        order_body(term, [(items[i % 60][0], 1, items[i % 60][2]), (items[(i + 7) % 60][0], 2, items[(i + 7) % 60][2])])
        for i in range(args.orders)
    ]
    page = 500
    t = time.perf_counter()
    for start in range(0, len(bodies), page):
        deliver(term, *bodies[start : start + page])
    feed_ms = (time.perf_counter() - t) * 1000
    term.sign_in(CLERK.login, CLERK.pin)
    queue = timed(lambda _i: term.pickup.queue(("new", "picking", "ready")), 20)
    opened = timed(lambda i: term.pickup.order(bodies[i]["code"]), 200)
    by_name = timed(lambda i: term.pickup.find(bodies[i]["code"], "Mia Wang"), 50)
    by_code = timed(lambda i: term.pickup.find(bodies[i]["code"], PICKUP_CODE), 50)
    by_qr = timed(lambda i: term.pickup.find(f"{bodies[i]['code']}/{PICKUP_CODE}"), 50)
    picks = timed(lambda i: term.pickup.pick(bodies[300 + i]["code"], items[(300 + i) % 60][1]), 200)
    term.close()
    bare = bare_commits(store, 1000)
    b50, b99 = percentile(bare, 50), percentile(bare, 99)

    def row(name: str, values: list[float], note: str = "") -> tuple[str, str, str]:
        p50, p99 = percentile(values, 50), percentile(values, 99)
        return name, f"{p50:.2f} / {p99:.2f} ms", f"{p50 / b50:.1f}x / {p99 / b99:.1f}x" + (f"; {note}" if note else "")

    rows = [
        ("bare durable SQLite commit p50 / p99 (baseline)", f"{b50:.2f} / {b99:.2f} ms", "WAL, synchronous=FULL"),
        (
            f"orders feed applied, {args.orders} orders in pages of {page}",
            f"{feed_ms / args.orders:.2f} ms per order",
            f"{feed_ms / args.orders / b50:.1f}x the bare commit p50 per order",
        ),
        row(f"queue of {args.orders} open orders", queue, "the whole queue, sorted"),
        row("open an order from the queue", opened, "a read"),
        row("pick scan (one unit ticked, 1st scan writes an event)", picks, "one write transaction"),
        row("counter look-up by name", by_name, "write: the look-up is recorded for the rate limit"),
        row("counter look-up by pickup code", by_code, "+ one Argon2id verify"),
        row("counter look-up by the customer's QR code", by_qr, "+ one Argon2id verify"),
    ]
    table = ["| figure | measured (p50 / p99) | against the baseline (p50 / p99) |", "|---|---|---|"]
    table += [f"| {a} | {b} | {c} |" for a, b, c in rows]
    text = "\n".join(table)
    print(text)
    (Path(__file__).parent / "results-pickup.md").write_text(text + "\n", encoding="utf-8")
    shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
