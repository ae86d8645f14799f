"""Offline and the till's freshness in the screen's language: the reason the platform cannot be reached
(never an exception's class name), when the till last synced, and X/Z reports in the screen's language."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit

from app.clock import local_text
from app.terminal import Terminal
from sync.client import Offline
from sync.worker import sync_once
from tests.conftest import CASHIER
from tests.escpos_decode import decode
from tests.test_ui_devices import open_till, printer  # noqa: F401  (fixtures: the till with a printer)
from tests.test_ui_i18n import open_window
from tests.test_ui_till import sign_in
from tests.ui_helpers import when_dialog
from ui.main_window import MainWindow

CLASS_NAME = re.compile(r"[A-Z][A-Za-z]+(Error|Exception|Timeout)")


@pytest.fixture
def offline_till(tmp_path: Path) -> Path:
    """A till that synced once with a real platform, whose platform has since stopped."""
    from tests.platform import enrolled_till, make_platform, running

    with running(make_platform(str(tmp_path / "central.db"), tmp_path)) as central:
        till = enrolled_till(central, tmp_path / "till")
    with pytest.raises(Offline):  # the platform is gone: the till records that it is offline, and why
        sync_once(till)
    return till


@pytest.fixture
def zh_offline(qtbot, offline_till: Path) -> Iterator[MainWindow]:
    yield from open_window(qtbot, offline_till, "zh_CN")


def test_offline_says_why_and_when_it_last_synced_in_chinese(qtbot, zh_offline: MainWindow) -> None:
    win = zh_offline
    health = win.till.terminal.sync.health()
    assert not health.online and health.last_success_at
    qtbot.waitUntil(lambda: "离线" in win.sync_label.text())
    status = win.sync_label.text()
    assert f"上次同步 {local_text(health.last_success_at)}" in status
    assert win.sync_label.toolTip().startswith("无法连接平台：") and not CLASS_NAME.search(win.sync_label.toolTip())

    sign_in(qtbot, win, CASHIER.login, CASHIER.pin)
    seen: dict[str, str] = {}

    def look(dialog) -> None:
        qtbot.waitUntil(lambda: dialog.matrix is not None, timeout=20_000)
        seen["age"] = dialog.age.text()
        dialog.reject()

    with Terminal.open(win.till.terminal.directory) as term, term.db.read() as s:
        code = s.connection().exec_driver_sql("SELECT sku FROM variants ORDER BY id LIMIT 1").scalar()
    when_dialog(look, "shelf_dialog")
    qtbot.keyClicks(win.sale.scan, code, delay=3)  # a scanner's speed
    qtbot.keyClick(win.sale.scan, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "age" in seen, timeout=30_000)
    assert "无法连接平台：没有连接" in seen["age"], seen
    assert not CLASS_NAME.search(seen["age"]) and "ConnectionError" not in seen["age"]


def test_x_report_follows_the_screens_language_on_paper_and_on_screen(qtbot, open_till, printer) -> None:  # noqa: F811
    """The store is Chinese, the screen English: the cashier's X report is English, printed and shown."""
    printer.listen()
    win = open_till(f'[printer]\nurl = "{printer.url}"\n')
    assert win.till.terminal.info.locale == "zh_CN"
    sign_in(qtbot, win, CASHIER.login, CASHIER.pin)
    with qtbot.waitSignal(win.till.report_ready):
        qtbot.keyClick(win.sale.scan, Qt.Key.Key_F11)
    [job] = printer.wait_jobs(1)
    paper = decode(job).text
    assert "X REPORT (shift open)" in paper and "报表" not in paper
    qtbot.waitUntil(lambda: win.sale.findChild(QPlainTextEdit, "report_dialog_text") is not None)
    shown = win.sale.findChild(QPlainTextEdit, "report_dialog_text").toPlainText()
    assert "X REPORT (shift open)" in shown and "报表" not in shown
