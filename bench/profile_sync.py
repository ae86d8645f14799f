"""Where a new till's first sync spends its time: cProfile top-20 tables of either side, written to
bench/profiles/sync-first-<side>-<label>.txt. Never asserted.

    python bench/profile_sync.py --side till|platform --label before|after [--variants 1000000]
                                 [--dir DIR] [--pages 200]

``platform``: the snapshot pages of the three catalogue feeds built and encoded as the route does
(``--pages`` pages of each feed, in-process, no HTTP). ``till``: enrol and the whole first sync in
this process against the platform on loopback (the main thread only: the prefetching thread's HTTP
and JSON decoding are not in the table). The central catalog is the one ``bench/sync.py`` keeps.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.sync import big_central  # noqa: E402
from central import auth  # noqa: E402
from central.db import CentralDB  # noqa: E402
from sync.protocol import MAX_PAGE  # noqa: E402
from tests.platform import CentralProcess  # noqa: E402

OUT = Path(__file__).parent / "profiles"


def platform_side(db_url: str, pages: int) -> tuple[cProfile.Profile, str]:
    from fastapi.responses import JSONResponse

    from central import catalog, feeds

    db = CentralDB(db_url)
    prof = cProfile.Profile()
    rows = 0
    started = time.perf_counter()
    prof.enable()
    for feed in ("catalog", "prices", "stock"):
        key = ""
        for _ in range(pages):
            with db.read() as s:
                as_of = feeds.current_seq(s, feed)
                items = catalog.snapshot(s, feed, ["S01"], key, MAX_PAGE)
            if not items:
                break
            JSONResponse({"items": items, "as_of": as_of, "next_key": items[-1]["key"]})
            rows += len(items)
            key = items[-1]["key"]
    prof.disable()
    took = time.perf_counter() - started
    db.dispose()
    return prof, f"{pages} pages of {MAX_PAGE} of each feed, {rows:,} rows in {took:.1f} s"


def till_side(db_url: str) -> tuple[cProfile.Profile, str]:
    from sync.enrol import enrol
    from sync.worker import sync_once

    server = CentralProcess(db_url).start()
    try:
        db = CentralDB(db_url)
        with db.write() as s:
            code = auth.new_enrol_code(s, "S01", f"P{int(time.time()) % 10_000:04d}")
        db.dispose()
        till = Path(tempfile.mkdtemp(prefix="cloudshelf-profile-till-"))
        prof = cProfile.Profile()
        started = time.perf_counter()
        prof.enable()
        enrol(till, server.url, code)
        done = sync_once(till)
        prof.disable()
        took = time.perf_counter() - started
    finally:
        server.stop()
    return prof, f"first sync, {sum(done.pull.applied.values()):,} rows applied in {took:.1f} s (under cProfile)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--side", choices=("till", "platform"), required=True)
    parser.add_argument("--label", default="before")
    parser.add_argument("--variants", type=int, default=1_000_000)
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()))
    args = parser.parse_args()
    db_url = str(big_central(args.dir, args.variants))
    prof, what = platform_side(db_url, args.pages) if args.side == "platform" else till_side(db_url)
    out = io.StringIO()
    stats = pstats.Stats(prof, stream=out)
    stats.sort_stats("cumulative").print_stats(20)
    stats.sort_stats("tottime").print_stats(20)
    OUT.mkdir(exist_ok=True)
    path = OUT / f"sync-first-{args.side}-{args.label}.txt"
    path.write_text(f"{what}\n{out.getvalue()}", encoding="utf-8")
    print(what, "->", path, file=sys.stderr)


if __name__ == "__main__":
    main()
