"""Scanners, receipt printers, cash drawer and customer display (see docs/architecture.md)."""

from devices import escpos_cache

escpos_cache.prepare()  # before any module here imports escpos: its printer database from a pickle
