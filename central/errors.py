"""Errors the central service answers with: a status, a machine code, a message and what to do."""

from __future__ import annotations


class ServiceError(Exception):
    def __init__(self, status: int, code: str, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.hint = status, code, message, hint

    def body(self) -> dict:
        return {"error": self.code, "message": self.message, "hint": self.hint}
