"""Which area of the platform takes a till's event of its own (pickup orders, the cloud shelf).

Ingest looks an event's area up here, so ingest never imports the areas and the areas never import
ingest: an area registers its event types when it is imported (``central.api`` imports them all).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

Apply = Callable[[Session, Any, str, str, dict], dict]


@dataclass(frozen=True)
class Area:
    """``apply(session, caller, event type, event id, data)`` writes the event and returns what its
    answer adds; it raises ``invalid`` for a body the area cannot take (the event alone is refused)."""

    name: str
    apply: Apply
    invalid: type[Exception]


_AREAS: dict[str, Area] = {}


def register(area: Area, event_types: Iterable[str]) -> None:
    """Called once by each area module as it is imported; a type taken by two areas is a mistake."""
    for kind in event_types:
        other = _AREAS.setdefault(kind, area)
        if other.name != area.name:
            raise RuntimeError(f"{kind} is taken by both {other.name} and {area.name}")


def area_of(event_type: str) -> Area | None:
    """The area that takes this event type, or None for the types ingest takes itself."""
    return _AREAS.get(event_type)
