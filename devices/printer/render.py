"""Layouts to ESC/POS bytes, built on python-escpos's ``Dummy`` printer with the configured profile.

Text is encoded here, not by python-escpos's code-page guessing: a line with Chinese in it is sent
between FS & and FS . (the printer's Chinese mode) in the configured encoding (GB18030 by default);
other lines go out as ASCII. The QR code is the printer's own (GS ( k), so it stays sharp and small.

A tall line (the total) is sized for both fonts: ESC ! and GS ! size the single-byte characters, and
in Chinese mode FS ! sizes the double-byte ones, which Epson-style printers draw by FS ! alone.
"""

from __future__ import annotations

from functools import lru_cache

from escpos.printer import Dummy

from app.device_config import PrinterConfig
from devices.printer.layout import Cut, Kick, Logo, Op, Qr, Text

CHINESE_ON = b"\x1c&"  # FS &
CHINESE_OFF = b"\x1c."  # FS .
CHINESE_SIZE = b"\x1c!"  # FS ! n: print mode of Chinese characters (bit 3: double height)
SIZE = b"\x1d!"  # GS ! n: character size (low bits: height - 1)
_CJK_ENCODINGS = ("gb18030", "gbk", "gb2312", "big5", "big5hkscs", "hz")


def chinese_mode(cfg: PrinterConfig) -> bool:
    """Whether non-ASCII lines go out in the printer's Chinese mode."""
    return cfg.chinese and cfg.encoding in _CJK_ENCODINGS


def encode_line(text: str, cfg: PrinterConfig) -> bytes:
    if text.isascii():
        return text.encode("ascii") + b"\n"
    body = text.encode(cfg.encoding, errors="replace")
    if chinese_mode(cfg):
        return CHINESE_ON + body + CHINESE_OFF + b"\n"
    return body + b"\n"


@lru_cache(maxsize=4)
def logo_bytes(path: str, profile: str) -> bytes:
    """The logo as raster bytes, converted once (image processing is the slow part of a receipt)."""
    p = Dummy(profile=profile)
    p.image(path, impl="bitImageRaster")
    return p.output


def render(ops: list[Op], cfg: PrinterConfig) -> bytes:
    p = Dummy(profile=cfg.profile)
    p.hw("INIT")
    style = None
    for op in ops:
        if isinstance(op, Text):
            wanted = (op.align, op.bold, op.tall)
            if wanted != style:
                p.set(align=op.align, bold=op.bold, double_height=op.tall, normal_textsize=not op.tall)
                p._raw(SIZE + (b"\x01" if op.tall else b"\x00"))
                if chinese_mode(cfg):
                    p._raw(CHINESE_SIZE + (b"\x08" if op.tall else b"\x00"))
                style = wanted
            p._raw(encode_line(op.text, cfg))
        elif isinstance(op, Qr):
            p.set(align="center")
            style = None
            p.qr(op.payload, native=True, size=6)
            p._raw(b"\n")
        elif isinstance(op, Logo):
            p.set(align="center")
            style = None
            p._raw(logo_bytes(op.path, cfg.profile))
        elif isinstance(op, Cut):
            if cfg.cut:
                p.cut()
            else:
                p.ln(4)
        elif isinstance(op, Kick):
            p.cashdraw(op.pin)
    return p.output
