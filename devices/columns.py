"""Text in fixed columns for receipt printers and pole displays, counted as the device draws it.

A receipt printer in its Chinese mode draws every character outside ASCII from its double-byte font,
two columns wide: CJK, but also é, ¥, ·, × and —. That is the default count here (``chinese=True``),
and the safe one: a printer out of Chinese mode draws those one column wide, so a line counted this
way never runs past the paper. A pole display in a single-byte code page draws them one column wide
(``chinese=False``); there only East Asian wide characters count two.

Receipt lines are never cut: :func:`wrap` breaks between words (or between CJK characters), and
breaks inside a word only when the word alone is wider than the paper, so a barcode, SKU or amount
prints whole wherever it fits.
"""

from __future__ import annotations

import unicodedata


def char_width(ch: str, *, chinese: bool = True) -> int:
    """Columns ``ch`` takes: two for anything outside ASCII in Chinese mode, else for wide CJK."""
    if ch.isascii():
        return 1
    if chinese:
        return 2
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def display_width(text: str, *, chinese: bool = True) -> int:
    return sum(char_width(ch, chinese=chinese) for ch in text)


def clip(text: str, width: int, *, chinese: bool = True) -> str:
    """The start of ``text`` that fits ``width`` columns (for a pole display's one line; a receipt
    wraps instead)."""
    out, used = [], 0
    for ch in text:
        w = char_width(ch, chinese=chinese)
        if used + w > width:
            break
        out.append(ch)
        used += w
    return "".join(out)


def printable(text: str) -> str:
    """``text`` with control characters (a pasted tab, an ESC) as spaces: a printer would obey them."""
    return "".join(ch if ch.isprintable() else " " for ch in text)


def _words(text: str) -> list[str]:
    """Runs of spaces, words (runs of narrow characters) and single wide characters, in order: a line
    may break at a space or beside a wide character, the way Chinese is set."""
    out: list[str] = []
    for ch in text:
        prev = out[-1][-1] if out else ""
        joins = prev and (
            (ch.isspace() and prev.isspace()) or not (ch.isspace() or prev.isspace() or _wide(ch) or _wide(prev))
        )
        if joins:
            out[-1] += ch
        else:
            out.append(ch)
    return out


def _wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in "WF"


def wrap(text: str, width: int) -> list[str]:
    """Lines of at most ``width`` columns, broken between words; a newline starts a new line. A word
    wider than the paper is the only thing broken inside."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines += _wrap_paragraph(printable(paragraph).rstrip(), width)
    return lines


def _wrap_paragraph(text: str, width: int) -> list[str]:
    lines: list[str] = []
    line = ""
    for word in _words(text):
        if word.isspace():
            if not lines and not line:  # an indent
                line = clip(word, width - 1)
            elif line.strip() and display_width(line + word) < width:
                line += word
            elif line:
                lines.append(line.rstrip())
                line = ""
            continue
        if display_width(line + word) <= width:
            line += word
            continue
        if line.strip():
            lines.append(line.rstrip())
        line = ""
        while display_width(word) > width:  # longer than the paper: the only cut inside a word
            head = clip(word, width) or word[0]
            lines.append(head)
            word = word[len(head) :]
        line = word
    if line.strip() or not lines:
        lines.append(line.rstrip())
    return lines


def cols(left: str, right: str, width: int) -> str:
    """``left`` and ``right`` on a line of ``width`` columns, ``right`` flush right. When they do not
    fit together, ``left`` wraps and ``right`` ends the last line or takes one of its own: the
    result then holds several lines, joined by newlines. Nothing is cut."""
    lines = wrap(left, width) or [""]
    if not right:
        return "\n".join(lines)
    room = width - display_width(right)
    if room < 0:
        return "\n".join([line for line in lines if line] + wrap(right, width))
    last = lines[-1]
    if not last.strip():
        lines[-1] = " " * room + right
    elif display_width(last) + 1 <= room:
        lines[-1] = last + " " * (room - display_width(last)) + right
    else:
        lines.append(" " * room + right)
    return "\n".join(lines)


def center(text: str, width: int) -> str:
    """``text`` centred, wrapped onto more lines (joined by newlines) when it is wider than the paper."""
    return "\n".join(" " * ((width - display_width(line)) // 2) + line for line in wrap(text, width))
