"""Property-based runs of schemathesis against the real central service's ``/openapi.json`` (SQLite and
PostgreSQL): no generated request, valid or not, with no credentials, a real terminal token or a real
shop key, gets a 5xx, an undocumented status, or an answer that breaks the published schema.

Schemathesis's own runner (``st run``, the same as a developer types) runs every phase: the schema's
examples, coverage (boundaries and each constraint broken in turn), fuzzing (hypothesis) and stateful
sequences; it is seeded and deterministic, so a failure repeats.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from central import shop_keys
from tests.platform import Platform, enrolled_till
from tests.test_sync_protocol import token_of

CHECKS = "not_a_server_error,response_schema_conformance,status_code_conformance,content_type_conformance"
PHASES = "examples,coverage,fuzzing,stateful"


def schemathesis(platform: Platform, headers: dict[str, str], examples: int, workdir: Path) -> None:
    """One seeded run of every phase over every operation; fails with schemathesis's own report."""
    st = Path(sys.executable).with_name("st")
    args = [str(st), "run", platform.url + "/openapi.json", "--phases", PHASES, "--checks", CHECKS,
            "--max-examples", str(examples), "--seed", "20261203", "--generation-deterministic",
            "--generation-allow-x00", "true", "--workers", "1", "--no-color", "--output-truncate", "false",
            "--suppress-health-check", "all", "--warnings", "off"]  # fmt: skip
    for name, value in headers.items():
        args += ["--header", f"{name}: {value}"]
    run = subprocess.run(args, capture_output=True, text=True, cwd=workdir, timeout=600)
    assert run.returncode == 0, run.stdout[-8000:] + run.stderr[-2000:]
    assert "examples" in run.stdout.lower() and "stateful" in run.stdout.lower(), run.stdout[-3000:]


def central_rows(platform: Platform) -> tuple:
    return tuple(platform.scalar(f"SELECT COUNT(*) FROM {table}") for table in ("events", "sales", "stock_movements"))


def shop_key(platform: Platform) -> str:
    db = platform.db()
    try:
        with db.write() as s:
            return shop_keys.create(s, "fuzz shop")
    finally:
        db.dispose()


def test_no_5xx_and_answers_match_the_schema_without_credentials(platform: Platform, tmp_path: Path) -> None:
    before = central_rows(platform)
    schemathesis(platform, {}, 15, tmp_path)
    assert central_rows(platform) == before, "an unauthenticated request wrote something"
    assert platform.server.healthy()


@pytest.mark.slow
def test_no_5xx_and_answers_match_the_schema_with_a_till_token_and_a_shop_key(
    platform: Platform, tmp_path: Path
) -> None:
    till = enrolled_till(platform, tmp_path / "till")
    before = central_rows(platform)
    schemathesis(platform, {"Authorization": f"Bearer {token_of(till)}"}, 25, tmp_path)
    # the generated pushes never named this till's store and terminal, so none of them was taken
    assert central_rows(platform) == before
    schemathesis(platform, {"Authorization": f"Bearer {shop_key(platform)}"}, 25, tmp_path)
    assert platform.server.healthy()
