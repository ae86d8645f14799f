"""Cash in the drawer: the notes and coins of a currency, and the amounts a customer is likely to
hand over (the tender dialog's quick buttons)."""

from __future__ import annotations

# Face values in minor units, largest first.
DENOMINATIONS: dict[str, tuple[int, ...]] = {
    "CNY": (10000, 5000, 2000, 1000, 500, 100, 50, 10, 5, 2, 1),  # fen coins are still legal tender
    "USD": (10000, 5000, 2000, 1000, 500, 100, 25, 10, 5, 1),
    "EUR": (50000, 20000, 10000, 5000, 2000, 1000, 500, 200, 100, 50, 20, 10, 5, 2, 1),
    "HKD": (100000, 50000, 10000, 5000, 2000, 1000, 500, 200, 100, 50, 20, 10),
    "JPY": (10000, 5000, 1000, 500, 100, 50, 10, 5, 1),
}
NOTE_THRESHOLD = {"JPY": 1000}


def denominations(currency: str) -> tuple[int, ...]:
    return DENOMINATIONS.get(currency, (10000, 5000, 2000, 1000, 500, 100, 50, 10, 5, 1))


def count_total(counts: dict[int, int]) -> int:
    """The drawer's total from the count of each face value."""
    if any(n < 0 for n in counts.values()):
        from app.errors import UserError

        raise UserError("A count cannot be negative.", "Type how many of each note and coin are in the drawer.")
    return sum(face * n for face, n in counts.items())


def suggested_tenders(due: int, currency: str, limit: int = 4) -> list[int]:
    """The exact amount, then the next round amounts made of single notes (e.g. 87.30 -> 87.30, 90, 100)."""
    if due <= 0:
        return []
    faces = [f for f in denominations(currency) if f >= NOTE_THRESHOLD.get(currency, 100)]
    out = [due]
    for face in sorted(faces):
        rounded = -(-due // face) * face
        if rounded not in out:
            out.append(rounded)
        if len(out) >= limit:
            break
    return sorted(out)[:limit]
