"""docs/architecture.md stays true: its picture of the layers draws exactly the arrows that
tests/test_layers.py enforces on every import, and every module its table of areas names exists.

A newcomer reads the picture first; if a rule changes in the test and not in the picture (or the
other way round), this fails and names the arrow."""

from __future__ import annotations

import re
from pathlib import Path

from tests.test_layers import MAY_IMPORT, within

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "architecture.md"
NODE = re.compile(r'^\s*(\w+)\["([\w/]+)/ :')
ARROW = re.compile(r"^\s*(\w+)\s*-->\s*(\w+)\s*$")
WIRE = "sync.protocol"  # imports nothing of ours but itself (tests/test_layers.py)


def picture(text: str) -> tuple[set[str], set[tuple[str, str]]]:
    """The packages drawn and the arrows between them, from the one mermaid block of the doc."""
    blocks = re.findall(r"```mermaid\n(.*?)```", text, re.S)
    assert len(blocks) == 1, "docs/architecture.md should draw the layers in one mermaid block"
    names: dict[str, str] = {}
    arrows = set()
    for line in blocks[0].splitlines():
        if node := NODE.match(line):
            names[node[1]] = node[2].replace("/", ".")
        elif arrow := ARROW.match(line):
            arrows.add((arrow[1], arrow[2]))
    unknown = {n for pair in arrows for n in pair} - set(names)
    assert not unknown, f"arrows from or to boxes never drawn: {sorted(unknown)}"
    return set(names.values()), {(names[a], names[b]) for a, b in arrows}


def allowed(source: str, target: str) -> bool:
    """May ``source`` import ``target``, by the rules the import test enforces?"""
    if source == WIRE:
        return False
    folder = source.split(".")[0]
    return target != source and within(target, MAY_IMPORT[folder])


def test_the_picture_draws_every_layer_and_exactly_the_arrows_the_import_test_allows() -> None:
    packages, drawn = picture(DOC.read_text(encoding="utf-8"))
    assert packages == {*MAY_IMPORT, WIRE}
    rules = {(a, b) for a in packages for b in packages if a != b and allowed(a, b)}
    assert sorted(drawn - rules) == [], "drawn in docs/architecture.md, not allowed by tests/test_layers.py"
    assert sorted(rules - drawn) == [], "allowed by tests/test_layers.py, missing from docs/architecture.md"


def test_a_changed_rule_shows_in_the_comparison() -> None:
    text = DOC.read_text(encoding="utf-8").replace("    central --> core\n", "    central --> app\n")
    _packages, drawn = picture(text)
    assert ("central", "app") in drawn and not allowed("central", "app")


def test_every_module_the_doc_names_exists() -> None:
    named = set(re.findall(r"`((?:app|core|devices|sync|ui|central|bench|tests)/[\w/]+\.py)`", DOC.read_text("utf-8")))
    assert len(named) > 40
    missing = sorted(p for p in named if not (ROOT / p).exists())
    assert not missing, f"docs/architecture.md names modules that do not exist: {missing}"


def areas_table(text: str) -> str:
    return text.split("## Areas", 1)[1].split("\n## ", 1)[0]


def test_every_router_and_every_service_has_its_row_among_the_areas() -> None:
    from tests.test_terminal_shape import AREAS

    table = areas_table(DOC.read_text(encoding="utf-8"))
    routers = {f"central/routes/{p.name}" for p in (ROOT / "central" / "routes").glob("*.py")} - {
        "central/routes/__init__.py", "central/routes/deps.py"}  # fmt: skip
    missing = sorted(r for r in routers if f"`{r}`" not in table)
    missing += sorted(f"terminal.{area}" for area in AREAS if f"`terminal.{area}`" not in table)
    assert not missing, f"docs/architecture.md's table of areas lacks: {missing}"
