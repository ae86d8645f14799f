"""No input gives the console a 5xx: any text in any field of its forms and filters (NUL characters,
which PostgreSQL refuses, very long, Chinese, markup) is answered with a page saying what to fix (or
the next page), never the API's JSON, and markup typed in comes back as text, never as markup."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.hq_browser import Site, signed_in

TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=300) | st.sampled_from(
    ["\x00", "S01\x00", "<script>alert(1)</script>", "'; DROP TABLE flags; --", "%_\\", "９９", "x" * 5000]
)
FILTERS = [
    ("/hq/audit", ("actor", "entity", "entity_id", "action", "since", "until")),
    ("/hq/flags", ("kind", "store", "state")),
    ("/hq/orders", ("q", "store", "kind", "state", "refund")),
    ("/hq/lang", ("to", "next")),
    ("/hq/login", ("next",)),
]
FORMS = [
    ("/hq/users", ("login", "name", "role", "stores", "password")),
    ("/hq/stores/S01/codes", ("terminal",)),
    ("/hq/flags/1/resolve", ("note",)),
    ("/hq/orders/pickup/S01-AAAAAA/cancel", ("reason", "location")),
    ("/hq/login", ("login", "password")),
]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=TEXT, which=st.integers(0, 100))
def test_any_text_in_any_filter_or_form_is_answered_without_a_5xx(hq_site: Site, value: str, which: int):
    admin = signed_in(hq_site, "admin")
    path, fields = FILTERS[which % len(FILTERS)]
    shown = admin.get(path, params={fields[which % len(fields)]: value})
    assert shown.status_code < 500, (path, value)
    assert "<script>alert(1)</script>" not in shown.text
    path, fields = FORMS[which % len(FORMS)]
    sent = admin.post(path, {name: value for name in fields})
    assert sent.status_code < 500, (path, value)
    assert "<script>alert(1)</script>" not in sent.text
    for answer in (shown, sent):  # a page for a person (or on to the next page), never the API's JSON
        assert answer.status_code in (302, 303) or "<html" in answer.text, (answer.request.url, answer.text[:200])
