"""The till's API keeps the shape of docs/architecture.md: a thin root (``app.terminal.Terminal``) that opens
the store and signs users in, and one service per area, each in its own module of ``app/terminal/``.

The rule, plainly: the root's public names are the short list below (the plumbing every area shares);
anything else a caller does goes through a service (``terminal.sale.scan``, ``terminal.pickup.queue``).
A new area is a new module and one line in ``Terminal.__init__``; a new method goes on its area's service.
"""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

from app import terminal as package
from app.terminal import Terminal
from tests.conftest import CASHIER

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = Path(package.__file__).parent

# the root's whole public surface: opening and closing the store, signing in and out, and what every area shares
ROOT_METHODS = {"open", "close", "sign_in", "sign_out"}
ROOT_SHARED = {"directory", "db", "info", "config", "user"}
# the areas (DESIGN.md), each a service in app/terminal/<module>.py
AREAS = {
    "sale": "sale",
    "shift": "shift",
    "returns": "returns",
    "catalog": "catalog",
    "pickup": "pickup",
    "shelf": "shelf",
    "stock": "stock",
    "users": "users",
    "printing": "printing",
    "sync": "sync",
}


def test_the_root_has_only_the_plumbing_every_area_shares() -> None:
    """A method added to the root (``Terminal.pickup_queue``, ``Terminal.money``) fails here: it belongs to an area."""
    public = {name for name in vars(Terminal) if not name.startswith("_")}
    assert public == ROOT_METHODS | ROOT_SHARED, "put it on its area's service, not on the root"
    shared = {name for name in public if isinstance(vars(Terminal)[name], property)}
    assert shared == ROOT_SHARED


def test_the_root_builds_one_service_per_area_and_nothing_else() -> None:
    """``Terminal.__init__`` is the shared context and one line per area."""
    init = ast.parse(inspect.getsource(Terminal.__init__).strip()).body[0]
    made = {}
    for stmt in init.body:
        assert isinstance(stmt, ast.Assign) and isinstance(stmt.value, ast.Call), ast.unparse(stmt)
        [target] = stmt.targets
        assert isinstance(target, ast.Attribute) and ast.unparse(target).startswith("self."), ast.unparse(stmt)
        made[target.attr] = ast.unparse(stmt.value.func)
    assert made.pop("_ctx") == "Context"
    assert set(made) == set(AREAS)


def test_each_area_is_a_service_in_its_own_module(term: Terminal) -> None:
    term.sign_in(CASHIER.login, CASHIER.pin)  # a real, open till: the services are what the callers drive
    modules = set()
    for area, module in AREAS.items():
        service = getattr(term, area)
        assert type(service).__module__ == f"app.terminal.{module}", area
        assert (PACKAGE / f"{module}.py").exists()
        modules.add(type(service).__module__)
    assert len(modules) == len(AREAS)
    assert term.user is not None and term.sale.cart is None


def test_app_formats_no_money_for_the_screen() -> None:
    """Display formatting lives with the screens' view models (ui.sale_view), not in the terminal's services:
    only a refusal's message (Context.message_money) and a line's own description format an amount."""
    allowed = {"context.py": {"format_money"}, "sale.py": {"format_plain"}}
    found = {}
    for path in sorted(PACKAGE.glob("*.py")):
        names = {
            alias.name
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.ImportFrom) and node.module == "app.money"
            for alias in node.names
            if alias.name.startswith("format")
        }
        if names - allowed.get(path.name, set()):
            found[path.name] = sorted(names)
    assert not found
    assert "incl. tax" not in "".join(p.read_text(encoding="utf-8") for p in PACKAGE.glob("*.py"))
