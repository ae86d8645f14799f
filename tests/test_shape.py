"""The house stays in rooms: no module over 600 lines and no function over 80, so a newcomer finds one
area per file and reads one step per function. A module or function that must be longer is named here
with the reason (the closing note of the restructure repeats it).

Translations (resources/translations/zh_CN.py) are a table of strings, not code, and are not counted;
test functions may be long where one test is one user's flow, so only the module limit applies to tests."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CODE = ("app", "core", "devices", "sync", "ui", "central", "bench")
MAX_MODULE = 600
MAX_FUNCTION = 80
LONG_FUNCTIONS: dict[str, str] = {}


def files(folders: tuple[str, ...]) -> list[Path]:
    found = [p for folder in folders for p in (ROOT / folder).rglob("*.py") if "migrations" not in p.parts]
    assert len(found) > 100, "the walk found too few modules"
    return sorted(found)


def test_no_module_over_600_lines() -> None:
    long = [f"{p.relative_to(ROOT)}: {n} lines" for p in files((*CODE, "tests"))
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_MODULE]  # fmt: skip
    assert not long, "split these by area (one module per area):\n" + "\n".join(long)


def long_functions(path: Path) -> list[tuple[str, int]]:
    """(qualified name, lines) of every function or method in the file longer than the limit."""
    found = []

    def walk(node: ast.AST, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                walk(child, f"{prefix}{child.name}.")
            elif isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                size = child.end_lineno - child.lineno + 1
                if size > MAX_FUNCTION:
                    found.append((f"{prefix}{child.name}", size))
                walk(child, f"{prefix}{child.name}.")

    walk(ast.parse(path.read_text(encoding="utf-8")), "")
    return found


def test_no_function_over_80_lines_but_those_named_with_a_reason() -> None:
    long = [f"{p.relative_to(ROOT)}::{name}: {size} lines" for p in files(CODE)
            for name, size in long_functions(p) if f"{p.relative_to(ROOT)}::{name}" not in LONG_FUNCTIONS]  # fmt: skip
    assert not long, "split these into named steps (or name them in LONG_FUNCTIONS with why):\n" + "\n".join(long)


def test_the_function_measure_finds_long_functions(tmp_path: Path) -> None:
    body = "".join(f"        x{i} = {i}\n" for i in range(MAX_FUNCTION))
    sample = tmp_path / "sample.py"
    sample.write_text(f"class Screen:\n    def build(self):\n{body}", encoding="utf-8")
    assert long_functions(sample) == [("Screen.build", MAX_FUNCTION + 1)]
