"""Staff rules the till and the platform both apply: the roles, what a login and a PIN may be, and
the PIN's hash.

Head office sets a person's PIN on the platform; the staff feed carries only its Argon2id hash (the
same hasher the till has always used), so every till of every store the person may work in checks
the PIN offline, and no feed, log or page holds the PIN itself.
"""

from __future__ import annotations

from argon2 import PasswordHasher

ROLES = ("cashier", "clerk", "manager")
LOGIN_MAX = 40
_hasher = PasswordHasher()


def login_problem(login: str) -> tuple[str, str] | None:
    """Why ``login`` (already stripped and lower-cased) is no usable login, as (message, hint); None if fine."""
    if not login or not login.replace("_", "").replace(".", "").isalnum() or not login.isascii():
        return f"'{login}' is not a usable login.", "Use letters, digits, '.' or '_', up to 40."
    if len(login) > LOGIN_MAX:
        return f"'{login}' is not a usable login.", "Use letters, digits, '.' or '_', up to 40."
    return None


def pin_problem(pin: str) -> tuple[str, str] | None:
    """Why ``pin`` is no usable PIN, as (message, hint); None if fine."""
    if not (pin.isdigit() and pin.isascii() and 4 <= len(pin) <= 8):
        return "A PIN is 4 to 8 digits.", "Choose a PIN of 4 to 8 digits."
    if len(set(pin)) == 1:
        return "A PIN of one repeated digit is too easy to guess.", "Choose another PIN."
    return None


def hash_pin(pin: str) -> str:
    """A salted Argon2id hash of a PIN, as the till stores and verifies it."""
    return _hasher.hash(pin)
