"""Text in fixed columns for receipt printers and pole displays: CJK characters take two columns."""

from __future__ import annotations

import unicodedata


def char_width(ch: str) -> int:
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def display_width(text: str) -> int:
    return sum(char_width(ch) for ch in text)


def clip(text: str, width: int) -> str:
    out, used = [], 0
    for ch in text:
        w = char_width(ch)
        if used + w > width:
            break
        out.append(ch)
        used += w
    return "".join(out)


def cols(left: str, right: str, width: int) -> str:
    """``left`` and ``right`` on one line of ``width`` columns, the left clipped to fit."""
    left = clip(left, width - display_width(right) - 1)
    return left + " " * (width - display_width(left) - display_width(right)) + right


def center(text: str, width: int) -> str:
    text = clip(text, width)
    pad = (width - display_width(text)) // 2
    return " " * pad + text


def wrap(text: str, width: int) -> list[str]:
    """Lines of at most ``width`` columns, broken anywhere (receipt text has no hyphenation)."""
    lines = []
    while text:
        line = clip(text, width) or text[0]
        lines.append(line)
        text = text[len(line) :]
    return lines
