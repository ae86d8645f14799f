"""Cloud-shelf figures on one style of 40 variants with a stock row at each of 500 locations:

* at the central service, ``GET /v1/stock/availability`` over HTTP on loopback, against
  ``GET /v1/ping`` (a trivial authenticated request) measured in the same run, alternating;
* at the till, from the cashier's request (the real matrix dialog asks, offscreen Qt) to the matrix
  painted, against the till's own ping round trip (a new client each time, as the dialog's fetch).

Printed (and written to bench/results-cloudshelf.md), never asserted.

    python bench/cloudshelf.py [--db sqlite|postgresql|both] [--requests 200] [--locations 500]
"""

from __future__ import annotations

import argparse
import csv
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app import catalog_gen  # noqa: E402
from bench.stats import p50_p99, percentile, ratios  # noqa: E402

STYLE = "BENCH001"
SIZES = ["XS", "S", "M", "L", "XL", "XXL", "3XL", "4XL"]
COLOURS = ["Black", "White", "Navy", "Grey", "Olive"]


def build_central(db_url: str, work: Path, places: int):
    """A central database: ``places`` locations (a twentieth of them warehouses), the catalog with the
    bench style, and a stock row of every variant of the style at every location."""
    from central import locations, reservations
    from central.catalog_import import import_csv
    from central.db import CentralDB
    from central.stock import import_counts

    db = CentralDB(db_url)
    db.migrate()
    warehouses = max(1, places // 20)
    codes = [f"S{n:03d}" for n in range(1, places - warehouses + 1)] + [f"W{n:02d}" for n in range(1, warehouses + 1)]
    with db.write() as s:
        for n, code in enumerate(codes):
            kind = "warehouse" if code.startswith("W") else "store"
            locations.add_location(s, code=code, name=f"Bench {code}", kind=kind, region=f"R{n % 10}")
    rows = list(catalog_gen.generate_rows(200, seed=9))
    skus = []
    for i, (size, colour) in enumerate((s, c) for c in COLOURS for s in SIZES):
        sku = f"{STYLE}-{colour.upper()}-{size}"
        skus.append(sku)
        rows.append({"style_code": STYLE, "style_name": "Bench Merino Coat", "sku": sku, "size": size,
                     "colour": colour, "barcodes": catalog_gen.ean13(900_000 + i), "price": "899.00",
                     "tax_class": "standard", "price:member": "809.00"})  # fmt: skip
    catalog = work / "catalog.csv"
    catalog_gen.write_csv(catalog, iter(rows))
    import_csv(db, catalog)
    counts = work / "counts.csv"
    with counts.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["location", "sku", "on_hand"])
        writer.writerows((code, sku, (n * 7 + len(code)) % 9) for n, sku in enumerate(skus) for code in codes)
    import_counts(db, counts)
    with db.write() as s:  # some units held, so the answer's reserved column is real work
        for n, code in enumerate(codes[::5]):
            reservations.add(s, location=code, wanted={skus[n % len(skus)]: 1}, holder=f"bench:{n}")
    db.dispose()
    return codes, skus


def http_figures(url: str, token: str, n: int) -> tuple[list[float], list[float], int]:
    """(ping ms, availability ms, answer bytes), alternating so both see the same machine."""
    import requests

    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {token}"
    ping, avail, size = [], [], 0
    for i in range(n + 10):
        t = time.perf_counter()
        session.get(url + "/v1/ping", timeout=30).raise_for_status()
        p = (time.perf_counter() - t) * 1000
        t = time.perf_counter()
        answer = session.get(url + "/v1/stock/availability", params={"style": STYLE}, timeout=30)
        answer.raise_for_status()
        a = (time.perf_counter() - t) * 1000
        size = len(answer.content)
        if i >= 10:  # warm-up: connections, caches
            ping.append(p)
            avail.append(a)
    session.close()
    return ping, avail, size


def till_figures(till: Path, n: int) -> tuple[list[float], list[float], list[float]]:
    """(till ping ms, fetch_matrix ms without Qt, request to matrix painted ms with the real dialog)."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from app.terminal import Terminal
    from sync.enrol import client_for
    from sync.shelf import fetch_matrix
    from ui.dialogs.shelf import ShelfDialog
    from ui.till import Till

    app = QApplication.instance() or QApplication(sys.argv)
    term = Terminal.open(till)
    term.sign_in("ann", "1357")
    ping, fetch, painted = [], [], []
    for i in range(n + 5):
        client = client_for(term.db)
        t = time.perf_counter()
        client.call("GET", "/v1/ping")
        p = (time.perf_counter() - t) * 1000
        client.close()
        t = time.perf_counter()
        fetch_matrix(term, STYLE)
        f = (time.perf_counter() - t) * 1000
        if i >= 5:
            ping.append(p)
            fetch.append(f)
    view = Till(term)
    dialog = ShelfDialog(view, "")
    dialog.resize(1280, 720)
    dialog.show()
    done: dict[str, float] = {}
    loop = QEventLoop()

    def shown(_m: object) -> None:  # connected after the dialog's own slot: the matrix is filled
        dialog.table.viewport().repaint()  # painted, now
        done["t"] = time.perf_counter()
        loop.quit()

    view.shelf_matrix_ready.connect(shown)
    for i in range(n + 5):
        dialog.search.setText(STYLE)
        t = time.perf_counter()
        dialog.load()
        QTimer.singleShot(30_000, loop.quit)
        loop.exec()
        if i >= 5:
            painted.append((done["t"] - t) * 1000)
    assert dialog.matrix is not None and dialog.matrix.live and dialog.table.rowCount() == len(SIZES)
    dialog.reject()
    view.tasks.shutdown()
    dialog.deleteLater()
    view.deleteLater()
    app.processEvents()
    term.close()
    return ping, fetch, painted


def run(backend: str, n: int, places: int, pg_admin: str | None) -> list[tuple[str, str, str, str]]:
    from tests.platform import CentralProcess, Platform, enrolled_till, new_pg_database

    work = Path(tempfile.mkdtemp(prefix=f"bench-shelf-{backend}-"))
    db_url = new_pg_database(pg_admin) if backend == "postgresql" else str(work / "central.db")
    codes, skus = build_central(db_url, work, places)
    server = CentralProcess(db_url).start()
    try:
        till = enrolled_till(Platform(db_url, server, work / "catalog.csv", skus), work / "till", store=codes[0])
        from app.terminal import Terminal

        with Terminal.open(till) as term, term.db.read() as s:
            token = s.connection().exec_driver_sql("SELECT token FROM sync_config").scalar()
        ping, avail, size = http_figures(server.url, token, n)
        till_ping, fetch, painted = till_figures(till, n)
    finally:
        server.stop()
        shutil.rmtree(work, ignore_errors=True)

    def pair(values: list[float]) -> str:
        return p50_p99(values, digits=1)

    def ratio(values: list[float], base: list[float]) -> str:
        return ratios(values, base)

    cells = f"{len(skus)} variants x {len(codes)} locations"
    return [
        (f"{backend}: GET /v1/ping (baseline)", pair(ping), "", "trivial authenticated request"),
        (
            f"{backend}: availability of one style, {cells}",
            pair(avail),
            f"p95 <= 100 ms (p95 {percentile(avail, 95):.1f})",
            f"{ratio(avail, ping)} the ping; {size / 1024:.0f} KB",
        ),
        (f"{backend}: till ping, new client (baseline)", pair(till_ping), "", "as the dialog's fetch connects"),
        (
            f"{backend}: till fetch + keep + build the matrix",
            pair(fetch),
            "",
            f"{ratio(fetch, till_ping)} the till ping",
        ),
        (
            f"{backend}: cashier's request to matrix painted",
            pair(painted),
            f"p95 <= 300 ms (p95 {percentile(painted, 95):.1f})",
            f"{ratio(painted, till_ping)} the till ping; real dialog, offscreen",
        ),
    ]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--locations", type=int, default=500)
    args = parser.parse_args()
    backends = ["sqlite", "postgresql"] if args.db == "both" else [args.db]
    cluster = None
    pg_admin = os.environ.get("CLOUDSHELF_TEST_PG_URL")
    if "postgresql" in backends and not pg_admin:
        from tests.platform import PostgresCluster

        cluster = PostgresCluster()
        pg_admin = cluster.admin_url
    rows = []
    try:
        for backend in backends:
            rows += run(backend, args.requests, args.locations, pg_admin)
    finally:
        if cluster is not None:
            cluster.stop()
    table = ["| figure | p50 / p99 | target | against the baseline (p50 / p99) |", "|---|---|---|---|"]
    table += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows]
    load = os.getloadavg()[0]
    text = (
        "\n".join(table)
        + f"\n\n{os.cpu_count()} CPUs, load average {load:.1f} at the end; server and till on one machine."
    )
    print(text)
    (Path(__file__).parent / "results-cloudshelf.md").write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
    sys.stdout.flush()
    # The figures are written. Leave without the interpreter's teardown: with Qt objects and worker
    # threads from the till's part, PySide6 can abort while Python finalises.
    os._exit(0)
