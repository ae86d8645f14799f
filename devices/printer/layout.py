"""One layout engine for everything the till prints: receipts (sales, returns, exchanges, copies),
X and Z reports, pickup pick slips and the test page.

A layout is a list of plain operations (a line of text, a QR code, the logo, the cut, the drawer
kick) laid out for 32, 42 or 48 columns, counted as the printer draws them in its Chinese mode (every
character outside ASCII two columns, see :mod:`devices.columns`). No line is ever wider than the
paper and nothing is cut: a long name, note, code or amount wraps (:func:`fitted` is the last step
of every document);
:mod:`devices.printer.render` turns it into ESC/POS bytes. Labels print in the store's language.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from app.clock import local_text
from app.money import format_plain
from app.pick_slip import PickSlipDoc
from app.receipt import ReceiptDoc
from app.shifts import ShiftReport
from devices.columns import center, cols, display_width, printable, wrap


@dataclass(frozen=True)
class Text:
    text: str
    bold: bool = False
    tall: bool = False  # double height (never double width: the columns stay as laid out)
    align: str = "left"


@dataclass(frozen=True)
class Qr:
    payload: str


@dataclass(frozen=True)
class Logo:
    path: str


@dataclass(frozen=True)
class Cut:
    pass


@dataclass(frozen=True)
class Kick:
    pin: int


Op = Text | Qr | Logo | Cut | Kick

_ZH = {
    "SALE": "销售小票",
    "RETURN": "退货小票",
    "EXCHANGE": "换货小票",
    "COPY": "重印副本",
    "Cashier": "收银员",
    "Subtotal": "小计",
    "Discount": "折扣",
    "discount": "折扣",
    "incl. tax": "含税",
    "Tax": "税额",
    "Rounding": "抹零",
    "TOTAL": "合计",
    "Cash": "现金",
    "Card": "银行卡",
    "Change": "找零",
    "Scan for returns": "退货请扫码",
    "X REPORT (shift open)": "X 报表 (班次未结)",
    "Z REPORT": "Z 报表",
    "Opened": "开班",
    "Closed": "结班",
    "by": "",
    "Sales": "销售笔数",
    "Returns": "退货笔数",
    "Returns total": "退货金额",
    "Gross sales": "销售总额",
    "Net total": "净额",
    "Cash rounding": "现金抹零",
    "Float": "备用金",
    "Cash taken": "收取现金",
    "Cash refunded": "退还现金",
    "Cash in": "存入现金",
    "Cash out": "取出现金",
    "Expected cash": "应有现金",
    "Counted cash": "清点现金",
    "Variance": "差额",
    "PICK SLIP": "拣货单",
    "Order": "订单",
    "Customer": "顾客",
    "Ordered": "下单",
    "Note": "备注",
    "picked": "已拣",
    "Scan at the counter": "柜台扫码取货",
    "PRINTER TEST": "打印机测试",
    "Columns": "列宽",
    "Encoding": "编码",
    "Profile": "型号配置",
    "URL": "地址",
    # pickup order states, as the pickup screen names them
    "new": "新订单",
    "picking": "拣货中",
    "ready for pickup": "待取货",
    "collected": "已取货",
    "partly collected": "部分取货",
    "cancelled": "已取消",
    "expired": "已过期",
}
# Whole lines of the till's own: the default footer (config.toml's [receipt] footer replaces it)
_ZH_PHRASES = {"Thank you!": "谢谢惠顾，欢迎再次光临！"}
# Lines that start with a fixed phrase and end with a value (a code, a store)
_ZH_PREFIX = {
    "Cloud shelf order ": "云货架订单 ",
    "to store ": "送至门店 ",
    "to your address": "送货上门",
    "Pickup code ": "取货码 ",
}
_STATES = {"ready": "ready for pickup", "partly_collected": "partly collected"}


class Labels:
    """Receipt words in the store's language (English unless the locale is Chinese)."""

    def __init__(self, locale: str) -> None:
        self.zh = locale.lower().startswith("zh")

    def __call__(self, word: str) -> str:
        if not self.zh:
            return word
        if word in _ZH:
            return _ZH[word]
        head, _, rest = word.partition(" ")  # "TOTAL CNY", "Card REF-42", "Tax 13%"
        return f"{_ZH[head]} {rest}" if head in _ZH and rest else word

    def phrase(self, line: str) -> str:
        """A whole line of the till's own (the default footer "Thank you!", a cloud-shelf order's
        lines) in the store's language; the store's own footer text prints as written."""
        if not self.zh:
            return line
        for en, zh in _ZH_PREFIX.items():
            if line.startswith(en):
                return zh + line[len(en) :]
        return _ZH_PHRASES.get(line, line)


def rule(width: int) -> Text:
    return Text("-" * width)


def receipt(
    doc: ReceiptDoc, width: int, locale: str, *, copy: bool = False, logo: str = "", kick: int | None = None
) -> list[Op]:
    t = Labels(locale)
    ops: list[Op] = []
    if kick is not None:
        ops.append(Kick(kick))  # first, so the drawer opens while the receipt prints
    if logo:
        ops.append(Logo(logo))
    ops += [Text(center(line, width), bold=True) for line in doc.header]
    title = t({"sale": "SALE", "return": "RETURN", "exchange": "EXCHANGE"}.get(doc.kind, doc.kind.upper()))
    ops.append(Text(center(title, width), bold=True))
    if copy:
        ops.append(Text(center(f"*** {t('COPY')} ***", width), bold=True))
    ops.append(Text(cols(doc.receipt_no, local_text(doc.created_at), width)))
    ops.append(Text(f"{t('Cashier')}: {doc.cashier}"))
    ops.append(rule(width))
    for item in doc.items:
        ops += [Text(line) for line in _item_lines(item.description, item.amount, width)]
        if item.qty != 1:
            ops.append(Text(f"  {item.qty} x {item.unit_price}"))
        if item.discount:
            ops.append(Text(cols(f"  {t('discount')}", item.discount, width)))
    ops.append(rule(width))
    for label, value in doc.totals:
        total = label.startswith("TOTAL")
        ops.append(Text(cols(t(label), value, width), bold=total, tall=total))
    ops += [Text(cols(t(label), value, width)) for label, value in doc.tenders]
    if doc.note:
        ops.append(Text(""))
        ops += [Text(line) for line in wrap(f"{t('Note')}: {doc.note}", width)]
    ops.append(Text(""))
    ops += [Text(center(t.phrase(line), width)) for line in doc.footer]
    ops.append(Text(center(t("Scan for returns"), width)))
    ops.append(Qr(doc.qr_payload))
    ops.append(Cut())
    return fitted(ops, width)


def _item_lines(description: str, amount: str, width: int) -> list[str]:
    """A long name wraps onto its own lines; the amount stays on the last one, right-aligned."""
    return cols(description, amount, width).split("\n")


def fitted(ops: list[Op], width: int) -> list[Op]:
    """Every text op as lines no wider than the paper, wrapped between words (never cut), each keeping
    its style: the one place that holds every document to its width."""
    out: list[Op] = []
    for op in ops:
        if not isinstance(op, Text):
            out.append(op)
        elif "\n" not in op.text and display_width(op.text) <= width:
            out.append(replace(op, text=printable(op.text)))  # a control character would be obeyed
        else:
            out += [Text(line, op.bold, op.tall, op.align) for line in wrap(op.text, width)]
    return out


def report(r: ShiftReport, width: int, locale: str) -> list[Op]:
    t = Labels(locale)

    def fmt(minor: int) -> str:
        return format_plain(minor, r.currency, locale)

    title = f"{t('Z REPORT')} #{r.z_number}" if r.kind == "Z" else t("X REPORT (shift open)")
    ops: list[Op] = [
        Text(center(title, width), bold=True, tall=True),
        Text(cols(f"{r.store}-{r.terminal}", r.currency, width)),
        Text(f"{t('Opened')} {local_text(r.opened_at)} {r.opened_by}"),
    ]
    if r.closed_at:
        ops.append(Text(f"{t('Closed')} {local_text(r.closed_at)}"))
    rows = [
        None,
        (t("Sales"), str(r.sales_count)),
        (t("Returns"), str(r.returns_count)),
        (t("Gross sales"), fmt(r.gross_sales)),
        (t("Discount"), fmt(-r.discounts)),
        (t("Returns total"), fmt(r.returns_total)),
    ]
    # the rows above Net total add up to it (app.shifts): the tax only where the till added it
    added = r.tax_mode == "exclusive"
    label = t("Tax") if added else t("incl. tax")
    taxes = sorted(r.tax_by_rate.items(), key=lambda kv: int(kv[0]))
    tax_rows = [(f"{label} {int(rate) / 10_000:g}%", fmt(tax)) for rate, tax in taxes]
    rows += [*(tax_rows if added else []), (t("Net total"), fmt(r.net_total)), *([] if added else tax_rows)]
    if r.rounding:
        rows.append((t("Cash rounding"), fmt(r.rounding)))
    rows.append(None)
    rows += [(t(method.capitalize()), fmt(amount)) for method, amount in sorted(r.payments.items())]
    rows.append(None)
    rows += [
        (t("Float"), fmt(r.float_amount)),
        (t("Cash taken"), fmt(r.cash_taken)),
        (t("Cash refunded"), fmt(-r.cash_refunded)),
        (t("Cash in"), fmt(r.cash_in)),
        (t("Cash out"), fmt(-r.cash_out)),
        (t("Expected cash"), fmt(r.expected_cash)),
    ]
    if r.counted_cash is not None and r.variance is not None:
        rows += [(t("Counted cash"), fmt(r.counted_cash)), (t("Variance"), fmt(r.variance))]
    ops += [rule(width) if row is None else Text(cols(*row, width)) for row in rows]
    ops.append(Cut())
    return fitted(ops, width)


def pick_slip(doc: PickSlipDoc, width: int, locale: str) -> list[Op]:
    t = Labels(locale)
    ops: list[Op] = [
        Text(center(t("PICK SLIP"), width), bold=True, tall=True),
        Text(center(f"{doc.store} {doc.store_name}", width)),
        Text(cols(f"{t('Order')} {doc.order_code}", t(_STATES.get(doc.state, doc.state)), width), bold=True),
        Text(f"{t('Customer')}: {doc.customer_name}"),
        Text(f"{t('Ordered')}: {local_text(doc.created_at)}"),
        rule(width),
    ]
    for line in doc.lines:
        ops += [Text(text) for text in _item_lines(line.description, f"{line.picked}/{line.qty}", width)]
        ops.append(Text(f"  {line.sku}  {line.barcode}".rstrip()))
    ops.append(rule(width))
    if doc.note:
        ops += [Text(line) for line in wrap(f"{t('Note')}: {doc.note}", width)]
    ops.append(Text(center(t("Scan at the counter"), width)))
    ops.append(Qr(doc.qr_payload))
    ops.append(Cut())
    return fitted(ops, width)


def test_page(info: dict, width: int, locale: str) -> list[Op]:
    t = Labels(locale)
    ops: list[Op] = [Text(center(t("PRINTER TEST"), width), bold=True, tall=True)]
    ops += [Text(cols(t(str(k)), str(v), width)) for k, v in info.items() if k != "title"]
    ops += [
        Text(cols(t("Columns"), str(width), width)),
        Text("".join(str(i % 10) for i in range(1, width + 1))),
        Text("CloudShelf POS 云货架 收银测试"),
        Qr(str(info.get("title", "test"))),
        Cut(),
    ]
    return fitted(ops, width)


def as_text(ops: list[Op], width: int) -> str:
    """The same layout as plain text: the receipt preview on screen and the console's copy match
    what the printer prints line for line (the QR code shows as its payload)."""
    out = []
    for op in ops:
        if isinstance(op, Text):
            out.append(op.text)
        elif isinstance(op, Qr):
            out.append(center(f"[QR {op.payload}]", width))
    return "\n".join(out) + "\n"
