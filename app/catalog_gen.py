"""Generates an apparel catalog in the import CSV format: the demo's few hundred styles, or a
million variants for the benchmarks. Deterministic for a seed.

Barcodes are EAN-13 under the 690-699 GS1 range with valid check digits, never in the 02 and 20-29
ranges that variable-measure codes use.
"""

from __future__ import annotations

import csv
import random
from collections.abc import Iterator
from pathlib import Path

from stdnum import ean

from core.catalog_csv import REQUIRED

FITS = ["Classic", "Slim", "Relaxed", "Cropped", "Oversized", "Tailored", "Essential", "Heritage", "Urban", "Soft"]
FABRICS = ["Cotton", "Linen", "Merino", "Denim", "Fleece", "Twill", "Jersey", "Silk", "Corduroy", "Nylon"]
GARMENTS: dict[str, tuple[list[str], int, int]] = {
    # name: (sizes, price low, price high) in CNY yuan
    "Tee": (["XS", "S", "M", "L", "XL", "XXL"], 59, 199),
    "Polo": (["S", "M", "L", "XL", "XXL"], 129, 299),
    "Shirt": (["S", "M", "L", "XL"], 159, 459),
    "Jeans": (["28", "29", "30", "31", "32", "33", "34", "36"], 199, 599),
    "Chinos": (["28", "30", "32", "34", "36"], 179, 459),
    "Jacket": (["S", "M", "L", "XL"], 399, 1299),
    "Hoodie": (["XS", "S", "M", "L", "XL"], 199, 399),
    "Dress": (["XS", "S", "M", "L"], 259, 899),
    "Skirt": (["XS", "S", "M", "L"], 159, 459),
    "Sweater": (["S", "M", "L", "XL"], 259, 799),
    "Coat": (["S", "M", "L", "XL"], 699, 2499),
    "Shorts": (["S", "M", "L", "XL"], 99, 259),
}
COLOURS = ["Black", "White", "Navy", "Grey", "Red", "Olive", "Beige", "Blue", "Pink", "Green", "Brown", "Yellow"]


def ean13(n: int) -> str:
    body = f"690{n:09d}"
    return body + ean.calc_check_digit(body)


def _major(minor: int) -> str:
    return f"{minor // 100}.{minor % 100:02d}"


def generate_rows(styles: int, *, seed: int = 7, max_variants: int | None = None) -> Iterator[dict[str, str]]:
    """Rows for ``styles`` styles (sizes x 1-5 colours each), stopping at ``max_variants``."""
    rng = random.Random(seed)
    garments = list(GARMENTS)
    count = 0
    for n in range(1, styles + 1):
        garment = garments[n % len(garments)]
        sizes, low, high = GARMENTS[garment]
        name = f"{rng.choice(FITS)} {rng.choice(FABRICS)} {garment}"
        code = f"ST{n:07d}"
        price_minor = rng.randrange(low, high + 1, 10) * 100 - (1 if rng.random() < 0.3 else 0)
        price, member = _major(price_minor), _major(price_minor * 9 // 1000 * 100)
        for colour in rng.sample(COLOURS, rng.randint(1, 5)):
            for size in sizes:
                count += 1
                sku = f"{code}-{colour.upper()}-{size}"
                yield {
                    "style_code": code,
                    "style_name": name,
                    "sku": sku,
                    "size": size,
                    "colour": colour,
                    "barcodes": ean13(count),
                    "price": price,
                    "tax_class": "standard",
                    "price:member": member,
                }
                if max_variants and count >= max_variants:
                    return


def write_csv(path: Path, rows: Iterator[dict[str, str]]) -> int:
    written = 0
    with Path(path).open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=[*REQUIRED, "price:member"])
        writer.writeheader()
        for row in rows:
            writer.writerow(row)
            written += 1
    return written
