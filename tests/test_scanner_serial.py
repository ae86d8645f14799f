"""A serial scanner over a real pty pair (socat): framing, noise, split reads, unplug and re-plug."""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from devices.scanner.framing import NO_PREFIX, NOISE, PARTIAL, Framer
from devices.scanner.serial_reader import SerialScanner, find_port
from tests.serial_pair import PtyPair


class Scanner:
    """The reader under test, with what it delivered in queues the test waits on."""

    def __init__(self, pair: PtyPair, **options: str) -> None:
        self.scans: queue.Queue[str] = queue.Queue()
        self.problems: queue.Queue[str] = queue.Queue()
        self.connected = threading.Event()
        self.disconnected = threading.Event()

        def state(up: bool, _detail: str) -> None:
            (self.connected if up else self.disconnected).set()

        self.reader = SerialScanner(
            port=str(pair.device),
            on_scan=self.scans.put,
            on_problem=self.problems.put,
            on_state=state,
            retry_s=0.02,
            **options,
        )

    def next_scans(self, n: int) -> list[str]:
        return [self.scans.get(timeout=5) for _ in range(n)]


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[PtyPair]:
    p = PtyPair(tmp_path, "scanner").plug()
    yield p
    p.unplug()


@pytest.fixture
def scanner(pair: PtyPair) -> Iterator[Scanner]:
    s = Scanner(pair)
    s.reader.start()
    assert s.connected.wait(5)
    yield s
    s.reader.stop()


def test_scans_end_with_cr_lf_or_crlf_and_bursts_all_arrive(pair: PtyPair, scanner: Scanner) -> None:
    pair.write(b"4006381333931\r")
    pair.write(b"96385074\n")
    pair.write(b"0012345678905\r\n")
    assert scanner.next_scans(3) == ["4006381333931", "96385074", "0012345678905"]
    burst = [f"{n:013d}" for n in range(200)]
    pair.write(b"".join(code.encode() + b"\r" for code in burst))  # one write, many frames
    assert scanner.next_scans(200) == burst
    assert scanner.problems.empty()


def test_a_code_split_over_two_reads_is_one_scan(pair: PtyPair, scanner: Scanner) -> None:
    pair.write(b"400638")
    pair.write(b"1333931\r")
    assert scanner.next_scans(1) == ["4006381333931"]


def test_binary_noise_is_reported_and_never_becomes_a_scan(pair: PtyPair, scanner: Scanner) -> None:
    pair.write(b"\x00\xff\x13\x88\x9a\r")
    assert scanner.problems.get(timeout=5) == NOISE
    pair.write(b"garbage\x07in the middle\r4006381333931\r")
    assert scanner.problems.get(timeout=5) == NOISE
    assert scanner.next_scans(1) == ["4006381333931"]
    pair.write(bytes(range(0x80, 0xFF)) * 2)  # an endless run with no end: dropped, not held forever
    assert scanner.problems.get(timeout=5) == NOISE
    pair.write(b"\r96385074\r")
    assert scanner.next_scans(1) == ["96385074"]
    assert scanner.scans.empty()


def test_unplug_and_replug_the_reader_reconnects_and_loses_no_later_scan(pair: PtyPair, scanner: Scanner) -> None:
    pair.write(b"4006381333931\r")
    assert scanner.next_scans(1) == ["4006381333931"]
    pair.write(b"40063")  # half a scan when the cable comes out
    scanner.connected.clear()
    pair.unplug()
    assert scanner.disconnected.wait(5)
    assert not scanner.reader.connected
    pair.plug()
    assert scanner.connected.wait(5)
    later = [f"{n:08d}" for n in range(50)]
    for code in later:
        pair.write(code.encode() + b"\r\n")
    assert scanner.next_scans(50) == later  # the half scan from before the unplug never glued on
    assert scanner.scans.empty()


def test_prefix_and_suffix_frame_a_scan(tmp_path: Path) -> None:
    pair = PtyPair(tmp_path, "prefixed").plug()
    s = Scanner(pair, prefix="]", suffix="#")
    s.reader.start()
    try:
        assert s.connected.wait(5)
        pair.write(b"]4006381333931#]96385")
        pair.write(b"074#4006381333931#")
        assert s.next_scans(2) == ["4006381333931", "96385074"]
        assert s.problems.get(timeout=5) == NO_PREFIX
    finally:
        s.reader.stop()
        pair.unplug()


def test_a_fragment_left_by_a_quiet_line_or_an_unplug_is_dropped_not_glued_to_the_next_scan() -> None:
    f = Framer()
    assert f.feed(b"40063", now=10.0) == []
    frames = f.feed(b"96385074\r", now=11.0)  # a second later: the fragment was a lost scan
    assert [(fr.code, fr.problem) for fr in frames] == [(None, PARTIAL), ("96385074", "")]
    assert f.feed(b"4006", now=12.0) == []
    assert [fr.problem for fr in f.drop()] == [PARTIAL]  # the line went away mid-scan
    assert f.drop() == []


def test_a_scanner_is_found_by_its_usb_id() -> None:
    from serial.tools.list_ports_common import ListPortInfo

    other, scanner = ListPortInfo("/dev/ttyACM0"), ListPortInfo("/dev/ttyACM1")
    other.vid, other.pid = 0x1234, 0x0001
    scanner.vid, scanner.pid = 0x05E0, 0x1200
    assert find_port("05e0:1200", [other, scanner]) == "/dev/ttyACM1"
    assert find_port("05e0:9999", [other, scanner]) is None


def test_an_absent_port_is_reported_and_looked_for_again(tmp_path: Path) -> None:
    pair = PtyPair(tmp_path, "late")
    s = Scanner(pair)
    s.reader.start()
    try:
        assert s.disconnected.wait(5)
        assert "could not open" in s.reader.where or "No such file" in s.reader.where
        pair.plug()  # plugged in after the till started
        assert s.connected.wait(5)
        pair.write(b"96385074\r")
        assert s.next_scans(1) == ["96385074"]
    finally:
        s.reader.stop()
        pair.unplug()
