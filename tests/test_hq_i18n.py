"""Every text the console shows has its Chinese (central/hq/zh_cn.py) with the same placeholders: the
screen texts of its templates and menu, and every message and hint its refusals carry (the console's
domain modules' ServiceErrors and its pages' Problems), so a Chinese page never falls back to English."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from central.hq import NAV
from central.hq.roles import PERMISSIONS
from central.hq.zh_cn import ZH_CN

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "central" / "hq" / "templates"
# the console's own modules, whose refusals it shows as pages (other parts add theirs here)
SPEAKERS = [
    ROOT / "central" / "hq_users.py",
    ROOT / "central" / "audit.py",
    ROOT / "central" / "terminals.py",
    ROOT / "central" / "flags.py",
    ROOT / "central" / "order_desk.py",
    *sorted((ROOT / "central" / "hq").glob("*.py")),
]
REFUSALS = {"ServiceError", "Problem", "problem"}


def template_texts() -> set[str]:
    found = set()
    for path in TEMPLATES.rglob("*.html"):
        found |= set(re.findall(r"""\bt\(\s*"((?:[^"\\]|\\.)*)"\s*[,)]""", path.read_text(encoding="utf-8")))
    return found


def refusal_texts() -> set[str]:
    """The literal messages and hints of every ServiceError/Problem the console's modules raise."""
    found = set()
    for path in SPEAKERS:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")) in REFUSALS:
                texts = [a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
                found |= {t for t in texts if " " in t}  # a message or hint, not a machine code
    return found


def placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"\{\d*\}", text))


def test_every_screen_text_and_message_of_the_console_has_its_chinese():
    wanted = template_texts() | refusal_texts() | {label for _path, label, _perm in NAV} | set(PERMISSIONS)
    assert len(wanted) > 40, "the walk found too few texts"
    missing = sorted(t for t in wanted if t not in ZH_CN)
    assert not missing, "add to central/hq/zh_cn.py:\n" + "\n".join(missing)


def test_each_translation_keeps_the_placeholders_of_its_english():
    wrong = [english for english, chinese in ZH_CN.items() if placeholders(english) != placeholders(chinese)]
    assert not wrong, wrong
