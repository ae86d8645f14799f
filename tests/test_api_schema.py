"""Property-based run of schemathesis against the real central service's ``/openapi.json`` (SQLite and
PostgreSQL): no generated request, valid or not, signed in with a real terminal token or not, gets a
5xx, an undocumented status, or an answer that breaks the published schema.

Schemathesis's Python API drives hypothesis inside a plain test (its pytest plugin does not load
under pytest 9); each operation gets a bounded number of examples per mode.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from app import config
from tests.platform import Platform, enrolled_till

EXAMPLES = 25  # per operation, mode and caller: ~500 requests per backend
CHECKS = [not_a_server_error, response_schema_conformance, status_code_conformance, content_type_conformance]


def has_inputs(operation) -> bool:
    """Negative generation needs something to break: a parameter or a body."""
    parts = (operation.path_parameters, operation.query, operation.headers, operation.cookies)
    return any(len(p) for p in parts) or bool(operation.body)


def fuzz(schema, headers: dict[str, str]) -> list[str]:
    """Every operation in both modes; the failures found, as schemathesis reports them."""
    failures = []
    for result in schema.get_all_operations():
        operation = result.ok()
        modes = [GenerationMode.POSITIVE] + ([GenerationMode.NEGATIVE] if has_inputs(operation) else [])
        for mode in modes:

            @given(case=operation.as_strategy(generation_mode=mode))
            @settings(max_examples=EXAMPLES, deadline=None, database=None, suppress_health_check=list(HealthCheck))
            def check(case) -> None:
                case.call_and_validate(headers=headers, checks=CHECKS)

            try:
                check()
            except Exception as exc:
                failures.append(f"{operation.label} ({mode.value}): {exc}")
    return failures


def central_rows(platform: Platform) -> tuple:
    return tuple(platform.scalar(f"SELECT COUNT(*) FROM {table}") for table in ("events", "sales", "stock_movements"))


def test_no_5xx_and_answers_match_the_schema(platform: Platform, tmp_path: Path) -> None:
    till = enrolled_till(platform, tmp_path / "till")
    with sqlite3.connect(till / config.STORE_FILE) as db:
        token = db.execute("SELECT token FROM sync_config WHERE id = 1").fetchone()[0]
    schema = schemathesis.openapi.from_url(platform.url + "/openapi.json")
    labels = {r.ok().label for r in schema.get_all_operations()}
    assert {"POST /v1/events", "GET /v1/feeds/{feed}", "GET /v1/snapshots/{feed}", "POST /v1/enrol"} <= labels

    before = central_rows(platform)
    assert fuzz(schema, {}) == []  # no token
    assert central_rows(platform) == before, "an unauthenticated request wrote something"
    assert fuzz(schema, {"Authorization": f"Bearer {token}"}) == []
    # the generated pushes never named this till's store and terminal, so none of them was taken
    assert central_rows(platform) == before
    assert platform.server.healthy()
