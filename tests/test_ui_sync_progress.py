"""A long sync shows its progress in the till's status bar (issue 16): counts, rate and time left,
reported from the sync's own thread while the screen goes on; gone once the work is done."""

from __future__ import annotations

import threading

from hypothesis import given
from hypothesis import strategies as st

from tests.test_ui_till import window  # noqa: F401 - the window fixture
from ui.main_window import MainWindow
from ui.sync_progress import ProgressMeter


def test_a_first_sync_shows_counts_rate_and_time_left_and_goes_when_done(qtbot, window: MainWindow) -> None:  # noqa: F811
    label = window.progress_label
    assert not label.isVisible()
    steps = [0, 250_000, 500_000]
    sent = threading.Event()

    def sync() -> None:  # the sync worker's thread
        for done in steps:
            window.till.report_progress("catalog", done, 1_000_000)
        sent.set()

    threading.Thread(target=sync).start()
    qtbot.waitUntil(lambda: "500,000 of 1,000,000" in label.text())
    assert sent.is_set() and label.isVisible()
    text = label.text()
    assert text.startswith("Syncing the catalogue: 500,000 of 1,000,000 · ")
    assert " a second · " in text and text.endswith(" left")
    window.till.report_progress("catalog", 1_000_000, 1_000_000)
    qtbot.waitUntil(lambda: not label.isVisible())


def test_without_a_total_it_says_how_many_so_far(qtbot, window: MainWindow) -> None:  # noqa: F811
    window.till.report_progress("stock", 1200, None)
    qtbot.waitUntil(lambda: window.progress_label.text().startswith("Syncing the stock: 1,200 so far"))
    assert "left" not in window.progress_label.text()


@given(
    total=st.integers(1, 10_000_000),
    reports=st.lists(st.tuples(st.integers(0, 10_000_000), st.floats(0.001, 100.0)), min_size=1, max_size=20),
)
def test_the_time_left_is_what_the_rate_so_far_needs_for_the_rest(total: int, reports: list) -> None:
    meter = ProgressMeter()
    now, first = 0.0, None
    for done, step in sorted(reports):  # counts that grow, as a sync's do
        now += step
        shown = meter.update("catalog", done, total, now)
        first = first or (now, done)
        rate = (done - first[1]) / (now - first[0]) if now > first[0] else 0.0
        assert shown.per_second == int(rate) >= 0
        if rate > 0:
            assert shown.seconds_left is not None and shown.seconds_left >= 0
            assert shown.seconds_left * rate >= max(total - done, 0) - 1e-6  # enough for what is left
            assert (shown.seconds_left - 1) * rate < max(total - done, 0) or shown.seconds_left == 0
        else:
            assert shown.seconds_left is None
        assert shown.finished == (done >= total)


def test_work_started_again_is_measured_again() -> None:
    meter = ProgressMeter()
    meter.update("catalog", 0, 100, 0.0)
    assert meter.update("catalog", 50, 100, 10.0).per_second == 5
    assert meter.update("catalog", 10, 100, 11.0).per_second == 0  # a new run began: no rate yet
    assert meter.update("prices", 20, 40, 12.0).seconds_left is None  # another feed: measured from here

