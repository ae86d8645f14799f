"""Creates a new terminal's store: the store, its settings, tax classes and the receipt counter."""

from __future__ import annotations

import re
from dataclasses import dataclass

from babel import Locale, UnknownLocaleError
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.clock import now_iso
from app.db.models import Location, PriceList, ReceiptSequence, StoreSettings, TaxClass, Terminal
from app.errors import UserError

_CODE = re.compile(r"^[A-Z0-9]{1,8}$")


@dataclass(frozen=True)
class StoreSpec:
    store_code: str
    store_name: str
    terminal_code: str
    currency: str = "CNY"
    locale: str = "zh_CN"
    region: str = ""
    tax_mode: str = "inclusive"
    tax_rounding: str = "line"
    cash_increment: int = 1
    discount_limit_bp: int = 1000
    standard_rate_ppm: int = 130_000
    reduced_rate_ppm: int = 90_000
    merge_scans: bool = True  # a repeated scan adds to the item's line; off: one line per scan


def validate(spec: StoreSpec) -> None:
    for label, code in (("store code", spec.store_code), ("terminal code", spec.terminal_code)):
        if not _CODE.match(code):
            raise UserError(
                f"The {label} '{code}' is not 1-8 capital letters or digits.", f"Choose a {label} like S01."
            )
    if spec.currency not in Locale("en").currencies:
        raise UserError(f"'{spec.currency}' is not an ISO 4217 currency.", "Use a code like CNY, USD or EUR.")
    try:
        Locale.parse(spec.locale)
    except (UnknownLocaleError, ValueError):
        raise UserError(f"'{spec.locale}' is not a locale.", "Use a locale like zh_CN or en_US.") from None
    if spec.tax_mode not in ("inclusive", "exclusive"):
        raise UserError("Tax mode is 'inclusive' or 'exclusive'.", "")
    if spec.tax_rounding not in ("line", "receipt"):
        raise UserError("Tax rounding is 'line' or 'receipt'.", "")
    if spec.cash_increment < 1:
        raise UserError("The cash rounding increment is at least 1 minor unit.", "Use 1 for no rounding, 5 or 10.")
    if not 0 <= spec.discount_limit_bp <= 10_000:
        raise UserError("The discount limit is a percentage between 0 and 100.", "")


def init_store(session: Session, spec: StoreSpec) -> None:
    validate(spec)
    if session.scalar(select(Terminal.id)):
        raise UserError("This data directory already holds a terminal.", "Use another --data-dir, or keep this one.")
    session.add(Location(code=spec.store_code, name=spec.store_name, kind="store", region=spec.region))
    session.flush()
    session.add(
        StoreSettings(
            store_code=spec.store_code,
            currency=spec.currency,
            locale=spec.locale,
            tax_mode=spec.tax_mode,
            tax_rounding=spec.tax_rounding,
            cash_increment=spec.cash_increment,
            discount_limit_bp=spec.discount_limit_bp,
            price_list="retail",
            lockout_attempts=5,
            lockout_minutes=15,
            # the schema's default unless turned off: a store set up on an older schema has no such column yet
            **({} if spec.merge_scans else {"merge_scans": False}),
        )
    )
    session.add(PriceList(code="retail", name="Retail", currency=spec.currency))
    session.add_all(
        [
            TaxClass(code="standard", name="Standard", rate_ppm=spec.standard_rate_ppm),
            TaxClass(code="reduced", name="Reduced", rate_ppm=spec.reduced_rate_ppm),
            TaxClass(code="zero", name="Zero-rated", rate_ppm=0),
        ]
    )
    session.add(Terminal(id=1, store_code=spec.store_code, code=spec.terminal_code, created_at=now_iso()))
    session.add(ReceiptSequence(terminal_code=spec.terminal_code, last_seq=0))
