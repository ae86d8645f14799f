"""Rebuild the till's Qt translations: collect the texts from ui/ (pyside6-lupdate), fill in the
Chinese from zh_CN.py and the English plural forms, and compile the .qm files (pyside6-lrelease).

Run after changing any text in ui/:  python resources/translations/build.py
It fails, naming them, when a text has no Chinese yet, so no screen ships half translated.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))
from zh_CN import ZH_CN  # noqa: E402


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
    for ts in files.values():
        subprocess.run([qt_tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True, cwd=ROOT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
