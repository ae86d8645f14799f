"""The service's periodic jobs: expire orders not collected in time, send customer notifications.

Each run is safe beside another process doing the same (row locks, claimed notifications), so every
process behind a load balancer may run them.
"""

from __future__ import annotations

import logging
import threading

from central import notify, orders
from central.db import CentralDB

log = logging.getLogger("cloudshelf.central.tasks")


def run_once(db: CentralDB) -> tuple[list[str], notify.SendReport]:
    with db.write() as s:
        expired = orders.expire_due(s)
    return expired, notify.send_pending(db)


def start_periodic(db: CentralDB, every: float) -> threading.Thread:
    def loop() -> None:
        stop = threading.Event()
        while not stop.wait(every):
            try:
                run_once(db)
            except Exception:  # a bad run must not stop the next one
                log.exception("periodic tasks failed")

    thread = threading.Thread(target=loop, name="central-tasks", daemon=True)
    thread.start()
    return thread
