"""The console in a real browser (Debian's chromium, headless, through Playwright): signing in and
out in both languages, with screenshots of each screen for the README."""

from __future__ import annotations

import pytest

from tests.hq_browser import PASSWORD, add_flag, add_shelf_order, browser_page, screenshot


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_an_admin_signs_in_sees_the_home_page_in_their_language_and_signs_out(hq_browser, hq_sqlite_site, lang):
    site = hq_sqlite_site
    context = hq_browser.new_context(locale="zh-CN" if lang == "zh_CN" else "en-US")
    page = context.new_page()
    page.goto(site.url + "/hq/audit")
    assert page.url.startswith(site.url + "/hq/login")  # no session: the sign-in page
    page.goto(site.url + "/hq/login")
    page.wait_for_selector("input[name=login]")
    screenshot(page, "sign-in", lang)
    page.fill("input[name=login]", "ada")
    page.fill("input[name=password]", "not-" + PASSWORD)
    page.click("button[type=submit]")
    alert = page.inner_text("[role=alert]")
    assert ("用户名或密码错误" in alert) if lang == "zh_CN" else ("Wrong user name or password." in alert)
    page.fill("input[name=login]", "ada")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(site.url + "/hq")
    heading = page.inner_text("h1")
    assert heading == ("今天需要处理的事项" if lang == "zh_CN" else "What needs a person today")
    assert page.inner_text("#open-flags .n") == "0"
    screenshot(page, "home", lang)
    page.click("header form button[type=submit]")  # sign out
    page.wait_for_url(site.url + "/hq/login")
    page.goto(site.url + "/hq")
    assert page.url.startswith(site.url + "/hq/login"), "signed out: the session no longer opens pages"
    context.close()


def test_the_language_switch_changes_the_page_and_is_remembered(hq_browser, hq_sqlite_site):
    page = browser_page(hq_browser, hq_sqlite_site, "auditor", "en")
    assert page.inner_text("h1") == "What needs a person today"
    with page.expect_navigation():
        page.click("text=中文")
    assert page.inner_text("h1") == "今天需要处理的事项"
    page.goto(hq_sqlite_site.url + "/hq/audit")
    assert page.inner_text("h1") == "审计日志"
    page.context.close()


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_an_admin_issues_an_enrolment_code_and_sees_it_as_a_qr_code(hq_browser, hq_sqlite_site, lang):
    page = browser_page(hq_browser, hq_sqlite_site, "admin", lang)
    page.click("a[href='/hq/stores']")
    page.wait_for_selector("#place-S02")
    screenshot(page, "stores", lang)
    page.fill("#place-S02 input[name=terminal]", f"K{len(lang)}")
    with page.expect_navigation():
        page.click("#place-S02 button[type=submit]")
    assert page.locator("#qr svg").count() == 1
    assert len(page.inner_text("#code")) == 11  # XXXXX-XXXXX
    screenshot(page, "stores-code", lang)
    page.context.close()


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_a_store_manager_filters_the_flags_and_resolves_one_with_a_note(hq_browser, hq_sqlite_site, lang):
    flag = add_flag(hq_sqlite_site, "S01", sku="ST0000001-RED-M", on_hand=-2, sold=3)
    add_flag(hq_sqlite_site, "S01", kind="conflict", event="a repeat with another body")
    page = browser_page(hq_browser, hq_sqlite_site, "store_manager", lang)
    page.goto(hq_sqlite_site.url + "/hq/flags")
    page.select_option("select[name=kind]", "oversell")  # htmx swaps the table in place
    page.wait_for_function("() => !document.querySelector('#flags tr[data-kind=conflict]')")
    assert "kind=oversell" in page.url
    screenshot(page, "flags", lang)
    row = page.locator(f"#flag-{flag}")
    row.locator("input[name=note]").fill("Recounted: two found in the stock room")
    with page.expect_navigation():
        row.locator("button[type=submit]").click()
    assert page.locator(f"#flag-{flag}").count() == 0
    page.goto(hq_sqlite_site.url + "/hq/flags?state=resolved")
    assert "Recounted: two found in the stock room" in page.inner_text(f"#flag-{flag}")
    page.context.close()


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_an_admin_finds_a_cloud_shelf_order_ships_it_and_marks_it_delivered(hq_browser, hq_sqlite_site, lang):
    code = add_shelf_order(hq_sqlite_site, "S02", n=len(lang))
    page = browser_page(hq_browser, hq_sqlite_site, "admin", lang)
    page.click("a[href='/hq/orders']")
    page.fill("input[name=q]", code)
    page.press("input[name=q]", "Enter")  # htmx swaps the list in place
    row = f"tr[id='order-shelf-{code}']"
    page.wait_for_selector(f"{row}[data-state=confirmed]")
    screenshot(page, "orders", lang)
    with page.expect_navigation():
        page.click(f"{row} button[value=ship]")
    assert page.get_attribute(row, "data-state") == "shipped"
    with page.expect_navigation():
        page.click(f"{row} button[value=deliver]")
    assert page.get_attribute(row, "data-state") == "delivered"
    assert page.locator(f"{row} button").count() == 0, "nothing more to do with a delivered order"
    page.goto(hq_sqlite_site.url + f"/hq/audit?entity=shelf_order&entity_id={code}")
    assert page.locator("#audit tbody tr").count() == 2
    screenshot(page, "audit", lang)
    page.context.close()
