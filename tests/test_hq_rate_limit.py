"""Sign-in limits hold across the platform's worker processes: counted in PostgreSQL, the attempt
past the limit is refused whichever of two `central serve --workers 2` processes takes it, even with
the right password."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import requests

from tests.hq_browser import PASSWORD, Client, Site, start_site
from tests.platform import new_pg_database

pytestmark = pytest.mark.slow
PER_MINUTE = 4


@pytest.fixture
def two_workers(pg_admin_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    """A new platform each test: both share one client address, whose attempts count for a minute."""
    site = start_site(new_pg_database(pg_admin_url), tmp_path_factory.mktemp("hq-rate"), workers=2,
                      hq_login_per_minute=PER_MINUTE, hq_lockout_failures=100)  # fmt: skip
    try:
        yield site
    finally:
        site.platform.server.stop()


def attempt(site: Site, login: str, password: str) -> requests.Response:
    """One sign-in from a new browser (its own connection, so either worker may take it)."""
    client = Client(site.url)
    with client.http:
        return client.sign_in(login, password)


def test_a_users_sign_ins_past_the_limit_are_refused_by_every_worker(two_workers: Site):
    for _ in range(PER_MINUTE):
        assert attempt(two_workers, "mei", "wrong-password!").status_code == 401
    refused = attempt(two_workers, "mei", PASSWORD)
    assert refused.status_code == 429 and "Too many attempts." in refused.text
    assert "Wait 60 s and try again." in refused.text
    assert attempt(two_workers, "ada", PASSWORD).status_code == 303, "another user still signs in"


def test_one_client_guessing_many_user_names_is_refused_past_its_limit(two_workers: Site):
    answers = [attempt(two_workers, f"guess{i}", "wrong-password!").status_code for i in range(PER_MINUTE * 3)]
    assert set(answers) == {401}
    refused = attempt(two_workers, "aud", PASSWORD)
    assert refused.status_code == 429 and "Too many attempts." in refused.text
