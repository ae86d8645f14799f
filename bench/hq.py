"""Head office console figures (issue 17) on PostgreSQL with a large estate: the catalogue, stock and
ledger pages' time over loopback HTTP, a 100,000-row catalogue CSV previewed and applied through the
console's own routes, and a till's next sync after that import (its time and the bytes it downloaded).
Each is quoted beside a baseline measured in the same run: ``GET /v1/ping`` with a till's token,
timed in turn with every page request. Printed (and written to bench/results-hq.md), never asserted.

    python bench/hq.py [--variants 1000000] [--stores 200] [--share 0.02] [--requests 60] [--dir DIR]

The estate (a private PostgreSQL cluster holding the built central, and a till enrolled and synced
with it) is built once in DIR (default: the system temp dir) and reused: every run works on a copy of
the built database (``CREATE DATABASE ... TEMPLATE``) and of the till, so the import is new each time.
The server time is the HTTP request's time on loopback, measured by the client (the platform sends no
``X-Process-Time``): it includes the connection's round trip, which the ping baseline shows.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psycopg
import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app import catalog_gen  # noqa: E402
from bench.stats import percentile, ratios  # noqa: E402
from central import auth, hq_users, locations  # noqa: E402
from central.db import CentralDB  # noqa: E402
from central.limits import set_setting  # noqa: E402
from tests.hq_browser import PASSWORD, Client  # noqa: E402
from tests.platform import CentralProcess, PostgresCluster, free_port, postgres_bin  # noqa: E402

ROWS: list[tuple[str, str, str, str]] = []
BRANDS = ["Acme", "Harbour", "Lotus", "Nord", "Orchid", "Pine", "Quay", "Ridge"]
SEASONS = ["SS26", "AW26", "SS27", "AW27"]
STAMP = "2026-11-01T09:00:00+00:00"
IMPORT_ROWS, IMPORT_NEW = 100_000, 20_000
USERS = {"admin": ("ada", None), "store_manager": ("sam", ["S001", "S002", "S003"])}


def row(figure: str, measured: str, target: str = "", note: str = "") -> None:
    ROWS.append((figure, measured, target, note))
    print(f"  {figure}: {measured}  {note}", file=sys.stderr, flush=True)


class KeptCluster(PostgresCluster):
    """A PostgreSQL cluster whose data stays in ``folder`` between runs (the tests' is thrown away)."""

    def __init__(self, folder: Path) -> None:
        self.bin, self.dir, self.port = postgres_bin(), folder, free_port()
        self.as_root = os.geteuid() == 0
        folder.mkdir(parents=True, exist_ok=True)
        if self.as_root:
            shutil.chown(folder, "postgres", "postgres")
        if not (folder / "data").exists():
            self._run("initdb", "-D", str(folder / "data"), "-A", "trust", "-U", "postgres", "--no-sync")
        options = f"-p {self.port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100"
        options += " -c shared_buffers=512MB -c work_mem=32MB -c maintenance_work_mem=256MB"
        self._run("pg_ctl", "-D", str(folder / "data"), "-l", str(folder / "log"), "-w", "-o", options, "start")
        self.admin_url = f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def url(self, name: str) -> str:
        return self.admin_url.rsplit("/", 1)[0] + "/" + name

    def sql(self, statement: str, database: str = "postgres") -> None:
        with psycopg.connect(f"postgresql://postgres@127.0.0.1:{self.port}/{database}", autocommit=True) as conn:
            conn.execute(statement)

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.dir / "data"), "-m", "fast", "stop")


# ---------------------------------------------------------------- the estate, built once
def copy_catalog(conn: psycopg.Connection, variants: int) -> None:
    """Styles, variants, barcodes and two price lists from ``catalog_gen``, by COPY."""
    seen: set[str] = set()
    with conn.cursor() as cur:  # one COPY at a time on a connection: a pass over the rows for each table
        with cur.copy("COPY styles (code, name, category, brand, season, collection, description) FROM STDIN") as st:
            for r in catalog_gen.generate_rows(variants, max_variants=variants):
                if r["style_code"] not in seen:
                    seen.add(r["style_code"])
                    number = int(r["style_code"][2:])
                    brand, season = BRANDS[number % len(BRANDS)], SEASONS[number % len(SEASONS)]
                    st.write_row((r["style_code"], r["style_name"], r["style_name"].split()[-1], brand, season, "", ""))
        with cur.copy("COPY variants (sku, style_code, size, colour, tax_class, active) FROM STDIN") as va:
            for r in catalog_gen.generate_rows(variants, max_variants=variants):
                va.write_row((r["sku"], r["style_code"], r["size"], r["colour"], r["tax_class"], True))
        with cur.copy("COPY barcodes (code, sku) FROM STDIN") as bc:
            for r in catalog_gen.generate_rows(variants, max_variants=variants):
                bc.write_row((r["barcodes"], r["sku"]))
        with cur.copy("COPY prices (price_list, sku, amount) FROM STDIN") as pr:
            for r in catalog_gen.generate_rows(variants, max_variants=variants):
                pr.write_row(("retail", r["sku"], minor(r["price"])))
                pr.write_row(("member", r["sku"], minor(r["price:member"])))


def minor(amount: str) -> int:
    whole, _, cents = amount.partition(".")
    return int(whole) * 100 + int(cents or 0)


STOCK_SQL = """
CREATE TEMP TABLE numbered AS SELECT sku, row_number() OVER (ORDER BY sku) AS n FROM variants;
CREATE TEMP TABLE shops AS SELECT code, row_number() OVER (ORDER BY code) AS i FROM locations WHERE kind = 'store';
INSERT INTO stock_levels (location_code, sku, on_hand, last_movement_at)
  SELECT s.code, v.sku, 1 + (v.n * s.i) % 12, '{stamp}' FROM numbered v JOIN shops s ON v.n % {every} = s.i % {every};
INSERT INTO stock_movements (id, location_code, sku, qty, reason, event_id, created_at, recorded_at)
  SELECT gen_random_uuid()::text, location_code, sku, on_hand, 'receive', NULL, '{stamp}', '{stamp}'
  FROM stock_levels;
"""


def build(cluster: KeptCluster, folder: Path, variants: int, stores: int, share: float) -> dict:
    """The central database ``hq_base`` (catalog, stores, stock, console users) and a till enrolled
    with it and synced (its first sync is the before of figure 3); returns what the runs need."""
    if (folder / "built.json").exists():
        return json.loads((folder / "built.json").read_text())
    started = time.perf_counter()
    cluster.sql("DROP DATABASE IF EXISTS hq_base")
    cluster.sql("CREATE DATABASE hq_base")
    db = CentralDB(cluster.url("hq_base"))
    db.migrate()
    with db.write() as s:
        for i in range(1, stores + 1):
            region = ("East", "West", "North", "South")[i % 4]
            locations.add_location(s, code=f"S{i:03d}", name=f"Store {i}", kind="store", region=region)
        locations.add_location(s, code="W01", name="Warehouse", kind="warehouse", region="East")
        for role, (login, scope) in USERS.items():
            hq_users.add_user(s, login=login, name=login.title(), role=role, password=PASSWORD, stores=scope)
        set_setting(s, "hq.login_per_minute", 1000)
    with psycopg.connect(f"postgresql://postgres@127.0.0.1:{cluster.port}/hq_base") as conn:
        copy_catalog(conn, variants)
        conn.execute(STOCK_SQL.format(stamp=STAMP, every=max(1, round(1 / share))))
        conn.commit()
        conn.autocommit = True
        conn.execute("VACUUM ANALYZE")
    catalog_seconds = time.perf_counter() - started
    port = free_port()
    server = CentralProcess(cluster.url("hq_base"), port=port).start()
    try:
        with db.write() as s:
            code = auth.new_enrol_code(s, "S001", "T01")
        db.dispose()
        first = run_sync(folder / "till", server.url, code)
    finally:
        server.stop()
    built = {"variants": variants, "stores": stores, "share": share, "port": port,
             "build_seconds": round(catalog_seconds), "first_sync": first}  # fmt: skip
    (folder / "built.json").write_text(json.dumps(built))
    print(f"built in {catalog_seconds:.0f} s; the till's first sync {first['seconds']:.0f} s", file=sys.stderr)
    return built


SYNC = """
import json, sys, time
from pathlib import Path
import requests
from sync.worker import sync_once
counted = {"body": 0, "wire": 0, "requests": 0}
send = requests.Session.send
def counting(self, request, **kw):
    answer = send(self, request, **kw)
    counted["requests"] += 1
    counted["body"] += len(answer.content)
    counted["wire"] += int(answer.headers.get("content-length") or len(answer.content))
    return answer
requests.Session.send = counting
till = Path(sys.argv[1])
if len(sys.argv) > 3:
    from sync.enrol import enrol
    enrol(till, sys.argv[2], sys.argv[3])
started = time.perf_counter()
done = sync_once(till)
print(json.dumps({"seconds": time.perf_counter() - started, "applied": done.pull.applied, **counted}))
"""


def run_sync(till: Path, url: str, code: str = "") -> dict:
    """The till's ``sync_once`` (after enrolling with ``code``) in a process of its own, with the bytes
    every response brought (decoded, and as sent: Content-Length)."""
    done = subprocess.run(
        [sys.executable, "-c", SYNC, str(till), url, *([code] if code else [])],
        capture_output=True, text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, check=False,
    )  # fmt: skip
    if done.returncode:
        raise RuntimeError(done.stderr[-3000:])
    return json.loads(done.stdout.strip().splitlines()[-1])


# ---------------------------------------------------------------- 1. pages
def pages(variants: int) -> dict[str, list[str]]:
    """Each page's addresses, rotated through so no request repeats the one before."""
    styles = [f"ST{n:07d}" for n in range(7, variants // 15, max(1, variants // 150))][:10]
    skus = [r["sku"] for n, r in enumerate(catalog_gen.generate_rows(3000, max_variants=3000)) if n % 311 == 0]
    return {
        "catalogue, first page": ["/hq/catalog"],
        "catalogue, search": [f"/hq/catalog?q={w}" for w in ("slim denim", "linen", "st00012", "heritage coat")],
        "catalogue, filters": [f"/hq/catalog?category=Jeans&brand={b}&season=SS27" for b in BRANDS[:4]],
        "catalogue, next pages": [f"/hq/catalog?offset={n}" for n in (5000, 20000, 40000)],
        "stock, a store and a style": [f"/hq/stock?location=S00{1 + n % 3}&style={s}" for n, s in enumerate(styles)],
        "stock, all in scope": ["/hq/stock", "/hq/stock?page=200"],
        "a variant's ledger": [f"/hq/stock/ledger?sku={sku}" for sku in skus],
    }


def time_pages(url: str, token: str, role: str, count: int, ping: list[float], variants: int) -> None:
    """``count`` requests of every page as ``role``, each followed by a ping (the baseline)."""
    client = Client(url)
    assert client.sign_in(USERS[role][0]).status_code == 303
    http = requests.Session()
    http.headers["Authorization"] = f"Bearer {token}"
    for name, addresses in pages(variants).items():
        for address in addresses:  # warm: the connection, the server's caches
            assert client.get(address).status_code == 200, address
        times, mine = [], []
        for n in range(count):
            t = time.perf_counter()
            answer = client.get(addresses[n % len(addresses)])
            times.append(time.perf_counter() - t)
            assert answer.status_code == 200, (answer.status_code, answer.text[-300:])
            t = time.perf_counter()
            http.get(url + "/v1/ping", timeout=10).raise_for_status()
            mine.append(time.perf_counter() - t)
        ping += mine
        ms = [t * 1000 for t in times]
        p50, p95, p99 = (percentile(ms, p) for p in (50, 95, 99))
        row(f"{name} ({role})", f"{p50:.0f} / {p95:.0f} / {p99:.0f} ms (p50 / p95 / p99, {count} requests)",
            "p95 <= 300 ms", f"{ratios(times, mine)} the ping (p50 / p99)")  # fmt: skip



# ---------------------------------------------------------------- 2. a catalogue CSV through the console
def import_csv_file(path: Path, variants: int) -> None:
    """``IMPORT_ROWS`` rows: the first existing variants repriced (and their styles' names changed), then
    ``IMPORT_NEW`` variants of new styles."""
    changed = IMPORT_ROWS - IMPORT_NEW
    rows = []
    for r in catalog_gen.generate_rows(variants, max_variants=min(changed, variants)):
        price = minor(r["price"]) + 100
        rows.append({**r, "style_name": r["style_name"] + " II", "price": f"{price // 100}.{price % 100:02d}"})
    for n, r in enumerate(catalog_gen.generate_rows(IMPORT_NEW, seed=99, max_variants=IMPORT_NEW)):
        code = "NW" + r["style_code"][2:]
        sku = code + r["sku"][len(r["style_code"]) :]
        rows.append({**r, "style_code": code, "sku": sku, "barcodes": catalog_gen.ean13(900_000_000 + n)})
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def time_import(url: str, path: Path) -> None:
    client = Client(url)
    assert client.sign_in(USERS["admin"][0]).status_code == 303
    files = {"file": (path.name, path.read_bytes(), "text/csv")}
    t = time.perf_counter()
    seen = client.http.post(url + "/hq/imports/preview", data={"csrf": client.csrf()}, files=files, timeout=900)
    preview = time.perf_counter() - t
    assert seen.status_code == 200 and 'id="apply"' in seen.text, seen.text[-2000:]
    token = seen.text.split('name="token" value="')[1].split('"')[0]
    t = time.perf_counter()
    done = client.http.post(url + "/hq/imports/apply", data={"csrf": client.csrf(), "token": token}, timeout=900)
    apply = time.perf_counter() - t
    assert done.status_code == 200, done.text[-2000:]
    said = done.text.split("rows read:")[0].rsplit(">", 1)[-1] + "rows read:" + done.text.split("rows read:")[1]
    said = said.split("<")[0].strip()
    size = f"{path.stat().st_size / 1e6:.1f} MB"
    row(f"catalogue CSV, {IMPORT_ROWS:,} rows ({size}): preview", f"{preview:.1f} s", "<= 30 s",
        "upload + check + diff against the catalogue; HTTP, admin signed in")  # fmt: skip
    row(f"catalogue CSV, {IMPORT_ROWS:,} rows: apply", f"{apply:.1f} s", "<= 60 s", f"the console said: {said}")


# ---------------------------------------------------------------- run
def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--variants", type=int, default=1_000_000)
    parser.add_argument("--stores", type=int, default=200)
    parser.add_argument("--share", type=float, default=0.02, help="of the variants stocked in each store")
    parser.add_argument("--requests", type=int, default=60, help="per page and role")
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()))
    args = parser.parse_args()
    folder = args.dir / f"cloudshelf-bench-hq-{args.variants}-{args.stores}-{args.share}"
    load_before = subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()
    cluster = KeptCluster(folder / "pg")
    work = Path(tempfile.mkdtemp(prefix="cloudshelf-bench-hq-"))
    try:
        built = build(cluster, folder, args.variants, args.stores, args.share)
        measure(cluster, folder, built, work, args.requests)
    finally:
        cluster.stop()
        shutil.rmtree(work, ignore_errors=True)
    report(args, built, load_before)


def measure(cluster: KeptCluster, folder: Path, built: dict, work: Path, count: int) -> None:
    cluster.sql("DROP DATABASE IF EXISTS hq_run")
    t = time.perf_counter()
    cluster.sql("CREATE DATABASE hq_run TEMPLATE hq_base")
    print(f"  copied the built database in {time.perf_counter() - t:.0f} s", file=sys.stderr)
    till = work / "till"
    shutil.copytree(folder / "till", till)
    server = CentralProcess(cluster.url("hq_run"), port=built["port"]).start()  # the default request limit
    try:
        import sqlite3

        from app import config

        with sqlite3.connect(till / config.STORE_FILE) as conn:
            token = conn.execute("SELECT token FROM sync_config WHERE id = 1").fetchone()[0]
        ping: list[float] = []
        for role in USERS:
            time_pages(server.url, token, role, count, ping, built["variants"])
        ms = f"{percentile(ping, 50) * 1000:.1f} / {percentile(ping, 99) * 1000:.1f} ms (p50 / p99)"
        row("baseline: GET /v1/ping, a till's token", ms, "", "in turn with every page request above")
        csv_path = work / "catalog-changes.csv"
        import_csv_file(csv_path, built["variants"])
        time_import(server.url, csv_path)
        after = run_sync(till, server.url)
        first = built["first_sync"]
        row("the till's next sync after the import", f"{after['seconds']:.1f} s, {after['body'] / 1e6:.1f} MB "
            f"downloaded ({after['wire'] / 1e6:.1f} MB as sent, {after['requests']} requests)", "",
            f"applied {after['applied']}; its first sync (build): {first['seconds']:.0f} s, "
            f"{first['body'] / 1e6:.0f} MB")  # fmt: skip
    finally:
        server.stop()


def report(args: argparse.Namespace, built: dict, load_before: str) -> None:
    load_after = subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()
    command = f"nice -n 5 .venv/bin/python bench/hq.py --variants {args.variants} --stores {args.stores} " \
              f"--share {args.share} --requests {args.requests}"  # fmt: skip
    lines = [
        "| figure | measured | target | note |",
        "|---|---|---|---|",
        *(f"| {a} | {b} | {c} | {d} |" for a, b, c, d in ROWS),
        "",
        f"Command: `{command}`. Estate: {built['variants']:,} variants, {built['stores']} stores, "
        f"{built['share']:.0%} of the variants stocked in each store, built in {built['build_seconds']} s "
        "(COPY and INSERT ... SELECT), PostgreSQL 15 in a private cluster; server and client on the same "
        f"machine ({os.cpu_count()} CPUs, shared). Load before: `{load_before}`; after: `{load_after}`.",
    ]
    text = "\n".join(lines)
    print(text)
    (Path(__file__).parent / "results-hq.md").write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
