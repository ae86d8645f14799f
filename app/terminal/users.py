"""Users and roles at this till: adding a user, the list for the sign-in pad, and a manager closing the
till. Signing in and out is the root's (:class:`app.terminal.Terminal`)."""

from __future__ import annotations

from app import audit, users
from app.errors import ApprovalRequired
from app.terminal.context import Context
from app.users import Credentials, UserInfo


class UserService:
    """``terminal.users``: the store's users as this till knows them."""

    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    def add(self, login: str, name: str, role: str, pin: str, *, by: UserInfo | None = None) -> UserInfo:
        """Add a user. ``by`` must be a manager, except for the very first user of a store."""
        ctx = self._ctx
        with ctx.db.write() as s:
            if users.list_users(s):
                users.require(by or ctx.user, "users")
            created = users.add_user(s, login=login, name=name, role=role, pin=pin)
            audit.record(
                s,
                "user_added",
                user_id=(by or ctx.user).id if (by or ctx.user) else None,
                subject=created.login,
                detail={"role": role},
            )
        return created

    def list(self) -> list[UserInfo]:
        with self._ctx.db.read() as s:
            return users.list_users(s)

    def quit_till(self, approval: Credentials | None = None) -> UserInfo:
        """A manager may close the till (signed in, or with their PIN for a cashier or the lock screen);
        the sale on screen stays saved. Audited."""
        ctx = self._ctx
        if ctx.user is not None and ctx.user.can("approve"):
            manager = ctx.user
        elif approval is None:
            raise ApprovalRequired("quit", "Quitting the till needs a manager.")
        else:
            manager = ctx.manager(approval)
        with ctx.db.write() as s:
            audit.record(s, "till_quit", user_id=manager.id, subject=ctx.user.login if ctx.user else "")
        return manager
