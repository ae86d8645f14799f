"""The console in a real browser (Debian's chromium, headless, through Playwright): signing in and
out in both languages, with screenshots of each screen for the README."""

from __future__ import annotations

import pytest

from tests.hq_browser import PASSWORD, browser_page, screenshot


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
