"""What app/, devices/ and sync/ say (a refused scan, a wrong PIN, a short payment) reaches a Chinese
screen in Chinese, with its values, and an English screen exactly as the application said it."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from tests.conftest import CASHIER, barcodes
from tests.test_ui_i18n import TRANSLATIONS, open_window
from tests.test_ui_till import scan, sign_in
from tests.ui_helpers import child, click, type_into, when_dialog
from ui.app import install_translation
from ui.main_window import MainWindow
from ui.message_templates import TEMPLATES
from ui.messages import joined, localized

sys.path.insert(0, str(TRANSLATIONS))
from collect_messages import CENTRAL, Collector, Unreadable, message_templates, placeholders

UNKNOWN = "4006381333931"  # a valid EAN-13 that is not in the test catalog (the till names it as GTIN-14)
ERRORS = (Path(__file__).resolve().parent.parent / "app" / "errors.py").read_text(encoding="utf-8")


@pytest.fixture
def zh_window(qtbot, store_dir: Path) -> Iterator[MainWindow]:
    yield from open_window(qtbot, store_dir, "zh_CN")


@pytest.fixture
def en_window(qtbot, store_dir: Path) -> Iterator[MainWindow]:
    yield from open_window(qtbot, store_dir, "en")


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    install_translation(qapp, "zh_CN")
    yield
    install_translation(qapp, "en")


# ---------------------------------------------------------------- the templates
def test_every_message_template_has_chinese_with_the_same_placeholders() -> None:
    """Read from the source afresh and looked up in the shipped .qm: a new message without Chinese,
    or whose Chinese lost or gained a {n}, fails here and not in a store."""
    qm = QTranslator()
    assert qm.load(str(TRANSLATIONS / "cloudshelf_zh_CN.qm"))
    templates = message_templates()
    assert len(templates) > 300
    untranslated = [t for t in templates if not qm.translate("Messages", t)]
    assert untranslated == [], "add the Chinese to zh_CN.py (MESSAGES) and run resources/translations/build.py"
    other = [t for t in templates if placeholders(qm.translate("Messages", t)) != placeholders(t)]
    assert other == []


def test_the_till_reads_the_templates_of_the_source_as_it_is() -> None:
    assert list(TEMPLATES) == message_templates(), "run resources/translations/build.py"


def source(root: Path, name: str, text: str) -> None:
    """A small source tree to collect from: app/errors.py as it is, the platform's files empty."""
    for path, said in [(f"central/{n}", "") for n in CENTRAL] + [("app/errors.py", ERRORS), (name, text)]:
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(said, encoding="utf-8")


def test_the_collector_reads_literals_f_strings_variables_and_lists(tmp_path: Path) -> None:
    source(
        tmp_path,
        "app/things.py",
        "from app.errors import ApprovalRequired, NotFound, UserError, shown\n"
        "AGAIN = 'Scan it again.'\n"
        "def _approve(action, message):\n"
        "    raise ApprovalRequired(action, message)\n"
        "def find(code, n, exc, short):\n"
        "    raise NotFound(f'No item {code!r} of {n:.2f} kg.', AGAIN)\n"
        "def passed(exc):\n"
        "    raise UserError(f'Enrolment failed: {exc.message}', exc.hint)\n"
        "def discount(bp):\n"
        "    _approve('discount', f'A discount of {bp / 100:.2f}% needs a manager.')\n"
        "def short(lines):\n"
        "    missing = []\n"
        "    for sku, free in lines:\n"
        "        missing.append(f'{sku} ({free} free)')\n"
        "    said = 'Not enough for: ' + '; '.join(missing) + '.'\n"
        "    raise UserError(said, shown('hand over'))\n",
    )
    assert Collector(tmp_path).collect() == [
        "; ",
        "A discount of {0}% needs a manager.",
        "Ask a manager to approve with their PIN.",
        "Enrolment failed: {0}",
        "No item {0} of {1} kg.",
        "Not enough for: {0}.",
        "Scan it again.",
        "hand over",
        "{0} ({1} free)",
    ]


def test_a_message_the_collector_cannot_read_is_refused_with_its_place(tmp_path: Path) -> None:
    source(tmp_path, "app/bad.py", "from app.errors import UserError\ndef f(x):\n    raise UserError(x.upper())\n")
    with pytest.raises(Unreadable, match=r"app/bad\.py:3: make this text a literal or an f-string"):
        message_templates(tmp_path)


# ---------------------------------------------------------------- localized()
def test_values_nested_messages_and_lists_are_put_back_in_chinese(chinese: None) -> None:
    assert localized("No item with the code 12345.") == "找不到编码为 12345 的商品。"
    assert localized("Enrolment failed: The platform cannot be reached: it did not answer in time.") == (
        "注册失败：无法连接平台：平台未及时应答。"
    )
    assert localized("Not enough stock for: A-1 at S02 (0 of 1 free); B-2 anywhere (1 of 3 free).") == (
        "库存不足：A-1 在 S02（需 1 件，可用 0 件）；B-2 各地合计（需 3 件，可用 1 件）。"
    )


def test_a_text_of_no_template_falls_through_unchanged(chinese: None) -> None:
    assert localized("Scan an item first.") == "请先扫描商品。"  # the Chinese is on
    for text in ("The moon is made of cheese.", "config.toml: something broke", "", "; ", "pick; the moon"):
        assert localized(text) == text


def test_a_message_and_its_hint_read_as_one_line_in_either_language() -> None:
    assert joined("No item with the code 1.", "Search by name.") == "No item with the code 1. Search by name."
    assert joined("找不到编码为 1 的商品。", "请按名称搜索。") == "找不到编码为 1 的商品。请按名称搜索。"
    assert joined("Scan an item first.", "") == "Scan an item first."
    assert joined("", "Search by name.") == "Search by name."


# ---------------------------------------------------------------- on the real screens
def test_the_chinese_till_says_why_a_scan_a_pin_and_a_payment_are_refused(qtbot, zh_window: MainWindow) -> None:
    click(qtbot, zh_window.sign_in, f"user_{CASHIER.login}")
    with qtbot.waitSignal(zh_window.till.error):
        type_into(qtbot, zh_window.sign_in.pin, "9999")
    said = child(zh_window.sign_in, "sign_in_error", QLabel).text()
    assert re.fullmatch(r"账号不存在或 PIN 码错误。请核对 PIN 码；还可尝试 \d 次，之后将被锁定。", said), said
    sign_in(qtbot, zh_window, CASHIER.login, CASHIER.pin)
    scan(qtbot, zh_window, barcodes(zh_window.till.terminal, 1)[0])
    with qtbot.waitSignal(zh_window.till.error):
        type_into(qtbot, zh_window.sale.scan, UNKNOWN)
    assert zh_window.sale.message.text() == (
        f"找不到编码为 0{UNKNOWN} 的商品。请核对编码、按名称搜索商品，或将商品交给经理处理。"
    )

    def pay_short(dialog) -> None:
        cash = child(dialog, "cash_field", QLineEdit)
        cash.setText("abc")
        click(qtbot, dialog, "pay_cash_button")
        assert child(dialog, "tender_error", QLabel).text().startswith("“abc”不是金额。")
        cash.setText("1")
        with qtbot.waitSignal(zh_window.till.sale_changed):
            click(qtbot, dialog, "pay_cash_button")
        dialog.reject()

    when_dialog(pay_short, "tender_dialog")
    qtbot.keyClick(zh_window.sale.scan, Qt.Key.Key_F10)
    with qtbot.waitSignal(zh_window.till.error):
        zh_window.till.complete()
    said = zh_window.sale.message.text()
    assert said.startswith("已收款项比合计少 ¥") and said.endswith("。其余请收现金或刷卡。"), said


def test_the_english_till_says_exactly_what_the_application_said(qtbot, en_window: MainWindow) -> None:
    click(qtbot, en_window.sign_in, f"user_{CASHIER.login}")
    with qtbot.waitSignal(en_window.till.error):
        type_into(qtbot, en_window.sign_in.pin, "9999")
    said = child(en_window.sign_in, "sign_in_error", QLabel).text()
    assert re.fullmatch(r"Unknown login or wrong PIN\. Check your PIN; \d attempt\(s\) left before lockout\.", said)
    sign_in(qtbot, en_window, CASHIER.login, CASHIER.pin)
    scan(qtbot, en_window, barcodes(en_window.till.terminal, 1)[0])
    with qtbot.waitSignal(en_window.till.error):
        type_into(qtbot, en_window.sale.scan, UNKNOWN)
    assert en_window.sale.message.text() == (
        f"No item with the code 0{UNKNOWN}. Check the code, search for the item by name, or set it aside for a manager."
    )
    with qtbot.waitSignal(en_window.till.error):
        en_window.till.complete()
    said = en_window.sale.message.text()
    assert re.fullmatch(r"The payments are short of the total by ¥[\d,.]+\. Take the rest in cash or by card\.", said)
