"""Top-20 tables from a py-spy ``--format raw`` profile (collapsed stacks, one ``a;b;c count`` a line):
where the samples were spent in the function itself, and under it (each function counted once a stack).

    py-spy record --format raw -o out.txt --threads -- python bench/ui.py ...
    python bench/spy_top.py out.txt [--grep till-ops ...]    # only stacks holding one of the words
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path


def tables(lines: list[str], grep: tuple[str, ...] = (), top: int = 20) -> str:
    """Self and inclusive sample counts per function, the ``top`` of each, as text."""
    own: Counter[str] = Counter()
    under: Counter[str] = Counter()
    total = 0
    for line in lines:
        stack, _, count = line.rstrip().rpartition(" ")
        if not stack or (grep and not any(word in stack for word in grep)):
            continue
        n = int(count)
        frames = stack.split(";")
        total += n
        own[frames[-1]] += n
        for frame in set(frames):
            under[frame] += n
    out = [f"{total} samples" + (f" in stacks holding one of {list(grep)}" if grep else "")]
    for title, counter in (("self", own), ("inclusive", under)):
        out += ["", f"top {top} by {title} samples:", f"{'samples':>8} {'share':>6}  function (file:line)"]
        for frame, n in counter.most_common(top):
            out.append(f"{n:>8} {n / max(total, 1):>6.1%}  {frame}")
    return "\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("raw", type=Path)
    parser.add_argument("--grep", nargs="*", default=())
    parser.add_argument("--top", type=int, default=20)
    args = parser.parse_args()
    print(tables(args.raw.read_text(encoding="utf-8").splitlines(), tuple(args.grep), args.top))


if __name__ == "__main__":
    main()
