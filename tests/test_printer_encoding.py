"""A printer encoding that lacks some of the store's characters (€ or an emoji in GBK) is said out loud,
with the texts that would print as '?', when the printer is tested (CLI and settings screen) and saved;
GB18030, the default, has them all."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit

from app import config
from app.device_config import PrinterConfig
from app.terminal import Terminal
from devices.printer import layout
from devices.printer.render import render
from tests.conftest import MANAGER
from tests.escpos_decode import decode
from tests.escpos_server import FakePrinter
from tests.test_cli import run
from tests.test_ui_devices import open_till  # noqa: F401 - the fixture
from tests.test_ui_till import sign_in
from tests.ui_helpers import child, click, when_dialog

EURO = "Café Crème €5 deal"
EMOJI = "笑脸T恤 😀"


def lossy_names(store_dir: Path) -> None:
    """A style and a colour GBK cannot print, beside Chinese that it can."""
    with Terminal.open(store_dir) as term, term.db.write() as s:
        c = s.connection()
        c.exec_driver_sql("UPDATE styles SET name = ? WHERE id = (SELECT MIN(id) FROM styles)", (EURO,))
        c.exec_driver_sql("UPDATE variants SET colour = ? WHERE id = (SELECT MIN(id) FROM variants)", (EMOJI,))
        c.exec_driver_sql("UPDATE locations SET name = '云货架上海旗舰店' WHERE code = 'S01'")


@pytest.fixture
def printer() -> Iterator[FakePrinter]:
    p = FakePrinter().listen()
    yield p
    p.close()


def configure(store_dir: Path, url: str, encoding: str, footer: str = "") -> None:
    text = f'[printer]\nurl = "{url}"\nencoding = "{encoding}"\n'
    if footer:
        text += f'\n[receipt]\nfooter = "{footer}"\n'
    (store_dir / config.CONFIG_FILE).write_text(text, encoding="utf-8")


def test_the_texts_an_encoding_would_lose_are_named(store_dir: Path) -> None:
    lossy_names(store_dir)
    configure(store_dir, "tcp://127.0.0.1:9100", "gbk", footer="Merci ¤ €")
    with Terminal.open(store_dir) as term:
        said = term.printing.text_warning()
        assert "gbk" in said and "€" in said and "😀" in said
        assert EURO in said and EMOJI in said and "Merci ¤ €" in said
        assert "云货架上海旗舰店" not in said  # GBK has every Chinese character here
        assert term.printing.text_warning("gb18030") == ""
        assert "云货架上海旗舰店" in term.printing.text_warning("cp437")
    # what the warning is about: the same receipt text in GBK really prints '?' for the euro sign
    ops = [layout.Text(EURO)]
    assert decode(render(ops, PrinterConfig(encoding="gbk")), "gbk").lines == ["Café Crème ?5 deal"]
    assert decode(render(ops, PrinterConfig())).lines == [EURO]


def test_devices_test_printer_says_which_text_gbk_would_lose(store_dir: Path, printer: FakePrinter) -> None:
    lossy_names(store_dir)
    configure(store_dir, printer.url, "gbk")
    result = run(store_dir, "devices", "test", "printer")
    assert result.returncode == 0, result.stderr
    assert f"Test page sent to {printer.url}" in result.stdout
    assert "encoding gbk has no" in result.stderr and EURO in result.stderr and EMOJI in result.stderr
    configure(store_dir, printer.url, "gb18030")
    result = run(store_dir, "devices", "test", "printer")
    assert result.returncode == 0 and "would print '?'" not in result.stdout + result.stderr


def test_the_settings_screen_says_so_on_test_and_on_save(
    qtbot,
    open_till,  # noqa: F811
    printer: FakePrinter,
    store_dir: Path,
) -> None:
    lossy_names(store_dir)
    win = open_till("")
    sign_in(qtbot, win, MANAGER.login, MANAGER.pin)
    results: list[str] = []

    def use(dialog) -> None:
        child(dialog, "printer_url_field", QLineEdit).setText(printer.url)
        child(dialog, "printer_encoding_field", QLineEdit).setText("gbk")
        with qtbot.waitSignal(win.till.device_tested, check_params_cb=lambda k, ok, _m: k == "printer" and ok):
            click(qtbot, dialog, "test_printer_button")
        results.append(child(dialog, "device_test_result", QLabel).text())
        with qtbot.waitSignal(win.till.devices_saved):
            click(qtbot, dialog, "save_devices_button")
        results.append(child(dialog, "device_test_result", QLabel).text())
        child(dialog, "printer_encoding_field", QLineEdit).setText("gb18030")
        with qtbot.waitSignal(win.till.device_tested, check_params_cb=lambda k, ok, _m: k == "printer" and ok):
            click(qtbot, dialog, "test_printer_button")
        results.append(child(dialog, "device_test_result", QLabel).text())
        dialog.reject()

    when_dialog(use, "devices_dialog")
    click(qtbot, win.sale, "devices_button")
    tested, saved, fine = results
    assert tested.startswith(f"Test page sent to {printer.url}")
    assert "encoding gbk has no" in tested and EURO in tested and EMOJI in tested
    assert saved.startswith("Saved.") and "encoding gbk has no" in saved and EURO in saved
    assert fine.startswith("Test page sent") and "would print '?'" not in fine


def test_a_document_that_lost_text_says_so_after_printing(till: Terminal, printer: FakePrinter) -> None:
    from tests.conftest import barcodes
    from tests.test_printing import Worker

    till.sale.scan(barcodes(till, 1)[0])
    till.sale.set_note("Gift card €20 inside")
    till.sale.add_cash(10_000_000)
    no = till.sale.complete().receipt_no
    w = Worker(till, printer.url, encoding="gbk")
    w.worker.start()
    try:
        till.printing.print_receipt(no)
        w.worker.wake()
        [job] = printer.wait_jobs(1)
        w.wait_state("ok")
        with w.changed:
            assert w.changed.wait_for(lambda: any("€" in s.detail for s in w.states), 10)
    finally:
        w.worker.stop()
    assert "Gift card ?20 inside" in decode(job, "gbk").text.replace("\n", " ")
    detail = next(s.detail for s in w.states if "€" in s.detail)
    assert "encoding gbk has no €" in detail and "Gift card €20 inside" in detail
