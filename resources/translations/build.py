"""Rebuild the till's Qt translations: collect the texts from ui/ (pyside6-lupdate) and the message
templates of app/, devices/ and sync/ (collect_messages.py, into the "Messages" context and
ui/message_templates.py), fill in the Chinese from zh_CN.py and the English plural forms, and
compile the .qm files (pyside6-lrelease).

Run after changing any text in ui/ or any message:  python resources/translations/build.py
It fails, naming them, when a text has no Chinese yet (or a message's Chinese has other
placeholders than its English), so no screen ships half translated.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))
from collect_messages import Unreadable, message_templates, placeholders  # noqa: E402
from zh_CN import MESSAGES, ZH_CN  # noqa: E402

CONTEXT = "Messages"  # ui/messages.py looks the templates up here
TEMPLATES_PY = ROOT / "ui" / "message_templates.py"


def qt_tool(name: str) -> str:
    """PySide6's tools sit beside the interpreter (a venv's bin/ need not be on PATH)."""
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.exists() else name


def english_plural(source: str) -> tuple[str, str]:
    """'%n item(s)' -> ('%n item', '%n items'); '%n refused: ...' stays as it is."""
    if "(s)" not in source:
        return source, source
    return source.replace("(s)", ""), source.replace("(s)", "s")


def fill(ts: Path, language: str) -> list[str]:
    tree = ET.parse(ts)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.find("source").text or ""
        translation = message.find("translation")
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        translation.text = None
        if language == "en":
            if message.get("numerus") == "yes":
                for form in english_plural(source):
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.set("type", "unfinished")  # English needs no translation; the source is shown
        elif source in ZH_CN:
            if message.get("numerus") == "yes":
                ET.SubElement(translation, "numerusform").text = ZH_CN[source]
            else:
                translation.text = ZH_CN[source]
        else:
            missing.append(source)
            translation.set("type", "unfinished")
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


def add_messages(ts: Path, templates: list[str], language: str) -> list[str]:
    """The message templates under their own context, with their Chinese; what is missing or wrong."""
    tree = ET.parse(ts)
    root = tree.getroot()
    for old in [c for c in root.findall("context") if c.findtext("name") == CONTEXT]:
        root.remove(old)
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    problems = []
    for template in templates:
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = template
        translation = ET.SubElement(message, "translation")
        chinese = MESSAGES.get(template)
        if language == "en":
            translation.set("type", "unfinished")  # the English template is shown, filled in
        elif chinese is None:
            problems.append(f"no Chinese yet: {template!r}")
            translation.set("type", "unfinished")
        elif placeholders(chinese) != placeholders(template):
            problems.append(f"the Chinese of {template!r} has other placeholders: {chinese!r}")
            translation.set("type", "unfinished")
        else:
            translation.text = chinese
    ET.indent(context, space="    ")
    context.tail = "\n"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return problems


def write_templates(templates: list[str]) -> None:
    lines = "".join(f"    {t!r},\n" for t in templates)
    TEMPLATES_PY.write_text(
        '"""The English templates of the messages app/, devices/ and sync/ give the screens, read from the\n'
        "source by resources/translations/build.py, which writes this file: do not edit it.\n"
        '"""\n\n# ruff: noqa: E501\n\n'
        f"TEMPLATES: tuple[str, ...] = (\n{lines})\n",
        encoding="utf-8",
    )


def main() -> int:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))
    files = {lang: HERE / f"cloudshelf_{lang}.ts" for lang in ("zh_CN", "en")}
    for lang, ts in files.items():
        subprocess.run(
            [qt_tool("pyside6-lupdate"), *sources, "-no-obsolete", "-target-language", lang, "-ts", str(ts)],
            check=True,
            cwd=ROOT,
        )
    missing = fill(files["zh_CN"], "zh_CN")
    fill(files["en"], "en")
    if missing:
        print("No Chinese yet for:\n  " + "\n  ".join(missing) + "\nAdd them to zh_CN.py.", file=sys.stderr)
        return 1
    try:
        templates = message_templates()
    except Unreadable as exc:
        print(f"Messages the till cannot translate:\n{exc}", file=sys.stderr)
        return 1
    wrong = add_messages(files["zh_CN"], templates, "zh_CN")
    add_messages(files["en"], templates, "en")
    if wrong:
        print("Messages:\n  " + "\n  ".join(wrong) + "\nFix them in zh_CN.py (MESSAGES).", file=sys.stderr)
        return 1
    stale = sorted(set(MESSAGES) - set(templates))
    if stale:
        print("No longer in the source (remove from zh_CN.py):\n  " + "\n  ".join(map(repr, stale)), file=sys.stderr)
    write_templates(templates)
    for ts in files.values():
        subprocess.run([qt_tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True, cwd=ROOT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
