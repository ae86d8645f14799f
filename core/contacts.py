"""The customer's details for a cloud-shelf delivery: which fields, how long, what each delivery needs.

A rule both sides apply (the till before it sells, the platform before it keeps the details), so it
lives in the core. The delivery kinds are the wire's names (``sync.protocol.shelf.HOME`` and
``STORE``); the core imports nothing of ours, so it spells them here and a test keeps them equal.
"""

from __future__ import annotations

import re

HOME = "home"  # sync.protocol.shelf.HOME
STORE = "store"  # sync.protocol.shelf.STORE

# The address follows the selling store's country (``country``, ISO 3166 alpha-2): China writes
# province, city, district, then the street and the rest; elsewhere the street, the city, the state
# or region (``province``) and the postcode. A contact without ``country`` is the first shape the
# tills sent (street, city, postcode) and is checked as before, so older tills keep working.
CONTACT_FIELDS = ("name", "phone", "email", "address", "city", "postcode", "country", "province", "district")
_LIMITS = {"name": 120, "phone": 40, "email": 200, "address": 300, "city": 80, "postcode": 20, "country": 2,
           "province": 80, "district": 80}  # fmt: skip
CHINA = "CN"
# the address fields each country's form asks for, in the order it is written
ADDRESS_FIELDS = {CHINA: ("province", "city", "district", "address")}
OTHER_ADDRESS = ("address", "city", "province", "postcode")
_CN_MOBILE = re.compile(r"1\d{10}")


def address_fields(country: str) -> tuple[str, ...]:
    """The fields of a home address in ``country``, in the order the country writes them."""
    return ADDRESS_FIELDS.get(country, OTHER_ADDRESS)


def cn_mobile(phone: str) -> str:
    """A Chinese mobile number as its 11 digits (spaces, dashes and a +86 prefix dropped); "" if it is not one."""
    digits = "".join(ch for ch in phone if ch not in " -()")
    for prefix in ("+86", "0086"):
        digits = digits.removeprefix(prefix)
    return digits if _CN_MOBILE.fullmatch(digits) else ""


def clean_contact(contact: dict) -> dict[str, str]:
    """The known fields, trimmed, with their whitespace folded; anything else is dropped."""
    return {f: " ".join(str(contact.get(f) or "").split()) for f in CONTACT_FIELDS}


def contact_problem(delivery: str, contact: dict) -> str | None:
    """What is missing or wrong in the customer's details for ``delivery``, in words; None when fine.

    Home delivery needs a name, a phone and the address of the store's country (China: province,
    city, district and street; elsewhere the street and the city); delivery to a store needs the
    name the customer gives at the counter and a phone or an email to tell them it arrived. In
    China the phone is a mobile number (11 digits starting with 1): the notices go by SMS.
    """
    c = clean_contact(contact)
    for field, limit in _LIMITS.items():
        if len(c[field]) > limit:
            return f"The customer's {field} is longer than {limit} characters."
    if not c["name"]:
        return "The customer's name is missing."
    china = c["country"].upper() == CHINA
    digits = sum(ch.isdigit() for ch in c["phone"])
    if china and c["phone"] and not cn_mobile(c["phone"]):
        return "A mobile number in China has 11 digits and starts with 1, e.g. 138 0013 8000."
    if c["phone"] and digits < 4:
        return "The customer's phone number has fewer than 4 digits."
    if c["email"] and ("@" not in c["email"] or " " in c["email"]):
        return "The customer's email address is not valid."
    if delivery == HOME:
        if china:
            if not c["phone"] or not all(c[f] for f in ADDRESS_FIELDS[CHINA]):
                return "Home delivery needs the customer's mobile number, province, city, district and street."
            return None
        missing = [f for f in ("phone", "address", "city") if not c[f]]
        if missing:
            return "Home delivery needs the customer's " + ", ".join(missing) + "."
    elif delivery == STORE:
        if not c["phone"] and not c["email"]:
            return "Give the customer's phone or email, to tell them when it arrives."
    else:
        return f"'{delivery}' is not a delivery; use home or store."
    return None
