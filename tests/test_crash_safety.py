"""Crash safety with real processes (DESIGN.md invariant 3): a till killed with SIGKILL at random
points while completing sales leaves a store that opens, passes its integrity check, and holds every
sale wholly or not at all, with gapless receipt numbers; two tills on one store never share one."""

from __future__ import annotations

import json
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from app import config
from app.terminal import Terminal
from tests.conftest import copy_store
from tests.platform import wait_until

ROOT = Path(__file__).resolve().parent.parent
IN_SALE = 20  # kills that must land while a sale is being rung up or completed
IN_COMMIT = 8  # of them, inside complete(): the sale's transaction and its commit
MAX_ATTEMPTS = 80  # a bound, so a worker that never reaches a step fails instead of looping


def start_worker(store: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.sell_worker", str(store), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )


def read_lines(proc: subprocess.Popen, into: list[str]) -> threading.Thread:
    def pump() -> None:
        for line in proc.stdout:
            into.append(line.strip())

    t = threading.Thread(target=pump, daemon=True)
    t.start()
    return t


def check_store(store: Path) -> list[tuple[str, int, str]]:
    """Every invariant a crash must not break; returns (receipt_no, seq, sale_id) of all sales."""
    with Terminal.open(store) as term:  # opens, upgrades, ready to sell
        assert term.info.store == "S01"
    db = sqlite3.connect(store / config.STORE_FILE)
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        sales = db.execute("SELECT receipt_no, seq, id FROM sales ORDER BY seq").fetchall()
        assert [seq for _, seq, _ in sales] == list(range(1, len(sales) + 1)), "receipt numbers have a gap"
        assert len({r for r, _, _ in sales}) == len(sales), "a receipt number twice"
        last = db.execute("SELECT last_seq FROM receipt_sequences").fetchone()[0]
        assert last == len(sales), "the sequence ran ahead of the sales"
        events = {
            json.loads(body)["data"]["id"]
            for (body,) in db.execute("SELECT body FROM outbox WHERE type = 'sale.completed'")
        }
        for _, _, sale_id in sales:
            lines = db.execute("SELECT COUNT(*) FROM sale_lines WHERE sale_id = ?", (sale_id,)).fetchone()[0]
            paid, due = db.execute(
                "SELECT COALESCE(SUM(p.amount), 0), s.total + s.rounding FROM sales s "
                "LEFT JOIN payments p ON p.sale_id = s.id WHERE s.id = ? GROUP BY s.id",
                (sale_id,),
            ).fetchone()
            moved = db.execute("SELECT COUNT(*) FROM stock_movements WHERE sale_id = ?", (sale_id,)).fetchone()[0]
            assert lines > 0 and moved == lines and paid == due, f"sale {sale_id} is not whole"
            assert sale_id in events, f"sale {sale_id} has no outbox event"
        assert len(events) == len(sales), "an outbox event without its sale"
        orphans = db.execute(
            "SELECT (SELECT COUNT(*) FROM sale_lines WHERE sale_id NOT IN (SELECT id FROM sales))"
            " + (SELECT COUNT(*) FROM payments WHERE sale_id NOT IN (SELECT id FROM sales))"
            " + (SELECT COUNT(*) FROM stock_movements WHERE sale_id NOT IN (SELECT id FROM sales))"
        ).fetchone()[0]
        assert orphans == 0
        seqs = [s for (s,) in db.execute("SELECT seq FROM outbox ORDER BY seq")]
        assert seqs == list(range(1, len(seqs) + 1)), "the outbox sequence has a gap"
        return sales
    finally:
        db.close()


def phase_at(path: Path) -> bytes:
    """The step the worker last began (tests/sell_worker.py ``--phase-file``): b"" before its first sale."""
    with open(path, "rb") as f:
        return f.read(1)


def kill_when(proc: subprocess.Popen, phase_file: Path, wanted: bytes, after_sales: int, out: list[str]) -> bytes:
    """SIGKILL the worker once it is in the ``wanted`` step, after ``after_sales`` more completed sales;
    returns the step the kill landed in, as the worker itself recorded it."""
    start = len([line for line in out if line.startswith("done ")])
    while proc.poll() is None:  # reacting at once is the point: a pause would let the step pass
        sold = len([line for line in out if line.startswith("done ")]) - start
        if sold >= after_sales and phase_at(phase_file) == wanted:
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait(60)
    return phase_at(phase_file)


@pytest.mark.slow
def test_sigkill_inside_sales_loses_or_halves_no_sale(template_store: Path, tmp_path: Path) -> None:
    """Kills land only once the worker is selling: half aimed at the sale's transaction, half while it
    is being rung up. The worker records where each kill landed; the test goes on until enough kills
    landed inside a sale and enough inside its commit, so a slow or a fast machine tests the same."""
    store = copy_store(template_store, tmp_path / "till")
    rng = random.Random(20261122)
    promised: set[str] = set()
    landed: dict[bytes, int] = {b"S": 0, b"C": 0, b"D": 0}
    attempt = 0
    while landed[b"S"] + landed[b"C"] < IN_SALE or landed[b"C"] < IN_COMMIT:
        attempt += 1
        assert attempt <= MAX_ATTEMPTS, f"after {MAX_ATTEMPTS} kills only {landed} landed in a sale"
        phase_file = tmp_path / f"phase-{attempt}"
        phase_file.write_bytes(b"")
        out: list[str] = []
        proc = start_worker(store, "--seed", str(attempt), "--phase-file", str(phase_file))
        reader = read_lines(proc, out)
        wait_until(lambda p=proc, f=phase_file: p.poll() is not None or phase_at(f) != b"", what="the worker selling")
        assert proc.poll() is None, proc.stderr.read()
        wanted = b"C" if attempt % 2 else b"S"
        at = kill_when(proc, phase_file, wanted, rng.randint(0, 2), out)
        reader.join(10)
        assert proc.returncode == -signal.SIGKILL, proc.stderr.read()  # it sells forever: only the kill stops it
        landed[at] += 1
        promised |= {line.split()[1] for line in out if line.startswith("done ")}
        sales = check_store(store)
        missing = promised - {r for r, _, _ in sales}
        assert not missing, f"after kill {attempt}: the till said these were done, the store lost them: {missing}"
    assert promised, "no sale was ever completed between the kills"


def test_two_processes_never_share_a_receipt_number(template_store: Path, tmp_path: Path) -> None:
    store = copy_store(template_store, tmp_path / "till")
    go = tmp_path / "go"
    outs: list[list[str]] = [[], []]
    procs = [
        start_worker(store, "--sales", "40", "--wait-for", str(go), "--seed", "1", "--as", "cashier"),
        start_worker(store, "--sales", "40", "--wait-for", str(go), "--seed", "2", "--as", "manager"),
    ]
    readers = [read_lines(p, o) for p, o in zip(procs, outs, strict=True)]
    # both are signed in and waiting at the barrier: start them together
    deadline = time.monotonic() + 60
    while not all("ready" in o for o in outs) and time.monotonic() < deadline:
        if any(p.poll() is not None for p in procs):
            break
        time.sleep(0.01)
    go.touch()
    for p in procs:
        assert p.wait(120) == 0, p.stderr.read()
    for r in readers:
        r.join(10)
    done = [line.split()[1] for o in outs for line in o if line.startswith("done ")]
    assert len(done) == 80 and len(set(done)) == 80, "two sales got the same receipt number"
    sales = check_store(store)
    assert sorted(r for r, _, _ in sales) == sorted(done)
    assert {r.split("-")[0] for r in done} == {"S01"}
