"""Where the till's hot paths spend their time: cProfile over a loop of barcode look-ups, name searches
and completed sales on the bench store, each written as a top-20 table (by cumulative time) to
bench/profiles/core-<what>-<tag>.txt, so the next person sees where the time went.

    python bench/profile_core.py --dir DIR --tag before [--lookups 3000] [--searches 300] [--sales 300]

DIR is the folder that holds ``cloudshelf-bench-<variants>`` (as for bench/core.py); the sales are
written to that store, so profile a copy.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.terminal import Terminal  # noqa: E402
from bench.core import LOGIN, PIN, ensure_store, queries, sample  # noqa: E402

OUT = Path(__file__).parent / "profiles"


def profiled(what: str, tag: str, fn, items: list) -> None:
    """Run ``fn`` over ``items`` under cProfile and keep the top-20 table."""
    for item in items[:20]:  # warm: caches, statements, pages
        fn(item)
    prof = cProfile.Profile()
    prof.enable()
    for item in items:
        fn(item)
    prof.disable()
    buf = io.StringIO()
    stats = pstats.Stats(prof, stream=buf).strip_dirs().sort_stats("cumulative")
    buf.write(f"{what}: {len(items)} calls, {stats.total_tt * 1000 / len(items):.3f} ms a call under the profiler\n")
    stats.print_stats(20)
    text = buf.getvalue()
    (OUT / f"core-{what}-{tag}.txt").write_text(text, encoding="utf-8")
    print(text.splitlines()[0])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--variants", type=int, default=1_000_000)
    parser.add_argument("--dir", type=Path, required=True)
    parser.add_argument("--tag", default="after")
    parser.add_argument("--lookups", type=int, default=3000)
    parser.add_argument("--searches", type=int, default=300)
    parser.add_argument("--sales", type=int, default=300)
    args = parser.parse_args()
    store = ensure_store(args.variants, args.dir)
    codes, names = sample(store, max(args.lookups, args.searches), seed=11)
    term = Terminal.open(store)
    OUT.mkdir(exist_ok=True)
    profiled("lookup", args.tag, term.catalog.lookup, codes[: args.lookups])
    profiled("search", args.tag, term.catalog.search, queries(names[: args.searches], random.Random(7)))
    term.sign_in(LOGIN, PIN)
    if term.shift.current_id() is None:
        term.shift.open(50_000)
    if term.sale.cart is not None and term.sale.cart.lines:
        term.sale.void("bench")

    def ring_up(n: int) -> None:
        for code in codes[n * 3 % len(codes) : n * 3 % len(codes) + 3] or codes[:3]:
            term.sale.scan(code)
        term.sale.add_cash(term.sale.totals().due)

    def sell(n: int) -> None:
        ring_up(n)
        prof.enable()
        term.sale.complete()
        prof.disable()

    prof = cProfile.Profile()
    for n in range(20):
        ring_up(n)
        term.sale.complete()
    for n in range(args.sales):
        sell(n)
    buf = io.StringIO()
    stats = pstats.Stats(prof, stream=buf).strip_dirs().sort_stats("cumulative")
    buf.write(f"complete: {args.sales} sales, {stats.total_tt * 1000 / args.sales:.3f} ms a call under the profiler\n")
    stats.print_stats(20)
    (OUT / f"core-complete-{args.tag}.txt").write_text(buf.getvalue(), encoding="utf-8")
    print(buf.getvalue().splitlines()[0])
    term.close()


if __name__ == "__main__":
    main()
