"""The console's staff, fleet and stock pages over HTTP as a browser uses them (forms, CSRF): changes
made there reach the domain and its audit log, a PIN never shows on any page, a store manager is held
to their store, and a bad form says what to fix and changes nothing. SQLite and PostgreSQL."""

from __future__ import annotations

import re
from pathlib import Path

from central import audit
from sync.enrol import enrol
from sync.worker import sync_once
from tests.hq_browser import Site, signed_in


def staff_row(html: str, login: str) -> str:
    found = re.search(rf'<tr data-login="{login}">(.*?)</tr>', html, re.S)
    assert found, f"{login} is not listed"
    return found.group(1)


def audit_entries(site: Site, entity: str, entity_id: str) -> list:
    db = site.platform.db()
    try:
        with db.read() as s:
            return audit.search(s, entity=entity, entity_id=entity_id)
    finally:
        db.dispose()


def test_staff_added_changed_and_revoked_in_the_console_audited_and_the_pin_never_shown(hq_site: Site) -> None:
    admin = signed_in(hq_site, "admin")
    added = admin.post("/hq/staff", {"login": "lin", "name": "Lin", "role": "cashier", "stores": ["S01", "S02"],
                                     "pin": "60417"})  # fmt: skip
    assert added.status_code == 303, added.text[-400:]
    page = admin.get("/hq/staff").text
    assert "S01, S02" in staff_row(page, "lin") and "60417" not in page
    assert admin.post("/hq/staff/lin/change", {"role": "clerk", "stores": ["S02"]}).status_code == 303
    assert admin.post("/hq/staff/lin/pin", {"pin": "73952"}).status_code == 303
    page = admin.get("/hq/staff").text
    assert ">S02<" in staff_row(page, "lin") and "73952" not in page
    assert admin.post("/hq/staff/lin/revoke").status_code == 303
    assert "lin" not in re.findall(r'data-login="([^"]+)"', admin.get("/hq/staff").text)
    entries = audit_entries(hq_site, "staff", "lin")
    assert {e.action for e in entries} == {"staff.add", "staff.change", "staff.pin_reset", "staff.revoke"}
    assert all(e.actor == "ada" for e in entries)
    assert not any("60417" in str(e.after) or "73952" in str(e.after) or "pin_hash" in str(e.after) for e in entries)


def test_a_store_manager_sees_and_changes_only_their_stores_staff(hq_site: Site) -> None:
    admin = signed_in(hq_site, "admin")
    for login, stores in (("kai", ["S01"]), ("rui", ["S02"]), ("yan", ["S01", "S02"])):
        assert admin.post("/hq/staff", {"login": login, "name": login, "role": "cashier", "stores": stores,
                                        "pin": "5820"}).status_code == 303  # fmt: skip
    manager = signed_in(hq_site, "store_manager")  # runs S01
    listed = set(re.findall(r'data-login="([^"]+)"', manager.get("/hq/staff").text))
    assert {"kai", "yan"} <= listed and "rui" not in listed
    assert manager.post("/hq/staff/rui/revoke").status_code == 403
    assert manager.post("/hq/staff/yan/pin", {"pin": "9135"}).status_code == 403  # she also works at S02
    assert manager.post("/hq/staff", {"login": "zed", "name": "Zed", "role": "cashier", "stores": ["S02"],
                                      "pin": "5820"}).status_code == 403  # fmt: skip
    assert manager.post("/hq/staff/kai/change", {"role": "manager", "stores": ["S01"]}).status_code == 303
    assert "rui" in re.findall(r'data-login="([^"]+)"', admin.get("/hq/staff").text)


def test_a_bad_staff_form_says_what_to_fix_in_the_pages_language(hq_site: Site) -> None:
    admin = signed_in(hq_site, "admin", "zh_CN")
    answer = admin.post("/hq/staff", {"login": "bad", "name": "B", "role": "cashier", "stores": ["S01"], "pin": "12"})
    assert answer.status_code == 400 and "PIN 码为 4 到 8 位数字" in answer.text
    assert "bad" not in re.findall(r'data-login="([^"]+)"', admin.get("/hq/staff").text)


def test_fleet_and_stock_pages_with_an_adjustment(hq_site: Site, tmp_path: Path) -> None:
    sku = hq_site.platform.skus[0]
    hq_site.platform.adjust("S01", sku, 6)
    hq_site.platform.adjust("S02", sku, 3)
    enrol(tmp_path / "s01", hq_site.url, hq_site.platform.enrol_code("S01", "T05"))
    sync_once(tmp_path / "s01")  # it reported
    enrol(tmp_path / "s02", hq_site.url, hq_site.platform.enrol_code("S02", "T06"))  # never synced
    manager = signed_in(hq_site, "store_manager")
    levels = manager.get(f"/hq/stock?style={sku.split('-')[0]}").text
    assert f'data-row="S01:{sku}"' in levels and f'data-row="S02:{sku}"' not in levels
    assert manager.get(f"/hq/stock?location=S02&style={sku.split('-')[0]}").status_code == 403
    done = manager.post("/hq/stock/adjust", {"sku": sku, "location": "S01", "qty": "-2", "reason": "damaged"})
    assert done.status_code == 303
    ledger = manager.get(f"/hq/stock/ledger?sku={sku}&location=S01").text
    assert "source-adjustment" in ledger and "damaged" in ledger and ">4<" in ledger
    assert (
        manager.post("/hq/stock/adjust", {"sku": sku, "location": "S02", "qty": "1", "reason": "found"}).status_code
        == 403
    )
    bad = manager.post("/hq/stock/adjust", {"sku": sku, "location": "S01", "qty": "1.5", "reason": "found"})
    assert bad.status_code == 400
    assert (
        hq_site.platform.scalar("SELECT on_hand FROM stock_levels WHERE location_code = 'S01' AND sku = :s", s=sku) == 4
    )
    assert [e.actor for e in audit_entries(hq_site, "stock", f"S01:{sku}")] == ["sam"]
    fleet = manager.get("/hq/fleet").text
    assert 'data-till="S01-T05"' in fleet and "S02-T06" not in fleet and "0.1.0" in fleet
    fleet = signed_in(hq_site, "auditor").get("/hq/fleet").text
    assert re.search(r'<tr data-till="S02-T06" class="silent">', fleet) and "Never reported" in fleet
