"""The console's languages: English (the texts as written in the templates and the domain's
messages) and Simplified Chinese (``central.hq.zh_cn.ZH_CN``). The language is the ``hq_lang``
cookie, else the browser's Accept-Language, else English."""

from __future__ import annotations

import re
from functools import cache

from central.hq.zh_cn import ZH_CN

LANGS = {"en": "English", "zh_CN": "中文"}
COOKIE = "hq_lang"


def choose(cookie: str | None, accept: str | None) -> str:
    """The request's language: the chosen one, else the first of the browser's we have."""
    if cookie in LANGS:
        return cookie
    for part in (accept or "").split(","):
        tag = part.split(";")[0].strip().lower()
        if tag.startswith("zh"):
            return "zh_CN"
        if tag.startswith("en"):
            return "en"
    return "en"


def translate(lang: str, text: str, *args: object) -> str:
    """``text`` in ``lang`` (English when there is no translation), ``{0}`` filled from ``args``.
    A message the domain formatted already ("There is no store S09.") is matched against the
    table's patterns ("There is no store {0}.") and its values carried over."""
    if lang != "zh_CN":
        return text.format(*args) if args else text
    if text in ZH_CN:
        return ZH_CN[text].format(*args) if args else ZH_CN[text]
    for pattern, chinese in _patterns():
        if found := pattern.fullmatch(text):
            return chinese.format(*found.groups())
    return text.format(*args) if args else text


@cache
def _patterns() -> list[tuple[re.Pattern, str]]:
    made = []
    for english, chinese in ZH_CN.items():
        if "{0}" in english:
            parts = re.split(r"\{\d\}", english)
            made.append((re.compile("(.*?)".join(re.escape(p) for p in parts), re.S), chinese))
    return made
