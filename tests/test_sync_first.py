"""A new till's first sync as a person runs it: ``cloudshelf sync now`` as a real process against the
platform on loopback. On a terminal it draws a progress bar per feed (counts, rate, time left); in a
pipe it prints its usual lines only; stopped with Ctrl+C (SIGINT) it keeps every page applied, and
the next run goes on from the last one instead of starting the snapshot again."""

from __future__ import annotations

import os
import re
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import catalog_gen, config
from sync.puller import SNAPSHOT_PAGE
from tests.platform import ROOT, Platform, cli, make_platform, running, wait_until

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def enrol(platform: Platform, till: Path) -> None:
    done = cli(till, "enrol", "--server", platform.url, "--code", platform.enrol_code("S01", "T07"))
    assert done.returncode == 0, done.stderr


def sync_now(till: Path, *args: str, **popen) -> subprocess.Popen:
    """``cloudshelf sync now`` (or the command ``args``) on the store in ``till``, as a real process."""
    return subprocess.Popen(
        [sys.executable, "-m", "app", "--data-dir", str(till), *(args or ("sync", "now"))],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "120"},
        **popen,
    )


def on_a_terminal(till: Path, *args: str) -> str:
    """``sync now`` (or ``args``) with its stdout a pseudo-terminal, as in a shell: all it wrote,
    escapes removed."""
    master, slave = os.openpty()
    proc = sync_now(till, *args, stdout=slave, stderr=subprocess.PIPE)
    os.close(slave)
    out = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the child closed its end
            break
        if not chunk:
            break
        out += chunk
    os.close(master)
    assert proc.wait(timeout=120) == 0, proc.stderr.read()
    proc.stderr.close()
    return ANSI.sub("", out.decode("utf-8", "replace"))


def held(till: Path, table: str) -> int:
    with sqlite3.connect(till / config.STORE_FILE) as db:
        return db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def assert_every_variant_found_by_name(till: Path) -> None:
    """After a first sync (whole or resumed) the search index holds each active variant's text exactly
    as a variant written alone gets it, merged into one segment at the snapshot's end, and a search
    by name finds it."""
    with sqlite3.connect(till / config.STORE_FILE) as db:
        want = db.execute(
            "SELECT v.id, s.name, s.code, v.sku, v.colour, v.size FROM variants v JOIN styles s ON s.id = v.style_id "
            "WHERE v.active ORDER BY v.id"
        ).fetchall()
        indexed = db.execute("SELECT rowid, text FROM catalog_search ORDER BY rowid").fetchall()
        assert indexed == [(i, f"{n} {c} {sku} {col} {size}") for i, n, c, sku, col, size in want]
        some = want[len(want) // 2]
        match = "SELECT rowid FROM catalog_search WHERE catalog_search MATCH ?"
        found = db.execute(match, (f'"{some[3]}"',)).fetchall()
        assert found == [(some[0],)]


def test_first_sync_on_a_terminal_shows_a_bar_per_feed_with_counts_rate_and_time_left(platform, tmp_path):
    till = tmp_path / "till"
    enrol(platform, till)
    shown = on_a_terminal(till)
    variants = len(platform.skus)
    prices = platform.scalar("SELECT COUNT(*) FROM prices")
    assert re.search(rf"catalog .*\b{variants}/{variants}\b.*100%.*/s", shown), shown
    assert re.search(rf"prices .*\b{prices}/{prices}\b.*100%", shown), shown
    assert re.search(r"\d+:\d\d:\d\d", shown), shown  # time left
    assert f"catalog {variants}" in shown  # the usual summary still follows
    assert held(till, "variants") == variants


def test_first_sync_in_a_pipe_prints_its_lines_only(platform, tmp_path):
    till = tmp_path / "till"
    enrol(platform, till)
    done = cli(till, "sync", "now")
    assert done.returncode == 0, done.stderr
    assert "\x1b" not in done.stdout and "/s" not in done.stdout and "%" not in done.stdout
    assert done.stdout.splitlines()[-1].startswith("Fetched: catalog ")
    assert_every_variant_found_by_name(till)


def test_a_catalogue_import_on_a_terminal_shows_its_bar_and_in_a_pipe_its_summary_only(tmp_path):
    store_dir = tmp_path / "new-till"
    made = cli(store_dir, "init", "--store", "S09", "--name", "Test Shop", "--terminal", "T02")
    assert made.returncode == 0, made.stderr
    csv_path = tmp_path / "catalog.csv"
    rows = catalog_gen.write_csv(csv_path, catalog_gen.generate_rows(800, seed=11))
    shown = on_a_terminal(store_dir, "catalog", "import", str(csv_path))
    assert re.search(rf"import .*\b{rows}/{rows}\b.*100%.*/s.*\d+:\d\d:\d\d", shown), shown
    assert f"Imported {rows} rows" in shown
    piped = cli(store_dir, "catalog", "import", str(csv_path))
    assert piped.returncode == 0, piped.stderr
    assert piped.stdout.startswith(f"Imported {rows} rows") and "\x1b" not in piped.stdout and "%" not in piped.stdout


@pytest.fixture(scope="module")
def big_platform(tmp_path_factory) -> Iterator[Platform]:
    """A catalog of a few snapshot pages per feed (the pages are the size a real till asks for)."""
    work = tmp_path_factory.mktemp("big-platform")
    with running(make_platform(str(work / "central.db"), work, styles=3 * SNAPSHOT_PAGE // 15)) as p:
        assert len(p.skus) > 2 * SNAPSHOT_PAGE, len(p.skus)
        yield p


def interrupt_mid_snapshot(proc: subprocess.Popen, store: Path) -> str:
    """Send SIGINT while a snapshot is part applied: the test takes the store's write lock, and only
    while holding it (no page can commit) looks whether a feed is mid-snapshot and signals. Returns
    that feed."""
    seen: list[str] = []

    def check() -> bool:
        assert proc.poll() is None, "the first sync ended before it could be interrupted"
        db = sqlite3.connect(store, timeout=60, isolation_level=None)
        try:
            db.execute("BEGIN IMMEDIATE")
            row = db.execute(
                "SELECT feed FROM sync_cursors WHERE snapshot_next_key IS NOT NULL AND snapshot_next_key != ''"
            ).fetchone()
            if row is not None:
                proc.send_signal(signal.SIGINT)
                seen.append(row[0])
            db.execute("ROLLBACK")
        finally:
            db.close()
        return bool(seen)

    wait_until(check, 120, "a snapshot part applied")
    return seen[0]


def fetched(stdout: str) -> dict[str, int]:
    line = next(li for li in stdout.splitlines() if li.startswith("Fetched: "))
    return {k: int(n) for k, n in re.findall(r"(\w+) (\d+)", line.split("(")[0])}


def test_a_first_sync_stopped_with_ctrl_c_goes_on_from_its_last_page(big_platform, tmp_path):
    till = tmp_path / "till"
    enrol(big_platform, till)
    store = till / config.STORE_FILE
    proc = sync_now(till, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    feed = interrupt_mid_snapshot(proc, store)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err
    assert "Interrupted: every page fetched so far is kept" in out
    table = {"catalog": "variants", "prices": "prices", "stock": "stock_levels"}[feed]
    kept = held(till, table)
    total = big_platform.scalar(f"SELECT COUNT(*) FROM {table}")
    assert 0 < kept < total  # whole pages, not the whole feed

    again = cli(till, "sync", "now")
    assert again.returncode == 0, again.stderr
    assert fetched(again.stdout)[feed] == total - kept  # the rest only, not the snapshot from its start
    assert held(till, "variants") == len(big_platform.skus)
    assert held(till, "prices") == big_platform.scalar("SELECT COUNT(*) FROM prices")
    assert_every_variant_found_by_name(till)


def test_a_new_tills_first_sync_shows_its_pages_in_the_status_bar(qtbot, big_platform, tmp_path: Path) -> None:
    """The sync worker the till starts (ui.app.start_sync) reports a real first sync's snapshot pages
    to the status bar: the catalogue's count rises page by page to its whole, and the bar goes when
    the sync is done."""
    from app.terminal import Terminal
    from sync.enrol import enrol as enrol_till
    from tests.ui_helpers import till_window
    from ui.app import start_sync

    directory = tmp_path / "till"
    enrol_till(directory, big_platform.url, big_platform.enrol_code("S01", "T09"))  # enrolled, nothing pulled
    with Terminal.open(directory) as term:
        term.users.add("boss", "Bo", "manager", "2468")
    with till_window(qtbot, directory) as win:
        seen: list[tuple] = []
        shown: list[str] = []
        win.till.sync_progress.connect(lambda *report: (seen.append(report), shown.append(win.progress_label.text())))
        worker = start_sync(win.till.terminal, win.till)
        whole = len(big_platform.skus)
        try:
            qtbot.waitUntil(lambda: ("catalog", whole, whole) in seen, timeout=120_000)
        finally:
            worker.stop()
        pages = [done for feed, done, _total in seen if feed == "catalog"]
        assert len(pages) >= 3 and pages == sorted(pages)  # page by page, never backwards
        assert any(text.startswith(f"Syncing the catalogue: {pages[0]:,} of {whole:,}") for text in shown), shown
        qtbot.waitUntil(lambda: not win.progress_label.isVisible())
