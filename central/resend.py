"""What a terminal's answers tell it about its own events, and set-aside events sent again.

Every answer the platform gives carries its marker (``sync.protocol.PLATFORM_HEADER``), so a till
tells the platform's refusals from a proxy's. A terminal's answers also carry the last event the
platform holds in its sequence (after a restore from a backup that is less than the till had
acknowledged, and the till sends the rest at once) and the set-aside events a person asked it to
send again (``central events resend``). A set-aside event that comes back takes the place of its
stand-in, at its own sequence number: its sale, payments and stock then count, exactly once.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from central.clock import now_iso
from central.inputs import storable_id
from central.models import Event, Flag, Terminal
from sync.protocol import (
    LAST_SEQ_HEADER,
    MAX_RESEND_ASKED,
    PLATFORM_HEADER,
    RESEND_HEADER,
    SET_ASIDE,
    set_aside_id,
)

SET_ASIDE_FLAG = "set_aside"
RESEND = "resend"  # a flag: a person asked the till to send this set-aside event again


def terminal_state(session: Session, terminal_id: str) -> dict[str, Any]:
    """What the terminal's answers carry: the last event held from it, the events asked for again."""
    last_seq = session.scalar(select(Terminal.last_seq).where(Terminal.id == terminal_id))
    asked = session.scalars(
        select(Flag.event_id)
        .where(Flag.kind == RESEND, Flag.terminal_id == terminal_id, Flag.resolved_at.is_(None))
        .order_by(Flag.id)
        .limit(MAX_RESEND_ASKED)
    ).all()
    return {"last_seq": last_seq or 0, "resend": [a for a in asked if a]}


def ask(session: Session, store: str, terminal: str, event_ids: list[str] | None = None) -> list[str]:
    """Ask a till to send set-aside events again (all of them when ``event_ids`` is None) once the cause
    is fixed; it does at its next contact. Returns the ids asked for."""
    terminals = select(Terminal.id).where(Terminal.store_code == store, Terminal.code == terminal)
    query = select(Flag).where(Flag.kind == SET_ASIDE_FLAG, Flag.resolved_at.is_(None), Flag.terminal_id.in_(terminals))
    if event_ids is not None:
        query = query.where(Flag.event_id.in_(event_ids))
    asked = []
    for flag in session.scalars(query.order_by(Flag.id)).all():
        pending = session.scalar(
            select(Flag.id).where(Flag.kind == RESEND, Flag.event_id == flag.event_id, Flag.resolved_at.is_(None))
        )
        if pending is None:
            session.add(
                Flag(
                    kind=RESEND,
                    store_code=flag.store_code,
                    terminal_id=flag.terminal_id,
                    event_id=flag.event_id,
                    detail=flag.detail,
                    created_at=now_iso(),
                )
            )
        asked.append(flag.event_id)
    session.flush()
    return asked


def take_place_of_stand_in(session: Session, terminal_id: str, event_id: str, seq: int) -> bool:
    """The event its stand-in holds the number of is here at last: drop the stand-in (the event is
    stored in its place by the caller, in the same transaction) and close its flags."""
    stand_in = session.get(Event, set_aside_id(event_id))
    if stand_in is None or stand_in.terminal_id != terminal_id or stand_in.seq != seq or stand_in.type != SET_ASIDE:
        return False
    session.execute(delete(Event).where(Event.id == stand_in.id))
    session.execute(
        update(Flag)
        .where(Flag.event_id == event_id, Flag.kind.in_((SET_ASIDE_FLAG, RESEND)), Flag.resolved_at.is_(None))
        .values(resolved_at=now_iso())
    )
    return True


def tried_again(session: Session, terminal_id: str, data: Any) -> None:
    """The till sent a set-aside event's stand-in again: the event it was asked for was refused once
    more, so the request is answered (it is not asked for at every contact); a person asks again once
    the cause is really fixed."""
    event_id = data.get("event_id") if isinstance(data, dict) else None
    if storable_id(event_id):  # else no flag names it
        session.execute(
            update(Flag)
            .where(Flag.kind == RESEND, Flag.terminal_id == terminal_id, Flag.event_id == event_id)
            .where(Flag.resolved_at.is_(None))
            .values(resolved_at=now_iso())
        )


class PlatformMarker:
    """ASGI middleware: marks every answer as the platform's, and a terminal's answers with what the
    platform holds from it (put in the request's state by the caller's authentication)."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def marked(message: dict) -> None:
            if message["type"] == "http.response.start":
                headers = [*message.get("headers", []), (PLATFORM_HEADER.lower().encode(), b"1")]
                state = scope.get("state", {}).get("terminal_state")
                if state is not None:
                    headers.append((LAST_SEQ_HEADER.lower().encode(), str(state["last_seq"]).encode()))
                    if state["resend"]:
                        headers.append((RESEND_HEADER.lower().encode(), ",".join(state["resend"]).encode()))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, marked)
