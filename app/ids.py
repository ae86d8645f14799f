"""Ids made on the terminal (DESIGN.md, Identity): UUIDv7, sortable by creation time."""

from __future__ import annotations

import uuid6


def new_id() -> str:
    return str(uuid6.uuid7())
