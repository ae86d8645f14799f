"""Text no column can hold, found before it reaches the database.

PostgreSQL refuses a NUL character in any text, and no database driver can encode a lone UTF-16
surrogate (JSON's ``"\\ud800"`` decodes to one): either would fail the statement, and with it the
whole request or batch, as a 5xx. The platform looks for them at its edge instead: a request is
answered 400, an event is refused on its own (``central.ingest``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from pydantic import BaseModel, model_validator

from central.errors import ServiceError

NUL_MESSAGE = "The request holds a NUL character."
BROKEN_MESSAGE = "The request holds a broken character (a lone UTF-16 surrogate)."


def bad_text(value: Any) -> str | None:
    """Why ``value`` (a JSON value: keys, strings, lists, objects) cannot be stored, or None."""
    found = find_bad_text(value)
    return found[0] if found else None


def storable_id(value: object) -> bool:
    """An id a lookup may use: text an id column (36 characters) can hold; anything else names no record,
    and looking it up would fail the statement (a NUL) or the batch."""
    return isinstance(value, str) and len(value) <= 36 and not bad_text(value)


def find_bad_text(value: Any, key: str = "", depth: int = 0) -> tuple[str, str] | None:
    """(why, the name of the field that holds it) for the first text no column can store, or None."""
    if isinstance(value, str):
        if "\x00" in value:
            return NUL_MESSAGE, key
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return BROKEN_MESSAGE, key
        return None
    if depth > 64:  # json.loads already bounds nesting; this only keeps the walk from recursing forever
        return None
    if isinstance(value, dict):
        for name, item in value.items():
            found = find_bad_text(name, shown(name), depth + 1) or find_bad_text(item, shown(name), depth + 1)
            if found:
                return found
    elif isinstance(value, list):
        for item in value:
            found = find_bad_text(item, key, depth + 1)
            if found:
                return found
    return None


def storable_json(value: Any) -> str:
    """Canonical JSON (sorted keys, no spaces) that every database and UTF-8 can hold: non-ASCII is
    kept as it is unless the value holds a lone surrogate, then everything is escaped."""
    text = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return text


def shown(value: Any, limit: int = 40) -> str:
    """A value quoted for a message or a column: ASCII only, NUL escaped, at most ``limit`` chars."""
    return json.dumps(value if isinstance(value, str) else str(value), ensure_ascii=True)[1:-1][:limit]


class BadText(ValueError):
    """Text no column can hold, found in a request body (answered 400 ``bad_text``, as in a URL)."""


class Input(BaseModel):
    """A request body that holds no text a column cannot store (a 400 naming it, never a 500)."""

    @model_validator(mode="before")
    @classmethod
    def _storable(cls, data: Any) -> Any:
        found = bad_text(data)
        if found:
            raise BadText(found)
        return data


def check_params(pairs: Iterable[tuple[str, str]]) -> None:
    """Path and query parameters: the same refusal, as a 400."""
    for key, value in pairs:
        found = bad_text(key) or bad_text(value)
        if found:
            raise ServiceError(400, "bad_text", found, "Fix the request.")
