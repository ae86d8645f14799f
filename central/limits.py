"""Limits that keep one till from holding a variant's stock everywhere (DESIGN.md invariant 11).

Cloud-shelf holds are made while a customer pays; without limits one till (broken or hostile) could
hold every unit of a variant at every location and renew the holds for ever. Head office sets the
limits (``cloudshelf central setting set KEY VALUE``); they live in the database, so every worker
process enforces the same ones, and a till's holds are decided one at a time under its terminal
row's lock. docs/cloud-shelf.md lists them.

Rate limits (enrolment guessing) are kept in the database too, so ten guesses a minute are ten
whichever process takes them: a sliding window per client, each call a row, a call refused when
the client made more than the limit in the last window (refused calls count too). The client's rows
are counted under a lock (``BEGIN IMMEDIATE`` on SQLite, an advisory lock on PostgreSQL), so two
processes cannot both let the eleventh call through.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import delete, func, insert, select, text
from sqlalchemy.orm import Session

from central.clock import now_iso
from central.db import CentralDB
from central.errors import ServiceError
from central.models import PlatformSetting, RateHit, StockReservation, Terminal


@dataclass(frozen=True)
class Setting:
    default: int
    low: int
    high: int
    means: str


SETTINGS = {
    "shelf.order_units": Setting(10, 1, 1980, "units one cloud-shelf order may hold or reserve"),
    "shelf.till_units": Setting(30, 1, 100_000, "units one till may hold at once (live holds)"),
    "shelf.hold_minutes": Setting(15, 1, 60, "longest hold while the customer pays, in minutes"),
    "shelf.holds_per_hour": Setting(5, 1, 100, "holds one till may make of one SKU in an hour (renewals)"),
    "hq.login_per_minute": Setting(10, 1, 1000, "console sign-ins one user may try a minute (a client: 3 times)"),
    "hq.lockout_failures": Setting(5, 1, 100, "wrong passwords in a row that lock a console user out"),
    "hq.session_idle_minutes": Setting(30, 1, 1440, "minutes a console session lasts unused"),
    "hq.session_hours": Setting(12, 1, 168, "hours a console session lasts at most"),
}


def settings(session: Session) -> dict[str, int]:
    """Every limit: what head office set, else its default."""
    stored = {row.key: json.loads(row.value) for row in session.scalars(select(PlatformSetting))}
    return {key: int(stored.get(key, s.default)) for key, s in SETTINGS.items()}


def set_setting(session: Session, key: str, value: int) -> None:
    """Set one limit for every worker process; refused outside its range."""
    known = SETTINGS.get(key)
    if known is None:
        raise ServiceError(400, "no_setting", f"There is no setting {key[:60]}.", f"One of: {', '.join(SETTINGS)}.")
    if not known.low <= value <= known.high:
        raise ServiceError(
            400, "bad_setting", f"{key} is from {known.low} to {known.high}.", "Give a value in its range."
        )
    row = session.get(PlatformSetting, key)
    if row is None:
        session.add(PlatformSetting(key=key, value=json.dumps(value), updated_at=now_iso()))
    else:
        row.value, row.updated_at = json.dumps(value), now_iso()


def check_hold(session: Session, caller: Any, wanted: dict[str, int]) -> int:
    """Before a till's hold of ``wanted`` (SKU -> units): lock the till's row (its holds are decided
    one at a time, whichever worker takes them), refuse what passes a limit with a 409 naming it,
    and return the minutes the hold may last."""
    session.execute(select(Terminal.id).where(Terminal.id == caller.terminal_id).with_for_update())
    limit = settings(session)
    units = sum(wanted.values())
    if units > limit["shelf.order_units"]:
        raise ServiceError(
            409,
            "hold_limit",
            f"A cloud-shelf order may hold at most {limit['shelf.order_units']} units; this one asks for {units}.",
            "Split the order, or ask head office to raise the limit.",
        )
    stamp = now_iso()
    mine = (StockReservation.terminal_id == caller.terminal_id, StockReservation.holder.startswith("hold:"))
    live = session.scalar(
        select(func.coalesce(func.sum(StockReservation.qty), 0)).where(
            *mine, StockReservation.released_at.is_(None), StockReservation.expires_at > stamp
        )
    )
    if int(live) + units > limit["shelf.till_units"]:
        raise ServiceError(
            409,
            "till_hold_limit",
            f"This till holds {int(live)} units already; a till may hold at most {limit['shelf.till_units']}.",
            "Complete or cancel the sales waiting for cloud-shelf holds first.",
        )
    since = now_iso(timedelta(hours=-1))
    made = session.execute(
        select(StockReservation.sku, func.count(func.distinct(StockReservation.holder)))
        .where(*mine, StockReservation.sku.in_(sorted(wanted)), StockReservation.created_at > since)
        .group_by(StockReservation.sku)
    ).all()
    renewed = sorted(sku for sku, count in made if count >= limit["shelf.holds_per_hour"])
    if renewed:
        raise ServiceError(
            409,
            "hold_renewals",
            f"This till held {', '.join(renewed)} {limit['shelf.holds_per_hour']} times in the last hour.",
            "Sell it from the figures shown (to be confirmed), or wait before holding it again.",
        )
    return limit["shelf.hold_minutes"]


def count_call(db: CentralDB, name: str, client: str, limit: int, window: int = 60) -> None:
    """Count this call of ``client``; a 429 (with how long to wait) past ``limit`` calls in the last
    ``window`` seconds. Committed on its own, before the call's work: a refused guess still counts."""
    now_ms = int(time.time() * 1000)
    since = now_ms - window * 1000
    key = f"{name}:{client}"[:80]
    with db.write() as s:
        if db.dialect == "postgresql":
            s.execute(text("SELECT pg_advisory_xact_lock(hashtext(:key))"), {"key": key})
        s.execute(delete(RateHit).where(RateHit.key == key, RateHit.at_ms <= since))
        s.execute(insert(RateHit).values(key=key, at_ms=now_ms))
        calls = s.scalar(select(func.count()).select_from(RateHit).where(RateHit.key == key))
    if calls > limit:
        raise ServiceError(429, "rate_limited", "Too many attempts.", f"Wait {window} s and try again.")
