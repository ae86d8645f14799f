"""A till's store with damaged rows, made with sqlite3 directly in a real store file: a row the till
cannot read is reported and set aside with its bytes kept, and everything else goes on in order."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import config
from app.errors import UserError
from app.terminal import Terminal
from sync.worker import sync_once
from tests.conftest import CASHIER, barcodes
from tests.faults import backlog, platform_books, sell_many
from tests.platform import Platform, cli, enrolled_till, make_platform, running


@pytest.fixture
def central(tmp_path: Path) -> Iterator[Platform]:
    with running(make_platform(str(tmp_path / "central.db"), tmp_path)) as p:
        yield p


def damage(store: Path, table: str, key: str, value: str, body: bytes) -> None:
    """Overwrite one row's ``body`` with these bytes, past the store's immutability triggers."""
    with sqlite3.connect(store / config.STORE_FILE) as db:
        triggers = db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?", (table,))
        triggers = triggers.fetchall()
        for name, _ in triggers:
            db.execute(f"DROP TRIGGER {name}")
        column = "contact" if table == "shelf_orders" else "body"
        db.execute(f"UPDATE {table} SET {column} = CAST(? AS TEXT) WHERE {key} = ?", (body, value))
        for _, sql in triggers:
            db.execute(sql)


def stored_bodies(store: Path) -> dict[int, bytes]:
    with sqlite3.connect(store / config.STORE_FILE) as db:
        return dict(db.execute("SELECT seq, CAST(body AS BLOB) FROM outbox"))


def test_damaged_outbox_rows_are_set_aside_and_the_rest_is_sent_in_order(central: Platform, tmp_path: Path) -> None:
    till = enrolled_till(central, tmp_path / "till")
    receipts = sell_many(till, central.skus, 5)
    bodies = stored_bodies(till)
    seqs = sorted(bodies)[-5:]  # the five sales' events (the shift's came first)
    not_utf8, cut_short = seqs[1], seqs[3]
    damage(till, "outbox", "seq", str(not_utf8), bodies[not_utf8][:40] + b"\xff\xfe\xc3(" + bodies[not_utf8][44:])
    damage(till, "outbox", "seq", str(cut_short), bodies[cut_short][: len(bodies[cut_short]) // 2])
    damaged = stored_bodies(till)

    doctor = cli(till, "doctor")
    assert doctor.returncode == 1, doctor.stdout + doctor.stderr
    said = [line for line in doctor.stdout.splitlines() if "cannot be read" in line]
    assert len(said) == 2, doctor.stdout
    assert f"event #{not_utf8} " in said[0] and "not UTF-8" in said[0] and "\\xff\\xfe" in said[0]
    assert f"event #{cut_short} " in said[1] and "not complete JSON" in said[1] and "tell support" in said[1]

    now = cli(till, "sync", "now")
    assert now.returncode == 0, now.stderr
    assert "Traceback" not in now.stderr and "4 accepted, 2 refused" in now.stdout
    assert "2 event(s) could not be read on this till" in now.stdout
    assert sorted(platform_books(central)[0]) == sorted(receipts[i] for i in (0, 2, 4))
    flagged = central.rows("SELECT event_id, detail FROM flags WHERE kind = 'set_aside' ORDER BY event_id")
    with sqlite3.connect(till / config.STORE_FILE) as db:
        ids = dict(db.execute("SELECT seq, id FROM outbox"))
    assert sorted(e for e, _ in flagged) == sorted([ids[not_utf8], ids[cut_short]])
    assert all("unreadable" in json.loads(d)["reason"] for _, d in flagged)
    assert backlog(till) == 0 and stored_bodies(till) == damaged  # set aside, bytes untouched
    with Terminal.open(till) as term:
        dead = term.sync.dead_letters()
    assert [d["seq"] for d in dead] == [not_utf8, cut_short]
    assert all(d["error"].startswith("unreadable on this till") for d in dead)
    # the next sales go on after them, and nothing is sent twice
    more = sell_many(till, central.skus, 1)
    done = sync_once(till)
    assert (done.push.acked, done.push.dead) == (1, 0)
    assert more[0] in platform_books(central)[0]
    doctor = cli(till, "doctor")
    assert "cannot be read" not in doctor.stdout


def test_a_damaged_sale_on_screen_or_parked_sale_does_not_stop_the_till(store_dir: Path, till: Terminal) -> None:
    codes = barcodes(till, 3)
    till.sale.scan(codes[0])
    parked = till.sale.park("blue one")
    till.sale.scan(codes[1])
    on_screen = till.sale.cart.id
    till.sign_out()
    with sqlite3.connect(store_dir / config.STORE_FILE) as db:
        body = db.execute("SELECT body FROM drafts WHERE id = ?", (on_screen,)).fetchone()[0].encode()
    damage(store_dir, "drafts", "id", on_screen, body[: len(body) // 2])
    damage(store_dir, "drafts", "id", parked, b"\xff\xfe" + body[2:])

    with Terminal.open(store_dir) as term:
        term.sign_in(CASHIER.login, CASHIER.pin)  # signs in: the damaged sale is not brought back
        assert term.sale.cart is None
        assert term.sale.parked() == []  # the list opens; the damaged one is left out
        with pytest.raises(UserError, match="cannot be read back"):
            term.sale.resume(parked)
        term.sale.scan(codes[2])
        term.sale.add_cash(term.sale.totals().due)
        assert term.sale.complete().receipt_no
    doctor = cli(store_dir, "doctor")
    said = [line for line in doctor.stdout.splitlines() if "cannot be read back" in line]
    assert doctor.returncode == 1 and len(said) == 2, doctor.stdout
    assert any(f"parked sale {parked} of ann" in line and "not UTF-8" in line for line in said)
    assert any(f"sale on screen {on_screen} of ann" in line and "not complete JSON" in line for line in said)


def test_a_damaged_print_job_is_set_aside_and_the_next_receipt_prints(till: Terminal) -> None:
    from tests.escpos_decode import decode
    from tests.escpos_server import FakePrinter
    from tests.test_printing import Worker, sell

    first, second = sell(till, 1), sell(till, 1)
    damaged = till.printing.queue.add(till.printing.receipt(first))
    till.printing.queue.add(till.printing.receipt(second))
    damage(till.directory, "print_jobs", "id", damaged, b'{"receipt_no": "S01-T01-0000')
    printer = FakePrinter()
    w = Worker(till, printer.listen().url)
    w.worker.start()
    try:
        w.worker.wake()
        [job] = printer.wait_jobs(1)
    finally:
        w.worker.stop()
        printer.close()
    assert decode(job).qr == [till.printing.receipt(second).sale_id]
    jobs = {j.id: j for j in till.printing.queue.jobs()}
    assert jobs[damaged].status == "cancelled" and "cannot be read back" in jobs[damaged].last_error
    assert till.printing.queue.waiting() == 0


def test_damaged_cloud_shelf_figures_show_as_never_asked_not_as_a_crash(store_dir: Path, till: Terminal) -> None:
    from tests.shelf_helpers import answer, style_of

    style, variants = style_of(till)
    sku = variants[0][1]
    till.shelf.save_availability(answer(till, style, {(sku, "S02"): 4, (sku, "W01"): 7}))
    assert till.shelf.matrix(style).find(sku).warehouse == 7
    with sqlite3.connect(store_dir / config.STORE_FILE) as db:
        db.execute("UPDATE shelf_figures SET answer = CAST(? AS TEXT)", (b'{"style": {"code": "\xff\xfe',))
    matrix = till.shelf.matrix(style)  # the matrix opens: here-and-now figures, the others as never asked
    assert matrix.as_of is None and matrix.find(sku).warehouse == 0 and matrix.find(sku).here >= 0
    till.shelf.save_availability(answer(till, style, {(sku, "W01"): 2}))  # the next answer replaces the damaged one
    assert till.shelf.matrix(style).find(sku).warehouse == 2


def test_a_damaged_customer_contact_is_reported_on_its_order_and_the_sync_goes_on(
    central: Platform, tmp_path: Path
) -> None:
    from app.shelf import ShelfItem, ShelfRequest
    from sync.shelf import fetch_matrix
    from sync.shelf import sell as sell_shelf
    from tests.test_shelf_sync import HOME, cashier, pay

    sku = central.skus[0]
    central.adjust("W01", sku, 2)
    till = enrolled_till(central, tmp_path / "till")
    with cashier(till) as term:
        cell = fetch_matrix(term, sku).find(sku)
        _lines, held = sell_shelf(term, ShelfRequest((ShelfItem(cell.variant_id, 1),), "home", None, HOME))
        assert held
        pay(term)
    damage(till, "shelf_orders", "delivery", "home", b'{"name": "Li Lei", "phone": "138')
    done = sync_once(till)  # the round goes on: events pushed, feeds pulled
    assert done.push.dead == 0 and done.pull is not None
    with cashier(till) as term:
        [order] = term.shelf.orders()
    assert order.state == "confirmed" and "cannot be read back" in order.contact_error
    assert central.scalar("SELECT customer_name FROM shelf_orders") in ("", None)  # nothing half-sent
