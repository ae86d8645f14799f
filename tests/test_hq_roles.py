"""Roles as a matrix: every route of the console (read from the routes themselves, so a new page is
in the matrix as soon as it exists) x every role x the store manager's own store and another store.
What each should get follows from central/hq/roles.py; nothing a till's or a web shop's token can
reach here; a store manager never sees another store's data."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from fastapi.routing import APIRoute

from central import auth, hq_users, shop_keys
from central.hq import ROUTERS
from central.hq.roles import PERMISSIONS, allows
from tests.hq_browser import USERS, Client, Site, add_flag, add_pickup_order, signed_in

# the pages without a session, by design: signing in and choosing the language show no data
PUBLIC = {("GET", "/hq/login"), ("POST", "/hq/login"), ("GET", "/hq/lang")}
SIGN_OUT = ("POST", "/hq/logout")
OWN, OTHER = "S01", "S02"  # the store manager's store, and another


def routes() -> list[tuple[str, str, str | None]]:
    """(method, path, permission) of every console route; the permission is its ``needs`` dependency's."""
    found = []
    for router in ROUTERS:
        for route in router.routes:
            assert isinstance(route, APIRoute)
            marks = [d.call.permission for d in route.dependant.dependencies if hasattr(d.call, "permission")]
            for method in sorted(route.methods - {"HEAD"}):
                if (method, route.path) in PUBLIC:
                    continue
                assert len(marks) == 1, f"{method} {route.path} takes no needs(permission): anyone could reach it"
                found.append((method, route.path, marks[0]))
    return found


# a sample value for each path parameter: (own store's, another store's); None for another store = not store-bound
SAMPLES: dict[str, Callable[[Site], tuple[str, str | None]]] = {
    "login": lambda site: (spare_user(site), None),
    "location": lambda site: (OWN, OTHER),
    "terminal": lambda site: ("T01", None),
    "flag_id": lambda site: (str(add_flag(site, OWN)), str(add_flag(site, OTHER))),
    "kind": lambda site: ("pickup", None),
    "code": lambda site: (add_pickup_order(site, OWN), add_pickup_order(site, OTHER)),
    "action": lambda site: ("cancel", None),
}

# --- part B: catalogue and prices (the catalogue is the chain's; a store's price list is that store's)


def add_price_list(site: Site, store: str) -> str:
    from central import prices

    with site.db_write() as s:
        if s.get(prices.HqPriceList, f"R{store}") is None:
            prices.create_list(s, code=f"R{store}", name=store, scope_kind="store", scope_code=store)
    return f"R{store}"


def add_price_entry(site: Site) -> str:
    from central import prices

    add_price_list(site, OWN)
    with site.db_write() as s:
        return str(prices.add_entry(s, f"R{OWN}", prices.EntryInput(site.platform.skus[0], "9.00", "2030-01-01")).id)


def add_image(site: Site) -> str:
    import io

    from PIL import Image

    from central import styles

    kept = site.platform.scalar("SELECT MAX(id) FROM style_images")
    if kept is not None:
        return str(kept)
    png = io.BytesIO()
    Image.new("RGB", (4, 4)).save(png, "PNG")
    with site.db_write() as s:
        return str(styles.add_image(s, site.platform.skus[0].split("-")[0], png.getvalue()).id)


SAMPLES.update({
    "style": lambda site: (site.platform.skus[0].split("-")[0], None),
    "image_id": lambda site: (add_image(site), None),
    "list_code": lambda site: (add_price_list(site, OWN), add_price_list(site, OTHER)),
    "entry_id": lambda site: (add_price_entry(site), None),
})  # fmt: skip


def spare_user(site: Site) -> str:
    """A user the matrix may unlock and disable (never one it signs in as)."""
    with site.db_write() as s:
        if "zed" not in {row.login for row in hq_users.users(s)}:
            hq_users.add_user(s, login="zed", name="Zed", role="auditor", password="zed-password-1")
    return "zed"


def address(site: Site, path: str, own: bool) -> tuple[str, bool]:
    """The path filled with samples; whether it names another store's data."""
    other_store = False

    def fill(match: re.Match) -> str:
        nonlocal other_store
        name = match.group(1).split(":")[0]
        assert name in SAMPLES, f"add a sample for the path parameter {{{name}}} to tests/test_hq_roles.py"
        mine, theirs = SAMPLES[name](site)
        if not own and theirs is not None:
            other_store = True
            return theirs
        return mine

    return re.sub(r"\{([^}]+)\}", fill, path), other_store


@pytest.fixture(scope="module")
def clients(hq_site: Site) -> dict[str, Client]:
    return {role: signed_in(hq_site, role) for role in USERS}


def test_every_role_has_known_permissions_and_the_auditor_only_reads():
    assert PERMISSIONS["auditor"] == {p for p in PERMISSIONS["admin"] if p.endswith(".view")}
    assert not any(p.endswith((".edit", ".adjust", ".resolve", ".act", ".admin")) for p in PERMISSIONS["auditor"])


@pytest.mark.parametrize("role", sorted(USERS))
def test_every_route_answers_each_role_as_its_permissions_say(hq_site: Site, clients, role: str):
    client = clients[role]
    wrong = []
    for method, path, permission in routes():
        if (method, path) == SIGN_OUT:  # it would end the session the matrix goes on with (tests/test_hq_sign_in.py)
            continue
        for own in (True, False):
            target, theirs = address(hq_site, path, own)
            answer = client.get(target) if method == "GET" else client.post(target, {})
            expected_refused = permission is not None and (
                not allows(role, permission) or (theirs and USERS[role][1] is not None)
            )
            refused = answer.status_code == 403
            if answer.status_code >= 500 or refused != expected_refused or (answer.status_code in (401, 303) and \
                    answer.headers.get("location", "").startswith("/hq/login")):  # fmt: skip
                wrong.append(f"{role} {method} {target}: {answer.status_code}, expected refused={expected_refused}")
    assert not wrong, "\n".join(wrong)


def test_a_tills_or_a_shops_token_opens_nothing_in_the_console(hq_site: Site):
    with hq_site.db_write() as s:
        code = auth.new_enrol_code(s, OWN, "T77")
    with hq_site.db_write() as s:
        _terminal, till_token, _ = auth.enrol(s, code)
        shop_key = shop_keys.create(s, "webshop-hq-test")
    for token in (till_token, shop_key):
        visitor = Client(hq_site.url)
        for method, path, _permission in routes():
            target, _ = address(hq_site, path, True)
            headers = {"Authorization": f"Bearer {token}"}
            answer = visitor.get(target, headers=headers) if method == "GET" else \
                visitor.post(target, {}, csrf=False, headers=headers)  # fmt: skip
            assert answer.status_code == 303, f"{method} {target}: {answer.status_code}"
            assert answer.headers["location"].startswith("/hq/login"), f"{method} {target}"
