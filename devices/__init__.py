"""Scanners, receipt printers, cash drawer and customer display (see docs/architecture.md)."""
