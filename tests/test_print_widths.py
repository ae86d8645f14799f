"""Every printed document at 32, 42 and 48 columns with mixed Chinese, Latin and symbol text, read back
from the printer's bytes: no line is wider than the paper as the printer draws it (in Chinese mode
every character outside ASCII takes two columns), and every code, number and amount prints whole.
Chinese documents are wholly Chinese; English ones stay English."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app import config
from app.device_config import PrinterConfig
from app.money import format_plain
from app.pick_slip import PickSlipDoc, PickSlipLine
from app.receipt import ReceiptDoc
from app.shifts import ShiftReport
from app.terminal import Terminal
from devices.printer import layout
from devices.printer.render import render
from tests.conftest import barcodes
from tests.escpos_decode import Printout, decode

WIDTHS = (32, 42, 48)
STORE = "云货架 Café Crème ¥·×— 上海徐家汇旗舰店 Flagship"
NAMES = ["纯棉圆领T恤 Crème brûlée × 2 — 限量版 ¥99·S", "Slim Denim Jeans Blue 30 with a very long name", "羊毛开衫"]
NOTE = "礼品包装 please — gift wrap × 2, café « très » bien · 谢谢 ¥ 6901234567892"


def printer_columns(line: str) -> int:
    """Columns as the printer draws them in its Chinese mode (written here, apart from the till)."""
    return sum(1 if ch.isascii() else 2 for ch in line)


def cfg(width: int) -> PrinterConfig:
    return PrinterConfig(url=None, width=width)


def printed(ops: list[layout.Op], width: int) -> Printout:
    out = decode(render(ops, cfg(width)))
    too_wide = [line for line in out.lines if printer_columns(line) > width]
    assert too_wide == [], f"lines wider than {width} columns"
    return out


def whole(out: Printout, *tokens: str) -> None:
    cut = [t for t in tokens if t and not any(t in line for line in out.lines)]
    assert cut == [], "printed cut or not at all"


@dataclass
class Shop:
    term: Terminal
    sale: ReceiptDoc
    back: ReceiptDoc
    x: ShiftReport
    z: ShiftReport
    slip: PickSlipDoc


def mixed_names(term: Terminal) -> list[str]:
    """Three styles named in mixed text; a barcode of each, as printed under the bars."""
    codes = []
    with term.db.write() as s:
        c = s.connection()
        c.exec_driver_sql("UPDATE locations SET name = ? WHERE code = 'S01'", (STORE,))
        c.exec_driver_sql("UPDATE users SET name = '王小明 Zoë Ångström' WHERE login = 'ann'")
        ids = [r[0] for r in c.exec_driver_sql("SELECT DISTINCT style_id FROM variants ORDER BY style_id LIMIT 3")]
        for style, name in zip(ids, NAMES, strict=True):
            c.exec_driver_sql("UPDATE styles SET name = ? WHERE id = ?", (name, style))
            code = c.exec_driver_sql(
                "SELECT b.code FROM barcodes b JOIN variants v ON v.id = b.variant_id WHERE v.style_id = ? "
                "ORDER BY b.code LIMIT 1",
                (style,),
            ).scalar()
            codes.append(code[1:])
    from app.terminal.context import load_info

    term.info = load_info(term.db)
    return codes


SLIP = PickSlipDoc(
    order_code="WEB-ABCDEF",
    store="S01",
    store_name=STORE,
    customer_name="Zoë 王小明-Ångström",
    created_at="2026-11-20T08:30:00.000Z",
    state="new",
    lines=(
        PickSlipLine("STYLE-000123-NAVY-XXL", NAMES[0] + " 白色 M", "6901234567892", 2, 1),
        PickSlipLine("JEANS-2-30", NAMES[1], "4006381333931", 1, 0),
        PickSlipLine("TEE-1-M", "T恤", "", 3, 3),
    ),
    note=NOTE,
    qr_payload="WEB-ABCDEF",
)


@pytest.fixture
def shop(till: Terminal) -> Shop:
    codes = mixed_names(till)
    for code in (codes[0], codes[0], codes[1], codes[2]):
        till.sale.scan(code)
    till.sale.set_note(NOTE)
    till.sale.add_card(till.sale.totals().due // 2, "REF-0042-7731")
    till.sale.add_cash(10_000_000)
    no = till.sale.complete().receipt_no
    sale = till.returns.find_receipt(no)
    till.returns.add(no, sale.lines[0].line_id, 1)
    till.returns.refund_to_original()
    back = till.sale.complete().receipt_no
    x = till.shift.x_report()
    z = till.shift.close(x.expected_cash + 1234)
    return Shop(till, till.printing.receipt(no), till.printing.receipt(back), x, z, SLIP)


def documents(shop: Shop, width: int, locale: str) -> dict[str, list[layout.Op]]:
    info = {"title": "printer test", "URL": "tcp://192.168.100.200:9100", "Profile": "TM-T88V", "Encoding": "gb18030"}
    return {
        "receipt": layout.receipt(shop.sale, width, locale, kick=2),
        "copy": layout.receipt(shop.sale, width, locale, copy=True),
        "return": layout.receipt(shop.back, width, locale),
        "x": layout.report(shop.x, width, locale),
        "z": layout.report(shop.z, width, locale),
        "pick slip": layout.pick_slip(shop.slip, width, locale),
        "test page": layout.test_page(info, width, locale),
    }


def receipt_tokens(doc: ReceiptDoc) -> list[str]:
    values = [doc.receipt_no, *(v for _, v in doc.totals), *(v for _, v in doc.tenders), "REF-0042-7731"]
    for item in doc.items:
        values += [item.amount, item.unit_price, item.discount or ""]
    return values


def report_tokens(r: ShiftReport, locale: str) -> list[str]:
    amounts = [r.gross_sales, r.net_total, r.returns_total, r.expected_cash, r.float_amount, *r.payments.values()]
    amounts += [r.counted_cash or 0, r.variance or 0]
    return [format_plain(a, r.currency, locale) for a in amounts] + [str(r.sales_count), f"{r.store}-{r.terminal}"]


@pytest.mark.parametrize("locale", ["zh_CN", "en"])
@pytest.mark.parametrize("width", WIDTHS)
def test_every_document_fits_the_paper_and_prints_every_code_and_amount_whole(
    shop: Shop, width: int, locale: str
) -> None:
    outs = {name: printed(ops, width) for name, ops in documents(shop, width, locale).items()}
    whole(outs["receipt"], *receipt_tokens(shop.sale))
    whole(outs["copy"], *receipt_tokens(shop.sale))
    whole(outs["return"], *receipt_tokens(shop.back))
    whole(outs["x"], *report_tokens(shop.x, locale))
    whole(outs["z"], *report_tokens(shop.z, locale), f"#{shop.z.z_number}")
    for line in shop.slip.lines:
        whole(outs["pick slip"], line.sku, line.barcode, f"{line.picked}/{line.qty}")
    whole(outs["pick slip"], "WEB-ABCDEF", "6901234567892")  # the note's code too
    whole(outs["test page"], "tcp://192.168.100.200:9100", "".join(str(i % 10) for i in range(1, width + 1)))
    # the long names and the note wrapped rather than lost
    text = "".join(outs["receipt"].text.split())
    assert "".join(NOTE.split()) in text and "".join(NAMES[0].split()) in text
    assert "".join(STORE.split()) in "".join(outs["pick slip"].text.split())


mixed = st.text(
    st.one_of(
        st.sampled_from(list("纯棉圆领T恤云货架éèüÅ¥€·×—–…“”（）：，。　 -#/0123456789")),
        st.characters(codec="gb18030", exclude_categories=("Cs",)),
    ),
    max_size=90,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    width=st.sampled_from(WIDTHS),
    locale=st.sampled_from(["zh_CN", "en"]),
    note=mixed,
    name=mixed,
    person=mixed,
    store=mixed,
)
def test_no_text_a_store_or_a_customer_types_runs_past_the_paper(
    shop: Shop, width: int, locale: str, note: str, name: str, person: str, store: str
) -> None:
    sale = replace(
        shop.sale,
        note=note,
        cashier=person,
        header=[store, "Crème ¥"],
        footer=[note],
        items=[replace(item, description=name) for item in shop.sale.items],
    )
    out = printed(layout.receipt(sale, width, locale), width)
    whole(out, *receipt_tokens(sale))
    slip = replace(
        shop.slip,
        store_name=store,
        customer_name=person,
        note=note,
        lines=tuple(replace(line, description=name) for line in shop.slip.lines),
    )
    out = printed(layout.pick_slip(slip, width, locale), width)
    for line in slip.lines:
        whole(out, line.sku, line.barcode, f"{line.picked}/{line.qty}")
    report = replace(shop.z, opened_by=person, store=store[:20] or "S01")
    whole(printed(layout.report(report, width, locale), width), *report_tokens(report, locale)[:-1])


# ------------------------------------------------------------------ Chinese documents wholly Chinese
def test_chinese_documents_are_wholly_chinese_and_english_ones_stay_english(shop: Shop) -> None:
    shelf = replace(shop.sale, footer=["Cloud shelf order CS-7Q2M", "to store S02", "Pickup code 482913", "Thank you!"])
    zh = printed(layout.receipt(shelf, 42, "zh_CN"), 42)
    assert "谢谢惠顾" in zh.text and "Thank" not in zh.text
    assert "云货架订单 CS-7Q2M" in zh.text and "送至门店 S02" in zh.text and "取货码 482913" in zh.text
    assert not re.search(r"Cloud|store|Pickup", zh.text)
    en = printed(layout.receipt(shelf, 42, "en"), 42)
    assert "Thank you!" in en.text and "Cloud shelf order CS-7Q2M" in en.text and "谢谢惠顾" not in en.text

    slip = printed(layout.pick_slip(replace(shop.slip, state="ready"), 42, "zh_CN"), 42)
    assert any(line.startswith("订单 WEB-ABCDEF") and line.endswith("待取货") for line in slip.lines)
    assert not re.search(r"\b(new|ready|picking)\b", slip.text)
    slip_en = printed(layout.pick_slip(shop.slip, 42, "en"), 42)
    assert any(line.startswith("Order WEB-ABCDEF") and line.endswith("new") for line in slip_en.lines)

    for report in (shop.x, shop.z):
        out = printed(layout.report(report, 42, "zh_CN"), 42)
        count = [line for line in out.lines if line.startswith("退货笔数")]
        amount = [line for line in out.lines if line.startswith("退货金额")]
        assert count and count[0].endswith(str(report.returns_count))
        assert amount and amount[0].endswith(format_plain(report.returns_total, report.currency, "zh_CN"))
        assert not [line for line in out.lines if line.split()[:1] == ["退货"]]  # no label left ambiguous
        labels = [line.rsplit(" ", 1)[0].strip() for line in out.lines if "  " in line]
        assert not [label for label in labels if re.fullmatch(r"[A-Za-z ]+", label)]
        out_en = printed(layout.report(report, 42, "en"), 42)
        assert out_en.text.isascii()


def test_the_total_is_tall_in_chinese_mode_too(shop: Shop) -> None:
    """Epson-style printers size Chinese characters by FS ! only; ESC ! and GS ! size the rest."""
    data = render(layout.receipt(shop.sale, 42, "zh_CN"), cfg(42))
    out = decode(data)
    total = next(line for line in out.lines if line.startswith("合计"))
    assert total in out.bold_lines and total in out.tall_lines
    assert b"\x1c!\x08" in data and b"\x1c!\x00" in data  # FS ! on for the total and off after it
    assert [line for line in out.tall_lines if "合计" not in line and "小票" not in line] == []


def test_the_footer_is_the_stores_own_from_config_toml(store_dir: Path) -> None:
    (store_dir / config.CONFIG_FILE).write_text('[receipt]\nfooter = "会员日每周三 Members\' day: Wed"\n', "utf-8")
    with Terminal.open(store_dir) as term:
        from tests.conftest import CASHIER

        term.sign_in(CASHIER.login, CASHIER.pin)
        term.shift.open(50_000)
        term.sale.scan(barcodes(term, 1)[0])
        term.sale.add_cash(10_000_000)
        doc = term.printing.receipt(term.sale.complete().receipt_no)
        for locale in ("zh_CN", "en"):
            out = printed(layout.receipt(doc, 32, locale), 32)
            assert any("会员日每周三" in line for line in out.lines) and "Members' day: Wed" in " ".join(out.lines)
            assert "谢谢惠顾" not in out.text and "Thank you" not in out.text
    (store_dir / config.CONFIG_FILE).write_text('[receipt]\nfooter = ""\n', "utf-8")
    with Terminal.open(store_dir) as term:
        assert term.printing.receipt(doc.receipt_no).footer == []
