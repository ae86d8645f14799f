"""The stores and tills page: a new enrolment code shown as a QR code enrols a real till, which then
shows as seen; revoking it refuses its next sync; both are audited; a store manager sees only their
stores; a bad till code or store gets a page saying what to fix."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import segno

from app.terminal import Terminal
from sync.client import AuthRefused
from sync.enrol import enrol
from sync.worker import sync_once
from tests.faults import sell_many
from tests.hq_browser import Site, signed_in


def code_from(page: str) -> str:
    found = re.search(r'<p class="code" id="code"><strong>([A-Z0-9]{5}-[A-Z0-9]{5})</strong>', page)
    assert found, page[-1500:]
    return found.group(1)


def till_row(page: str, till: str) -> str:
    found = re.search(rf'<tr data-till="{till}" data-state="(\w+)">(.*?)</tr>', page, re.S)
    assert found, f"no row for {till}"
    return found.group(1) + " " + found.group(2)


def test_a_code_issued_here_enrols_a_till_which_then_shows_as_seen_and_revoking_it_stops_its_sync(
    hq_site: Site, tmp_path: Path
):
    admin = signed_in(hq_site, "admin")
    shown = admin.post("/hq/stores/S01/codes", {"terminal": "t21"})
    assert shown.status_code == 200
    code = code_from(shown.text)
    assert "<svg" in shown.text and segno.make_qr(code, error="m").svg_inline(scale=6, border=4) in shown.text
    assert "Valid once, until" in shown.text and f"cloudshelf enrol --server {hq_site.url} --code {code}" in shown.text
    till = tmp_path / "till"
    enrol(till, hq_site.url, code)
    sync_once(till)
    with Terminal.open(till) as term:
        term.users.add("ann", "Ann", "cashier", "1357", by=term.users.add("boss", "Bo", "manager", "2468"))
    sell_many(till, hq_site.platform.skus[:1], 1)
    sync_once(till)  # the sale goes up: the platform sees the till
    row = till_row(admin.get("/hq/stores").text, "S01-T21")
    assert row.startswith("active") and "never" not in row and "(UTC+8)" in row.split("</td>", 3)[2]  # Shanghai time
    assert admin.post("/hq/stores/S01/tills/T21/revoke").status_code == 303
    assert till_row(admin.get("/hq/stores").text, "S01-T21").startswith("revoked")
    with pytest.raises(AuthRefused):
        sync_once(till)
    log = admin.get("/hq/audit", params={"entity": "terminal", "entity_id": "S01-T21"}).text
    assert "enrol_code" in log and "revoke" in log and code not in log, "the audit never keeps a code"
    again = admin.post("/hq/stores/S01/tills/T21/revoke")
    assert again.status_code == 404 and "There is no enrolled till by that code here." in again.text


def test_a_store_manager_sees_only_their_stores_and_issues_no_codes(hq_site: Site):
    sam = signed_in(hq_site, "store_manager")
    page = sam.get("/hq/stores").text
    assert 'id="place-S01"' in page and 'id="place-S02"' not in page and 'id="place-W01"' not in page
    assert "New enrolment code" not in page
    assert sam.post("/hq/stores/S01/codes", {"terminal": "T30"}).status_code == 403
    admin_page = signed_in(hq_site, "admin").get("/hq/stores").text
    assert all(f'id="place-{code}"' in admin_page for code in ("S01", "S02", "W01"))


@pytest.mark.parametrize(
    ("store", "terminal", "status", "said"),
    [
        ("S01", "", 400, "收银机代码为 1 到 16 个大写字母或数字。"),
        ("S01", "T-01!", 400, "收银机代码为 1 到 16 个大写字母或数字。"),
        ("S01", "T" * 41, 400, "表单不完整或有错误的值。"),
        ("S99", "T01", 404, "没有门店 S99。"),
        ("W01", "T01", 404, "没有门店 W01。"),
    ],
)
def test_a_bad_code_request_gets_a_page_saying_what_to_fix(hq_site: Site, store, terminal, status, said):
    admin = signed_in(hq_site, "admin", lang="zh_CN")
    answer = admin.post(f"/hq/stores/{store}/codes", {"terminal": terminal})
    assert answer.status_code == status and said in answer.text
