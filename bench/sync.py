"""Sync figures against the real central service on loopback: draining a till's queue of offline
sales, many terminals pushing and pulling at once on PostgreSQL, and a new till's first sync against
a large catalog. Each is quoted against the rate of a trivial authenticated call (``GET /v1/ping``)
or a plain download measured in the same run. Printed (and written to bench/results-sync.md), never
asserted.

    python bench/sync.py [--sales 10000] [--terminals 200] [--seconds 60] [--variants 1000000]
                         [--only drain,fleet,first] [--dir DIR]

The offline till and the large central catalog are built once and kept in DIR (default: the system
temp dir): the 1,000,000-variant catalog takes several minutes to build.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app import catalog_gen, config  # noqa: E402
from app.db.engine import Database  # noqa: E402
from app.terminal import Terminal  # noqa: E402
from bench.stats import percentile, ratios  # noqa: E402
from central import auth, locations  # noqa: E402
from central.catalog_import import import_csv  # noqa: E402
from central.db import CentralDB  # noqa: E402
from central.stock import import_counts  # noqa: E402
from sync.enrol import client_for, enrol  # noqa: E402
from sync.protocol import SALE_COMPLETED, make_envelope  # noqa: E402
from sync.relay import Relay  # noqa: E402
from tests.conftest import build_store, copy_store  # noqa: E402
from tests.platform import (  # noqa: E402
    PLATFORM_SEED,
    CentralProcess,
    PostgresCluster,
    make_platform,
    new_pg_database,
)

STYLES = 40  # the drain and fleet platforms' catalog: a few hundred variants
ROWS: list[tuple[str, str, str, str]] = []


def row(figure: str, measured: str, target: str = "", note: str = "") -> None:
    ROWS.append((figure, measured, target, note))
    print(f"  {figure}: {measured}  {note}", file=sys.stderr, flush=True)


def token_of(till: Path) -> str:
    with sqlite3.connect(till / config.STORE_FILE) as db:
        return db.execute("SELECT token FROM sync_config WHERE id = 1").fetchone()[0]


def ping_rate(url: str, token: str, seconds: float = 3.0) -> tuple[float, list[float]]:
    """Calls per second of the trivial authenticated request, one after another on one connection."""
    http = requests.Session()
    http.headers["Authorization"] = f"Bearer {token}"
    for _ in range(20):  # warm up
        http.get(url + "/v1/ping", timeout=10).raise_for_status()
    times = []
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        t = time.perf_counter()
        http.get(url + "/v1/ping", timeout=10).raise_for_status()
        times.append(time.perf_counter() - t)
    http.close()
    return len(times) / sum(times), times


# ---------------------------------------------------------------- 1. draining a till's offline queue
def offline_till(base: Path, sales: int) -> Path:
    """A till that sold ``sales`` cash and card sales through the terminal and never synced (cached)."""
    directory = base / f"cloudshelf-bench-offline-{sales}"
    if (directory / "built").exists():
        return directory
    shutil.rmtree(directory, ignore_errors=True)
    started = time.perf_counter()
    build_store(directory, styles=STYLES, seed=PLATFORM_SEED)
    skus = [r["sku"] for r in catalog_gen.generate_rows(STYLES, seed=PLATFORM_SEED)]
    with Terminal.open(directory) as term:
        term.sign_in("ann", "1357")
        term.shift.open(10_000)
        for i in range(sales):
            term.sale.scan(skus[i % len(skus)], 1 + i % 3)
            if i % 4 == 0:
                term.sale.add_card(term.sale.totals().due // 2, f"CARD-{i}", "AUTH")
            term.sale.add_cash(term.sale.totals().due)
            term.sale.complete()
    (directory / "built").write_text(f"{sales} sales in {time.perf_counter() - started:.0f} s\n")
    return directory


def drain(backend: str, db_url: str, base: Path, sales: int, work: Path) -> None:
    work.mkdir(parents=True, exist_ok=True)
    platform = make_platform(db_url, work, styles=STYLES)
    try:
        till = copy_store(offline_till(base, sales), work / "till")
        enrol(till, platform.url, platform.enrol_code("S01", "T01"))
        rate, _ = ping_rate(platform.url, token_of(till))
        db = Database(till / config.STORE_FILE)
        client = client_for(db)
        started = time.perf_counter()
        report = Relay(db, client).push()
        took = time.perf_counter() - started
        client.close()
        db.dispose()
        events = report.acked
        assert report.dead == 0 and events == sales + 1, report
        held = platform.scalar("SELECT COUNT(*) FROM sales")
        assert held == sales, f"{held} sales at the platform for {sales} sold"
        per_s = events / took
        row(
            f"drain {sales:,} queued sales, central on {backend}",
            f"{took:.1f} s ({per_s:,.0f} events/s)",
            "<= 60 s",
            f"{per_s / rate:.1f}x the ping rate ({rate:,.0f}/s); batches of 200, one relay",
        )
    finally:
        platform.server.stop()


# ---------------------------------------------------------------- 2. many terminals at once
def sale_event(store: str, terminal: str, seq: int, skus: list[str], rng: random.Random) -> dict:
    """A sale as a till sends it (the shape of ``app.sales``): lines, a payment, stock movements."""
    import uuid6

    stamp = time.strftime("%Y-%m-%dT%H:%M:%S.000Z", time.gmtime())
    sale_id = str(uuid6.uuid7())
    picked = rng.sample(skus, rng.randint(1, 3))
    lines = [
        {"id": str(uuid6.uuid7()), "sale_id": sale_id, "line_no": n, "sku": sku, "qty": 1, "unit_price": 19900,
         "discount": 0, "net": 19900, "tax": 2289, "tax_rate_ppm": 130000, "total": 19900, "description": sku,
         "flags": "", "original_line_id": None, "variant_id": n}
        for n, sku in enumerate(picked, 1)
    ]  # fmt: skip
    movements = [
        {"id": str(uuid6.uuid7()), "sale_id": sale_id, "location_code": store, "sku": sku, "qty": -1,
         "reason": "sale", "created_at": stamp, "variant_id": n}
        for n, sku in enumerate(picked, 1)
    ]  # fmt: skip
    total = 19900 * len(picked)
    data = {
        "id": sale_id,
        "receipt_no": f"{store}-{terminal}-{seq:06d}",
        "shift_id": f"shift-{store}-{terminal}",
        "kind": "sale",
        "currency": "CNY",
        "total": total,
        "tax_total": 2289 * len(picked),
        "discount_total": 0,
        "rounding": 0,
        "created_at": stamp,
        "note": "",
        "lines": lines,
        "payments": [{"id": str(uuid6.uuid7()), "method": "cash", "amount": total, "change": 0}],
        "movements": movements,
    }
    body = make_envelope(
        event_id=str(uuid6.uuid7()),
        event_type=SALE_COMPLETED,
        seq=seq,
        store=store,
        terminal=terminal,
        created_at=stamp,
        data=data,
    )
    return json.loads(body)


def terminal_loop(url: str, who: dict, skus: list[str], deadline: float, think: float, out: dict) -> None:
    """One simulated terminal: push 1-5 sales, pull the stock feed, wait 0.5-1.5x ``think`` seconds
    (a real till's worker waits 15 s, or syncs after a sale), again until the deadline. A failed push
    is sent again unchanged (same ids), as the relay does."""
    rng = random.Random(who["terminal"] + who["store"])
    http = requests.Session()
    http.headers["Authorization"] = f"Bearer {who['token']}"
    seq, cursor = 0, 0
    pushes, pulls, errors = [], [], 0
    batch: list[dict] = []
    time.sleep(rng.uniform(0, think))  # tills' workers were not all started in the same second
    while time.time() < deadline:
        if not batch:
            batch = [sale_event(who["store"], who["terminal"], seq + n, skus, rng) for n in range(1, rng.randint(2, 6))]
        t = time.perf_counter()
        try:
            answer = http.post(url + "/v1/events", json={"events": batch}, timeout=60)
            answer.raise_for_status()
        except requests.RequestException:
            errors += 1
            continue  # the same batch again
        pushes.append(time.perf_counter() - t)
        statuses = {r["status"] for r in answer.json()["results"]}
        if not statuses <= {"accepted", "duplicate"}:
            raise AssertionError(f"{who['terminal']}: {statuses}")
        seq += len(batch)
        batch = []
        t = time.perf_counter()
        try:
            page = http.get(url + "/v1/feeds/stock", params={"after": cursor, "limit": 1000}, timeout=60)
            page.raise_for_status()
            cursor = page.json()["cursor"]
            pulls.append(time.perf_counter() - t)
        except requests.RequestException:
            errors += 1
        time.sleep(rng.uniform(0.5, 1.5) * think)
    out[who["terminal_id"]] = {"sent": seq, "pushes": pushes, "pulls": pulls, "errors": errors}


def fleet_process(url: str, terminals: list[dict], skus: list[str], deadline: float, think: float, queue) -> None:
    out: dict = {}

    def run(who: dict) -> None:
        try:
            terminal_loop(url, who, skus, deadline, think, out)
        except Exception as exc:  # reported, never lost: the figures would be wrong without it
            out[who["terminal_id"]] = {"failed": repr(exc)}

    threads = [threading.Thread(target=run, args=(w,)) for w in terminals]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    queue.put(out)


def enrol_fleet(db_url: str, count: int) -> list[dict]:
    """``count`` tills enrolled at the two stores in turn, with their tokens."""
    central = CentralDB(db_url)
    terminals = []
    with central.write() as s:
        for n in range(count):
            store = ("S01", "S02")[n % 2]
            code = auth.new_enrol_code(s, store, f"T{n:03d}")
            terminal, token, _ = auth.enrol(s, code)
            terminals.append({"store": store, "terminal": terminal.code, "terminal_id": terminal.id, "token": token})
    central.dispose()
    return terminals


def run_fleet(url: str, terminals: list[dict], skus: list[str], seconds: float, processes: int, think: float) -> dict:
    """The simulated tills, spread over ``processes`` processes; every till's result by its id."""
    deadline = time.time() + seconds
    spawn = multiprocessing.get_context("spawn")
    queue = spawn.Queue()
    procs = [spawn.Process(target=fleet_process, args=(url, terminals[i::processes], skus, deadline, think, queue))
             for i in range(processes)]  # fmt: skip
    for proc in procs:
        proc.start()
    results: dict = {}
    for _ in procs:
        results.update(queue.get(timeout=seconds + 300))
    for proc in procs:
        proc.join(60)
    failed = [r["failed"] for r in results.values() if "failed" in r]
    if failed or len(results) != len(terminals):
        raise SystemExit(f"{len(failed)} simulated terminals failed ({failed[:3]}); {len(results)} reported")
    return results


def lost_and_doubled(platform, results: dict) -> tuple[int, int]:
    """Every event there exactly once: per till, seqs 1..sent, each id once."""
    held = {
        tid: (n, distinct, top)
        for tid, n, distinct, top in platform.rows(
            "SELECT terminal_id, COUNT(*), COUNT(DISTINCT seq), COALESCE(MAX(seq), 0) FROM events GROUP BY terminal_id"
        )
    }
    lost = doubled = 0
    for tid, r in results.items():
        n, distinct, top = held.get(tid, (0, 0, 0))
        lost += max(0, r["sent"] - distinct)
        doubled += n - distinct + max(0, top - r["sent"])
    return lost, doubled


def fleet(admin_url: str, work: Path, count: int, seconds: float, processes: int, workers: int, think: float) -> None:
    work.mkdir(parents=True, exist_ok=True)
    db_url = new_pg_database(admin_url)
    platform = make_platform(db_url, work, styles=STYLES)
    platform.server.stop()
    counts = work / "counts.csv"  # both stores stocked: the sales move stock without overselling
    counts.write_text(
        "location,sku,on_hand\n" + "".join(f"{st},{sku},1000000\n" for st in ("S01", "S02") for sku in platform.skus)
    )
    import_counts(CentralDB(db_url), counts)
    server = CentralProcess(db_url, workers=workers).start()
    try:
        terminals = enrol_fleet(db_url, count)
        idle_rate, idle = ping_rate(server.url, terminals[0]["token"])
        results = run_fleet(server.url, terminals, platform.skus, seconds, processes, think)
        lost, doubled = lost_and_doubled(platform, results)
        sent = sum(r["sent"] for r in results.values())
        sales = platform.scalar("SELECT COUNT(*) FROM sales")
        ledger = platform.scalar(
            "SELECT COUNT(*) FROM stock_levels l WHERE l.on_hand != "
            "(SELECT COALESCE(SUM(m.qty), 0) FROM stock_movements m WHERE m.location_code = l.location_code "
            "AND m.sku = l.sku)"
        )
        pushes = [t for r in results.values() for t in r["pushes"]]
        pulls = [t for r in results.values() for t in r["pulls"]]
        errors = sum(r["errors"] for r in results.values())
        row(
            f"{count} terminals for {seconds:.0f} s, each syncing every ~{think:g} s, central on PostgreSQL "
            f"({workers} server processes)",
            f"{sent:,} sales in {len(pushes):,} pushes ({sent / seconds:,.0f} sales/s), {len(pulls):,} pulls",
            "",
            f"{errors} network errors retried; idle ping {idle_rate:,.0f}/s, p99 {percentile(idle, 99) * 1000:.1f} ms",
        )
        figures = (("push p50 / p99 (1-5 sales per call)", pushes), ("pull p50 / p99 (stock feed page)", pulls))
        for name, times in figures:
            row(name, f"{percentile(times, 50) * 1000:.0f} / {percentile(times, 99) * 1000:.0f} ms", "",
                f"{ratios(times, idle)} the idle ping p50 / p99")  # fmt: skip
        row("events lost / doubled", f"{lost} / {doubled}", "0 / 0",
            f"{sales:,} sales held for {sent:,} sent; {ledger} stock levels off their ledger")  # fmt: skip
    finally:
        server.stop()


# ---------------------------------------------------------------- 3. a new till's first sync
def big_central(base: Path, variants: int) -> Path:
    directory = base / f"cloudshelf-bench-central-{variants}"
    if (directory / "built").exists():
        return directory / "central.db"
    shutil.rmtree(directory, ignore_errors=True)
    directory.mkdir(parents=True)
    started = time.perf_counter()
    db = CentralDB(str(directory / "central.db"))
    db.migrate()
    with db.write() as s:
        locations.add_location(s, code="S01", name="Shanghai", kind="store", region="East")
        locations.add_location(s, code="W01", name="Warehouse", kind="warehouse", region="East")
    csv_path = directory / "catalog.csv"
    catalog_gen.write_csv(csv_path, catalog_gen.generate_rows(variants, max_variants=variants))
    import_csv(db, csv_path)
    db.dispose()
    csv_path.unlink()
    (directory / "built").write_text(f"{variants} variants in {time.perf_counter() - started:.0f} s\n")
    print(f"built a {variants:,}-variant central in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return directory / "central.db"


FIRST_SYNC = """
import json, resource, sys, time
from pathlib import Path
from sync.enrol import enrol
from sync.worker import sync_once
till, url, code = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
started = time.perf_counter()
enrol(till, url, code)
done = sync_once(till)
print(json.dumps({"seconds": time.perf_counter() - started, "applied": done.pull.applied,
                  "peak_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""


def download_only(url: str, token: str, pages: int | None = None) -> tuple[float, int]:
    """The same snapshot pages the puller asks for, fetched and parsed, nothing applied: the floor a
    first sync can reach (``pages``: stop each feed after that many, to warm up)."""
    from sync.puller import SNAPSHOT_PAGE

    http = requests.Session()
    http.headers["Authorization"] = f"Bearer {token}"
    started, items = time.perf_counter(), 0
    for feed in ("catalog", "prices", "stock"):
        key, fetched = "", 0
        while key is not None and (pages is None or fetched < pages):
            params = {"after_key": key, "limit": SNAPSHOT_PAGE}
            page = http.get(f"{url}/v1/snapshots/{feed}", params=params, timeout=120)
            page.raise_for_status()
            body = page.json()
            items += len(body["items"])
            key, fetched = body["next_key"], fetched + 1
    http.close()
    return time.perf_counter() - started, items


def one_first_sync(url: str, code: str, till: Path) -> dict:
    """A new till's enrolment and first sync, in a process of its own (its peak RSS is the figure)."""
    done = subprocess.run(
        [sys.executable, "-c", FIRST_SYNC, str(till), url, code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=True,
    )
    shutil.rmtree(till, ignore_errors=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def first_sync(base: Path, variants: int, work: Path, rounds: int = 2) -> None:
    """Warm both (a few pages of each feed, a small sync is not possible: the catalog is the one
    figure), then alternate a warm download of every page with a first sync, ``rounds`` times."""
    db_url = str(big_central(base, variants))
    server = CentralProcess(db_url).start()
    try:
        db = CentralDB(db_url)
        with db.write() as s:
            codes = [auth.new_enrol_code(s, "S01", f"T{90 + n}") for n in range(rounds)]
            _, token, _ = auth.enrol(s, auth.new_enrol_code(s, "S01", "T89"))
        db.dispose()
        download_only(server.url, token, pages=5)  # warm: the platform's page cache, the connection
        floors, syncs, items = [], [], 0
        for n in range(rounds):
            took, items = download_only(server.url, token)
            floors.append(took)
            syncs.append(one_first_sync(server.url, codes[n], work / f"first-{n}"))
            print(f"  round {n + 1}: download {took:.1f} s, sync {syncs[-1]['seconds']:.1f} s", file=sys.stderr)
        assert all(f["applied"]["catalog"] >= variants for f in syncs), syncs
        best = min(syncs, key=lambda f: f["seconds"])
        floor = min(floors)
        peak = max(f["peak_kb"] for f in syncs) / 1024
        each = ", ".join(f"{f['seconds']:.0f} s" for f in syncs)
        downloads = ", ".join(f"{t:.0f} s" for t in floors)
        row(
            f"first sync, {variants:,}-variant catalog ({items:,} snapshot rows), central on SQLite",
            f"{best['seconds']:.0f} s (runs: {each}), peak {peak:.0f} MB",
            "<= 60 s, <= 2x the download, peak <= 300 MB",
            f"{best['seconds'] / floor:.1f}x a warm download of the same pages without applying them "
            f"(runs: {downloads}; alternated with the syncs; 0 dropped)",
        )
    finally:
        server.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sales", type=int, default=10_000)
    parser.add_argument("--terminals", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--processes", type=int, default=4, help="client processes for the terminals")
    parser.add_argument("--workers", type=int, default=2, help="central server processes in the fleet run")
    parser.add_argument(
        "--think",
        default="15,2",
        help="seconds a terminal waits between rounds, one fleet run each: 15 is the worker's interval, 2 a stress",
    )
    parser.add_argument("--variants", type=int, default=1_000_000)
    parser.add_argument("--only", default="drain,fleet,first")
    parser.add_argument("--rounds", type=int, default=2, help="first syncs, each alternated with a download")
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()))
    args = parser.parse_args()
    only = set(args.only.split(","))
    work = Path(tempfile.mkdtemp(prefix="cloudshelf-bench-sync-"))
    cluster = PostgresCluster() if only & {"drain", "fleet"} else None
    try:
        if "drain" in only:
            drain("SQLite", str(work / "drain-central.db"), args.dir, args.sales, work / "drain-sqlite")
            drain("PostgreSQL", new_pg_database(cluster.admin_url), args.dir, args.sales, work / "drain-pg")
        if "fleet" in only:
            for n, think in enumerate(float(t) for t in args.think.split(",")):
                where = work / f"fleet-{n}"
                fleet(cluster.admin_url, where, args.terminals, args.seconds, args.processes, args.workers, think)
        if "first" in only:
            first_sync(args.dir, args.variants, work / "first-sync", args.rounds)
    finally:
        if cluster is not None:
            cluster.stop()
        shutil.rmtree(work, ignore_errors=True)
    cpu = os.cpu_count()
    load = os.getloadavg()[0]
    lines = [
        "| figure | measured | target | note |",
        "|---|---|---|---|",
        *(f"| {a} | {b} | {c} | {d} |" for a, b, c, d in ROWS),
        "",
        f"{cpu} CPUs, load average {load:.1f} at the end; server and clients on the same machine (loopback).",
    ]
    text = "\n".join(lines)
    print(text)
    (Path(__file__).parent / "results-sync.md").write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
