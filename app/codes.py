"""Normalises item codes so a scan, a typed code and an imported code meet in one form
(the rules are in :func:`core.formats.normalise_code`, shared with the platform)."""

from __future__ import annotations

from app.errors import UserError
from core import formats


def normalise(code: str) -> str:
    """The stored form of a code, or :class:`UserError` saying why it cannot be one."""
    try:
        return formats.normalise_code(code)
    except formats.FormatError as exc:
        raise UserError(exc.message, exc.hint) from None


def display(code: str) -> str:
    """A stored code as printed under the bars: GTIN-14 with a leading zero shows as EAN-13."""
    return code[1:] if len(code) == 14 and code.isdigit() and code.startswith("0") else code
