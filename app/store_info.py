"""The store as this till knows it: its codes, money, tax and the settings its screens and documents
follow. Its own module so the documents (receipts, reports) and the terminal share it without importing
each other."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class StoreInfo:
    store: str
    store_name: str
    terminal: str
    currency: str
    locale: str
    tax_mode: str
    tax_rounding: str
    cash_increment: int
    discount_limit_bp: int
    price_list: str
    lockout_attempts: int
    lockout_minutes: int
    merge_scans: bool = True  # a repeated scan adds to the item's line (app.scanning)
