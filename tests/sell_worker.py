"""A till process for the crash and concurrency tests: signs in, opens a shift if none is open, and
completes sales in a loop, printing ``done <receipt_no> <sale_id>`` after each commit.

With ``--phase-file`` it writes one byte at the start of that file before each step, so a parent that
kills it can read afterwards where the kill landed (the page cache keeps the byte through a SIGKILL):
``S`` ringing up a sale (scans, tender, or clearing one that came back after a crash), ``C`` inside
``complete()`` (the sale's transaction and its commit), ``D`` the sale committed.

    python -m tests.sell_worker STORE_DIR [--sales N] [--wait-for FILE] [--phase-file FILE]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import sys
import time
from pathlib import Path

from sqlalchemy import text

from app.errors import UserError
from app.terminal import Terminal
from tests.conftest import CASHIER, MANAGER


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("store", type=Path)
    parser.add_argument("--sales", type=int, default=1_000_000)
    parser.add_argument("--wait-for", type=Path, help="start selling only once this file exists")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--as", dest="who", choices=["cashier", "manager"], default="cashier")
    parser.add_argument("--phase-file", type=Path, help="write S, C or D here before each step")
    args = parser.parse_args()
    phase_fd = os.open(args.phase_file, os.O_RDWR | os.O_CREAT) if args.phase_file else None

    def phase(mark: bytes) -> None:
        if phase_fd is not None:
            os.pwrite(phase_fd, mark, 0)

    rng = random.Random(args.seed)
    with Terminal.open(args.store) as term:
        user = CASHIER if args.who == "cashier" else MANAGER
        term.sign_in(user.login, user.pin)
        with term.db.read() as s:
            codes = list(s.scalars(text("SELECT code FROM barcodes ORDER BY code")))
        if term.shift.current_id() is None:
            with contextlib.suppress(UserError):  # the other process opened it first
                term.shift.open(10_000)
        print("ready", flush=True)
        if args.wait_for:
            while not args.wait_for.exists():
                time.sleep(0.005)
        for _ in range(args.sales):
            phase(b"S")
            if term.sale.cart is not None and term.sale.cart.lines:  # the sale on screen came back after a crash
                for tender in list(term.sale.cart.tenders):
                    term.sale.remove_tender(tender.id)
                term.sale.void("restarted after a crash")
            for code in rng.sample(codes, rng.randint(1, 3)):
                term.sale.scan(code)
            term.sale.add_cash(term.sale.totals().due)
            phase(b"C")
            done = term.sale.complete()
            phase(b"D")
            print(f"done {done.receipt_no} {done.sale_id}", flush=True)


if __name__ == "__main__":
    sys.exit(main())
