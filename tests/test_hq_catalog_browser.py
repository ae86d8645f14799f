"""The catalogue and prices in a real browser (Debian's chromium through Playwright), in both
languages: a catalogue import whose preview shows a bad row, fixed and applied; a price scheduled
in the console that a till synced with the platform then charges on its date. Screenshots of each
screen for the README."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from playwright.sync_api import expect

from app import clock
from app.terminal import Terminal
from tests.hq_browser import browser_page, screenshot
from tests.platform import enrolled_till

HEADER = "style_code,style_name,sku,size,colour,barcodes,price,tax_class,category,brand,season,cost\n"


def csv_file(prefix: str, price: str) -> dict:
    rows = "".join(
        f"{prefix},Linen shirt,{prefix}-{colour[0]}{size},{size},{colour},,"
        f"{price if size == 'L' else '259.00'},standard,Shirts,Harbour,SS27,88.00\n"
        for colour in ("White", "Sand")
        for size in ("S", "M", "L")
    )
    return {"name": "linen.csv", "mimeType": "text/csv", "buffer": (HEADER + rows).encode()}


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_a_catalogue_import_with_a_bad_row_is_previewed_fixed_and_applied(hq_browser, hq_sqlite_site, lang):
    site, style = hq_sqlite_site, f"LIN{lang[:2].upper()}"
    page = browser_page(hq_browser, site, "merchandiser", lang)
    page.goto(site.url + "/hq/imports")
    page.set_input_files("#upload input[type=file]", csv_file(style, "259.995"))
    with page.expect_navigation():
        page.click("#upload button[type=submit]")
    problems = page.inner_text("#problems")
    if lang == "zh_CN":  # the file's problems in the page's language
        assert "第 4 行:price:“259.995”的小数位数超过 CNY 允许的 2 位" in problems and "第 7 行" in problems
    else:
        assert "line 4: price: '259.995' has more than 2 decimal places" in problems and "line 7:" in problems
    assert page.inner_text("#count-bad .n") == "2"
    assert page.locator("#apply").count() == 0  # nothing to apply until the file is fixed
    screenshot(page, "catalog-import-preview", lang)
    assert site.platform.scalar("SELECT COUNT(*) FROM styles WHERE code = :c", c=style) == 0

    page.goto(site.url + "/hq/imports")
    page.set_input_files("#upload input[type=file]", csv_file(style, "249.00"))
    with page.expect_navigation():
        page.click("#upload button[type=submit]")
    assert page.inner_text("#count-new .n") == "6" and page.inner_text("#count-bad .n") == "0"
    with page.expect_navigation():
        page.click("#apply button[type=submit]")
    assert "6" in page.inner_text("#done")
    assert site.platform.scalar("SELECT COUNT(*) FROM variants WHERE style_code = :c", c=style) == 6

    page.goto(site.url + "/hq/catalog")
    page.fill("input[name=q]", style)
    expect(page.locator("#styles tbody tr")).to_have_count(1)  # narrowed by htmx as one types
    assert page.locator(f'#styles tr[data-style="{style}"]').count() == 1
    screenshot(page, "catalog-list", lang)
    with page.expect_navigation():
        page.click(f'#styles tr[data-style="{style}"] a')
    assert page.locator("#matrix tbody tr").count() == 2  # two colours by three sizes
    page.fill("#attributes input[name=collection]", "Coast")
    with page.expect_navigation():
        page.click("#attributes button[type=submit]")
    assert page.input_value("#attributes input[name=collection]") == "Coast"
    screenshot(page, "catalog-style", lang)
    page.context.close()


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_a_price_scheduled_in_the_console_is_charged_by_a_till_on_its_date(
    hq_browser, hq_sqlite_site, lang, tmp_path: Path, monkeypatch
):
    site = hq_sqlite_site
    sku = site.platform.skus[3 if lang == "en" else 4]
    code = f"SALE{lang[:2].upper()}"
    old = site.platform.scalar("SELECT amount FROM prices WHERE price_list = 'retail' AND sku = :s", s=sku)
    start = (clock.now() + timedelta(days=40)).replace(second=0, microsecond=0)
    start_local = (start + timedelta(hours=8)).strftime("%Y-%m-%d %H:%M")  # the store's time (Shanghai)

    page = browser_page(hq_browser, site, "merchandiser", lang)
    page.goto(site.url + "/hq/prices")
    page.fill("#new-list input[name=code]", code)
    page.fill("#new-list input[name=name]", "Spring sale")
    page.select_option("#new-list select[name=scope_kind]", "store")
    page.fill("#new-list input[name=scope_code]", "S01")
    with page.expect_navigation():
        page.click("#new-list button[type=submit]")
    page.fill("#new-entry input[name=sku]", sku)
    page.fill("#new-entry input[name=amount]", "12.50")
    page.fill("#new-entry input[name=starts]", start_local)
    with page.expect_navigation():
        page.click("#new-entry button[type=submit]")
    assert page.locator("#entries tbody tr[data-entry]").count() == 1
    screenshot(page, "prices-list", lang)

    page.goto(site.url + "/hq/prices/preview")
    page.select_option("#preview-form select[name=store]", "S01")
    page.fill("#preview-form input[name=date]", start_local)
    page.fill("#preview-form input[name=q]", sku)
    with page.expect_navigation():
        page.click("#preview-form button[type=submit]")
    assert "12.50" in page.inner_text(f'#charges tr[data-sku="{sku}"] .charged')
    screenshot(page, "prices-preview", lang)
    page.context.close()

    till = enrolled_till(site.platform, tmp_path / "till", terminal="T11" if lang == "en" else "T12")
    # its first sync brought the schedule ahead of its date
    for moment, price in ((start - timedelta(minutes=1), old), (start, 1250)):
        monkeypatch.setattr(clock, "now", lambda moment=moment: moment)
        with Terminal.open(till) as term:
            assert term.catalog.lookup(sku).price == price
