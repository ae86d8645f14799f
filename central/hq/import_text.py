"""The catalogue CSV's problems (core.catalog_csv, core.formats: English, shared with the tills'
command line) in the console's language. Each known sentence is a pattern; anything unknown is
shown as written, so no problem is ever hidden."""

from __future__ import annotations

import re

_LINE = re.compile(r"^line (\d+): (.*)$", re.S)
_AMOUNT = r"(price(?::\S+)?|cost)"
ZH_PROBLEMS: list[tuple[re.Pattern, str]] = [
    (re.compile(p), zh)
    for p, zh in (
        (r"^(\w+) is empty$", "{0} 为空"),
        (r"^(\w+) is longer than (\d+) characters$", "{0} 超过 {1} 个字符"),
        (r"^tax_class '([^']*)' is not one of ([^;]*)$", "tax_class“{0}”不是 {1} 之一"),
        (_AMOUNT + r": '(.*)' has more than (\d+) decimal places for (\w+)\.$",
         "{0}:“{1}”的小数位数超过 {3} 允许的 {2} 位"),
        (_AMOUNT + r": '(.*)' is not an amount\.$", "{0}:“{1}”不是金额"),
        (_AMOUNT + r": '(.*)' is too large an amount\.$", "{0}:“{1}”金额过大"),
        (r"^(\S+) is negative$", "{0} 为负数"),
        (r"^barcode '(.*)' has (\d+) digits; a barcode has 8, 12, 13 or 14\.$",
         "条码“{0}”有 {1} 位数字;条码应为 8、12、13 或 14 位"),
        (r"^barcode '(.*)' has a wrong check digit\.$", "条码“{0}”的校验位错误"),
        (r"^barcode '(.*)' is not a barcode or item code\.$", "条码“{0}”不是条码或商品编码"),
        (r"^sku (\S+) is already on line (\d+)$", "sku {0} 已在第 {1} 行出现"),
        (r"^barcode (\S+) is already on line (\d+)$", "条码 {0} 已在第 {1} 行出现"),
        (r"^barcode (\S+) already belongs to sku (\S+)$", "条码 {0} 已属于 sku {1}"),
        (r"^more fields than columns; quote values that contain commas$", "字段多于列数;含逗号的值请加引号"),
        (r"^missing column\(s\) ([^;]*); the header needs ([^;]*)$", "缺少列 {0};表头需要 {1}"),
        (r"^cannot read the header \((.*)\); save the file as UTF-8 CSV$",
         "无法读取表头({0});请将文件另存为 UTF-8 CSV"),
        (r"^unreadable \((.*)\); save the file as UTF-8 CSV$", "无法读取({0});请将文件另存为 UTF-8 CSV"),
        (r"^the file has no rows under its header$", "文件表头下没有数据行"),
    )
]  # fmt: skip


def _sentence(text: str) -> str | None:
    for pattern, zh in ZH_PROBLEMS:
        if found := pattern.match(text):
            return zh.format(*found.groups())
    return None


def _parts(text: str) -> str:
    """A row's problems are joined by '; ' (some sentences hold one themselves): the longest known run first."""
    parts, said, i = text.split("; "), [], 0
    while i < len(parts):
        for j in range(len(parts), i, -1):
            if (zh := _sentence("; ".join(parts[i:j]))) is not None:
                said.append(zh)
                i = j
                break
        else:
            said.append(parts[i])
            i += 1
    return ";".join(said)


def problem_text(lang: str, problem: str) -> str:
    """One problem of the preview in ``lang`` ("line 4: ..." becomes "第 4 行:..." in Chinese)."""
    if lang != "zh_CN":
        return problem
    if found := _LINE.match(problem):
        return f"第 {found.group(1)} 行:{_parts(found.group(2))}"
    return _parts(problem)
