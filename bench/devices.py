"""Device figures: how long from a completed sale to its receipt's bytes at the printer, and how
many scans a second the serial reader takes without losing one. Each against a baseline measured
in the same run (a bare TCP send of the same bytes on loopback; a raw pty read of the same stream).
Printed (and written to bench/results-devices.md), never asserted.

    python bench/devices.py [--sales 300] [--scans 20000]

Needs socat (a pty pair stands in for the serial scanner) and builds a small store in a temp dir.
"""

from __future__ import annotations

import argparse
import os
import queue
import select
import socket
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.device_config import PrinterConfig, parse_url  # noqa: E402
from app.terminal import Terminal  # noqa: E402
from bench.stats import p50_p99, ratios  # noqa: E402
from devices.printer.render import render  # noqa: E402
from devices.printer.worker import PrintWorker, job_ops  # noqa: E402
from devices.scanner.serial_reader import SerialScanner  # noqa: E402
from tests.conftest import CASHIER, barcodes, build_store  # noqa: E402
from tests.serial_pair import PtyPair  # noqa: E402


class ArrivalPrinter:
    """A network printer on 127.0.0.1 that notes when each job's first bytes arrive (status answered)."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.arrivals: queue.Queue[float] = queue.Queue()
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, conn: socket.socket) -> None:
        noted = False
        buf = b""
        with conn:
            while chunk := conn.recv(65536):
                buf += chunk
                while buf[:2] == b"\x10\x04" and len(buf) >= 3:
                    buf = buf[3:]
                    conn.sendall(b"\x12")
                if buf and not noted:
                    self.arrivals.put(time.perf_counter())
                    noted = True


def sale_to_printer(store: Path, sales: int) -> tuple[list[float], list[float], int]:
    printer = ArrivalPrinter()
    url = f"tcp://127.0.0.1:{printer.port}"
    term = Terminal.open(store)
    term.sign_in(CASHIER.login, CASHIER.pin)
    if term.shift.current_id() is None:
        term.shift.open(50_000)
    cfg = PrinterConfig(url=parse_url(url, "printer.url"), width=42)
    worker = PrintWorker(term.printing.queue, cfg, term.info.locale, status_interval=3600)
    worker.start()
    codes = barcodes(term, 30)
    latencies = []
    for i in range(sales):
        for code in codes[(i * 3) % 27 : (i * 3) % 27 + 3]:
            term.sale.scan(code)
        term.sale.add_cash(term.sale.totals().due)
        done = term.sale.complete()  # the sale is committed here: the clock starts
        t0 = time.perf_counter()
        term.printing.print_receipt(done.receipt_no, kick=True)  # what the till does next: queue it, wake the worker
        worker.wake()
        latencies.append((printer.arrivals.get(timeout=30) - t0) * 1000)
    worker.stop()
    data = render(job_ops(_last_job(term), cfg, term.info.locale), cfg)  # the same bytes, for the baseline
    size = len(data)
    term.close()
    # baseline: the same bytes sent bare on loopback, connect + status + send, no store, no layout
    bare = []
    for _ in range(sales):
        t0 = time.perf_counter()
        with socket.create_connection(("127.0.0.1", printer.port)) as s:
            s.sendall(b"\x10\x04\x04")
            s.recv(16)
            s.sendall(data)
        bare.append((printer.arrivals.get(timeout=30) - t0) * 1000)
    return latencies, bare, size


def _last_job(term: Terminal):
    from app.print_queue import Job, from_body

    with term.db.read() as s:
        row = (
            s.connection()
            .exec_driver_sql(
                "SELECT id, kind, ref, body, kick, copy, attempts, created_at, next_try_ms FROM print_jobs "
                "ORDER BY id DESC LIMIT 1"
            )
            .one()
        )
    return Job(row[0], row[1], row[2], from_body(row[1], row[3]), bool(row[4]), bool(row[5]), *row[6:])


def scans_per_second(directory: Path, count: int) -> tuple[float, float, int, int]:
    codes = [f"{n:013d}".encode() + b"\r" for n in range(count)]
    stream = b"".join(codes)

    # baseline: a raw reader of the same pty stream (no framing, no callbacks)
    pair = PtyPair(directory, "raw").plug()
    fd = os.open(pair.device, os.O_RDONLY | os.O_NOCTTY)
    import tty

    tty.setraw(fd)
    got = 0
    t0 = time.perf_counter()
    writer = threading.Thread(target=pair.write, args=(stream,))
    writer.start()
    while got < len(stream):
        select.select([fd], [], [], 5)
        got += len(os.read(fd, 65536))
    raw_s = time.perf_counter() - t0
    writer.join()
    os.close(fd)
    pair.unplug()

    pair = PtyPair(directory, "scanner").plug()
    received: list[str] = []
    done, connected = threading.Event(), threading.Event()

    def on_scan(code: str) -> None:
        received.append(code)
        if len(received) == count:
            done.set()

    reader = SerialScanner(
        port=str(pair.device), on_scan=on_scan, on_state=lambda up, _d: up and connected.set(), retry_s=0.02
    )
    reader.start()
    connected.wait(10)
    t0 = time.perf_counter()
    writer = threading.Thread(target=pair.write, args=(stream,))
    writer.start()
    done.wait(120)
    reader_s = time.perf_counter() - t0
    writer.join()
    reader.stop()
    pair.unplug()
    lost = count - sum(1 for a, b in zip(received, codes, strict=False) if a.encode() + b"\r" == b)
    return count / reader_s, count / raw_s, len(received), lost


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sales", type=int, default=300)
    parser.add_argument("--scans", type=int, default=20_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = build_store(Path(tmp) / "store")
        latencies, bare, size = sale_to_printer(store, args.sales)
        reader_rate, raw_rate, received, lost = scans_per_second(Path(tmp), args.scans)
    rows = [
        (
            "bare loopback TCP send of the receipt's bytes (baseline)",
            p50_p99(bare),
            "",
            "",
            f"{size:,} bytes: connect, status query, send",
        ),
        (
            "completed sale to receipt bytes at the printer",
            p50_p99(latencies),
            "p99 <= 50 ms",
            ratios(latencies, bare),
            f"{args.sales} sales; queue write (durable), worker wake, layout, status, send; "
            f"max {max(latencies):.2f} ms, mean {statistics.mean(latencies):.2f}",
        ),
        (
            "raw pty read of the scan stream (baseline)",
            f"{raw_rate:,.0f} scans/s",
            "",
            "",
            f"{args.scans:,} EAN-13 + CR through a socat pty pair",
        ),
        (
            "serial scanner reader, sustained",
            f"{reader_rate:,.0f} scans/s",
            "no scan lost",
            f"{reader_rate / raw_rate:.2f}x the raw read (a rate, not a latency)",
            f"{received:,} of {args.scans:,} delivered in order, {lost} lost; "
            "a 9600-baud scanner sends at most ~68 scans/s",
        ),
    ]
    table = ["| figure | p50 / p99 | target | against the baseline, p50 / p99 | note |", "|---|---|---|---|---|"]
    table += ["| " + " | ".join(row) + " |" for row in rows]
    text = "\n".join(table)
    print(text)
    (Path(__file__).parent / "results-devices.md").write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
