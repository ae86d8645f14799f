"""A small ESC/POS decoder for the tests: what a printer would do with a byte stream.

It knows the commands the till sends (and their lengths) and refuses anything else, so a stray or
malformed command fails the test instead of printing garbage on a real printer.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Printout:
    lines: list[str] = field(default_factory=list)
    bold_lines: list[str] = field(default_factory=list)
    tall_lines: list[str] = field(default_factory=list)  # every character drawn double height
    qr: list[str] = field(default_factory=list)  # payloads printed (GS ( k fn 81 after fn 80)
    cuts: int = 0
    pulses: list[tuple[int, int, int]] = field(default_factory=list)  # (pin, on ms/2, off ms/2)
    images: int = 0
    inits: int = 0
    status_queries: int = 0
    events: list[str] = field(default_factory=list)  # what happened, in order: text, qr, cut, pulse, image

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


class DecodeError(AssertionError):
    pass


# commands with a fixed number of parameter bytes after the command bytes
_FIXED = {
    b"\x1b!": 1,  # ESC ! print mode
    b"\x1bE": 1,  # ESC E bold
    b"\x1b-": 1,  # ESC - underline
    b"\x1bM": 1,  # ESC M font
    b"\x1ba": 1,  # ESC a align
    b"\x1b{": 1,  # ESC { upside down
    b"\x1bt": 1,  # ESC t code page
    b"\x1bd": 1,  # ESC d feed lines
    b"\x1d!": 1,  # GS ! size
    b"\x1c!": 1,  # FS ! print mode of Chinese (double-byte) characters
    b"\x1dB": 1,  # GS B reverse
    b"\x1db": 1,  # GS b smoothing
    b"\x1b2": 0,  # ESC 2 line spacing
    b"\x1b3": 1,  # ESC 3 n line spacing
}


def decode(data: bytes, encoding: str = "gb18030") -> Printout:
    out = Printout()
    i, n = 0, len(data)
    line = bytearray()
    chinese = False
    bold = tall = kanji_tall = False
    short = [False]  # a character of this line is drawn at normal height
    qr_data: str | None = None

    def end_line() -> None:
        text = bytes(line).decode(encoding if chinese_seen[0] else "ascii")
        out.lines.append(text)
        out.events.append("text")
        if bold:
            out.bold_lines.append(text)
        if text.strip() and not short[0]:
            out.tall_lines.append(text)
        line.clear()
        short[0] = False
        chinese_seen[0] = False

    chinese_seen = [False]
    while i < n:
        b = data[i]
        two = data[i : i + 2]
        if b == 0x0A:
            end_line()
            i += 1
        elif two == b"\x1b@":
            out.inits += 1
            i += 2
        elif two in _FIXED:
            k = _FIXED[two]
            arg = data[i + 2] if k else 0
            if two == b"\x1bE":
                bold = bool(arg)
            elif two == b"\x1b!":
                tall = bool(arg & 0x10)
            elif two == b"\x1d!":
                tall = bool(arg & 0x0F)
            elif two == b"\x1c!":
                kanji_tall = bool(arg & 0x08)
            elif two == b"\x1bd":
                out.lines.extend([""] * arg)
            i += 2 + k
        elif two == b"\x1bp":
            out.pulses.append((data[i + 2], data[i + 3], data[i + 4]))
            out.events.append("pulse")
            i += 5
        elif two == b"\x1dV":
            mode = data[i + 2]
            i += 4 if mode in (65, 66) else 3
            out.cuts += 1
            out.events.append("cut")
        elif two == b"\x1c&":
            chinese = True
            chinese_seen[0] = True
            i += 2
        elif two == b"\x1c.":
            chinese = False
            i += 2
        elif data[i : i + 3] == b"\x1d(k":
            size = data[i + 3] | data[i + 4] << 8
            body = data[i + 5 : i + 5 + size]
            if body[:2] == b"1P":
                qr_data = body[3:].decode("utf-8")
            elif body[:2] == b"1Q":
                if qr_data is None:
                    raise DecodeError("QR printed with no data stored")
                out.qr.append(qr_data)
                out.events.append("qr")
            i += 5 + size
        elif data[i : i + 3] == b"\x1dv0":
            width_bytes = data[i + 4] | data[i + 5] << 8
            height = data[i + 6] | data[i + 7] << 8
            i += 8 + width_bytes * height
            out.images += 1
            out.events.append("image")
        elif data[i : i + 2] == b"\x10\x04":
            out.status_queries += 1
            i += 3
        elif b < 0x20 and b not in (0x0D,):
            raise DecodeError(f"unknown control byte 0x{b:02x} at {i}: {data[i : i + 8]!r}")
        else:
            if b >= 0x80 and not chinese:
                raise DecodeError(f"non-ASCII byte outside Chinese mode at {i}: {data[i : i + 8]!r}")
            trail = data[i + 1] if i + 1 < n else 0
            size = 1 if b < 0x80 else 4 if 0x30 <= trail <= 0x39 else 2  # GB18030 character length
            if b != 0x20 and not (kanji_tall if size > 1 else tall):
                short[0] = True
            line += data[i : i + size]
            i += size
    if line:
        end_line()
    return out
