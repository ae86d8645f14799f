"""Where head-office changes made by the staff and stock areas are audited.

Head office's audit log is ``central.audit`` (issue 17, part A), merged separately: until it is there,
this one function is where its ``record`` call goes, so the areas need no change when it arrives.
It writes in the caller's transaction, with the change."""

from __future__ import annotations

import importlib

from sqlalchemy.orm import Session


def audited(
    session: Session, *, actor: str, action: str, entity: str, entity_id: str, before: dict | None, after: dict | None
) -> None:
    """Record a change in head office's audit log (who, what, before, after), if the platform has one."""
    try:
        audit = importlib.import_module("central.audit")
    except ModuleNotFoundError:
        return
    audit.record(session, actor=actor, action=action, entity=entity, entity_id=entity_id, before=before, after=after)
