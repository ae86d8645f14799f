"""Receipts, reports and pick slips as ESC/POS bytes, decoded; the print queue against a network
printer served on 127.0.0.1 that is off, out of paper, silent or fine."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image

from app.device_config import PrinterConfig, parse_url
from app.pick_slip import PickSlipDoc, PickSlipLine
from app.print_queue import from_body, to_body
from app.terminal import Terminal
from devices.columns import display_width
from devices.printer import connection, layout
from devices.printer.render import render
from devices.printer.worker import PrinterState, PrintWorker
from tests.conftest import barcodes
from tests.escpos_decode import decode
from tests.escpos_server import PAPER_OK, PAPER_OUT, FakePrinter


def wait_for(predicate, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.01)


def chinese_names(term: Terminal) -> None:
    """The store and its first item named in Chinese, as a store in China names them."""
    with term.db.write() as s:
        c = s.connection()
        c.exec_driver_sql("UPDATE locations SET name = '云货架上海旗舰店' WHERE code = 'S01'")
        c.exec_driver_sql(
            "UPDATE styles SET name = '纯棉圆领T恤' WHERE id = (SELECT style_id FROM variants ORDER BY id LIMIT 1)"
        )
    from app.terminal.context import load_info

    term.info = load_info(term.db)


def sell(term: Terminal, n: int = 3, cash: bool = True) -> str:
    for code in barcodes(term, n):
        term.sale.scan(code)
    if cash:
        term.sale.add_cash(10_000_000)
    else:
        term.sale.add_card(term.sale.totals().due, "REF-7")
    return term.sale.complete().receipt_no


@pytest.fixture
def sold(till: Terminal) -> tuple[Terminal, str]:
    chinese_names(till)
    return till, sell(till)


CFG = PrinterConfig(url=None, width=42)


# ------------------------------------------------------------------ layout and bytes (python-escpos Dummy)
def test_a_receipt_prints_its_lines_totals_qr_cut_and_drawer_pulse(sold: tuple[Terminal, str]) -> None:
    term, no = sold
    doc = term.printing.receipt(no)
    out = decode(render(layout.receipt(doc, 42, "zh_CN", kick=2), CFG))
    assert out.lines[0].strip() == "云货架上海旗舰店"
    assert "销售小票" in out.text
    assert any(line.startswith("纯棉圆领T恤") for line in out.lines)  # Chinese through FS & in GB18030
    assert any(line.startswith(no) for line in out.lines)
    for label, value in doc.totals:
        shown = [line for line in out.lines if line.endswith(value)]
        assert shown, f"{label} {value} not printed"
    total = next(line for line in out.lines if line.startswith("合计 CNY"))
    assert total in out.bold_lines and total in out.tall_lines
    assert total.endswith(dict(doc.totals)["TOTAL CNY"])
    assert any(line.startswith("现金") for line in out.lines)
    assert out.qr == [doc.sale_id]
    assert term.returns.find_receipt(out.qr[0]).receipt_no == no  # the QR code finds the sale for a return
    assert out.cuts == 1 and out.pulses == [(0, 50, 50)]
    assert out.events[0] == "pulse" and out.events[-1] == "cut"  # drawer opens first, paper cut last


@pytest.mark.parametrize("width", [32, 42, 48])
def test_every_line_fits_the_paper_width_in_english(sold: tuple[Terminal, str], width: int) -> None:
    term, no = sold
    out = decode(render(layout.receipt(term.printing.receipt(no), width, "en"), replace(CFG, width=width)))
    assert "SALE" in out.text and "Subtotal" in out.text and "Scan for returns" in out.text
    assert all(display_width(line) <= width for line in out.lines)
    assert any(display_width(line) == width and line.startswith("TOTAL CNY") for line in out.lines)
    assert out.pulses == []  # no kick asked


def test_a_copy_and_a_return_receipt_say_what_they_are(sold: tuple[Terminal, str]) -> None:
    term, no = sold
    copy = decode(render(layout.receipt(term.printing.receipt(no), 42, "en", copy=True), CFG))
    assert "*** COPY ***" in copy.text
    sale = term.returns.find_receipt(no)
    term.returns.add(no, sale.lines[0].line_id, 1)
    term.returns.refund_to_original()
    back = term.sale.complete()
    out = decode(render(layout.receipt(term.printing.receipt(back.receipt_no), 42, "zh_CN"), CFG))
    assert "退货小票" in out.text
    assert out.qr == [term.printing.receipt(back.receipt_no).sale_id]


def test_x_and_z_reports_and_a_pick_slip_come_from_the_same_engine(sold: tuple[Terminal, str]) -> None:
    term, _no = sold
    x = decode(render(layout.report(term.shift.x_report(), 42, "en"), CFG))
    assert x.lines[0].strip() == "X REPORT (shift open)"
    assert any(line.startswith("Sales") and line.endswith("1") for line in x.lines)
    assert x.cuts == 1 and x.qr == []
    slip = PickSlipDoc(
        order_code="WEB-1042",
        store="S01",
        store_name="云货架上海旗舰店",
        customer_name="王小明",
        created_at="2026-11-20T08:30:00.000Z",
        state="picking",
        lines=(
            PickSlipLine("TEE-1-M", "纯棉圆领T恤 白色 M", "6901234567892", 2, 1),
            PickSlipLine("JEANS-2-30", "Slim Denim Jeans Blue 30 with a very long name that wraps", "", 1, 0),
        ),
        note="请放在柜台左侧",
        qr_payload="WEB-1042",
    )
    out = decode(render(layout.pick_slip(slip, 32, "zh_CN"), replace(CFG, width=32)))
    assert "拣货单" in out.text and "王小明" in out.text and "请放在柜台左侧" in out.text
    assert any(line.startswith("纯棉圆领T恤 白色 M") and line.endswith("1/2") for line in out.lines)
    assert any(line.endswith("0/1") for line in out.lines)
    assert any("6901234567892" in line for line in out.lines)
    assert all(display_width(line) <= 32 for line in out.lines)
    assert out.qr == ["WEB-1042"] and out.cuts == 1
    assert from_body("pick_slip", to_body(slip)) == slip  # a slip survives the queue unchanged


def test_the_logo_prints_as_a_raster_image_and_no_cut_when_cutting_is_off(
    sold: tuple[Terminal, str], tmp_path: Path
) -> None:
    term, no = sold
    logo = tmp_path / "logo.png"
    Image.new("1", (64, 16), 0).save(logo)
    out = decode(render(layout.receipt(term.printing.receipt(no), 42, "en", logo=str(logo)), replace(CFG, cut=False)))
    assert out.images == 1 and out.events.index("image") < out.events.index("text")
    assert out.cuts == 0


# ------------------------------------------------------------------ the print queue and a network printer
class Worker:
    def __init__(self, term: Terminal, url: str, **cfg: object) -> None:
        self.states: list[PrinterState] = []
        self.changed = threading.Condition()
        settings = PrinterConfig(url=parse_url(url, "printer.url"), width=42, retry_max_seconds=0.2, **cfg)

        def seen(state: PrinterState) -> None:
            with self.changed:
                self.states.append(state)
                self.changed.notify_all()

        self.worker = PrintWorker(term.printing.queue, settings, term.info.locale, on_state=seen, status_interval=0.2)

    def wait_state(self, state: str, timeout: float = 10.0) -> None:
        with self.changed:
            assert self.changed.wait_for(lambda: any(s.state == state for s in self.states), timeout), self.states


@pytest.fixture
def printer() -> Iterator[FakePrinter]:
    p = FakePrinter()
    yield p
    p.close()


def test_a_completed_sale_prints_on_the_network_printer(sold: tuple[Terminal, str], printer: FakePrinter) -> None:
    term, no = sold
    w = Worker(term, printer.listen().url)
    w.worker.start()
    try:
        term.printing.print_receipt(no, kick=True)
        w.worker.wake()
        [job] = printer.wait_jobs(1)
    finally:
        w.worker.stop()
    out = decode(job)
    assert out.qr == [term.printing.receipt(no).sale_id] and out.cuts == 1 and out.pulses == [(0, 50, 50)]
    assert "合计 CNY" in out.text
    assert term.printing.queue.waiting() == 0
    assert [j.status for j in term.printing.queue.jobs()] == ["printed"]


def test_a_printer_that_refuses_connections_for_a_while_prints_the_job_once(
    sold: tuple[Terminal, str], printer: FakePrinter
) -> None:
    term, no = sold
    w = Worker(term, printer.url)  # bound, not listening: connections are refused
    w.worker.start()
    try:
        term.printing.print_receipt(no)
        w.worker.wake()
        w.wait_state("offline")
        wait_for(lambda: term.printing.queue.jobs()[0].attempts >= 3)  # tried again and again, still waiting
        assert term.printing.queue.waiting() == 1
        assert "refused" in term.printing.queue.jobs()[0].last_error.lower()
        printer.listen()  # the printer comes back
        [first] = printer.wait_jobs(1)
        second_sale = sell(term, 1)
        term.printing.print_receipt(second_sale)
        w.worker.wake()
        jobs = printer.wait_jobs(2)
    finally:
        w.worker.stop()
    assert len(jobs) == 2 and jobs[0] == first
    assert [decode(j).qr[0] for j in jobs] == [
        term.printing.receipt(no).sale_id,
        term.printing.receipt(second_sale).sale_id,
    ]
    assert term.printing.queue.waiting() == 0


def test_out_of_paper_the_job_waits_then_prints_when_paper_is_back(
    sold: tuple[Terminal, str], printer: FakePrinter
) -> None:
    term, no = sold
    printer.paper = PAPER_OUT
    w = Worker(term, printer.listen().url)
    w.worker.start()
    try:
        term.printing.print_receipt(no)
        w.worker.wake()
        w.wait_state("paper_out")
        assert printer.jobs == [] and term.printing.queue.waiting() == 1
        printer.paper = PAPER_OK
        printer.wait_jobs(1)
        w.wait_state("ok")
    finally:
        w.worker.stop()
    assert term.printing.queue.waiting() == 0


def test_a_printer_that_answers_no_status_is_unknown_not_out_of_paper(
    sold: tuple[Terminal, str],
) -> None:
    term, no = sold
    silent = FakePrinter(answer=False).listen()
    try:
        url = parse_url(silent.url, "printer.url")
        assert connection.probe(url) == connection.UNKNOWN
        w = Worker(term, silent.url)
        w.worker.start()
        term.printing.print_receipt(no)
        w.worker.wake()
        silent.wait_jobs(1)
        w.worker.stop()
        assert w.worker.state.state == connection.UNKNOWN
        assert term.printing.queue.waiting() == 0
    finally:
        silent.close()


def test_the_sale_is_never_held_up_and_any_receipt_can_be_reprinted(till: Terminal, printer: FakePrinter) -> None:
    w = Worker(till, printer.url)  # the printer is off
    w.worker.start()
    try:
        no = sell(till, 2)
        till.printing.print_receipt(no, kick=True)
        w.worker.wake()
        w.wait_state("offline")
        no2 = sell(till, 1)  # selling goes on while the receipt waits
        till.printing.print_receipt(no2)
        assert till.printing.queue.waiting() == 2
        till.printing.print_receipt(no, copy=True)  # a reprint goes through the queue too
        printer.listen()
        jobs = [decode(j) for j in printer.wait_jobs(3)]
    finally:
        w.worker.stop()
    assert [j.qr[0] for j in jobs] == [till.printing.receipt(k).sale_id for k in (no, no2, no)]
    assert ["重印副本" in j.text for j in jobs] == [False, False, True]  # the store prints in Chinese


def test_a_receipt_that_waited_long_prints_without_opening_the_drawer(
    sold: tuple[Terminal, str], printer: FakePrinter
) -> None:
    term, no = sold
    term.printing.print_receipt(no, kick=True)
    with term.db.write() as s:
        s.connection().exec_driver_sql("UPDATE print_jobs SET created_at = '2020-01-01T00:00:00.000Z'")
    w = Worker(term, printer.listen().url)
    w.worker.start()
    try:
        [job] = printer.wait_jobs(1)
    finally:
        w.worker.stop()
    assert decode(job).pulses == []


def test_a_file_printer_gets_the_same_bytes(sold: tuple[Terminal, str], tmp_path: Path) -> None:
    term, no = sold
    device = tmp_path / "lp0"
    device.write_bytes(b"")
    w = Worker(term, f"file://{device}")
    w.worker.start()
    try:
        term.printing.print_receipt(no)
        w.worker.wake()
        wait_for(lambda: term.printing.queue.waiting() == 0)
    finally:
        w.worker.stop()
    assert decode(device.read_bytes()).qr == [term.printing.receipt(no).sale_id]
    assert w.worker.state.state == connection.UNKNOWN  # a file cannot say whether the paper is out


def test_a_cancelled_job_never_prints(sold: tuple[Terminal, str]) -> None:
    term, no = sold
    job = term.printing.queue.add(term.printing.receipt(no))
    term.printing.queue.cancel(job[:13])
    assert term.printing.queue.head() is None
    from app.errors import NotFound

    with pytest.raises(NotFound, match="No waiting print job"):
        term.printing.queue.cancel(job)
