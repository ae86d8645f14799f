"""The platform as several server processes on one PostgreSQL database (two workers): a repeated shop
order at once, migrations at once, an old schema, an oversized body, a database that went away."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests

from central import shop_keys
from central.db import CentralDB
from tests.platform import ROOT, CentralProcess, PostgresCluster, make_platform, new_pg_database

WORKERS = 2


@pytest.fixture
def pg_url(pg_admin_url: str) -> str:
    return new_pg_database(pg_admin_url)


@pytest.fixture
def two_workers(pg_url: str, tmp_path: Path):
    platform = make_platform(pg_url, tmp_path)
    platform.server.stop()
    platform.server = CentralProcess(pg_url, workers=WORKERS, args=("--max-body", "1048576")).start()
    try:
        yield platform
    finally:
        platform.server.stop()


def central(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app", "central", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=120)  # fmt: skip


def test_the_same_shop_reference_ten_times_at_once_is_one_order(two_workers) -> None:
    db = two_workers.db()
    with db.write() as s:
        key = shop_keys.create(s, "web")
    db.dispose()
    sku = two_workers.skus[0]
    two_workers.adjust("S01", sku, 50)
    order = {"store": "S01", "lines": [{"sku": sku, "qty": 1}], "paid": True, "customer": {"name": "Ann"},
             "reference": "web-10001"}  # fmt: skip

    def send(_: int) -> requests.Response:
        with requests.Session() as client:  # a connection each: the two workers share them out
            return client.post(two_workers.url + "/v1/shop/orders", json=order,
                               headers={"Authorization": f"Bearer {key}"}, timeout=60)  # fmt: skip

    with ThreadPoolExecutor(10) as pool:
        answers = list(pool.map(send, range(10)))
    assert [a.status_code for a in answers] == [201] * 10, [a.text[:200] for a in answers]
    assert len({a.json()["code"] for a in answers}) == 1
    assert sorted(a.json()["repeat"] for a in answers) == [False] + [True] * 9
    assert two_workers.scalar("SELECT COUNT(*) FROM orders") == 1


@pytest.mark.parametrize("backend", ["postgresql", "sqlite"])
def test_three_processes_migrate_an_empty_database_at_once_and_serve_wants_the_schema(
    backend: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    pg_url = request.getfixturevalue("pg_url") if backend == "postgresql" else str(tmp_path / "central.db")
    refused = central("serve", "--db", pg_url, "--port", "1")
    assert refused.returncode == 2
    assert "schema none (empty)" in refused.stderr and "--migrate" in refused.stderr, refused.stderr
    runs = [subprocess.Popen([sys.executable, "-m", "app", "central", "migrate", "--db", pg_url], cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(3)]  # fmt: skip
    outcomes = [(run.wait(120), run.stderr.read()) for run in runs]
    assert [code for code, _ in outcomes] == [0, 0, 0], outcomes
    db = CentralDB(pg_url)
    db.check_schema()  # at head, once
    db.dispose()


def test_serve_migrates_only_when_told(pg_url: str) -> None:
    server = CentralProcess(pg_url, workers=WORKERS, args=("--migrate",)).start()
    try:
        assert requests.get(server.url + "/v1/health", timeout=10).json() == {"ok": True}
    finally:
        server.stop()


def test_an_oversized_body_is_refused_unread(two_workers) -> None:
    """Sixty megabytes announced and never sent: the answer comes anyway, so nothing waited to read
    it; the same in chunks stops at the limit."""
    with socket.create_connection(("127.0.0.1", two_workers.server.port), timeout=30) as sock:
        sock.sendall(b"POST /v1/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                     b"Authorization: Bearer nobody\r\nContent-Length: 62914560\r\n\r\n{\"events\": [")  # fmt: skip
        head, _, body = read_answer(sock).partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 413"), head
    assert json.loads(body)["error"] == "too_large"

    def chunks():
        yield b'{"events": ['
        for _ in range(60):
            yield b'{"x": "' + b"a" * 1_000_000 + b'"},'

    answer = requests.post(two_workers.url + "/v1/events", data=chunks(), timeout=60,
                           headers={"Content-Type": "application/json", "Authorization": "Bearer nobody"})  # fmt: skip
    assert answer.status_code == 413 and answer.json()["error"] == "http_413", answer.text[:300]


def read_answer(sock: socket.socket) -> bytes:
    """Everything the server sends until it closes the connection (it does after a 413)."""
    data = b""
    while part := sock.recv(65536):
        data += part
    return data


def test_health_is_503_when_the_database_is_gone(tmp_path: Path) -> None:
    cluster = PostgresCluster()  # its own cluster: this test stops it
    try:
        platform = make_platform(new_pg_database(cluster.admin_url), tmp_path)
        platform.server.stop()
        platform.server = CentralProcess(platform.db_url, workers=WORKERS).start()
        assert requests.get(platform.url + "/v1/health", timeout=10).status_code == 200
        cluster.stop()
        for _ in range(WORKERS * 2):  # whichever worker answers
            answer = requests.get(platform.url + "/v1/health", timeout=60)
            assert answer.status_code == 503, answer.text
            assert answer.json()["error"] == "no_database"
        platform.server.stop()
    finally:
        cluster.stop()


def guesses(url: str, n: int, forwarded_for: str | None = None) -> list[int]:
    """``n`` enrolments with a wrong code, each on a connection of its own (the workers share them)."""
    statuses = []
    for i in range(n):
        headers = {"X-Forwarded-For": forwarded_for or f"10.0.0.{i}"}
        with requests.Session() as client:
            statuses.append(client.post(url + "/v1/enrol", json={"code": "WRONG-CODE"}, headers=headers,
                                        timeout=30).status_code)  # fmt: skip
    return statuses


def test_the_enrolment_limit_holds_across_workers_and_restarts_and_ignores_spoofed_addresses(two_workers) -> None:
    statuses = guesses(two_workers.url, 25)  # a new X-Forwarded-For each time, from no trusted proxy
    assert 429 not in statuses[:10] and statuses[10:] == [429] * 15, statuses
    two_workers.server.stop()
    two_workers.server = CentralProcess(two_workers.db_url, workers=WORKERS).start()
    assert guesses(two_workers.url, 1) == [429]  # the count lives in the database


def test_behind_a_trusted_proxy_each_forwarded_client_has_its_own_limit(two_workers) -> None:
    two_workers.server.stop()
    two_workers.server = CentralProcess(two_workers.db_url, workers=WORKERS,
                                        args=("--trusted-proxy", "127.0.0.1")).start()  # fmt: skip
    statuses = guesses(two_workers.url, 12, "203.0.113.7")
    assert 429 not in statuses[:10] and statuses[10:] == [429, 429], statuses
    assert guesses(two_workers.url, 1, "203.0.113.8") != [429]
