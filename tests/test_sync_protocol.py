"""The push protocol's hard cases against a real central service (SQLite and PostgreSQL): the same
event id with another body, and callers the service must refuse without writing anything."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
import requests
from sqlalchemy import text

from app import config
from app.terminal import Terminal
from sync.client import AuthRefused
from sync.worker import sync_once
from tests.platform import Platform, enrolled_till


def sell(term: Terminal, sku: str) -> str:
    term.sale.scan(sku)
    term.sale.add_cash(term.sale.totals().due)
    return term.sale.complete().receipt_no


def token_of(till: Path) -> str:
    with sqlite3.connect(till / config.STORE_FILE) as db:
        return db.execute("SELECT token FROM sync_config WHERE id = 1").fetchone()[0]


def pending_events(till: Path) -> list[dict]:
    with sqlite3.connect(till / config.STORE_FILE) as db:
        rows = db.execute(
            "SELECT o.body FROM outbox o JOIN outbox_delivery d ON d.event_id = o.id "
            "WHERE d.status = 'pending' ORDER BY o.seq"
        ).fetchall()
    return [json.loads(body) for (body,) in rows]


def central_counts(platform: Platform) -> tuple:
    return (
        platform.scalar("SELECT COUNT(*) FROM events"),
        platform.scalar("SELECT COUNT(*) FROM sales"),
        platform.scalar("SELECT COALESCE(SUM(qty), 0) FROM stock_movements"),
    )


def test_same_id_other_body_is_a_conflict_and_the_relay_goes_on(platform: Platform, tmp_path: Path) -> None:
    till = enrolled_till(platform, tmp_path / "till")
    sku = platform.skus[0]
    platform.adjust("S01", sku, 10)
    sync_once(till)
    with Terminal.open(till) as term:
        term.sign_in("ann", "1357")
        term.shift.open(10_000)
        first = sell(term, sku)
    sync_once(till)
    with Terminal.open(till) as term:
        term.sign_in("ann", "1357")
        sell(term, sku)
        sell(term, sku)
    # someone sends the till's next event first, with a different body
    forged = pending_events(till)[0]
    forged["data"]["total"] += 100
    answer = requests.post(
        platform.url + "/v1/events",
        json={"events": [forged]},
        headers={"Authorization": f"Bearer {token_of(till)}"},
        timeout=10,
    )
    assert answer.status_code == 200 and answer.json()["results"][0]["status"] == "accepted"

    done = sync_once(till)
    assert done.push.dead == 1 and done.push.acked == 1, done  # the conflict is set aside, the rest goes on
    with Terminal.open(till) as term:
        dead = term.sync.dead_letters()
        assert [d["id"] for d in dead] == [forged["id"]] and "another body" in dead[0]["error"]
        assert term.sync.health().dead_letters == 1
    flagged = platform.rows("SELECT kind, event_id FROM flags WHERE kind = 'conflict'")
    assert [event for _, event in flagged] == [forged["id"]]
    assert platform.scalar("SELECT COUNT(*) FROM sales WHERE receipt_no = :r", r=first) == 1
    # a repeat of the same conflicting body changes nothing more
    before = central_counts(platform)
    assert sync_once(till).push.acked == 0
    assert central_counts(platform) == before


def test_refused_callers_write_nothing(platform: Platform, tmp_path: Path) -> None:
    till = enrolled_till(platform, tmp_path / "till")
    other = enrolled_till(platform, tmp_path / "other", store="S02", terminal="T01")
    with Terminal.open(till) as term:
        term.sign_in("ann", "1357")
        term.shift.open(10_000)
        sell(term, platform.skus[1])
    events = pending_events(till)
    before = central_counts(platform)

    def push(headers: dict) -> requests.Response:
        return requests.post(platform.url + "/v1/events", json={"events": events}, headers=headers, timeout=10)

    for headers in ({}, {"Authorization": "Bearer nonsense"}, {"Authorization": "Basic abc"}, {"Authorization": ""}):
        answer = push(headers)
        assert answer.status_code == 401, (headers, answer.text)
        assert answer.json()["message"], "the refusal says why"
    # a token of another store may not push this store's sales
    answer = push({"Authorization": f"Bearer {token_of(other)}"})
    statuses = {r["status"] for r in answer.json()["results"]} if answer.status_code == 200 else {answer.status_code}
    assert statuses <= {"forbidden", 403}, answer.text
    assert central_counts(platform) == before

    # a used or unknown enrol code
    for code in ("NOT-A-CODE", "A" * 40):
        answer = requests.post(platform.url + "/v1/enrol", json={"code": code}, timeout=10)
        assert answer.status_code in (401, 403, 404), answer.text
        assert answer.json()["message"]

    # a revoked token: refused; the till keeps its events and says what to do
    from central import auth

    db = platform.db()
    try:
        with db.write() as s:
            auth.revoke(s, "S01", "T01")
    finally:
        db.dispose()
    assert push({"Authorization": f"Bearer {token_of(till)}"}).status_code == 401
    with pytest.raises(AuthRefused):
        sync_once(till)
    assert central_counts(platform) == before
    with Terminal.open(till) as term:
        health = term.sync.health()
        assert health.backlog == len(events) and health.dead_letters == 0
        assert "revoked" in health.last_error and "Enrol the terminal again" in health.last_error


def test_an_expired_token_or_code_is_refused_and_writes_nothing(platform: Platform, tmp_path: Path) -> None:
    till = enrolled_till(platform, tmp_path / "till")
    with Terminal.open(till) as term:
        term.sign_in("ann", "1357")
        term.shift.open(10_000)
        sell(term, platform.skus[1])
    stale_code = platform.enrol_code("S01", "T02")
    db = platform.db()
    try:
        with db.write() as s:
            s.execute(text("UPDATE terminals SET expires_at = '2001-01-01T00:00:00.000Z'"))
            s.execute(text("UPDATE enrol_codes SET expires_at = '2001-01-01T00:00:00.000Z' WHERE used_at IS NULL"))
    finally:
        db.dispose()
    before = central_counts(platform)
    headers = {"Authorization": f"Bearer {token_of(till)}"}
    for method, path in (("POST", "/v1/events"), ("GET", "/v1/feeds/catalog"), ("GET", "/v1/snapshots/stock")):
        answer = requests.request(method, platform.url + path, json={"events": pending_events(till)}, headers=headers)
        assert answer.status_code == 401 and answer.json()["error"] == "expired", (path, answer.text)
    with pytest.raises(AuthRefused):
        sync_once(till)
    assert central_counts(platform) == before
    with Terminal.open(till) as term:
        health = term.sync.health()
        assert health.backlog == 2 and health.dead_letters == 0
        assert "expired" in health.last_error and "Enrol the terminal again" in health.last_error
    answer = requests.post(platform.url + "/v1/enrol", json={"code": stale_code}, timeout=10)
    assert answer.status_code == 403 and "expired" in answer.json()["message"]
    assert platform.scalar("SELECT COUNT(*) FROM terminals WHERE code = 'T02'") == 0
