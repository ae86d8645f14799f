"""Which of the store's printed texts the printer's encoding cannot hold.

A receipt printer prints in one encoding (``[printer] encoding``); a character the encoding lacks
(€ or an emoji in GBK) would print as '?'. Rather than let that happen unseen, the till checks the
texts that go on paper (the store's name, the receipt header and footer, staff names, the catalogue's
names, sizes and colours, the pickup orders' names and notes) when the printer is saved and when it
is tested, and says which would be lost. GB18030, the default, holds every character.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

from app.errors import shown

SHOWN = 3  # texts quoted in the warning; the count says how many more


@dataclass(frozen=True)
class LostText:
    text: str  # a text as the store wrote it
    missing: str  # its characters the encoding lacks, each once, in order


_SOURCES = (
    "SELECT DISTINCT name FROM locations",
    "SELECT DISTINCT name FROM users",
    "SELECT DISTINCT name FROM styles",
    "SELECT DISTINCT colour FROM variants",
    "SELECT DISTINCT size FROM variants",
    "SELECT DISTINCT customer_name FROM pickup_orders",
    "SELECT DISTINCT note FROM pickup_orders",
)


def lost(texts: Iterable[str], encoding: str) -> list[LostText]:
    """The texts holding characters ``encoding`` cannot encode (each text once, in order)."""
    codec = codecs.lookup(encoding)
    out, seen = [], set()
    for t in texts:
        if not t or t.isascii() or t in seen:
            continue
        seen.add(t)
        missing = "".join(dict.fromkeys(ch for ch in t if not _encodes(codec, ch)))
        if missing:
            out.append(LostText(t, missing))
    return out


def _encodes(codec: codecs.CodecInfo, ch: str) -> bool:
    try:
        codec.encode(ch)
    except UnicodeError:
        return False
    return True


def store_texts(session: Session, extra: Iterable[str] = ()) -> list[str]:
    """Every text of this store's that a receipt, report or pick slip may print."""
    found = list(extra)
    for sql in _SOURCES:
        found += [row[0] for row in session.execute(text(sql))]
    return found


def warning(losses: list[LostText], encoding: str) -> str:
    """What the printer's test and its settings say when text would be lost ('' when none would)."""
    if not losses:
        return ""
    chars = "".join(dict.fromkeys(ch for loss in losses for ch in loss.missing))
    quoted = "; ".join(f"“{loss.text[:40]}” ({loss.missing})" for loss in losses[:SHOWN])
    if len(losses) > SHOWN:
        quoted += "; …"
    return shown(
        f"The printer's encoding {encoding} has no {chars}: {len(losses)} text(s) would print '?' in their place: "
        f"{quoted}. Set the encoding to gb18030, which has every character."
    )
