"""Errors a user can act on.

Every service raises a subclass of :class:`UserError` for bad input; the CLI and the UI show its
``message`` and ``hint`` and never a traceback. Anything else is a bug.
"""

from __future__ import annotations


class UserError(Exception):
    """Bad input or a refused action: says what went wrong and what to do."""

    code = "invalid"

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} {self.hint}".strip()


class NotFound(UserError):
    code = "not_found"


class NotAllowed(UserError):
    code = "not_allowed"


class SignedOut(NotAllowed):
    """The signed-in person may no longer work here (head office revoked them): they were signed out."""

    code = "signed_out"


class ApprovalRequired(UserError):
    """A manager must approve this action; retry it with manager credentials."""

    code = "approval_required"

    def __init__(self, action: str, message: str) -> None:
        super().__init__(message, "Ask a manager to approve with their PIN.")
        self.action = action


class AuthFailed(UserError):
    code = "auth_failed"


class LockedOut(UserError):
    code = "locked_out"


class ConfigError(UserError):
    code = "config"


class StoreError(UserError):
    """The local store is missing, damaged or from a newer version."""

    code = "store"


class StoreFull(StoreError):
    """The disk that holds the store is full: nothing of the refused step was written."""

    code = "disk_full"


def shown(text: str) -> str:
    """Marks a text a screen shows that is no error's message (a device test's result, a word put into a
    message): resources/translations/build.py collects it with the errors' texts, and the till shows
    it in the screen's language (ui/messages.py). Returns ``text`` as it is."""
    return text
