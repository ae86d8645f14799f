"""The layers of DESIGN.md hold in the code: every import of every module of the till and the platform
is read (function-level and type-only imports too) and none may point the wrong way or close a circle.

A new module is checked as soon as it exists; a forbidden arrow fails with the file and the import."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("core", "app", "devices", "sync", "ui", "central")
OURS = (*PACKAGES, "tests", "bench", "resources")
# folder -> the packages of ours it may import (itself included), and the libraries it may not
MAY_IMPORT = {
    "core": ("core",),
    "app": ("app", "core", "sync.protocol"),
    "devices": ("devices", "app", "core", "sync.protocol"),
    "sync": ("sync", "app", "core"),
    "ui": ("ui", "app", "core", "devices", "sync"),
    "central": ("central", "core", "sync.protocol"),
}
NEVER = {
    "core": ("PySide6", "sqlalchemy", "fastapi", "starlette", "requests", "httpx", "escpos", "serial", "sqlite3"),
    "app": ("PySide6", "escpos"),
    "devices": ("PySide6.QtWidgets",),
    "sync": ("PySide6",),
    "central": ("PySide6",),
    "ui": (),
}


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    found = {module_name(p): p for package in PACKAGES for p in (ROOT / package).rglob("*.py")}
    assert len(found) > 100, "the walk found too few modules"
    return found


def imports(path: Path) -> list[tuple[int, str]]:
    """(line, module) of every absolute import in the file, wherever it stands."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
            found += [(node.lineno, f"{node.module}.{alias.name}") for alias in node.names]
    return found


def within(name: str, prefixes: tuple[str, ...]) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


def test_no_module_imports_across_its_layer() -> None:
    wrong = []
    for name, path in modules().items():
        folder = name.split(".")[0]
        for line, target in imports(path):
            ours = target.split(".")[0] in OURS
            if (ours and not within(target, MAY_IMPORT[folder])) or within(target, NEVER[folder]):
                wrong.append(f"{path.relative_to(ROOT)}:{line} imports {target}")
    assert not wrong, "imports against DESIGN.md's layers:\n" + "\n".join(sorted(set(wrong)))


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for start in graph:
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    found.append(sorted(group))
    return found


def test_no_two_modules_import_each_other_directly_or_round_a_circle() -> None:
    known = modules()
    graph = {
        name: {t for _, t in imports(path) if t in known and t != name and not name.startswith(t + ".")}
        for name, path in known.items()
    }
    assert circles(graph) == []


def test_the_circle_finder_finds_circles() -> None:
    """The check above can fail: a circle of three and a pair are found, a chain is not."""
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"e"}, "e": {"d"}, "f": {"g"}, "g": set()}
    assert sorted(circles(graph)) == [["a", "b", "c"], ["d", "e"]]


def test_the_wire_package_imports_nothing_of_ours_but_itself() -> None:
    """sync/protocol is names, schemas and canonical JSON: it leans on no rule and no layer of ours."""
    wrong = [
        f"{path.relative_to(ROOT)}:{line} imports {target}"
        for name, path in modules().items()
        if within(name, ("sync.protocol",))
        for line, target in imports(path)
        if target.split(".")[0] in OURS and not within(target, ("sync.protocol",))
    ]
    assert not wrong, "the wire package must stand alone:\n" + "\n".join(sorted(set(wrong)))


def test_the_core_imports_nothing_of_ours_and_no_io_library() -> None:
    """core/ is pure rules the till and the platform share: no layer of ours, no Qt, database or HTTP."""
    wrong = [
        f"{path.relative_to(ROOT)}:{line} imports {target}"
        for name, path in modules().items()
        if within(name, ("core",))
        for line, target in imports(path)
        if (target.split(".")[0] in OURS and not within(target, ("core",))) or within(target, NEVER["core"])
    ]
    assert not wrong, "the core must stand alone:\n" + "\n".join(sorted(set(wrong)))


def test_the_wire_package_holds_no_rule() -> None:
    """The rules that moved to core/ stay out of sync/protocol: no second copy to drift."""
    moved = {"plan", "ranked", "tier", "size_key", "contact_problem", "clean_contact", "address_fields",
             "cn_mobile", "hash_pickup_code", "check_pickup_code", "new_order_code", "new_pickup_code",
             "parse_key", "same_name", "name_key", "phone_last4", "normalise_code", "parse_amount", "Place", "Need",
             "FormatError"}  # fmt: skip
    found = [
        f"{path.relative_to(ROOT)}:{node.lineno} defines {node.name}"
        for name, path in modules().items()
        if within(name, ("sync.protocol",))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.FunctionDef | ast.ClassDef) and node.name in moved
    ]
    assert not found, "domain rules belong in core/:\n" + "\n".join(found)


def test_the_delivery_names_of_the_core_are_the_wire_names() -> None:
    """core.contacts spells the deliveries it checks; they must be the ones the events carry."""
    from core import contacts
    from sync.protocol import shelf

    assert (contacts.HOME, contacts.STORE) == (shelf.HOME, shelf.STORE)


def test_the_ui_shares_down_never_up() -> None:
    """Inside ui/: the screens open dialogs, and both build from the shared blocks (ui.widgets,
    ui.blocks); a dialog reaching into a screen, or a shared block into either, fails here."""
    above = {"ui.widgets": ("ui.screens", "ui.dialogs"), "ui.blocks": ("ui.screens", "ui.dialogs")}
    wrong = []
    for name, path in modules().items():
        barred = above.get(name, ("ui.screens",) if within(name, ("ui.dialogs",)) else ())
        wrong += [f"{path.relative_to(ROOT)}:{line} imports {t}" for line, t in imports(path) if within(t, barred)]
    assert not wrong, "ui/ imports the wrong way:\n" + "\n".join(sorted(set(wrong)))
