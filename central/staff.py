"""Staff managed at head office and synced to the tills (issue 17, item 5).

The platform is the source of the people who work at the tills: each has a login, a name, a role
(cashier, clerk, manager), the stores they may work in, and a PIN kept only as its Argon2id hash
(``core.staff``). The staff feed carries a person to each store they may work in (one change per
store, scoped to it), so a till receives only its own store's people and checks their PINs offline;
a person revoked, or taken off a store, becomes a tombstone in that store's scope and is refused at
each of its tills from their next sync. Every change is audited (who, what, before, after; never the
PIN or its hash) in head office's audit log, in the change's transaction. A store manager
(``stores``: the stores they run) acts only on people whose stores, before and after, are all theirs.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from central import audit
from central.clock import now_iso
from central.errors import ServiceError
from central.feeds import append
from central.models import Location, Staff, StaffStore
from core.staff import ROLES, hash_pin, login_problem, pin_problem
from sync.protocol import DELETE, STAFF, UPSERT

Scope = frozenset[str] | None  # a store manager's stores; None: every store


@dataclass(frozen=True)
class StaffView:
    """A person as head office sees them (no PIN, no hash)."""

    id: str
    login: str
    name: str
    role: str
    stores: tuple[str, ...]
    active: bool


def _checked_pin(pin: str) -> str:
    problem = pin_problem(pin)
    if problem is not None:
        raise ServiceError(400, "bad_pin", *problem)  # core.staff's texts, translated in central/hq/zh_cn.py
    return hash_pin(pin)


def _checked_role(role: str) -> str:
    if role not in ROLES:
        raise ServiceError(400, "bad_role", "There is no such role.", "Use cashier, clerk or manager.")
    return role


def _checked_stores(session: Session, stores: Iterable[str]) -> set[str]:
    wanted = {s.strip().upper() for s in stores if s.strip()}
    if not wanted:
        raise ServiceError(400, "no_stores", "A person needs at least one store to work in.", "Give a store code.")
    known = set(session.scalars(select(Location.code).where(Location.code.in_(wanted), Location.kind == "store")))
    if wanted - known:
        raise ServiceError(400, "no_store", "One of the stores given is not a store.",
                           "Check the codes of the person's stores.")  # fmt: skip
    return wanted


def _check_scope(scope: Scope, *codes: set[str]) -> None:
    """A store manager acts only on people all of whose stores (before and after) are theirs."""
    if scope is not None and any(not c <= scope for c in codes):
        raise ServiceError(403, "out_of_scope", "This person works in a store that is not yours.",
                           "Ask head office to make this change.")  # fmt: skip


def _find(session: Session, login: str) -> Staff:
    person = session.scalar(select(Staff).where(Staff.login == login.strip().lower()))
    if person is None:
        raise ServiceError(404, "no_staff", "There is no such staff member.", "Check the login in the staff list.")
    return person


def _stores_of(session: Session, staff_id: str) -> set[str]:
    return set(session.scalars(select(StaffStore.location_code).where(StaffStore.staff_id == staff_id)))


def _view(person: Staff, stores: set[str]) -> StaffView:
    return StaffView(
        person.id, person.login, person.name, person.role, tuple(sorted(stores)), person.revoked_at is None
    )


def _audited(view: StaffView | None) -> dict | None:
    return None if view is None else {"login": view.login, "name": view.name, "role": view.role,
                                      "stores": list(view.stores), "active": view.active}  # fmt: skip


def _audit(session: Session, actor: str, action: str, before: StaffView | None, after: StaffView) -> None:
    audit.record(session, actor=actor, action=action, entity="staff", entity_id=after.login,
            before=_audited(before), after=_audited(after))  # fmt: skip


def _publish(session: Session, person: Staff, stores: set[str], before: set[str]) -> None:
    """The staff feed's changes: the person to each store they may work in now, a tombstone to each
    store they may no longer (all of them when revoked)."""
    live = stores if person.revoked_at is None else set()
    body = {"id": person.id, "login": person.login, "name": person.name, "role": person.role,
            "pin_hash": person.pin_hash}  # fmt: skip
    for store in sorted(live):
        append(session, STAFF, store, person.login, UPSERT, body)
    for store in sorted(before - live):
        append(session, STAFF, store, person.login, DELETE, {"id": person.id, "login": person.login})


def add_staff(
    session: Session,
    *,
    login: str,
    name: str,
    role: str,
    stores: Iterable[str],
    pin: str,
    actor: str,
    scope: Scope = None,
) -> StaffView:
    """A new person who may work at the tills of ``stores`` from their next sync."""
    login = login.strip().lower()
    if login_problem(login) is not None:
        raise ServiceError(
            400, "bad_login", "A login is 1 to 40 letters, digits, '.' or '_'.", "Pick a login like mei.li."
        )
    if session.scalar(select(Staff.id).where(Staff.login == login)) is not None:
        raise ServiceError(409, "staff_exists", "A staff member with this login already exists.", "Pick another login.")
    wanted = _checked_stores(session, stores)
    _check_scope(scope, wanted)
    stamp = now_iso()
    person = Staff(id=str(uuid.uuid4()), login=login, name=name.strip()[:120] or login, role=_checked_role(role),
                   pin_hash=_checked_pin(pin), created_at=stamp, updated_at=stamp)  # fmt: skip
    session.add(person)
    session.add_all(StaffStore(staff_id=person.id, location_code=code) for code in sorted(wanted))
    session.flush()
    _publish(session, person, wanted, set())
    after = _view(person, wanted)
    _audit(session, actor, "staff.add", None, after)
    return after


def change_staff(
    session: Session,
    login: str,
    *,
    actor: str,
    role: str | None = None,
    stores: Iterable[str] | None = None,
    name: str | None = None,
    scope: Scope = None,
) -> StaffView:
    """A person's role, stores or name; a store taken away refuses them there from its tills' next sync."""
    person = _find(session, login)
    if person.revoked_at is not None:
        raise ServiceError(409, "staff_revoked", "This person was revoked.", "Add them again under a new login.")
    had = _stores_of(session, person.id)
    before = _view(person, had)
    wanted = had if stores is None else _checked_stores(session, stores)
    _check_scope(scope, had, wanted)
    if role is not None:
        person.role = _checked_role(role)
    if name is not None and name.strip():
        person.name = name.strip()[:120]
    if wanted != had:
        session.execute(delete(StaffStore).where(StaffStore.staff_id == person.id))
        session.add_all(StaffStore(staff_id=person.id, location_code=code) for code in sorted(wanted))
    person.updated_at = now_iso()
    session.flush()
    _publish(session, person, wanted, had)
    after = _view(person, wanted)
    _audit(session, actor, "staff.change", before, after)
    return after


def reset_pin(session: Session, login: str, pin: str, *, actor: str, scope: Scope = None) -> StaffView:
    """A new PIN for a person, at every till of their stores from the next sync (the old one stops)."""
    person = _find(session, login)
    if person.revoked_at is not None:
        raise ServiceError(409, "staff_revoked", "This person was revoked.", "Add them again under a new login.")
    stores = _stores_of(session, person.id)
    _check_scope(scope, stores)
    before = _view(person, stores)
    person.pin_hash = _checked_pin(pin)
    person.updated_at = now_iso()
    _publish(session, person, stores, stores)
    _audit(session, actor, "staff.pin_reset", before, _view(person, stores))
    return _view(person, stores)


def revoke_staff(session: Session, login: str, *, actor: str, scope: Scope = None) -> StaffView:
    """A person may no longer sign in anywhere: each till refuses them from its next sync, and a till
    they are signed in at ends their session at its next sale (see app.users)."""
    person = _find(session, login)
    stores = _stores_of(session, person.id)
    _check_scope(scope, stores)
    before = _view(person, stores)
    if person.revoked_at is None:
        person.revoked_at = person.updated_at = now_iso()
        _publish(session, person, stores, stores)
        _audit(session, actor, "staff.revoke", before, _view(person, stores))
    return _view(person, stores)


def list_staff(
    session: Session, *, store: str | None = None, include_revoked: bool = False, scope: Scope = None
) -> list[StaffView]:
    """Staff by login; ``store``: only those who may work there; ``scope``: those of a store manager's stores."""
    query = select(Staff).order_by(Staff.login)
    if store is not None:
        query = query.where(Staff.id.in_(select(StaffStore.staff_id).where(StaffStore.location_code == store)))
    if scope is not None:
        query = query.where(
            Staff.id.in_(select(StaffStore.staff_id).where(StaffStore.location_code.in_(sorted(scope))))
        )
    if not include_revoked:
        query = query.where(Staff.revoked_at.is_(None))
    people = list(session.scalars(query))
    links: dict[str, set[str]] = {p.id: set() for p in people}
    if people:
        for staff_id, code in session.execute(
            select(StaffStore.staff_id, StaffStore.location_code).where(StaffStore.staff_id.in_(list(links)))
        ):
            links[staff_id].add(code)
    return [_view(p, links[p.id]) for p in people]
