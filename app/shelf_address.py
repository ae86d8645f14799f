"""The cloud-shelf delivery form follows the store's country (docs/cloud-shelf.md, Customers' details):
a store in China asks for the province, city, district and street, and a mobile number; a store
elsewhere for the street, city, state or region and postcode. The store's country is the territory
of its locale (``store_settings.locale``: zh_CN is China, en_US the United States), so a till set up
with ``--store us`` writes addresses the American way without another setting."""

from __future__ import annotations

from dataclasses import dataclass

from babel import Locale, UnknownLocaleError

from core import contacts


def country_of(locale: str) -> str:
    """The country (ISO 3166 alpha-2) of a locale such as zh_CN; "" when it names none."""
    try:
        return Locale.parse(locale).territory or ""
    except (UnknownLocaleError, ValueError, TypeError):
        return ""


@dataclass(frozen=True)
class AddressForm:
    """What the order dialog asks for a home delivery, in the country's order of writing."""

    country: str
    fields: tuple[str, ...]  # the address's fields, e.g. province, city, district, address

    @property
    def mobile(self) -> bool:
        """The phone is a mobile number, checked as the country writes it (China: 11 digits from 1)."""
        return self.country == contacts.CHINA


def address_form(locale: str) -> AddressForm:
    country = country_of(locale)
    return AddressForm(country, contacts.address_fields(country))


def with_country(contact: dict, country: str) -> dict:
    """The customer's details stamped with the store's country, so the till and the platform check
    the address the same way (the form is the store's, whatever a caller passed)."""
    return {**contact, "country": country}
