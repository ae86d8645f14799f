"""The demo's pickup codes, so the normal handover can be tried in the demo.

A pickup code goes to the customer only (docs/pickup.md): the orders feed never carries it and a real
till never shows it. The demo has no customer to ask, so when it makes its orders it keeps their codes
in a file beside the demo store; ``cloudshelf demo`` prints them and the pickup screen shows them on
the demo's orders. Only the demo writes this file.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

CODES_FILE = "demo-pickup-codes.json"
_ORDER = re.compile(r"^order\s+(\S+)\s*$", re.MULTILINE)
_PICKUP = re.compile(r"^pickup\s+(\d+)\s*$", re.MULTILINE)


def parse_created(output: str) -> tuple[str, str] | None:
    """(order code, pickup code) from what ``cloudshelf central order create`` prints."""
    order, code = _ORDER.search(output), _PICKUP.search(output)
    return (order.group(1), code.group(1)) if order and code else None


def save(directory: Path, codes: dict[str, str]) -> None:
    (directory / CODES_FILE).write_text(json.dumps(codes, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def load(directory: Path) -> dict[str, str]:
    """Order code -> pickup code of the demo's orders; empty for any real store (no file) or an
    unreadable file (it only helps a demo; nothing depends on it)."""
    try:
        raw = json.loads((directory / CODES_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(raw, dict):
        return {}
    return {str(k): str(v) for k, v in raw.items() if isinstance(v, str)}


def lines(codes: dict[str, str]) -> list[str]:
    """The codes as the demo prints them."""
    return [f"  {order}  pickup code {code}  (QR: {order}/{code})" for order, code in sorted(codes.items())]
