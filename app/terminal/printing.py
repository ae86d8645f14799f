"""Receipts and documents for the printer, and the devices a manager sets up: the print queue, a
receipt to print or reprint, testing the drawer, saving the device settings."""

from __future__ import annotations

from app import audit, config, device_config, print_text
from app.print_queue import PrintQueue
from app.receipt import ReceiptDoc, build_receipt
from app.shifts import ShiftReport
from app.terminal.context import Context


class PrintingService:
    """``terminal.printing``: documents go to the print queue; the print worker prints them off this thread."""

    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    @property
    def queue(self) -> PrintQueue:
        return PrintQueue(self._ctx.db)

    def receipt(self, key: str) -> ReceiptDoc:
        """The receipt of a completed sale, for printing or reprinting."""
        with self._ctx.db.read() as s:
            return build_receipt(s, key, self._ctx.info, self._ctx.config)

    def print_receipt(self, key: str, *, kick: bool = False, copy: bool = False) -> ReceiptDoc:
        """Queue a receipt (a reprint is marked as a copy)."""
        doc = self.receipt(key)
        self.queue.add(doc, kick=kick, copy=copy)
        return doc

    def print_document(self, doc: ShiftReport | object) -> str:
        """Queue an X or Z report or a pickup pick slip."""
        return self.queue.add(doc)

    def test_drawer(self) -> None:
        """A manager opens the drawer to test it: audited like any opening without a sale."""
        ctx = self._ctx
        user = ctx.require("approve")
        with ctx.db.write() as s:
            audit.record(s, "drawer_open", user_id=user.id, subject="device test", detail={"reason": "device test"})

    def save_device_settings(self, sections: dict[str, dict]) -> str:
        """Write the device sections of this machine's ``config.toml`` (a manager's job) and use them.
        Returns what the printer's encoding would lose of the store's texts ('' when nothing)."""
        ctx = self._ctx
        ctx.require("approve")
        device_config.save_sections(ctx.directory / config.CONFIG_FILE, sections)
        ctx.config = config.load(ctx.directory)
        with ctx.db.write() as s:
            audit.record(s, "device_settings", user_id=ctx.user.id, detail={"sections": sorted(sections)})
        return self.text_warning() if ctx.config.devices.printer.url else ""

    def text_warning(self, encoding: str | None = None) -> str:
        """Which of the store's texts ``encoding`` (the printer's, by default) would print as '?'."""
        ctx = self._ctx
        encoding = encoding or ctx.config.devices.printer.encoding
        with ctx.db.read() as s:
            texts = print_text.store_texts(s, (ctx.config.receipt_header, ctx.config.receipt_footer))
        return print_text.warning(print_text.lost(texts, encoding), encoding)
