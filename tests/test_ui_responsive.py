"""The UI thread never waits (DESIGN.md invariant 7): with the terminal's search held up, the window
still repaints, takes keys, and a scan still lands in the sale."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QObject

from app.terminal import Terminal
from tests.conftest import CASHIER, barcodes
from tests.test_ui_till import scan, sign_in, window  # noqa: F401 - the window fixture
from ui.main_window import MainWindow


class PaintCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


@pytest.fixture
def held_search(window: MainWindow) -> Iterator[threading.Event]:  # noqa: F811
    """The real search, held on its worker thread until the test lets it go (a slow disk or a huge catalog)."""
    term: Terminal = window.till.terminal
    release, started = threading.Event(), threading.Event()
    real = term.catalog.search

    def slow(query: str, **kw: object) -> list:
        started.set()
        assert release.wait(30), "the test never released the search"
        return real(query, **kw)

    term.catalog.search = slow  # type: ignore[method-assign]
    release.started = started  # type: ignore[attr-defined]
    yield release
    release.set()


def test_a_slow_search_never_blocks_the_window(qtbot, window: MainWindow, held_search) -> None:  # noqa: F811
    sign_in(qtbot, window, CASHIER.login, CASHIER.pin)
    sale = window.sale
    code = barcodes(window.till.terminal, 1)[0]
    name_word = window.till.terminal.catalog.lookup(code).description.split()[0]

    qtbot.keyClicks(sale.scan, name_word)
    qtbot.waitUntil(held_search.started.is_set, timeout=5_000)  # the typing delay passed, the search is out

    # the search is stuck on its thread: the window repaints ...
    counter = PaintCounter()
    sale.installEventFilter(counter)
    sale.update()
    qtbot.waitUntil(lambda: counter.paints > 0, timeout=2_000)
    # ... takes keys ...
    sale.scan.clear()
    qtbot.keyClicks(sale.scan, "x")  # one letter: too short to start another search
    assert sale.scan.text() == "x"
    # ... and a scan lands in the sale while the search still waits
    sale.scan.clear()
    scan(qtbot, window, code)
    assert sale.model.rowCount() == 1
    assert not held_search.is_set()

    with qtbot.waitSignal(window.till.search_done, timeout=10_000) as found:
        held_search.set()
    assert found.args[1], "the held search found nothing once released"


def test_garbage_a_worker_thread_leaves_is_collected_on_the_gui_thread(qtbot) -> None:
    """A cycle dropped on a worker thread (a terminal call's leftovers) is destroyed on the GUI thread,
    even when the worker allocates enough to trip the collector: a Qt object destroyed off its thread
    crashes the till."""
    freed_on: list[threading.Thread] = []
    kept: list[list] = []

    class Cycle:
        def __init__(self) -> None:
            self.me = self

        def __del__(self) -> None:
            freed_on.append(threading.current_thread())

    def work() -> None:
        Cycle()
        kept.append([[] for _ in range(50_000)])  # far past the collector's first threshold

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    assert freed_on == []
    qtbot.waitUntil(lambda: freed_on != [], timeout=10_000)
    assert freed_on == [threading.main_thread()]
