"""The order sizes are shown in: the till's size rows and the platform's availability answer agree."""

from __future__ import annotations

_SIZES = ["XXXS", "XXS", "XS", "S", "M", "L", "XL", "XXL", "XXXL", "4XL", "5XL"]


def size_key(size: str) -> tuple:
    """Sizes in the order a person reads them: letter sizes small to large, then numbers, then the rest."""
    text = size.strip().upper()
    if text in _SIZES:
        return (0, _SIZES.index(text), "")
    try:
        return (1, float(text), "")
    except ValueError:
        return (2, 0, text)
