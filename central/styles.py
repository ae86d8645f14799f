"""Head office's catalogue of styles: search and filters, a style's size x colour matrix, its
attributes (edited with their before and after, for the audit) and its images.

Images are kept in the database, so every platform process serves them. An upload is accepted only
if its bytes are a PNG, JPEG or WebP by their header and decode whole within the size limits, so a
renamed file, a truncated one or a decompression bomb is refused with a message.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from PIL import Image, UnidentifiedImageError
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from central.catalog import publish_variants
from central.catalog_models import StyleImage
from central.clock import now_iso
from central.errors import ServiceError
from central.models import Barcode, Price, Style, Variant
from core.catalog_csv import TEXT_ATTRIBUTES
from core.formats import FormatError, parse_amount
from core.sizes import size_key

FILTERS = ("category", "brand", "season")
MAX_IMAGE_BYTES = 5 * 1024 * 1024
MAX_IMAGE_PIXELS = 40_000_000
MAX_IMAGES = 12
IMAGE_TYPES = {"PNG": "image/png", "JPEG": "image/jpeg", "WEBP": "image/webp"}
_MAGIC = ((b"\x89PNG\r\n\x1a\n", "PNG"), (b"\xff\xd8\xff", "JPEG"))


@dataclass(frozen=True)
class StyleRow:
    code: str
    name: str
    category: str
    brand: str
    season: str
    variants: int


def search(
    session: Session, query: str = "", *, filters: dict[str, str] | None = None, limit: int = 50, offset: int = 0
) -> list[StyleRow]:
    """Styles whose code or name holds ``query``, narrowed by category, brand and season, by code."""
    counts = select(Variant.style_code, func.count().label("n")).group_by(Variant.style_code).subquery()
    stmt = (
        select(Style.code, Style.name, Style.category, Style.brand, Style.season, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.style_code == Style.code)
        .order_by(Style.code)
        .limit(max(1, min(limit, 200)))
        .offset(max(0, offset))
    )
    text = query.strip().lower()[:80]
    if text:
        stmt = stmt.where(or_(func.lower(Style.code).contains(text), func.lower(Style.name).contains(text)))
    for name, value in (filters or {}).items():
        if name in FILTERS and value:
            stmt = stmt.where(getattr(Style, name) == value)
    return [StyleRow(*r) for r in session.execute(stmt)]


def facets(session: Session) -> dict[str, list[str]]:
    """The values each filter can take, for the filter menus."""
    return {
        name: [v for v in session.scalars(select(getattr(Style, name)).distinct().order_by(getattr(Style, name))) if v]
        for name in FILTERS
    }


@dataclass(frozen=True)
class Cell:
    sku: str
    barcodes: list[str]
    price: int | None
    active: bool


@dataclass
class StyleDetail:
    style: Style
    sizes: list[str]
    colours: list[str]
    cells: dict[tuple[str, str], Cell]  # (colour, size) -> the variant
    images: list[StyleImage] = field(default_factory=list)


def get_style(session: Session, code: str) -> Style:
    style = session.get(Style, code)
    if style is None:
        raise ServiceError(404, "no_style", "There is no such style.", "Search the catalogue for it.")
    return style


def detail(session: Session, code: str, price_list: str = "retail") -> StyleDetail:
    """A style with its size x colour matrix of variants, barcodes and list prices, and its images."""
    style = get_style(session, code)
    variants = session.execute(
        select(Variant.sku, Variant.size, Variant.colour, Variant.active, Price.amount)
        .outerjoin(Price, (Price.sku == Variant.sku) & (Price.price_list == price_list))
        .where(Variant.style_code == code)
    ).all()
    codes: dict[str, list[str]] = {}
    skus = [v.sku for v in variants]
    for barcode, sku in session.execute(select(Barcode.code, Barcode.sku).where(Barcode.sku.in_(skus))):
        codes.setdefault(sku, []).append(barcode)
    cells = {(v.colour, v.size): Cell(v.sku, sorted(codes.get(v.sku, [])), v.amount, v.active) for v in variants}
    images = list(
        session.scalars(select(StyleImage).where(StyleImage.style_code == code).order_by(StyleImage.position))
    )
    return StyleDetail(
        style,
        sorted({v.size for v in variants}, key=size_key),
        sorted({v.colour for v in variants}),
        cells,
        images,
    )


EDITABLE = ("name", *TEXT_ATTRIBUTES, "cost")


def attributes(style: Style) -> dict:
    return {name: getattr(style, name) for name in EDITABLE}


def update(session: Session, code: str, typed: dict[str, str], currency: str = "CNY") -> tuple[dict, dict]:
    """Sets the attributes a person typed (fields left out stay); returns (before, after) for the audit.
    A new name reaches the tills on the catalog feed (it is in each variant's body)."""
    style = get_style(session, code)
    before = attributes(style)
    after = dict(before)
    for name, raw in typed.items():
        if name not in EDITABLE:
            continue
        value = (raw or "").strip()
        if name == "cost":
            try:
                after["cost"] = parse_amount(value, currency) if value else None
            except FormatError:
                raise ServiceError(
                    400,
                    "bad_cost",
                    "The cost is not an amount with at most the currency's decimal places.",
                    "Type it like 45.50, or leave it empty.",
                ) from None
            if after["cost"] is not None and after["cost"] < 0:
                raise ServiceError(400, "bad_cost", "The cost cannot be negative.", "Type what one unit costs.")
        elif name == "name":
            if not value or len(value) > 200:
                raise ServiceError(400, "bad_name", "A style needs a name of 1-200 characters.", "Type its name.")
            after["name"] = value
        else:
            if len(value) > TEXT_ATTRIBUTES[name]:
                raise ServiceError(
                    400,
                    "too_long",
                    "A category, brand, season or collection is at most 60 characters, a description 2000.",
                    "Shorten it.",
                )
            after[name] = value
    for name, value in after.items():
        setattr(style, name, value)
    session.flush()
    if after["name"] != before["name"]:
        publish_variants(session, list(session.scalars(select(Variant.sku).where(Variant.style_code == code))))
    return before, after


def check_image(data: bytes) -> tuple[str, int, int]:
    """(content type, width, height) of a PNG, JPEG or WebP that decodes whole; anything else is refused."""
    if not data:
        raise ServiceError(400, "no_image", "The file is empty.", "Choose a PNG, JPEG or WebP picture.")
    if len(data) > MAX_IMAGE_BYTES:
        raise ServiceError(
            400, "image_too_big", "The picture is larger than 5 MB.", "Save it smaller and upload it again."
        )
    kind = next((k for magic, k in _MAGIC if data.startswith(magic)), None)
    if kind is None and data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        kind = "WEBP"
    if kind is None:
        raise ServiceError(
            400,
            "not_an_image",
            "The file is not a PNG, JPEG or WebP picture.",
            "Choose a picture saved as PNG, JPEG or WebP (not a renamed file).",
        )
    try:
        with Image.open(io.BytesIO(data)) as picture:
            if picture.format != kind:
                raise UnidentifiedImageError(picture.format)
            width, height = picture.size
            if width * height > MAX_IMAGE_PIXELS:
                raise ServiceError(
                    400, "image_too_big", "The picture has more than 40 million pixels.", "Save it at a smaller size."
                )
            picture.load()  # decode it whole: a truncated or corrupt file fails here
    except ServiceError:
        raise
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        raise ServiceError(
            400,
            "broken_image",
            "The picture is damaged or incomplete.",
            "Open it in an image editor, save it again and upload that.",
        ) from None
    return IMAGE_TYPES[kind], width, height


def add_image(session: Session, code: str, data: bytes) -> StyleImage:
    get_style(session, code)
    content_type, width, height = check_image(data)
    count = session.scalar(select(func.count()).where(StyleImage.style_code == code))
    if count >= MAX_IMAGES:
        raise ServiceError(400, "too_many_images", "A style has at most 12 pictures.", "Remove one to add another.")
    last = session.scalar(select(func.max(StyleImage.position)).where(StyleImage.style_code == code))
    image = StyleImage(
        style_code=code,
        position=(last or 0) + 1,
        content_type=content_type,
        width=width,
        height=height,
        data=data,
        created_at=now_iso(),
    )
    session.add(image)
    session.flush()
    return image


def get_image(session: Session, image_id: int) -> StyleImage:
    image = session.get(StyleImage, image_id)
    if image is None:
        raise ServiceError(404, "no_image", "There is no such picture.", "Reload the style's page.")
    return image


def remove_image(session: Session, image_id: int) -> StyleImage:
    image = get_image(session, image_id)
    session.delete(image)
    session.flush()
    return image
