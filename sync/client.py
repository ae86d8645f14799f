"""HTTP client for the central platform (requests). Classifies every failure the way DESIGN.md's
push rules need: network errors, 5xx, 429, and any answer that does not carry the platform's
marker (a proxy's, a load balancer's or a firewall's own 4xx) may be retried; the platform's own
4xx is final. Each answer's headers also tell what the platform holds from this terminal (the last
event of its sequence, set-aside events asked for again), which the relay acts on.

TLS verification is always on; ``ca_cert`` names an extra CA bundle for a private platform. The
bearer token never appears in an exception, a log line or ``repr``.
"""

from __future__ import annotations

import email.utils
import time
from dataclasses import dataclass
from datetime import UTC
from typing import Any

import requests

from sync.protocol import LAST_SEQ_HEADER, MAX_RESEND_ASKED, PLATFORM_HEADER, RESEND_HEADER
from sync.protocol.fleet import REPORT_HEADER

TIMEOUT = (5.0, 30.0)  # connect, read


class SyncError(Exception):
    """A call to the platform failed. ``retry`` says whether trying again later can help."""

    retry = False

    def __init__(
        self, message: str, hint: str = "", *, status: int | None = None, retry_after: float | None = None
    ) -> None:
        super().__init__(message)
        self.message, self.hint, self.status, self.retry_after = message, hint, status, retry_after


class Offline(SyncError):
    retry = True


class ServerBusy(SyncError):
    """5xx or 429."""

    retry = True


class Refused(SyncError):
    """A 4xx answer other than 429: the request itself is wrong or not allowed."""


class Interposed(SyncError):
    """A 4xx that did not come from the platform (a proxy's 408, a load balancer's 404 during a deploy,
    a firewall's 403, an HTML page): it says nothing about the events, so it is retried."""

    retry = True


class AuthRefused(Refused):
    """401: the token is missing, unknown, expired or revoked; the terminal must enrol again."""


class CursorExpired(Refused):
    """410: the feed no longer has the changes after this cursor; or the cursor is ahead of the feed
    (the platform's database was restored): take a snapshot."""


@dataclass(frozen=True)
class Endpoint:
    url: str
    token: str = ""
    ca_cert: str = ""

    def __repr__(self) -> str:
        return f"Endpoint({self.url!r})"


def retry_after(value: str | None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header: delta-seconds or an HTTP date; None if unreadable."""
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None  # a malformed header is no reason to fail: the backoff decides alone
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return max(0.0, moment.timestamp() - time.time())


def unreachable(exc: requests.exceptions.RequestException) -> str:
    """Why the platform could not be reached, in words a screen translates (no exception class name:
    a cashier reads this on the cloud shelf's banner and in the status bar)."""
    if isinstance(exc, requests.exceptions.Timeout):
        return "The platform cannot be reached: it did not answer in time."
    if isinstance(exc, requests.exceptions.ConnectionError):
        return "The platform cannot be reached: no connection (the network is down or the platform is stopped)."
    return "The platform cannot be reached: the network failed."


class Client:
    def __init__(self, endpoint: Endpoint, session: requests.Session | None = None) -> None:
        self.endpoint = endpoint
        self.http = session or requests.Session()
        # Given with each request: a session's own setting loses to REQUESTS_CA_BUNDLE in the environment.
        self.verify: str | bool = endpoint.ca_cert or True
        if endpoint.token:
            self.http.headers["Authorization"] = f"Bearer {endpoint.token}"
        self.from_platform = False  # whether the last answer carried the platform's marker
        self.platform_last_seq: int | None = None  # the last event the platform holds from this till
        self.resend_asked: list[str] = []  # set-aside events a person asked this till to send again
        self.report: str | None = None  # the fleet report (sync.protocol.fleet) the next call carries

    def close(self) -> None:
        self.http.close()

    def call(self, method: str, path: str, *, json: Any = None, params: dict | None = None) -> Any:
        url = self.endpoint.url.rstrip("/") + path
        headers, self.report = ({REPORT_HEADER: self.report} if self.report else None), None
        try:
            response = self.http.request(
                method, url, json=json, params=params, headers=headers, timeout=TIMEOUT, verify=self.verify
            )
        except requests.exceptions.SSLError:
            raise Refused(
                "The platform's TLS certificate is not trusted.",
                "Check the server address, or configure the platform's CA certificate.",
            ) from None
        except requests.exceptions.RequestException as exc:
            raise Offline(
                unreachable(exc), "Sales keep working offline; they are sent when the network is back."
            ) from None
        return self._answer(response)

    def _note(self, response: requests.Response) -> None:
        """Who answered, and what the platform says it holds from this terminal."""
        headers = response.headers
        self.from_platform = headers.get(PLATFORM_HEADER) == "1"
        if not self.from_platform:
            return
        last = headers.get(LAST_SEQ_HEADER, "")
        if last.isdigit():
            self.platform_last_seq = int(last)
        asked = headers.get(RESEND_HEADER, "")
        self.resend_asked = [a for a in asked.split(",") if a][:MAX_RESEND_ASKED]

    def _answer(self, response: requests.Response) -> Any:
        self._note(response)
        status = response.status_code
        try:
            body = response.json()
        except ValueError:
            body = None
        if 200 <= status < 300:
            if body is None:
                raise ServerBusy("The platform sent an answer that is not JSON.", "It is retried later.", status=status)
            return body
        message = body.get("message", "") if isinstance(body, dict) else ""
        hint = body.get("hint", "") if isinstance(body, dict) else ""
        if status == 429 or status >= 500:
            raise ServerBusy(
                message or f"The platform is busy ({status}).",
                hint or "It is retried later.",
                status=status,
                retry_after=retry_after(response.headers.get("Retry-After")),
            )
        if not self.from_platform:
            raise Interposed(
                f"Something between the till and the platform refused the call ({status}).",
                "It is retried later; the events wait and nothing is lost.",
                status=status,
                retry_after=retry_after(response.headers.get("Retry-After")),
            )
        if status == 401:
            raise AuthRefused(message or "The platform refused the terminal's token.", hint, status=status)
        code = body.get("error") if isinstance(body, dict) else None
        if status == 410 or code == "cursor_ahead":  # both mean: this cursor is no use here, take a snapshot
            raise CursorExpired(message or "The feed cursor expired.", hint, status=status)
        raise Refused(message or f"The platform refused the request ({status}).", hint, status=status)
