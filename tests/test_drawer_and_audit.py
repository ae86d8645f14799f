"""Opening the drawer without a sale needs a reason and leaves an audit row."""

from __future__ import annotations

import json

import pytest

from app.errors import NotAllowed, UserError
from app.terminal import Terminal


def audit_rows(term: Terminal, action: str) -> list[dict]:
    with term.db.read() as s:
        rows = (
            s.connection()
            .exec_driver_sql("SELECT user_id, subject, detail FROM audit_log WHERE action = ? ORDER BY at", (action,))
            .all()
        )
    return [{"user_id": r[0], "subject": r[1], "detail": json.loads(r[2])} for r in rows]


def test_no_sale_drawer_open_is_audited_with_its_reason(till: Terminal) -> None:
    till.shift.open_drawer("change for a 100 note")
    rows = audit_rows(till, "drawer_open")
    assert len(rows) == 1
    assert rows[0]["user_id"] == till.user.id
    assert rows[0]["detail"] == {"reason": "change for a 100 note"}
    assert rows[0]["subject"] == till.shift.current_id()


def test_drawer_open_without_reason_or_shift_or_user_is_refused(term: Terminal) -> None:
    with pytest.raises(NotAllowed, match="Nobody is signed in"):
        term.shift.open_drawer("x")
    term.sign_in("ann", "1357")
    with pytest.raises(UserError, match="No shift is open"):
        term.shift.open_drawer("float check")
    term.shift.open(10_000)
    with pytest.raises(UserError, match="Say why") as info:
        term.shift.open_drawer("   ")
    assert "reason" in info.value.hint
    assert audit_rows(term, "drawer_open") == []
