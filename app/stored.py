"""Reading back JSON the till stored itself (drafts, outbox bodies, print jobs, the platform's
answers and feed payloads it kept): a value damaged on disk, cut short or not UTF-8 is a problem to
report, never an exception that stops the till, the sync or the printer."""

from __future__ import annotations

import json
from typing import Any


def loads(raw: bytes | str | None) -> tuple[Any, str]:
    """(value, "") or (None, why it cannot be read)."""
    if raw is None:
        return None, "it is empty"
    try:
        body = raw.decode("utf-8") if isinstance(raw, bytes | bytearray | memoryview) else str(raw)
    except UnicodeDecodeError as exc:
        return None, f"not UTF-8 text (byte {exc.start} of {len(raw)})"
    try:
        return json.loads(body), ""
    except json.JSONDecodeError as exc:
        return None, f"not complete JSON ({exc.msg} at character {exc.pos} of {len(body)})"
    except RecursionError:
        return None, "nested too deeply to read"


def loads_dict(raw: bytes | str | None) -> dict:
    """A stored JSON object, or ``{}`` when it cannot be read (a kept figure or detail, not history)."""
    value, _problem = loads(raw)
    return value if isinstance(value, dict) else {}
