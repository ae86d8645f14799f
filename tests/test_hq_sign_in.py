"""Signing in to the head office's console over HTTP, on SQLite and PostgreSQL: sessions in HttpOnly
SameSite cookies (Secure behind HTTPS), idle and absolute expiry on the platform's clock, sign-out,
CSRF on every change, lockout with an admin's unlock (audited), and bad input answered by a page
that says what to fix, never a 5xx."""

from __future__ import annotations

import pytest
import requests

from central import hq_users
from tests.hq_browser import PASSWORD, Client, signed_in

MINUTE = 60


def test_signing_in_opens_a_session_cookie_a_browser_script_cannot_read_and_signing_out_ends_it(hq_site):
    client = Client(hq_site.url)
    answer = client.sign_in("ada")
    assert answer.status_code == 303 and answer.headers["location"] == "/hq"
    cookie = answer.headers["set-cookie"]
    assert "hq_session=" in cookie and "HttpOnly" in cookie and "SameSite=lax" in cookie
    assert "Secure" not in cookie.split("hq_pre")[0], "plain HTTP on loopback: a Secure cookie would never return"
    home = client.get("/hq")
    assert home.status_code == 200 and "Signed in as Ada" in home.text
    token = client.http.cookies.get("hq_session")
    assert client.post("/hq/logout").status_code == 303
    stolen = Client(hq_site.url)
    stolen.http.cookies.set("hq_session", token, path="/hq")
    again = stolen.get("/hq")
    assert again.status_code == 303 and again.headers["location"].startswith("/hq/login")


def test_the_cookie_is_secure_when_the_browser_came_over_https_through_a_proxy(hq_site):
    client = Client(hq_site.url)
    form = client.http.get(hq_site.url + "/hq/login", headers={"X-Forwarded-Proto": "https"})
    assert "Secure" in form.headers["set-cookie"]
    token = form.text.split('name="csrf" value="')[1].split('"')[0]
    # the proxy speaks plain HTTP to the platform: it hands the Secure cookie on as the browser sent it
    form = {"login": "ada", "password": PASSWORD, "csrf": token}
    answer = requests.post(hq_site.url + "/hq/login", allow_redirects=False, headers={"X-Forwarded-Proto": "https"},
                           cookies={"hq_pre": token}, data=form)  # fmt: skip
    assert answer.status_code == 303
    assert "Secure" in answer.headers["set-cookie"].split("hq_pre")[0]


def test_a_session_left_idle_ends_and_one_in_use_ends_at_its_absolute_limit(hq_site):
    idle = signed_in(hq_site, "auditor")
    busy = signed_in(hq_site, "auditor")
    hq_site.advance(29 * MINUTE)
    assert busy.get("/hq").status_code == 200  # used within 30 minutes: still open
    hq_site.advance(2 * MINUTE)
    assert idle.get("/hq").status_code == 303, "31 minutes unused: the sign-in page"
    for _ in range(28):  # in use every 25 minutes, past 12 hours in all
        assert busy.get("/hq").status_code == 200
        hq_site.advance(25 * MINUTE)
    ended = busy.get("/hq")
    assert ended.status_code == 303 and ended.headers["location"].startswith("/hq/login")


def test_a_change_without_the_sessions_csrf_token_is_refused_and_changes_nothing(hq_site):
    client = signed_in(hq_site, "admin")
    for data, headers in (({}, {}), ({"csrf": "forged"}, {}), ({}, {"X-CSRF-Token": "forged"})):
        refused = client.post("/hq/logout", data=data, csrf=False, headers=headers)
        assert refused.status_code == 403
        assert "The form has expired or did not come from this console." in refused.text
        assert client.get("/hq").status_code == 200, "the session is still open"
    by_header = client.post("/hq/logout", csrf=False, headers={"X-CSRF-Token": client.csrf()})  # htmx's way
    assert by_header.status_code == 303
    assert client.get("/hq").status_code == 303


def test_the_sign_in_form_is_refused_without_its_own_token(hq_site):
    client = Client(hq_site.url)
    answer = client.http.post(hq_site.url + "/hq/login", data={"login": "ada", "password": PASSWORD, "csrf": "x"},
                              allow_redirects=False)  # fmt: skip
    assert answer.status_code == 403 and "hq_session" not in answer.headers.get("set-cookie", "")


def test_wrong_passwords_lock_the_user_out_until_an_admin_unlocks_them_and_the_unlock_is_audited(hq_site):
    with hq_site.db_write() as s:
        hq_users.add_user(s, login="lee", name="Lee", role="merchandiser", password=PASSWORD)
    client = Client(hq_site.url)
    for _ in range(4):
        wrong = client.sign_in("lee", "not-the-password")
        assert wrong.status_code == 401 and "Wrong user name or password." in wrong.text
    locked = client.sign_in("lee", "not-the-password")
    assert locked.status_code == 403 and "This account is locked" in locked.text
    still = client.sign_in("lee")
    assert still.status_code == 403 and "Ask an administrator to unlock it." in still.text
    admin = signed_in(hq_site, "admin")
    users = admin.get("/hq/users").text
    assert 'data-login="lee"' in users and "locked" in users
    assert admin.post("/hq/users/lee/unlock").status_code == 303
    assert client.sign_in("lee").status_code == 303
    audit = admin.get("/hq/audit", params={"entity": "hq_user", "entity_id": "lee", "action": "unlock"}).text
    assert "<td>ada</td>" in audit and "unlock" in audit


def test_a_disabled_user_is_signed_out_and_cannot_sign_in(hq_site):
    with hq_site.db_write() as s:
        hq_users.add_user(s, login="dee", name="Dee", role="auditor", password=PASSWORD)
    client = signed_in(hq_site, "auditor")
    dee = Client(hq_site.url)
    assert dee.sign_in("dee").status_code == 303
    with hq_site.db_write() as s:
        hq_users.disable(s, "dee")
    assert dee.get("/hq").status_code == 303
    assert dee.sign_in("dee").status_code == 401
    assert client.get("/hq").status_code == 200, "another user's session is untouched"


@pytest.mark.parametrize(
    ("login", "password", "said"),
    [
        ("", PASSWORD, "Fill in the user name and the password."),
        ("ada", "", "Fill in the user name and the password."),
        ("a" * 61, PASSWORD, "A field is too long."),
        ("ada", "p" * 100_000, "A field is too long."),
        ("ada\x00", PASSWORD, ""),
    ],
)
def test_bad_sign_in_input_gets_a_page_saying_what_to_fix(hq_site, login, password, said):
    client = Client(hq_site.url)
    form = client.get("/hq/login").text
    token = form.split('name="csrf" value="')[1].split('"')[0]
    answer = client.http.post(hq_site.url + "/hq/login", data={"login": login, "password": password, "csrf": token},
                              allow_redirects=False)  # fmt: skip
    assert 400 <= answer.status_code < 500
    assert said in answer.text and "<html" in answer.text


def test_bad_addresses_and_filters_get_a_page_in_the_users_language_never_a_5xx(hq_site):
    client = signed_in(hq_site, "admin", lang="zh_CN")
    unknown = client.get("/hq/lang", params={"to": "klingon"})
    assert unknown.status_code == 400 and "没有这种语言。" in unknown.text
    bad_day = client.get("/hq/audit", params={"since": "3 Dec"})
    assert bad_day.status_code == 400 and "日期格式为 YYYY-MM-DD。" in bad_day.text
    nowhere = client.get("/hq/no-such-page")
    assert nowhere.status_code == 404 and "控制台中没有此页面。" in nowhere.text
    huge = client.get("/hq/audit", params={"actor": "x" * 5000, "entity_id": "\u00e9" * 300})
    assert huge.status_code == 200
    nul = client.get("/hq/audit", params={"actor": "a\x00b"})
    assert 400 <= nul.status_code < 500
    away = client.get("/hq/lang", params={"to": "en", "next": "https://evil.example/"})
    assert away.headers["location"] == "/hq", "the switch never sends the browser to another site"
