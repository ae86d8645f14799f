"""Barcode scanners: serial scanners on a reader thread, keyboard-wedge scanners told apart from typing."""
