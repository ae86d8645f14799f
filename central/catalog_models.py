"""Tables of head office's catalogue and prices (c0007): style images, price lists, dated entries.

Kept apart from ``central.models`` so the catalogue's tables grow in one place; they share its ``Base``.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from central.models import Base, BigInt


class StyleImage(Base):
    __tablename__ = "style_images"
    __table_args__ = (Index("ix_style_images_style", "style_code", "position"),)
    id: Mapped[int] = mapped_column(BigInt, primary_key=True, autoincrement=True)
    style_code: Mapped[str] = mapped_column(ForeignKey("styles.code"))
    position: Mapped[int] = mapped_column(Integer)
    content_type: Mapped[str] = mapped_column(String(20))
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[str] = mapped_column(String(32))


class HqPriceList(Base):
    """A list of dated prices for one store, one region or the whole chain (``scope_kind``)."""

    __tablename__ = "hq_price_lists"
    code: Mapped[str] = mapped_column(String(16), primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    scope_kind: Mapped[str] = mapped_column(String(8))  # store | region | chain
    scope_code: Mapped[str] = mapped_column(String(40))  # a store code, a region name, or ''
    base_list: Mapped[str] = mapped_column(String(16))  # the till price list it sets prices of
    created_at: Mapped[str] = mapped_column(String(32))


class PriceEntry(Base):
    """One SKU's price from a local start (the store's wall clock) to an optional end."""

    __tablename__ = "price_entries"
    __table_args__ = (Index("ix_price_entries_list_sku", "list_code", "sku"),)
    id: Mapped[int] = mapped_column(BigInt, primary_key=True, autoincrement=True)
    list_code: Mapped[str] = mapped_column(ForeignKey("hq_price_lists.code"))
    sku: Mapped[str] = mapped_column(ForeignKey("variants.sku"), index=True)
    amount: Mapped[int] = mapped_column(BigInt)
    starts_local: Mapped[str] = mapped_column(String(16))  # YYYY-MM-DDTHH:MM
    ends_local: Mapped[str | None] = mapped_column(String(16), nullable=True)
    kind: Mapped[str] = mapped_column(String(10))  # price | markdown
    created_at: Mapped[str] = mapped_column(String(32))


class HqUpload(Base):
    """A file uploaded to the console, kept between its preview and its apply."""

    __tablename__ = "hq_uploads"
    token: Mapped[str] = mapped_column(String(32), primary_key=True)
    actor: Mapped[str] = mapped_column(String(60))
    name: Mapped[str] = mapped_column(String(200))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[str] = mapped_column(String(32))
