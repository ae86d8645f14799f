"""Pickup and order codes: making them, hashing and checking the pickup code, matching a name, reading a scan.

* An order code names the pickup store and six characters that are hard to misread
  (``S01-7KQ2MX``), so a till tells an order of another store from a mistyped one, offline.
* The pickup code is the customer's six-digit secret. The platform keeps only a salted Argon2id
  hash of it, and so do the tills (the orders feed carries the hash, never the code), so a till
  checks it with no network. The hash is deliberately slow-ish; lookups are rate limited on top.
* The customer's QR code holds the order code and the pickup code (``S01-7KQ2MX/482913``):
  scanning it is a lookup with its second factor. A pick slip's QR holds the order code alone.

Rules both sides apply (the till checks a code offline, the platform when it is online), so they live
in the core; the order states are wire names and stay in ``sync.protocol.pickup``.
"""

from __future__ import annotations

import re
import secrets
import unicodedata

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I
_ORDER_CODE = re.compile(r"^([A-Z0-9]{1,8})-([A-HJ-NP-Z2-9]{6})$")
_PICKUP_CODE = re.compile(r"^[0-9]{6}$")
# cheap enough for a till (tens of ms), slow enough that a copied feed is no list of codes
_hasher = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)


def new_order_code(store: str) -> str:
    return f"{store}-{''.join(secrets.choice(CODE_ALPHABET) for _ in range(6))}"


def new_pickup_code() -> str:
    return f"{secrets.randbelow(1_000_000):06d}"


def hash_pickup_code(code: str) -> str:
    return _hasher.hash(code)


def check_pickup_code(hashed: str, code: str) -> bool:
    if not hashed or not _PICKUP_CODE.match(code):
        return False
    try:
        return _hasher.verify(hashed, code)
    except (VerificationError, InvalidHashError):
        return False


def is_pickup_code(text: str) -> bool:
    return bool(_PICKUP_CODE.match(text.strip()))


def store_of(order_code: str) -> str:
    return order_code.split("-", 1)[0]


def customer_qr(order_code: str, pickup_code: str) -> str:
    """What the customer's QR code holds: both factors."""
    return f"{order_code}/{pickup_code}"


def parse_key(text: str) -> tuple[str, str] | None:
    """``(order code, pickup code or "")`` from a scanned QR code or a typed order code; ``None`` when
    the text is no order code (a barcode, a SKU). Typed codes may be lower case or spaced."""
    cleaned = "".join(text.split()).upper()
    code, _, pickup = cleaned.partition("/")
    if not _ORDER_CODE.match(code) or (pickup and not _PICKUP_CODE.match(pickup)):
        return None
    return code, pickup


def name_key(name: str) -> str:
    """A name as compared for the second factor: case, accents, spaces and dots do not count."""
    folded = unicodedata.normalize("NFKD", name).casefold()
    return "".join(c for c in folded if c.isalnum())


def same_name(typed: str, known: str) -> bool:
    """The customer's full name, in any case or spacing, and either order of its parts."""
    if not name_key(typed) or not name_key(known):
        return False
    if name_key(typed) == name_key(known):
        return True
    return sorted(map(name_key, typed.split())) == sorted(map(name_key, known.split()))


def phone_last4(phone: str) -> str:
    digits = "".join(c for c in phone if c.isdigit())
    return digits[-4:] if len(digits) >= 4 else ""
