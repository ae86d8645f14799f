"""What app/, devices/ and sync/ say (a refused action's message and hint, a device test's result),
shown in the screen's language.

Those layers speak English and know no Qt, so the CLI stays English. Their texts are collected from
the source as templates (``ui/message_templates.py``, written by resources/translations/build.py)
and translated in the one Qt translation under the "Messages" context. Here a text is matched
against the templates, the template's translation is looked up, and the values are put back in.
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QCoreApplication

from ui.message_templates import TEMPLATES

CONTEXT = "Messages"
PLACEHOLDER = re.compile(r"\{(\d+)\}")
WORDS = re.compile(r"[^\W\d_]")
FULL_WIDTH_STOPS = "。！？；：）"


@cache
def _templates() -> tuple[set[str], list[tuple[re.Pattern[str], str]], list[str]]:
    """Exact texts, patterns (the most literal text first: the closest template wins) and list
    separators ('; '), compiled once. A template without a word of its own ('{0}: {1}') would match
    any text: it is left out."""
    exact, patterns, separators = set(), [], []
    for template in TEMPLATES:
        pieces = PLACEHOLDER.split(template)  # literal, number, literal, number, ..., literal
        literal = pieces[0::2]
        if len(pieces) == 1:
            if WORDS.search(template):
                exact.add(template)
            else:
                separators.append(template)
        elif WORDS.search("".join(literal)):
            regex = "".join(re.escape(p) if i % 2 == 0 else f"(?P<v{p}>.*?)" for i, p in enumerate(pieces))
            patterns.append((sum(map(len, literal)), re.compile(regex, re.DOTALL), template))
    patterns.sort(key=lambda found: -found[0])
    return exact, [(regex, template) for _, regex, template in patterns], separators


def _match(text: str) -> tuple[str, dict[str, str]] | None:
    """The template of ``text`` and its values by placeholder ("v0", "v1", ...), or None."""
    exact, patterns, _ = _templates()
    if text in exact:
        return text, {}
    for regex, template in patterns:
        found = regex.fullmatch(text)
        if found:
            return template, found.groupdict()
    return None


def localized(text: str) -> str:
    """``text`` in the screen's language: its template's translation with the values filled in, each
    value itself translated when it is one of our texts (a message passed on, a word marked with
    ``shown``, a list of them joined by '; '). A text of no template comes back as it is; on an
    English screen every text does."""
    if not text:
        return text
    if text in _templates()[0]:
        return QCoreApplication.translate(CONTEXT, text)
    listed = _listed(text)
    if listed is not None:
        return listed
    found = _match(text)
    if found is None:
        return text
    template, values = found
    said = QCoreApplication.translate(CONTEXT, template)
    return PLACEHOLDER.sub(lambda p: localized(values[f"v{p[1]}"]), said)


def joined(message: str, hint: str = "") -> str:
    """A message and its hint as one line: a space between them, none after a full-width stop, as
    Chinese is written."""
    if not message or not hint:
        return message or hint
    return f"{message}{'' if message[-1] in FULL_WIDTH_STOPS else ' '}{hint}"


def _listed(text: str) -> str | None:
    """A list of our texts joined by a separator (what is short in a cloud-shelf order), or None."""
    for separator in _templates()[2]:
        pieces = text.split(separator)
        if len(pieces) > 1 and all(_match(p) for p in pieces):
            return QCoreApplication.translate(CONTEXT, separator).join(localized(p) for p in pieces)
    return None
