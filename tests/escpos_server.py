"""A network receipt printer for the tests: a TCP server on 127.0.0.1 that keeps what it is sent.

It is bound from the start but listens only when told, so until then connections are refused, as
by a printer that is switched off. It answers DLE EOT status queries with the bytes it is given
(or, with ``answer=False``, says nothing, like a printer whose link is one-way).
"""

from __future__ import annotations

import contextlib
import socket
import threading

ONLINE = b"\x12"  # DLE EOT 1: online, drawer closed
PAPER_OK = b"\x12"  # DLE EOT 4: paper present
PAPER_OUT = b"\x72"  # DLE EOT 4: paper end (bits 5 and 6)


class FakePrinter:
    def __init__(self, *, answer: bool = True, online: bytes = ONLINE, paper: bytes = PAPER_OK) -> None:
        self.answer, self.online, self.paper = answer, online, paper
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.jobs: list[bytes] = []  # what each connection sent, status queries left out
        self.connections = 0
        self._cond = threading.Condition()
        self._thread: threading.Thread | None = None
        self._closed = False

    @property
    def url(self) -> str:
        return f"tcp://127.0.0.1:{self.port}"

    def listen(self) -> FakePrinter:
        self.sock.listen(8)
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()
        return self

    def _serve(self) -> None:
        while not self._closed:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, conn: socket.socket) -> None:
        data = bytearray()
        with conn:
            with self._cond:
                self.connections += 1
            while True:
                try:
                    chunk = conn.recv(65536)
                except OSError:
                    break
                if not chunk:
                    break
                data += chunk
                while data[:2] == b"\x10\x04" and len(data) >= 3:
                    kind = data[2]
                    del data[:3]
                    if self.answer:
                        conn.sendall(self.paper if kind == 4 else self.online)
        if data:
            with self._cond:
                self.jobs.append(bytes(data))
                self._cond.notify_all()

    def wait_jobs(self, count: int, timeout: float = 10.0) -> list[bytes]:
        with self._cond:
            if not self._cond.wait_for(lambda: len(self.jobs) >= count, timeout):
                raise AssertionError(f"the printer got {len(self.jobs)} jobs, not {count}, in {timeout} s")
            return list(self.jobs)

    def close(self) -> None:
        self._closed = True
        with contextlib.suppress(OSError):
            self.sock.shutdown(socket.SHUT_RDWR)
        self.sock.close()
