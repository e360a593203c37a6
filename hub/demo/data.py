"""Reading the demo data files: TOML with the languages side by side.

A translatable text is a table keyed by language code (``title.pl``,
``title.en``, ``title.uk``); a body is a list of paragraphs per language.  The
languages are the site's (``settings.LANGUAGES``, the source first); a language
a text lacks is simply not translated, so it shows up as missing, never a crash.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

from django.conf import settings


@cache
def load(path: str | Path) -> dict:
    """The parsed data file (read once per process)."""
    with open(path, "rb") as file:
        return tomllib.load(file)


def source_language() -> str:
    return settings.LANGUAGE_CODE


def target_languages() -> list[str]:
    """Every configured language but the source, in settings order."""
    return [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


def is_text(value) -> bool:
    """A per-language text: a table whose source entry is a string or a list of them."""
    return isinstance(value, dict) and isinstance(value.get(source_language()), str | list)


def strings(code: str, *specs, same=(), **names) -> dict[str, str] | None:
    """The source-to-``code`` mapping of every text found in ``specs``.

    ``specs`` may be texts or any tables and lists holding texts; ``same`` are
    strings that read the same in every language (names, addresses);
    ``names`` fill ``{placeholders}`` in the texts.  None when a text has no
    ``code`` version: that object stays untranslated in that language.
    """
    source = source_language()
    mapping = {value: value for value in same if value}

    def fill(text):
        return text.format(**names) if names else text

    def walk(value):
        if is_text(value):
            if code not in value:
                return False
            original, translated = value[source], value[code]
            if isinstance(original, list):
                if len(original) != len(translated):
                    return False
                mapping.update(zip(map(fill, original), map(fill, translated), strict=True))
            elif original:
                mapping[fill(original)] = fill(translated)
            return True
        if isinstance(value, dict):
            return all(walk(item) for item in value.values())
        if isinstance(value, list | tuple):
            return all(walk(item) for item in value)
        return True

    if not all(walk(spec) for spec in specs if spec is not None):
        return None
    return mapping


def text(value, code: str | None = None, **names) -> str:
    """One language's version of a text (the source's by default)."""
    result = value[code or source_language()]
    return result.format(**names) if names else result
