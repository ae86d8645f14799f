"""What each head-office role may do in the console (DESIGN.md, Security; issue 17 item 1).

A store manager's permissions hold for the stores given to them only (``central.hq.web.scope``);
the other roles see every store. An auditor reads everything and changes nothing."""

from __future__ import annotations

from central.hq_users import ROLES

AREAS = ("catalog", "prices", "stores", "staff", "stock", "flags", "orders")
ACTIONS = {"catalog": "edit", "prices": "edit", "stores": "edit", "staff": "edit",
           "stock": "adjust", "flags": "resolve", "orders": "act"}  # fmt: skip
ALL = frozenset(
    [f"{area}.view" for area in AREAS] + [f"{area}.{ACTIONS[area]}" for area in AREAS] + ["audit.view", "users.admin"]
)
VIEWS = frozenset(p for p in ALL if p.endswith(".view"))

PERMISSIONS: dict[str, frozenset[str]] = {
    "admin": ALL,
    "merchandiser": frozenset(
        {
            "catalog.view",
            "catalog.edit",
            "prices.view",
            "prices.edit",
            "stock.view",
            "stores.view",
            "flags.view",
            "orders.view",
        }
    ),
    "store_manager": frozenset(
        {
            "catalog.view",
            "prices.view",
            "stores.view",
            "staff.view",
            "staff.edit",
            "stock.view",
            "stock.adjust",
            "flags.view",
            "flags.resolve",
            "orders.view",
            "orders.act",
        }
    ),
    "auditor": VIEWS,
}
assert set(PERMISSIONS) == set(ROLES), "every role has its permissions"


def allows(role: str, permission: str) -> bool:
    return permission in PERMISSIONS.get(role, frozenset())
