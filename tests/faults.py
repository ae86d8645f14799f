"""Helpers for the sync fault tests: selling in bulk, a proxy that loses answers, and the books of
a till and of the platform side by side."""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import requests

from app import config
from app.terminal import Terminal
from sync.protocol import PLATFORM_HEADER
from tests.platform import Platform

HOP_HEADERS = {"connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding"}


def sell_many(till: Path, skus: list[str], count: int, login: str = "ann", pin: str = "1357") -> list[str]:
    """``count`` cash sales of one unit each, rotating through ``skus``; their receipt numbers."""
    receipts = []
    with Terminal.open(till) as term:
        term.sign_in(login, pin)
        if term.shift.current_id() is None:
            term.shift.open(10_000)
        for i in range(count):
            term.sale.scan(skus[i % len(skus)])
            term.sale.add_cash(term.sale.totals().due)
            receipts.append(term.sale.complete().receipt_no)
    return receipts


def till_books(till: Path) -> tuple[Counter, Counter]:
    """(receipt -> total, (location, sku) -> units moved) as the till recorded them."""
    with sqlite3.connect(till / config.STORE_FILE) as db:
        sales = Counter({r: t for r, t in db.execute("SELECT receipt_no, total FROM sales")})
        moved = Counter()
        for loc, sku, qty in db.execute(
            "SELECT m.location_code, v.sku, m.qty FROM stock_movements m JOIN variants v ON v.id = m.variant_id"
        ):
            moved[(loc, sku)] += qty
    return sales, moved


def platform_books(platform: Platform, store: str = "S01") -> tuple[Counter, Counter, int]:
    """The same as the platform holds it, plus how many sale rows it has (duplicates would show)."""
    rows = platform.rows("SELECT receipt_no, total FROM sales WHERE store_code = :s", s=store)
    sales = Counter({r: t for r, t in rows})
    moved = Counter()
    for loc, sku, qty in platform.rows(
        "SELECT location_code, sku, qty FROM stock_movements WHERE event_id IS NOT NULL AND location_code = :s", s=store
    ):
        moved[(loc, sku)] += qty
    return sales, moved, len(rows)


def backlog(till: Path) -> int:
    with sqlite3.connect(till / config.STORE_FILE) as db:
        return db.execute("SELECT COUNT(*) FROM outbox_delivery WHERE status = 'pending'").fetchone()[0]


class LosingProxy:
    """An HTTP proxy to the platform for fault tests, acting on pushes (``POST /v1/events``) only.

    * while ``drop`` > 0, a push reaches the platform and commits, then the connection is cut instead
      of passing the answer back: a lost response;
    * ``answers`` are canned ``(status, headers, body)`` answers given, in order, to the next pushes
      instead of forwarding them (a busy or failing platform behind a load balancer);
    * a push naming an event id in ``refuse`` gets a 422 in the platform's error shape, with its
      marker: the platform's own refusal of an event it will never take (as its body limit would);
    * while ``drop_holds`` > 0, a cloud-shelf hold request reaches the platform and commits, then the
      connection is cut: the hold's answer is lost;
    * once ``hold`` is set, pushes after the first ``hold_after`` wait until ``release`` is set;
    * ``feed_answers`` are canned answers given, in order, to the next feed reads (``GET /v1/feeds/...``);
    * a read of a feed in ``missing_feeds`` gets the platform's own 404, as an older platform without
      that feed answers.

    ``pushes`` records the monotonic time of every push it saw.
    """

    def __init__(self, upstream: str) -> None:
        self.upstream = upstream
        self.drop = 0
        self.dropped = 0
        self.drop_holds = 0
        self.answers: list[tuple[int, dict[str, str], bytes]] = []
        self.feed_answers: list[tuple[int, dict[str, str], bytes]] = []
        self.refuse: set[str] = set()
        self.missing_feeds: set[str] = set()
        self.pushes: list[float] = []
        self.hold_after: int | None = None
        self.holding = threading.Event()
        self.release = threading.Event()
        self.http = requests.Session()
        self.lock = threading.Lock()
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def _send(self, status: int, headers: dict[str, str], content: bytes) -> None:
                self.send_response(status)
                for key, value in headers.items():
                    if key.lower() not in HOP_HEADERS:
                        self.send_header(key, value)
                self.send_header("Content-Length", str(len(content)))
                self.end_headers()
                self.wfile.write(content)

            def _forward(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else None
                push = self.command == "POST" and self.path.startswith("/v1/events")
                if push:
                    with proxy.lock:
                        proxy.pushes.append(time.monotonic())
                        seen = len(proxy.pushes)
                        canned = proxy.answers.pop(0) if proxy.answers else None
                    if proxy.hold_after is not None and seen > proxy.hold_after:
                        proxy.holding.set()
                        proxy.release.wait(60)
                    if canned is not None:
                        return self._send(*canned)
                    ids = {e.get("id") for e in json.loads(body or b"{}").get("events", [])}
                    if ids & proxy.refuse:
                        refusal = {"error": "invalid_request", "message": "events.0.data: not valid", "hint": "Fix it."}
                        marked = {"Content-Type": "application/json", PLATFORM_HEADER: "1"}
                        return self._send(422, marked, json.dumps(refusal).encode())
                feed = self.path.split("?")[0].removeprefix("/v1/feeds/") if self.path.startswith("/v1/feeds/") else ""
                if feed in proxy.missing_feeds:
                    gone = {"error": "no_feed", "message": f"There is no feed '{feed}'.", "hint": "Use another."}
                    marked = {"Content-Type": "application/json", PLATFORM_HEADER: "1"}
                    return self._send(404, marked, json.dumps(gone).encode())
                if self.path.startswith("/v1/feeds/") and proxy.feed_answers:
                    return self._send(*proxy.feed_answers.pop(0))
                headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP_HEADERS | {"host"}}
                answer = proxy.http.request(
                    self.command, proxy.upstream + self.path, data=body, headers=headers, timeout=30
                )
                hold = self.command == "POST" and self.path.startswith("/v1/shelf/holds")
                if hold and proxy.drop_holds > 0:
                    proxy.drop_holds -= 1
                    self.close_connection = True  # the platform holds the units; the till never hears
                    return None
                if push and proxy.drop > 0:
                    proxy.drop -= 1
                    proxy.dropped += 1
                    self.close_connection = True  # the platform has committed; the till never hears
                    return None
                return self._send(answer.status_code, dict(answer.headers), answer.content)

            do_GET = do_POST = do_PUT = do_DELETE = _forward

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()
        self.http.close()
