"""The terminal core's figures on a large catalog: barcode lookup, name search, opening the store,
resident memory, and completing a sale against a bare durable SQLite commit measured in the same run.
Printed (and written to bench/results-core.md), never asserted.

    python bench/core.py [--variants 1000000] [--dir DIR]

The generated store is kept in DIR (default: the system temp dir) and reused by later runs and by
bench/ui.py.
"""

from __future__ import annotations

import argparse
import contextlib
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app import catalog_gen, config, setup  # noqa: E402
from app.catalog_import import import_csv  # noqa: E402
from app.db import migrate  # noqa: E402
from app.db.engine import Database  # noqa: E402
from app.errors import UserError  # noqa: E402
from app.terminal import Terminal  # noqa: E402
from app.users import add_user  # noqa: E402
from bench.stats import p50_p99, percentile, ratios  # noqa: E402

SPEC = setup.StoreSpec(
    store_code="S01",
    store_name="Bench Store",
    terminal_code="T01",
    currency="CNY",
    locale="zh_CN",
    region="East",
    tax_mode="inclusive",
    tax_rounding="line",
    cash_increment=1,
    discount_limit_bp=1000,
)
LOGIN, PIN = "benchcashier", "8642"


def ensure_store(variants: int, base: Path | None = None) -> Path:
    """A store with ``variants`` generated variants, built once and reused."""
    directory = (base or Path(tempfile.gettempdir())) / f"cloudshelf-bench-{variants}"
    done = directory / "built"
    if done.exists():
        return directory
    directory.mkdir(parents=True, exist_ok=True)
    for name in (config.STORE_FILE, f"{config.STORE_FILE}-wal", f"{config.STORE_FILE}-shm"):
        (directory / name).unlink(missing_ok=True)
    started = time.perf_counter()
    db = Database(directory / config.STORE_FILE)
    migrate.upgrade(db.engine)
    with db.write() as s:
        setup.init_store(s, SPEC)
        add_user(s, login=LOGIN, name="Bench Cashier", role="cashier", pin=PIN)
    csv_path = directory / "catalog.csv"
    written = catalog_gen.write_csv(csv_path, catalog_gen.generate_rows(variants, max_variants=variants))
    import_csv(db, csv_path, default_list="retail", currency=SPEC.currency)
    db.dispose()
    csv_path.unlink()
    done.write_text(f"{written} variants in {time.perf_counter() - started:.0f} s\n")
    print(f"built {written:,} variants in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return directory


def sample(store: Path, n: int, seed: int = 5) -> tuple[list[str], list[str]]:
    """Random existing barcodes, and words from the names for searching."""
    rng = random.Random(seed)
    with sqlite3.connect(store / config.STORE_FILE) as db:
        top = db.execute("SELECT MAX(id) FROM variants").fetchone()[0]
        codes, names = [], []
        while len(codes) < n:
            row = db.execute(
                "SELECT b.code, s.name, v.colour, v.size FROM variants v JOIN barcodes b ON b.variant_id = v.id "
                "JOIN styles s ON s.id = v.style_id WHERE v.id >= ? ORDER BY v.id LIMIT 1",
                (rng.randint(1, top),),
            ).fetchone()
            if row:
                codes.append(row[0])
                names.append(row[1:])
    return codes, names


def queries(names: list[tuple], rng: random.Random) -> list[str]:
    """What a cashier types: a word, a prefix, two words, a name and a colour."""
    out = []
    for name, colour, size in names:
        words = name.split()
        out.append(
            rng.choice(
                [
                    rng.choice(words),
                    rng.choice(words)[:3],
                    " ".join(rng.sample(words, 2)),
                    f"{words[-1]} {colour}",
                    f"{name} {colour} {size}",
                ]
            )
        )
    return out


def timed(fn, items: list) -> list[float]:
    out = []
    for item in items:
        t = time.perf_counter()
        fn(item)
        out.append((time.perf_counter() - t) * 1000)
    return out


WARM = 20  # items run untimed through both the operation and its baseline first (pages, statements)


def timed_in_turn(fn, bare, items: list) -> tuple[list[float], list[float]]:
    """``fn`` and its baseline ``bare`` on each item, one after the other, so both see the same load;
    both are warmed first on the first few items, untimed. No sample is dropped."""
    for item in items[:WARM]:
        bare(item)
        fn(item)
    measured, base = [], []
    for item in items:
        base += timed(bare, [item])
        measured += timed(fn, [item])
    return measured, base


class BareReads:
    """The floor under a look-up and a search: the same indexed query and the same FTS5 MATCH through a
    plain ``sqlite3`` connection on the same store, no terminal, no ORM."""

    def __init__(self, store: Path) -> None:
        from app.catalog import fts_query

        self.fts_query = fts_query
        self.db = sqlite3.connect(store / config.STORE_FILE)

    def lookup(self, code: str) -> None:
        self.db.execute("SELECT variant_id FROM barcodes WHERE code = ?", (code,)).fetchone()

    def search(self, query: str) -> None:
        self.db.execute(
            "SELECT rowid FROM catalog_search WHERE catalog_search MATCH ? LIMIT 50", (self.fts_query(query),)
        ).fetchall()


class BareCommit:
    """One small INSERT per BEGIN IMMEDIATE/COMMIT, WAL and synchronous=FULL, on the same disk: the
    durable floor. Timed in turn with each sale, so both see the same load on a shared machine."""

    def __init__(self, directory: Path) -> None:
        path = directory / "bare-commit.sqlite"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        self.db = sqlite3.connect(path, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=FULL")
        self.db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT)")
        self.n = 0

    def once(self) -> float:
        self.n += 1
        t = time.perf_counter()
        self.db.execute("BEGIN IMMEDIATE")
        self.db.execute("INSERT INTO t (body) VALUES (?)", (f"row {self.n}",))
        self.db.execute("COMMIT")
        return (time.perf_counter() - t) * 1000

    def close(self) -> None:
        self.db.close()


def open_times(store: Path, runs: int) -> tuple[list[float], list[float]]:
    """Milliseconds for a fresh process to open the store ready to sell (after the interpreter is up), and
    the baseline in turn: a fresh process opening the same file with ``sqlite3`` for one indexed read."""
    code = (
        "import time,sys; t=time.perf_counter(); from app.terminal import Terminal; "
        f"term=Terminal.open({str(store)!r}); term.users.list(); term.catalog.lookup(sys.argv[1]); "
        "print(time.perf_counter()-t)"
    )
    bare = (
        "import time,sys; t=time.perf_counter(); import sqlite3; "
        f"db=sqlite3.connect({str(store / config.STORE_FILE)!r}); "
        "db.execute('SELECT variant_id FROM barcodes WHERE code = ?', (sys.argv[1],)).fetchone(); "
        "print(time.perf_counter()-t)"
    )
    probe, _ = sample(store, 1, seed=99)
    out: tuple[list[float], list[float]] = ([], [])
    for _ in range(runs):
        for source, into in ((bare, out[1]), (code, out[0])):
            done = subprocess.run(
                [sys.executable, "-c", source, probe[0]], capture_output=True, text=True, check=True, cwd=ROOT
            )
            into.append(float(done.stdout.strip()) * 1000)
    return out


def measure_reads(term: Terminal, store: Path, codes: list[str], texts: list[str], lookups_n: int) -> dict:
    """Look-ups (found and unknown) and name searches, each timed in turn with its bare sqlite3 floor."""
    rng = random.Random(3)
    floor_reads = BareReads(store)
    lookups, bare_lookups = timed_in_turn(term.catalog.lookup, floor_reads.lookup, codes[:lookups_n])
    unknown = [f"690{rng.randrange(10**9):09d}9" for _ in range(500)]

    def miss(code: str) -> None:
        with contextlib.suppress(UserError):  # an unknown code is the point
            term.catalog.lookup(code)

    misses = timed(miss, unknown)
    searches, bare_searches = timed_in_turn(term.catalog.search, floor_reads.search, texts)
    found = sum(1 for q in texts[:100] if term.catalog.search(q))
    return {"lookups": lookups, "bare_lookups": bare_lookups, "misses": misses, "searches": searches,
            "bare_searches": bare_searches, "found": found}  # fmt: skip


def measure_sales(term: Terminal, store: Path, codes: list[str], count: int) -> tuple[list[float], list[float]]:
    """``count`` sales of three scans paid in cash, each completion timed beside a bare durable commit."""
    term.sign_in(LOGIN, PIN)
    if term.shift.current_id() is None:
        term.shift.open(50_000)
    if term.sale.cart is not None and term.sale.cart.lines:
        term.sale.void("bench")
    sale_codes = [codes[i % len(codes)] for i in range(count * 3)]
    sales, bare = [], []
    floor = BareCommit(store)
    for _ in range(WARM):  # warm both: the first commits of a run grow the files
        floor.once()
    for i in range(count):
        for code in sale_codes[i * 3 : i * 3 + 3]:
            term.sale.scan(code)
        term.sale.add_cash(term.sale.totals().due)
        bare.append(floor.once())
        t = time.perf_counter()
        term.sale.complete()  # the one transaction: sale, lines, payments, movements, outbox event
        sales.append((time.perf_counter() - t) * 1000)
    floor.close()
    return sales, bare


def table_rows(store: Path, reads: dict, opens: tuple, sales: tuple, rss: float) -> list[tuple[str, ...]]:
    """The results table: each figure beside the baseline measured in the same run."""
    with sqlite3.connect(store / config.STORE_FILE) as db:
        count = db.execute("SELECT COUNT(*) FROM variants").fetchone()[0]
    lookups, bare_lookups, searches, bare_searches = (reads[k] for k in ("lookups", "bare_lookups", "searches",
                                                                          "bare_searches"))  # fmt: skip
    (opened, bare_opens), (sold, bare) = opens, sales
    return [
        ("catalog", f"{count:,} variants", "", "", (store / "built").read_text().strip()),
        ("bare indexed look-up, sqlite3 (baseline)", p50_p99(bare_lookups, digits=3), "", "", "timed in turn"),
        ("barcode lookup", p50_p99(lookups), "p99 <= 0.5 ms", ratios(lookups, bare_lookups),
         f"{len(lookups)} random barcodes, warmed, 0 dropped"),
        ("unknown barcode", p50_p99(reads["misses"]), "", "", f"{len(reads['misses'])} codes"),
        ("bare FTS5 MATCH, sqlite3 (baseline)", p50_p99(bare_searches, digits=1), "", "", "the same queries"),
        ("name search (FTS5)", p50_p99(searches, digits=1), f"p95 <= 20 ms (p95 {percentile(searches, 95):.1f})",
         ratios(searches, bare_searches),
         f"{len(searches)} queries, warmed, 0 dropped, {reads['found']}/100 found something"),
        ("bare process: sqlite3 open + one read (baseline)", p50_p99(bare_opens, digits=1), "", "", "5 runs"),
        ("open ready to sell (p99 = max of 5)", p50_p99(opened, digits=0), "<= 1000 ms", ratios(opened, bare_opens),
         "fresh process, after the interpreter is up"),
        ("resident memory after all of the above", f"{rss:.0f} MB", "<= 250 MB", "", ""),
        ("bare durable SQLite commit (baseline)", p50_p99(bare), "", "",
         "WAL, synchronous=FULL, same disk, timed in turn with the sales"),
        ("completing a sale", p50_p99(sold), "p50 and p99 <= 2x baseline", ratios(sold, bare),
         "sale, lines, payments, movements, outbox event in one transaction; 0 dropped"),
    ]  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--variants", type=int, default=1_000_000)
    parser.add_argument("--dir", type=Path, help="where to keep the generated store")
    parser.add_argument("--lookups", type=int, default=5000)
    parser.add_argument("--searches", type=int, default=1000)
    parser.add_argument("--sales", type=int, default=1000)
    args = parser.parse_args()
    store = ensure_store(args.variants, args.dir)
    codes, names = sample(store, max(args.lookups, args.searches))
    opens = open_times(store, 5)
    term = Terminal.open(store)
    reads = measure_reads(term, store, codes, queries(names[: args.searches], random.Random(3)), args.lookups)
    sales = measure_sales(term, store, codes, args.sales)
    rss = psutil.Process().memory_info().rss / 2**20
    term.close()
    table = ["| figure | p50 / p99 | target | against the baseline, p50 / p99 | note |", "|---|---|---|---|---|"]
    table += ["| " + " | ".join(row) + " |" for row in table_rows(store, reads, opens, sales, rss)]
    load = ", ".join(f"{x:.2f}" for x in psutil.getloadavg())
    table += ["", f"Load average (1, 5, 15 min) at the end of the run, on {psutil.cpu_count()} CPUs: {load}."]
    text = "\n".join(table)
    print(text)
    (Path(__file__).parent / "results-core.md").write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
