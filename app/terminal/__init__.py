"""The till's application API: a thin root (:class:`Terminal`) holding one service per area, which the
CLI, the tests and the Qt UI all drive the same way (``terminal.sale.scan(code)``)."""

from app.terminal.root import Terminal

__all__ = ["Terminal"]
