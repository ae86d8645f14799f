"""The console's languages: English (the texts as written in the templates and the domain's
messages) and Simplified Chinese (``central.hq.zh_cn.ZH_CN``). The language is the ``hq_lang``
cookie, else the browser's Accept-Language, else English."""

from __future__ import annotations

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
    """``text`` in ``lang`` (English when there is no translation), ``{0}`` filled from ``args``."""
    said = ZH_CN.get(text, text) if lang == "zh_CN" else text
    return said.format(*args) if args else said
