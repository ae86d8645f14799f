"""The staff, fleet and stock screens in a real browser (Debian's chromium through Playwright): a person
added in the console signs in at a till of their store with the platform stopped, and screenshots of
each screen in both languages for the README."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.errors import AuthFailed
from app.terminal import Terminal
from sync.enrol import enrol
from sync.worker import sync_once
from tests.hq_browser import browser_page, screenshot
from tests.platform import enrolled_till


@pytest.fixture(scope="module")
def till(hq_sqlite_site, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A till of S01 that has synced (it reports to the fleet view), and one of S02 that never has."""
    site = hq_sqlite_site
    directory = enrolled_till(site.platform, tmp_path_factory.mktemp("till") / "s01", "S01", "T01")
    enrol(tmp_path_factory.mktemp("till") / "s02", site.url, site.platform.enrol_code("S02", "T02"))
    for sku in site.platform.skus[:6]:
        site.platform.adjust("S01", sku, 5)
    sync_once(directory)
    return directory


def test_a_person_added_in_the_console_signs_in_at_the_till_offline(hq_browser, hq_sqlite_site, till) -> None:
    site = hq_sqlite_site
    page = browser_page(hq_browser, site, "admin", "en")
    page.goto(site.url + "/hq/staff")
    form = page.locator("#add-staff")
    form.locator("input[name=login]").fill("wen")
    form.locator("input[name=name]").fill("Wen Li")
    form.locator("select[name=role]").select_option("cashier")
    form.locator("input[name=pin]").fill("3806")
    form.locator("input[name=stores][value=S01]").check()
    with page.expect_navigation():
        form.locator("button[type=submit]").click()
    row = page.locator('tr[data-login="wen"]')
    assert "Wen Li" in row.inner_text() and "S01" in row.inner_text()
    assert "3806" not in page.content()
    page.context.close()
    sync_once(till)
    site.platform.server.stop()  # offline: the till checks the PIN from what it synced
    try:
        with Terminal.open(till) as term:
            assert term.sign_in("wen", "3806").name == "Wen Li"
            with pytest.raises(AuthFailed):
                term.sign_in("wen", "3807")
    finally:
        site.platform.server.start()


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_staff_fleet_and_stock_screens_in_each_language(hq_browser, hq_sqlite_site, till, lang: str) -> None:
    site = hq_sqlite_site
    page = browser_page(hq_browser, site, "admin", lang)
    page.goto(site.url + "/hq/staff")
    assert page.inner_text("h1") == ("员工" if lang == "zh_CN" else "Staff")
    screenshot(page, "staff", lang)
    page.goto(site.url + "/hq/fleet")
    assert page.locator('tr[data-till="S01-T01"]').get_attribute("class") is None  # reported just now
    assert page.locator('tr[data-till="S02-T02"]').get_attribute("class") == "silent"  # never synced
    screenshot(page, "fleet", lang)
    page.goto(site.url + "/hq/stock?location=S01")
    assert page.locator("#levels tbody tr").count() >= 6
    screenshot(page, "stock", lang)
    page.locator("#levels tbody tr a").first.click()
    page.wait_for_selector("#ledger")
    form = page.locator("#adjust")
    form.locator("input[name=qty]").fill("-1")
    form.locator("select[name=reason]").select_option("damaged")
    with page.expect_navigation():
        form.locator("button[type=submit]").click()
    assert page.locator("#ledger tr.source-adjustment").count() >= 1
    screenshot(page, "stock-ledger", lang)
    page.context.close()
