"""The flags page: an oversell a real till's sale raised shows in the queue, is resolved with a note
(kept with the flag and in the audit log), and cannot be resolved twice; a resolve without a note
changes nothing; a store manager sees and resolves only their stores' flags; the filters work as an
htmx partial update."""

from __future__ import annotations

import re
from pathlib import Path

from sync.worker import sync_once
from tests.faults import sell_many
from tests.hq_browser import Site, add_flag, signed_in
from tests.platform import enrolled_till


def row(page: str, flag_id: int) -> str:
    found = re.search(rf'<tr id="flag-{flag_id}".*?</tr>', page, re.S)
    return found.group(0) if found else ""


def test_an_oversell_from_a_till_is_resolved_with_a_note_once_and_audited(hq_site: Site, tmp_path: Path):
    till = enrolled_till(hq_site.platform, tmp_path / "till", "S01", "T41")
    sku = hq_site.platform.skus[-1]  # no stock anywhere: the sale is kept and the oversell flagged
    sell_many(till, [sku], 1)
    sync_once(till)
    admin = signed_in(hq_site, "admin")
    page = admin.get("/hq/flags", params={"kind": "oversell", "store": "S01"}).text
    ids = [int(i) for i in re.findall(r'<tr id="flag-(\d+)" data-kind="oversell" data-store="S01">', page)]
    flag_id = next(i for i in ids if sku in row(page, i))
    empty = admin.post(f"/hq/flags/{flag_id}/resolve", {"note": "   "})
    assert empty.status_code == 400 and "Say what was done about the flag." in empty.text
    assert "What was done" in row(admin.get("/hq/flags").text, flag_id), "still open"
    done = admin.post(f"/hq/flags/{flag_id}/resolve", {"note": "Counted the shelf: 2 more found, stock adjusted."})
    assert done.status_code == 303
    assert row(admin.get("/hq/flags").text, flag_id) == "", "no longer in the open queue"
    resolved = row(admin.get("/hq/flags", params={"state": "resolved"}).text, flag_id)
    assert "Resolved by ada" in resolved and "Counted the shelf" in resolved
    again = admin.post(f"/hq/flags/{flag_id}/resolve", {"note": "twice"})
    assert again.status_code == 409 and "This flag was resolved already." in again.text
    log = admin.get("/hq/audit", params={"entity": "flag", "entity_id": str(flag_id)}).text
    assert log.count("<td>resolve</td>") == 1 and "Counted the shelf" in log


def test_a_store_manager_sees_and_resolves_only_their_stores_flags(hq_site: Site):
    mine, theirs = add_flag(hq_site, "S01", sku="MINE"), add_flag(hq_site, "S02", sku="THEIRS")
    sam = signed_in(hq_site, "store_manager")
    page = sam.get("/hq/flags").text
    assert row(page, mine) and not row(page, theirs)
    assert not row(sam.get("/hq/flags", params={"store": "S02"}).text, theirs)
    assert sam.post(f"/hq/flags/{theirs}/resolve", {"note": "not mine"}).status_code == 403
    assert row(signed_in(hq_site, "admin").get("/hq/flags").text, theirs), "still open"
    assert sam.post(f"/hq/flags/{mine}/resolve", {"note": "done"}).status_code == 303


def test_the_filter_answers_an_htmx_request_and_bad_filters_get_a_page(hq_site: Site):
    conflict = add_flag(hq_site, "S02", kind="conflict", event="E1")
    auditor = signed_in(hq_site, "auditor", lang="zh_CN")
    part = auditor.get("/hq/flags", params={"kind": "conflict"}, headers={"HX-Request": "true"})
    assert part.status_code == 200 and row(part.text, conflict) and 'id="flags"' in part.text
    assert "What was done" not in row(part.text, conflict), "an auditor reads, never resolves"
    bad = auditor.get("/hq/flags", params={"state": "sideways"})
    assert bad.status_code == 400 and "请选择显示待处理、已处理或全部标记。" in bad.text
    assert auditor.post("/hq/flags/1/resolve", {"note": "x"}).status_code == 403
    admin = signed_in(hq_site, "admin")
    for wrong in ("abc", "0", str(2**70)):
        assert admin.post(f"/hq/flags/{wrong}/resolve", {"note": "x"}).status_code == 400
    assert admin.post("/hq/flags/999999/resolve", {"note": "x"}).status_code == 404
    long = admin.post(f"/hq/flags/{conflict}/resolve", {"note": "x" * 501})
    assert long.status_code == 400 and "A note is at most 500 characters." in long.text
