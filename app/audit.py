"""The audit log: approvals, voids, price overrides, drawer opens, refunds, lockouts."""

from __future__ import annotations

import json

from sqlalchemy import insert
from sqlalchemy.orm import Session

from app.clock import now_iso
from app.db.models import AuditEntry
from app.ids import new_id


def record(
    session: Session,
    action: str,
    *,
    user_id: str | None,
    approved_by: str | None = None,
    subject: str = "",
    detail: dict | None = None,
    at: str | None = None,
) -> None:
    session.execute(
        insert(AuditEntry),
        [
            {
                "id": new_id(),
                "at": at or now_iso(),
                "action": action,
                "user_id": user_id,
                "approved_by": approved_by,
                "subject": subject,
                "detail": json.dumps(detail or {}, sort_keys=True, ensure_ascii=False),
            }
        ],
    )
