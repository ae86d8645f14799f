"""The till speaks the store's language: Chinese and English from the Qt translations, money and
numbers in the store's locale, and no screen text without its Chinese."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from app.terminal import Terminal
from tests.conftest import CASHIER, barcodes
from tests.test_ui_till import scan, sign_in
from ui.app import build_window, install_translation
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"


def qt_tool(name: str) -> str:
    """PySide6's tools sit beside the interpreter (a venv's bin/ need not be on PATH)."""
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.exists() else name


def open_window(qtbot, store_dir: Path, locale: str) -> Iterator[MainWindow]:
    term = Terminal.open(store_dir)
    win = build_window(term, QApplication.instance(), locale)
    qtbot.addWidget(win)
    win.show()  # the users were asked for when the window was built: wait for their buttons, not the signal
    qtbot.waitUntil(lambda: win.sign_in.users_box.count() > 0, timeout=30_000)  # a busy CI machine starts slowly
    yield win
    win.close()
    term.close()
    install_translation(QApplication.instance(), "en")  # leave English for the tests that follow


@pytest.fixture
def zh_window(qtbot, store_dir: Path) -> Iterator[MainWindow]:
    yield from open_window(qtbot, store_dir, "zh_CN")


@pytest.fixture
def en_window(qtbot, store_dir: Path) -> Iterator[MainWindow]:
    yield from open_window(qtbot, store_dir, "en")


def test_the_chinese_till_shows_chinese_and_yuan(qtbot, zh_window: MainWindow) -> None:
    sign_in(qtbot, zh_window, CASHIER.login, CASHIER.pin)
    assert zh_window.sale.findChild(QPushButton, "pay_button").text().startswith("收款")
    assert zh_window.sale.findChild(QPushButton, "close_shift_button").text().startswith("交班")
    scan(qtbot, zh_window, barcodes(zh_window.till.terminal, 1)[0])
    details = zh_window.sale.findChild(QLabel, "totals_detail").text()
    assert "1 件" in details and "小计 ¥" in details
    assert zh_window.sale.total.text().startswith("¥")


def test_the_english_till_says_one_item_not_items(qtbot, en_window: MainWindow) -> None:
    sign_in(qtbot, en_window, CASHIER.login, CASHIER.pin)
    assert en_window.sale.findChild(QPushButton, "pay_button").text().startswith("Pay")
    codes = barcodes(en_window.till.terminal, 2)
    scan(qtbot, en_window, codes[0])
    assert en_window.sale.findChild(QLabel, "totals_detail").text().startswith("1 item\n")
    scan(qtbot, en_window, codes[1])
    assert en_window.sale.findChild(QLabel, "totals_detail").text().startswith("2 items\n")


def test_every_screen_text_has_its_chinese(tmp_path: Path) -> None:
    """Collect the texts from ui/ afresh: a new text without Chinese fails here, not in a store."""
    ts = tmp_path / "check.ts"
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run([qt_tool("pyside6-lupdate"), *sources, "-ts", str(ts)], check=True, capture_output=True, cwd=ROOT)
    texts = {m.findtext("source") for m in ET.parse(ts).getroot().iter("message")}
    sys.path.insert(0, str(TRANSLATIONS))
    try:
        from zh_CN import ZH_CN
    finally:
        sys.path.remove(str(TRANSLATIONS))
    assert len(texts) > 50
    assert sorted(texts - set(ZH_CN)) == [], "run resources/translations/build.py and add the Chinese"
    compiled = ET.parse(TRANSLATIONS / "cloudshelf_zh_CN.ts").getroot()
    shipped = {m.findtext("source") for m in compiled.iter("message")}
    assert texts <= shipped, "the shipped .ts/.qm are older than ui/: run resources/translations/build.py"
