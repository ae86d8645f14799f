"""Head office's dated prices: the selection rule (overlaps, boundaries, time zones), the till's scan
picking the price in force at its clock, the platform's preview, refusals that write nothing, and a
price scheduled on the platform that a till charges on the date with the platform stopped."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app import catalog, clock, config
from app.terminal import Terminal
from central import prices
from central.db import CentralDB
from central.errors import ServiceError
from core.price_rules import Dated, in_force, to_utc
from sync.worker import sync_once
from tests.platform import Platform, enrolled_till

BASE = datetime(2026, 12, 10, tzinfo=UTC)


def at(minute: int) -> str:
    return clock.iso(BASE + timedelta(minutes=minute))


@st.composite
def entries(draw) -> list[Dated]:
    """A handful of overlapping entries on a 20-minute line, some open-ended, some ranked alike."""
    out = []
    for i in range(draw(st.integers(0, 6))):
        start = draw(st.integers(0, 20))
        end = draw(st.one_of(st.none(), st.integers(start + 1, 25)))
        out.append(
            Dated(
                i + 1,
                draw(st.integers(0, 99_999)),
                at(start),
                None if end is None else at(end),
                draw(st.integers(0, 2)),
            )
        )
    return out


@given(entries(), st.integers(-1, 26))
def test_the_rule_picks_the_most_specific_then_the_latest_start(found: list[Dated], minute: int) -> None:
    now = at(minute)
    winner = in_force(found, now)
    live = [e for e in found if e.starts_at <= now and (e.ends_at is None or now < e.ends_at)]
    if not live:
        assert winner is None
        return
    assert winner in live
    for other in live:
        assert (other.rank, other.starts_at, other.id) <= (winner.rank, winner.starts_at, winner.id)


@given(st.integers(0, 99_999), st.integers(0, 20), st.integers(1, 10))
def test_an_entry_starts_on_its_minute_and_ends_before_its_end(amount: int, start: int, length: int) -> None:
    entry = Dated(1, amount, at(start), at(start + length), 0)
    just_before = clock.iso(BASE + timedelta(minutes=start, milliseconds=-1))
    assert in_force([entry], just_before) is None
    assert in_force([entry], at(start)) == entry
    assert in_force([entry], clock.iso(BASE + timedelta(minutes=start + length, milliseconds=-1))) == entry
    assert in_force([entry], at(start + length)) is None


@given(
    st.sampled_from(["Asia/Shanghai", "Europe/London", "America/New_York", "Asia/Kolkata", "UTC"]),
    st.datetimes(min_value=datetime(2026, 1, 1), max_value=datetime(2028, 12, 31)),
)
def test_a_local_start_is_the_stores_wall_clock(timezone: str, local: datetime) -> None:
    from zoneinfo import ZoneInfo

    text = local.strftime("%Y-%m-%dT%H:%M")
    instant = datetime.fromisoformat(to_utc(text, timezone).replace("Z", "+00:00"))
    wall = instant.astimezone(ZoneInfo(timezone))
    if wall.replace(tzinfo=None) == datetime.fromisoformat(text):  # not inside a spring-forward gap
        assert wall.strftime("%Y-%m-%dT%H:%M") == text


def test_shanghai_midnight_is_four_pm_utc_the_day_before() -> None:
    assert to_utc("2026-12-10T00:00", "Asia/Shanghai") == "2026-12-09T16:00:00.000Z"


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(found=entries(), minute=st.integers(-1, 26))
def test_the_tills_scan_charges_what_the_rule_says(term: Terminal, found: list[Dated], minute: int) -> None:
    """The scan's one query against the rule, on the till's real store; another list's entries never count."""
    with term.db.write() as s:
        conn = s.connection()
        sku = first_sku(conn)
        variant_id = conn.exec_driver_sql("SELECT id FROM variants WHERE sku = ?", (sku,)).scalar()
        conn.exec_driver_sql("DELETE FROM scheduled_prices")
        rows = [(e.id, "retail", variant_id, e.amount, e.starts_at, e.ends_at, e.rank) for e in found]
        rows.append((999, "member", variant_id, 1, at(-5), None, 2))
        conn.exec_driver_sql(
            "INSERT INTO scheduled_prices(id, price_list, variant_id, amount, starts_at, ends_at, rank, kind) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, 'price')",
            rows,
        )
    with term.db.read() as s:
        charged = catalog.find_code(s, sku, "retail", at=at(minute)).price
    winner = in_force(found, at(minute))
    assert charged == (winner.amount if winner else base_price(term, sku))


def first_sku(conn) -> str:
    return conn.exec_driver_sql("SELECT sku FROM variants WHERE active ORDER BY sku LIMIT 1").scalar()


def base_price(term: Terminal, sku: str) -> int:
    with term.db.read() as s:
        return (
            s.connection()
            .exec_driver_sql(
                "SELECT p.amount FROM prices p JOIN variants v ON v.id = p.variant_id "
                "WHERE v.sku = ? AND p.price_list = 'retail'",
                (sku,),
            )
            .scalar()
        )


# ---------------------------------------------------------------- the platform's lists and preview


def local(moment: datetime) -> str:
    """A moment as Shanghai's wall clock, as head office types it."""
    return (moment + timedelta(hours=8)).strftime("%Y-%m-%d %H:%M")


def in_platform(platform: Platform, work):
    db = CentralDB(platform.db_url)
    try:
        with db.write() as s:
            return work(s)
    finally:
        db.dispose()


def test_the_preview_shows_what_each_store_charges_by_the_overlap_rule(platform: Platform) -> None:
    sku = platform.skus[0]
    base = platform.scalar("SELECT amount FROM prices WHERE price_list = 'retail' AND sku = :s", s=sku)

    def plan(s):
        prices.create_list(s, code="EAST", name="East region", scope_kind="region", scope_code="East")
        prices.create_list(s, code="S02", name="Hangzhou", scope_kind="store", scope_code="S02")
        prices.add_entry(s, "EAST", prices.EntryInput(sku, "80.00", "2026-12-10"))
        prices.add_entry(s, "EAST", prices.EntryInput(sku, "60.00", "2026-12-20", "2026-12-27", "markdown"))
        prices.add_entry(s, "S02", prices.EntryInput(sku, "90.00", "2026-12-01 09:00"))

    in_platform(platform, plan)

    def charge(store: str, when: str) -> int:
        return in_platform(platform, lambda s: prices.preview(s, store, when, [sku])[0].amount)

    assert charge("S01", "2026-12-09 23:59") == base  # before any entry: the list price
    assert charge("S01", "2026-12-10 00:00") == 8000  # the region's new price from its first minute
    assert charge("S01", "2026-12-20 12:00") == 6000  # a markdown inside it: the later start wins
    assert charge("S01", "2026-12-27 00:00") == 8000  # the markdown's end is excluded
    assert charge("S02", "2026-12-20 12:00") == 9000  # the store's own list beats the region's
    assert charge("S02", "2026-12-01 08:59") == base


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        (prices.EntryInput("?", "10.00", "2026-12-10"), "no variant with this sku"),
        (prices.EntryInput("", "12.345", "2026-12-10"), "at most the currency's decimal places"),
        (prices.EntryInput("", "ten", "2026-12-10"), "not an amount with"),
        (prices.EntryInput("", "10.00", "2026-12-10", "2026-12-09"), "ends before it starts"),
        (prices.EntryInput("", "10.00", "10/12/2026"), "start is not a date and time"),
        (prices.EntryInput("", "10.00", "2026-12-10", "", "markdown"), "markdown needs an end"),
    ],
)
def test_a_bad_entry_says_what_to_fix_and_writes_nothing(platform: Platform, typed, says: str) -> None:
    sku = platform.skus[1]
    typed = prices.EntryInput(
        typed.sku if typed.sku == "?" else sku, typed.amount, typed.starts, typed.ends, typed.kind
    )
    in_platform(
        platform, lambda s: prices.create_list(s, code="S01", name="Shanghai", scope_kind="store", scope_code="S01")
    )
    head = platform.scalar("SELECT last_seq FROM feed_counters WHERE feed = 'schedules'")
    with pytest.raises(ServiceError) as refused:
        in_platform(platform, lambda s: prices.add_entry(s, "S01", typed))
    assert says in refused.value.message.lower() and refused.value.hint and refused.value.status == 400
    assert platform.scalar("SELECT COUNT(*) FROM price_entries") == 0
    assert platform.scalar("SELECT last_seq FROM feed_counters WHERE feed = 'schedules'") == head


# ---------------------------------------------------------------- end to end: a till offline on the date


def test_a_scheduled_price_is_charged_offline_on_its_date(platform: Platform, tmp_path: Path, monkeypatch) -> None:
    sku = platform.skus[2]
    till = enrolled_till(platform, tmp_path / "till")
    start = (clock.now() + timedelta(days=20)).replace(second=0, microsecond=0)
    old = platform.scalar("SELECT amount FROM prices WHERE price_list = 'retail' AND sku = :s", s=sku)
    new = old - 1234

    def schedule(s):
        prices.create_list(s, code="XMAS", name="Christmas", scope_kind="chain")
        prices.add_entry(s, "XMAS", prices.EntryInput(sku, f"{new // 100}.{new % 100:02d}", local(start)))

    in_platform(platform, schedule)
    done = sync_once(till)
    assert done.pull.applied["schedules"] == 1
    platform.server.stop()  # from here on the till is on its own

    def charged(moment: datetime) -> int:
        monkeypatch.setattr(clock, "now", lambda: moment)
        with Terminal.open(till) as term:
            term.sign_in("ann", "1357")
            if term.shift.current_id() is None:
                term.shift.open(10_000)
            line = term.sale.scan(sku)
            total = term.sale.totals().total
            term.sale.add_cash(total)
            term.sale.complete()
            return line.unit_price

    assert charged(start - timedelta(minutes=1)) == old
    assert charged(start) == new
    with sqlite3.connect(till / config.STORE_FILE) as db:
        sold = [r[0] for r in db.execute("SELECT unit_price FROM sale_lines ORDER BY rowid")]
    assert sold == [old, new]


def test_an_entry_deleted_or_edited_on_the_platform_changes_the_tills_price(platform: Platform, tmp_path: Path) -> None:
    sku = platform.skus[3]
    till = enrolled_till(platform, tmp_path / "till")
    old = platform.scalar("SELECT amount FROM prices WHERE price_list = 'retail' AND sku = :s", s=sku)

    def made(s):
        prices.create_list(s, code="EAST", name="East", scope_kind="region", scope_code="East")
        return prices.add_entry(s, "EAST", prices.EntryInput(sku, "10.00", "2020-01-01")).id

    entry = in_platform(platform, made)

    def price() -> int:
        sync_once(till)
        with Terminal.open(till) as term:
            return term.catalog.lookup(sku).price

    assert price() == 1000
    in_platform(platform, lambda s: prices.update_entry(s, entry, prices.EntryInput(sku, "11.00", "2020-01-01")))
    assert price() == 1100
    in_platform(platform, lambda s: prices.delete_entry(s, entry))
    assert price() == old


def test_the_cloud_shelf_matrix_shows_the_price_a_scan_charges_now(term: Terminal) -> None:
    with term.db.write() as s:
        conn = s.connection()
        sku = first_sku(conn)
        variant_id, style = conn.exec_driver_sql(
            "SELECT v.id, s.code FROM variants v JOIN styles s ON s.id = v.style_id WHERE v.sku = ?", (sku,)
        ).one()
        conn.exec_driver_sql(
            "INSERT INTO scheduled_prices(id, price_list, variant_id, amount, starts_at, ends_at, rank, kind) "
            "VALUES (1, 'retail', ?, 4321, ?, NULL, 0, 'markdown')",
            (variant_id, clock.iso(clock.now() - timedelta(hours=1))),
        )
    cell = next(c for c in term.shelf.matrix(style).cells.values() if c.sku == sku)
    assert cell.price == term.catalog.lookup(sku).price == 4321
