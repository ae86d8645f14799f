"""How ``central serve`` runs uvicorn.

With ``--workers`` uvicorn binds the listening socket itself, without naming TCP as its protocol, so
asyncio does not switch Nagle's algorithm off on the connections it accepts: every answer on a
kept-alive connection then waits ~40 ms for the client's delayed ACK. This protocol sets
``TCP_NODELAY`` on each connection, as a single-process server already does.
"""

from __future__ import annotations

import asyncio
import socket

from uvicorn.protocols.http.h11_impl import H11Protocol


class NoDelayH11Protocol(H11Protocol):
    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        sock = transport.get_extra_info("socket")
        if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        super().connection_made(transport)
