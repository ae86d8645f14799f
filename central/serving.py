"""How ``central serve`` runs uvicorn.

With ``--workers`` uvicorn binds the listening socket itself, without naming TCP as its protocol, so
asyncio does not switch Nagle's algorithm off on the connections it accepts: every answer on a
kept-alive connection then waits ~40 ms for the client's delayed ACK. This protocol sets
``TCP_NODELAY`` on each connection, as a single-process server already does.

Also the limit on a request's size, applied before the body is read.
"""

from __future__ import annotations

import asyncio
import json
import socket
from collections.abc import Callable

from starlette.exceptions import HTTPException
from uvicorn.protocols.http.h11_impl import H11Protocol


class NoDelayH11Protocol(H11Protocol):
    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        sock = transport.get_extra_info("socket")
        if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        super().connection_made(transport)


MAX_BODY = 8 * 1024 * 1024  # bytes: a full push of 200 events is far below it
MAX_BODY_ENV = "CLOUDSHELF_MAX_BODY"


def _too_large(limit: int) -> tuple[dict, bytes]:
    body = {
        "error": "too_large",
        "message": f"The request is larger than {limit} bytes.",
        "hint": "Send it in smaller parts (a push takes at most 200 events).",
    }
    return body, json.dumps(body).encode()


class BodyLimit:
    """Refuses a request body over ``limit`` bytes with a 413 before anything reads it: by its
    Content-Length at once, or, sent in chunks, as soon as the count passes the limit. A memory or
    parser cost is never paid for an oversized body."""

    def __init__(self, app: Callable, limit: int = MAX_BODY, uploads: dict[str, int] | None = None) -> None:
        """``uploads``: paths that take a file, each with its own larger limit (the console's catalogue
        file may be 64 MB where a till's push is a few)."""
        self.app, self.limit, self.uploads = app, limit, dict(uploads or {})

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.uploads.get(scope.get("path", ""), self.limit)
        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > limit):
            _, payload = _too_large(limit)
            headers = [(b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode()),
                       (b"connection", b"close")]  # fmt: skip
            await send({"type": "http.response.start", "status": 413, "headers": headers})
            await send({"type": "http.response.body", "body": payload})
            return
        seen = 0

        async def counted() -> dict:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > limit:  # FastAPI passes an HTTPException from the body read on as it is
                raise HTTPException(413, _too_large(limit)[0]["message"])
            return message

        await self.app(scope, counted, send)
