"""The staff feed applied to the local store, in the caller's transaction (issue 17, item 5).

Head office manages the people who work at the tills; the feed brings this store's people with the
Argon2id hash of their PIN, so sign-in works offline. What wins when a person exists both here and
at head office: the platform. An item overwrites the local user of the same login (keeping its id,
which old sales name) and marks it ``platform``; a tombstone (revoked, or taken off this store)
deactivates it. A new PIN clears the till's count of wrong PINs. Applying an item twice changes
nothing more.
"""

from __future__ import annotations

from sqlalchemy import Connection

from core.staff import ROLES
from sync.protocol import DELETE


def apply_staff(conn: Connection, items: list[dict]) -> int:
    """Apply staff feed items (``{"key", "op", "data"}``); returns how many."""
    upserts, gone = [], []
    for item in items:
        data = item["data"]
        login = str(data["login"]).strip().lower()
        if item.get("op") == DELETE or data["role"] not in ROLES:  # a role this till does not know may not sign in
            gone.append((login,))
        else:
            upserts.append((str(data["id"]), login, str(data["name"]), data["role"], str(data["pin_hash"])))
    if upserts:
        conn.exec_driver_sql(
            "INSERT INTO users(id, login, name, role, pin_hash, failed_attempts, active, source) "
            "VALUES (?, ?, ?, ?, ?, 0, 1, 'platform') ON CONFLICT(login) DO UPDATE SET "
            "name = excluded.name, role = excluded.role, active = 1, source = 'platform', "
            "failed_attempts = CASE WHEN users.pin_hash = excluded.pin_hash THEN users.failed_attempts ELSE 0 END, "
            "locked_until = CASE WHEN users.pin_hash = excluded.pin_hash THEN users.locked_until ELSE NULL END, "
            "pin_hash = excluded.pin_hash",
            upserts,
        )
    if gone:
        conn.exec_driver_sql("UPDATE users SET active = 0 WHERE login = ? AND source = 'platform'", gone)
    return len(upserts) + len(gone)
