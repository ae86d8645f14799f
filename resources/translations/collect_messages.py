"""The English templates of every message the till can show that is not a Qt text: what a refused
action says (``UserError`` and its kin, raised in app/, core/, devices/, sync/, ui/ and, passed on through
the sync client, central/) and the few plain texts marked with ``app.errors.shown``.

Read from the source with ``ast``: a string stays as it is; an f-string (or a sum of strings)
becomes a template with numbered placeholders ``{0}``, ``{1}`` ... in order (format specs and
conversions dropped: the screen shows each value as the English text formatted it). A text built
in a variable before the call is followed to its assignments, or to the strings a function
returns; ``exc.message`` / ``exc.hint`` pass on a text collected where it was made. Anything else
is refused with its place, so a new message cannot slip past the translation.

Used by build.py (which writes ui/message_templates.py) and by tests/test_ui_messages.py.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
FOLDERS = ("app", "core", "devices", "sync", "ui")
# The platform's refusals a till screen passes on: the cloud shelf's calls (availability, a hold,
# another source) and the terminal's token. The rest of central/ answers the web shop and the CLI.
CENTRAL = ("api.py", "auth.py", "availability.py", "errors.py", "limits.py", "reservations.py", "shelf.py",
           "shelf_holds.py", "inputs.py")  # fmt: skip
# Where a message is made, and which of their parameters carry words for the screen.
ROOTS = {
    "UserError": ("message", "hint"),  # app/errors.py and its subclasses
    "SyncError": ("message", "hint"),  # sync/client.py: the platform's refusals, passed on as UserError
    "FormatError": ("message", "hint"),  # core/formats.py: bad codes and amounts
    "ServiceError": ("message", "hint"),  # central/errors.py: the platform's refusals, shown by the till
    "shown": ("text",),  # app/errors.py: a plain text a screen shows (a device test's result, ...)
}
PASSED_ON = {"message", "hint"}  # exc.message, body.get("message"): a text collected where it was made
PLACEHOLDER = re.compile(r"\{(\d+)\}")

Part = str | None  # a literal piece, or None for a value filled in at run time


class Unreadable(Exception):
    """A message the collector cannot turn into a template: make it a literal or an f-string."""


@dataclass
class Module:
    path: Path
    tree: ast.Module
    functions: dict[str, list[ast.FunctionDef]] = field(default_factory=dict)
    parents: dict[ast.AST, ast.AST] = field(default_factory=dict)


Slots = list[tuple[int, str]]  # the parameters (position, keyword) of a call that carry message texts


def _modules(root: Path) -> list[Module]:
    found = []
    paths = [p for folder in FOLDERS for p in sorted((root / folder).rglob("*.py"))]
    for path in paths + [root / "central" / name for name in CENTRAL]:
        if "migrations" not in path.parts:
            found.append(_module(root, path))
    return found


def _module(root: Path, path: Path) -> Module:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    module = Module(path.relative_to(root), tree)
    for node in ast.walk(tree):
        for child in ast.iter_child_nodes(node):
            module.parents[child] = node
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            module.functions.setdefault(node.name, []).append(node)
    return module


def _called(call: ast.Call) -> str | None:
    f = call.func
    return f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else None


def _params(fn: ast.FunctionDef, in_class: bool) -> list[str]:
    names = [a.arg for a in fn.args.posonlyargs + fn.args.args]
    return names[1:] if in_class and names and names[0] in ("self", "cls") else names


def _enclosing(module: Module, node: ast.AST, kind: type | tuple) -> ast.AST | None:
    while node in module.parents:
        node = module.parents[node]
        if isinstance(node, kind):
            return node
    return None


def _class_of(module: Module, fn: ast.AST) -> ast.ClassDef | None:
    parent = module.parents.get(fn)
    return parent if isinstance(parent, ast.ClassDef) else None


class Collector:
    def __init__(self, root: Path = ROOT) -> None:
        self.modules = _modules(root)
        self.sinks: dict[str, Slots] = {}  # classes (and the roots) by name: imported wherever they are raised
        self.local: dict[tuple[Path, str], Slots] = {}  # functions: called by their name in their own module
        self.templates: set[str] = set()
        self.problems: list[str] = []
        self._find_sinks()

    # ------------------------------------------------------------ which calls make a message
    def _find_sinks(self) -> None:
        for module in self.modules:
            for node in ast.walk(module.tree):
                if isinstance(node, ast.ClassDef | ast.FunctionDef) and node.name in ROOTS:
                    init = node if isinstance(node, ast.FunctionDef) else self._init(node)
                    params = _params(init, isinstance(node, ast.ClassDef))
                    slots = [(params.index(p), p) for p in ROOTS[node.name]]
                    self.sinks[node.name] = slots
        changed = True
        while changed:  # subclasses, and functions passing their own parameter on as a message
            changed = False
            for module in self.modules:
                for node in ast.walk(module.tree):
                    if isinstance(node, ast.ClassDef) and node.name not in self.sinks:
                        base = next((self.sinks[b.id] for b in node.bases
                                     if isinstance(b, ast.Name) and b.id in self.sinks), None)  # fmt: skip
                        if base is not None:
                            init = self._init(node)
                            self.sinks[node.name] = base if init is None else self._passed(module, init, True)
                            changed = True
                    elif isinstance(node, ast.FunctionDef) and node.name != "__init__":
                        key = (module.path, node.name)
                        slots = self._passed(module, node, _class_of(module, node) is not None)
                        if slots and key not in self.local:
                            self.local[key] = slots
                            changed = True

    @staticmethod
    def _init(cls: ast.ClassDef) -> ast.FunctionDef | None:
        return next((n for n in cls.body if isinstance(n, ast.FunctionDef) and n.name == "__init__"), None)

    def _passed(self, module: Module, fn: ast.FunctionDef, in_class: bool) -> Slots:
        """Parameters of ``fn`` handed unchanged to a message slot of a call in its body."""
        params = _params(fn, in_class)
        slots = []
        for call in ast.walk(fn):
            if isinstance(call, ast.Call):
                for arg in self._slot_args(module, call):
                    if isinstance(arg, ast.Name) and arg.id in params:
                        slots.append((params.index(arg.id), arg.id))
        return sorted(set(slots))

    def _sink_of(self, module: Module, call: ast.Call) -> Slots | None:
        """The message slots of what ``call`` calls, or None when it makes no message."""
        name = _called(call) or ""
        if isinstance(call.func, ast.Attribute) and name == "__init__":
            if not (isinstance(call.func.value, ast.Call) and _called(call.func.value) == "super"):
                return None
            cls = _enclosing(module, call, ast.ClassDef)
            bases = [b.id for b in cls.bases if isinstance(b, ast.Name)] if cls else []
            return next((self.sinks[b] for b in bases if b in self.sinks), None)
        return self.sinks.get(name) or self.local.get((module.path, name))

    def _slot_args(self, module: Module, call: ast.Call) -> list[ast.expr]:
        args = []
        for index, keyword in self._sink_of(module, call) or []:
            if index < len(call.args) and not isinstance(call.args[index], ast.Starred):
                args.append(call.args[index])
            args.extend(k.value for k in call.keywords if k.arg == keyword)
        return args

    # ------------------------------------------------------------ the texts
    def collect(self) -> list[str]:
        for module in self.modules:
            for call in ast.walk(module.tree):
                if not isinstance(call, ast.Call):
                    continue
                fn = _enclosing(module, call, (ast.FunctionDef, ast.AsyncFunctionDef))
                own = set(_params(fn, False)) if fn is not None else set()
                for arg in self._slot_args(module, call):
                    if isinstance(arg, ast.Name) and arg.id in own:
                        continue  # a parameter: this function is a sink too, its callers' texts are collected
                    try:
                        for parts in self._texts(module, arg, call, set()):
                            self._add(parts)
                    except Unreadable as exc:
                        self.problems.append(f"{module.path}:{call.lineno}: {exc}")
        return sorted(self.templates)

    def _add(self, parts: list[Part]) -> None:
        """One template: the literal pieces with the values numbered in order."""
        if not any(p and p.strip() for p in parts):
            return  # nothing but values (or empty): no words to translate
        text, n = [], 0
        for p in parts:
            if p is None:
                text.append(f"{{{n}}}")
                n += 1
            elif PLACEHOLDER.search(p):
                raise Unreadable(f"the text itself holds a {{n}}: {p!r}")
            else:
                text.append(p)
        self.templates.add("".join(text))

    def _texts(self, module: Module, expr: ast.expr, at: ast.AST, seen: set) -> list[list[Part]]:
        """The templates ``expr`` may give, as lists of parts; [] for a text passed on from elsewhere."""
        if isinstance(expr, ast.Constant) and isinstance(expr.value, str):
            return [[expr.value]]
        if isinstance(expr, ast.Constant) and expr.value is None:
            return []
        if isinstance(expr, ast.JoinedStr):
            return [[v.value if isinstance(v, ast.Constant) else None for v in expr.values]]
        if isinstance(expr, ast.BinOp) and isinstance(expr.op, ast.Add):
            lefts, rights = self._piece(module, expr.left, at, seen), self._piece(module, expr.right, at, seen)
            return [a + b for a in lefts for b in rights]
        if isinstance(expr, ast.BoolOp):
            return [t for v in expr.values for t in self._texts(module, v, at, seen)]
        if isinstance(expr, ast.IfExp):
            return self._texts(module, expr.body, at, seen) + self._texts(module, expr.orelse, at, seen)
        if isinstance(expr, ast.Attribute) and expr.attr in PASSED_ON:
            return []  # exc.message: collected where that error was made
        if isinstance(expr, ast.Call):
            name, first = _called(expr) or "", expr.args[0] if expr.args else None
            if name == "get" and isinstance(first, ast.Constant) and first.value in PASSED_ON:
                return []  # an answer's own message (the platform's: collected in central/)
            if name == "str" and first is not None:
                return self._texts(module, first, at, seen)
            if self._sink_of(module, expr) is not None:
                return []  # a text marked where it is made: collected there
            returned = self._returned(module, expr)
            if returned is not None:
                return [t for where, value in returned for t in self._texts(where, value, value, seen)]
        if isinstance(expr, ast.Name):
            return self._assigned(module, expr.id, at, seen)
        raise Unreadable(f"make this text a literal or an f-string where it is made: {ast.unparse(expr)}")

    def _piece(self, module: Module, expr: ast.expr, at: ast.AST, seen: set) -> list[list[Part]]:
        """One side of a sum of strings: its templates, or a value filled in. A list joined into the
        text (``"; ".join(short)``) is a value; the texts appended to it are templates of their own."""
        if isinstance(expr, ast.Constant | ast.JoinedStr | ast.BinOp):
            return self._texts(module, expr, at, seen)
        if (
            isinstance(expr, ast.Call)
            and isinstance(expr.func, ast.Attribute)
            and expr.func.attr == "join"
            and isinstance(expr.func.value, ast.Constant)
            and len(expr.args) == 1
            and isinstance(expr.args[0], ast.Name)
        ):
            scope = _enclosing(module, at, (ast.FunctionDef, ast.AsyncFunctionDef)) or module.tree
            appended = [
                call.args[0]
                for call in ast.walk(scope)
                if isinstance(call, ast.Call) and _called(call) == "append" and len(call.args) == 1
                and isinstance(call.func.value, ast.Name) and call.func.value.id == expr.args[0].id
            ]  # fmt: skip
            for value in appended:
                for parts in self._texts(module, value, value, seen):
                    self._add(parts)
            if appended:
                self._add([expr.func.value.value])  # the separator: '; ' reads '；' in Chinese
        return [[None]]

    def _assigned(self, module: Module, name: str, at: ast.AST, seen: set) -> list[list[Part]]:
        """A text in a variable: every value assigned to it in the function, else in the module (also
        ``chosen, short = allocate(...)``: what our function returns in that place)."""
        if (module.path, name) in seen:
            return []
        seen = seen | {(module.path, name)}
        scope = _enclosing(module, at, (ast.FunctionDef, ast.AsyncFunctionDef)) or module.tree
        for where in (scope, module.tree):
            found: list[list[Part]] | None = None
            for node in ast.walk(where):
                if not isinstance(node, ast.Assign | ast.AnnAssign) or node.value is None:
                    continue
                if where is not scope and module.parents.get(node) is not module.tree:
                    continue  # in the module: its own top-level names only
                for target in node.targets if isinstance(node, ast.Assign) else [node.target]:
                    if isinstance(target, ast.Name) and target.id == name:
                        found = (found or []) + self._texts(module, node.value, node.value, seen)
                    elif isinstance(target, ast.Tuple) and isinstance(node.value, ast.Call):
                        names = [t.id if isinstance(t, ast.Name) else "" for t in target.elts]
                        if name in names:
                            returned = self._returned(module, node.value, names.index(name))
                            if returned is None:
                                raise Unreadable(f"'{name}' is unpacked from {ast.unparse(node.value)}")
                            found = (found or []) + [t for w, v in returned for t in self._texts(w, v, v, seen)]
            if found is not None:
                return found
        raise Unreadable(f"the text in '{name}' is not assigned in the function or module: make it a literal")

    def _returned(self, here: Module, call: ast.Call, index: int | None = None) -> list[tuple[Module, ast.expr]] | None:
        """The texts a function of ours returns (element ``index`` of the tuple it returns), when every
        one of them is a text or None; else None. ``f()`` is this module's ``f`` when it has one."""
        texty = (ast.Constant, ast.JoinedStr, ast.BinOp)
        name = _called(call) or ""
        local = isinstance(call.func, ast.Name) and name in here.functions
        found = []
        for module in [here] if local else self.modules:
            for fn in module.functions.get(name, []):
                values = [r.value for r in ast.walk(fn) if isinstance(r, ast.Return) and r.value is not None]
                if index is not None:
                    if not all(isinstance(v, ast.Tuple) and len(v.elts) > index for v in values):
                        return None
                    values = [v.elts[index] for v in values]
                if not values or not all(isinstance(v, texty) for v in values):
                    return None
                found += [(module, v) for v in values if not (isinstance(v, ast.Constant) and v.value is None)]
        return found or None


def message_templates(root: Path = ROOT) -> list[str]:
    """Every English message template in the source, sorted; :class:`Unreadable` naming the places
    whose text cannot be read."""
    collector = Collector(root)
    templates = collector.collect()
    if collector.problems:
        raise Unreadable("\n".join(collector.problems))
    return templates


def placeholders(template: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(template))
