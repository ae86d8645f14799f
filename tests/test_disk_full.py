"""A full disk under the till's store: selling, opening and syncing say the disk is full and what to
free (never a raw database error, never a step that would throw away unsynced sales), lose nothing,
and go on once space is freed.

The disk is a real, tiny tmpfs (mounted by the tests, as root) filled to the last byte.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import config
from app.db import migrate
from app.db.engine import Database
from app.errors import StoreFull
from app.terminal import Terminal
from sync.worker import sync_once
from tests.conftest import CASHIER, barcodes, copy_store
from tests.faults import backlog, platform_books, sell_many
from tests.platform import HANG_GUARD, ROOT, Platform, enrolled_till, make_platform, running


class Disk:
    """A folder on a real, tiny tmpfs that can be filled to the last byte and freed again."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.filler = root / "filler.bin"

    def mount(self, size_mb: int = 24) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size_mb}m", "tmpfs", str(self.root)], capture_output=True, text=True
        )
        assert done.returncode == 0, f"these tests mount a small tmpfs (as root): {done.stderr.strip()}"

    def fill(self) -> None:
        fd = os.open(self.filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
        try:
            for size in (1 << 20, 1 << 12, 1):
                with contextlib.suppress(OSError):
                    while True:
                        os.write(fd, b"\0" * size)
        finally:
            os.close(fd)
        assert os.statvfs(self.root).f_bavail == 0

    def free(self) -> None:
        self.filler.unlink(missing_ok=True)

    def close(self) -> None:
        subprocess.run(["umount", "-l", str(self.root)], check=False)


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Disk]:
    d = Disk(tmp_path / f"disk-{uuid.uuid4().hex[:8]}")
    d.mount()
    yield d
    d.close()


def reopen(term: Terminal) -> None:
    """Close the store's pooled connections: the last one folds the WAL back and frees its file."""
    term.db.engine.dispose()


def fill_under(term: Terminal, disk: Disk) -> None:
    """Fill the disk while the till is open, its WAL folded back first, so nothing is set aside."""
    reopen(term)
    disk.fill()


def test_selling_on_a_full_disk_says_so_keeps_the_sale_and_goes_on_when_freed(
    template_store: Path, disk: Disk
) -> None:
    store = copy_store(template_store, disk.root / "till")
    with Terminal.open(store) as term:
        term.sign_in(CASHIER.login, CASHIER.pin)
        term.shift.open(10_000)
        codes = barcodes(term, 3)
        term.sale.scan(codes[0])
        term.sale.scan(codes[1])
        fill_under(term, disk)
        before = term.sale.cart.to_json()
        refused = []
        for step in (lambda: term.sale.scan(codes[2]), lambda: term.sale.add_cash(term.sale.totals().due)):
            with pytest.raises(StoreFull) as full:
                step()
            refused.append(full.value)
        for exc in refused:
            assert "disk" in exc.message and "is full" in exc.message and "not saved" in exc.message
            assert "Free space" in exc.hint and "Do not delete" in exc.hint and "backup" not in str(exc)
        assert term.sale.cart.to_json() == before  # the sale on screen is as it was
        disk.free()
        reopen(term)
        term.sale.add_cash(term.sale.totals().due)
        done = term.sale.complete()
    with sqlite3.connect(store / config.STORE_FILE) as db:
        assert db.execute("SELECT receipt_no FROM sales").fetchall() == [(done.receipt_no,)]
        assert db.execute("SELECT COUNT(*) FROM sale_lines").fetchone()[0] == 2


def test_completing_a_sale_on_a_full_disk_writes_none_of_it(template_store: Path, disk: Disk) -> None:
    store = copy_store(template_store, disk.root / "till")
    with Terminal.open(store) as term:
        term.sign_in(CASHIER.login, CASHIER.pin)
        term.shift.open(10_000)
        for code in barcodes(term, 3):
            term.sale.scan(code)
        term.sale.add_cash(term.sale.totals().due)
        fill_under(term, disk)
        with pytest.raises(StoreFull):
            term.sale.complete()
        assert term.sale.cart is not None and term.sale.cart.tenders  # still on screen, paid, to complete
        disk.free()
        reopen(term)
        done = term.sale.complete()
    with sqlite3.connect(store / config.STORE_FILE) as db:
        assert db.execute("SELECT receipt_no FROM sales").fetchall() == [(done.receipt_no,)]
        assert db.execute("SELECT seq FROM sales").fetchall() == [(1,)]  # no number was used up


def test_opening_a_store_on_a_full_disk_says_what_to_free_not_to_restore_a_backup(
    template_store: Path, disk: Disk
) -> None:
    store = copy_store(template_store, disk.root / "till")
    db = Database(store / config.STORE_FILE)
    migrate.downgrade(db.engine, "0005")  # an update is waiting: opening has to write
    db.dispose()
    disk.fill()
    with pytest.raises(StoreFull) as full:
        Terminal.open(store)
    said = str(full.value)
    assert "is full" in said and "Free space" in said and "Do not delete" in said
    assert "backup" not in said and "re-enrol" not in said
    opened = subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(store), "doctor"],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=HANG_GUARD,
    )
    assert "disk: only" in opened.stdout and "never delete the store files" in opened.stdout
    assert "backup" not in opened.stdout.replace("not replace it with a backup", "")
    disk.free()
    with Terminal.open(store) as term:
        assert term.info.store == "S01"


@pytest.fixture
def central(tmp_path: Path) -> Iterator[Platform]:
    with running(make_platform(str(tmp_path / "central.db"), tmp_path)) as p:
        yield p


def test_syncing_on_a_full_disk_says_so_and_sends_everything_once_when_freed(central: Platform, disk: Disk) -> None:
    till = enrolled_till(central, disk.root / "till")
    receipts = sell_many(till, central.skus, 3)
    disk.fill()
    with pytest.raises(StoreFull) as full:
        sync_once(till)
    assert "is full" in full.value.message and "Do not delete" in full.value.hint
    disk.free()
    sync_once(till)
    assert backlog(till) == 0
    sales, _moved, rows = platform_books(central)
    assert sorted(sales) == sorted(receipts) and rows == 3


def test_the_till_screen_says_the_disk_is_full_in_chinese_and_keeps_the_sale(
    qtbot, template_store: Path, disk: Disk
) -> None:
    from PySide6.QtWidgets import QApplication

    from tests.test_ui_till import scan, sign_in
    from tests.ui_helpers import type_into
    from ui.app import build_window, install_translation

    store = copy_store(template_store, disk.root / "till")
    term = Terminal.open(store)
    win = build_window(term, QApplication.instance(), "zh_CN")
    qtbot.addWidget(win)
    win.show()
    try:
        qtbot.waitUntil(lambda: win.sign_in.users_box.count() > 0, timeout=30_000)
        sign_in(qtbot, win, CASHIER.login, CASHIER.pin)
        codes = barcodes(term, 2)
        scan(qtbot, win, codes[0])
        fill_under(term, disk)
        with qtbot.waitSignal(win.till.error):
            type_into(qtbot, win.sale.scan, codes[1])
        said = win.sale.message.text()
        assert "磁盘" in said and "已满" in said and "不要删除" in said and str(disk.root) in said
        assert "OperationalError" not in said and "database" not in said
        assert win.sale.model.rowCount() == 1
        # the status bar says so, as an error, until a step is saved again
        qtbot.waitUntil(lambda: win.sync_label.text().startswith("磁盘已满：无法保存新内容"))
        assert win.sync_label.property("kind") == "error"
        disk.free()
        scan(qtbot, win, codes[1])
        assert win.sale.model.rowCount() == 2
        qtbot.waitUntil(lambda: "磁盘已满" not in win.sync_label.text())
    finally:
        win.close()
        term.close()
        install_translation(QApplication.instance(), "en")
