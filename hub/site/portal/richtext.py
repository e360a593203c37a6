"""The rich text partners may write, sanitised on the server whatever the client sends.

Allowed: paragraphs, two heading levels (h2, h3), bold, italic, bulleted and
numbered lists, line breaks and links to ``http``, ``https`` and ``mailto``
addresses.  Everything else is dropped by nh3 (the Ammonia sanitiser): other
tags lose their markup and keep their text, ``script`` and ``style`` lose both,
every attribute but a link's ``href`` goes, and so does a link to any other
scheme (``javascript:``, ``data:``) or a relative address.  The result is stored
as Wagtail rich text (its database format uses the same tags).

Text without block tags is read as plain text: a blank line starts a new
paragraph, a single line break stays a line break.
"""

import re
from urllib.parse import urlsplit

import nh3
from django.utils.html import strip_tags

BLOCK_TAGS = {"p", "h2", "h3", "ul", "ol", "li"}
INLINE_TAGS = {"b", "strong", "i", "em", "a", "br"}
TAGS = BLOCK_TAGS | INLINE_TAGS
ATTRIBUTES = {"a": {"href"}}
URL_SCHEMES = {"http", "https", "mailto"}
HAS_BLOCK = re.compile(r"<\s*(?:p|h[1-6]|ul|ol|li|div|table|blockquote)\b", re.IGNORECASE)
BLANK_LINE = re.compile(r"\n\s*\n")


def _keep_attribute(tag, attribute, value):
    if tag == "a" and attribute == "href":
        parts = urlsplit(value.strip())
        if parts.scheme.lower() not in URL_SCHEMES or not (parts.netloc or parts.path):
            return None
    return value


def _clean(html, tags):
    return nh3.clean(
        html,
        tags=tags,
        attributes=ATTRIBUTES,
        attribute_filter=_keep_attribute,
        url_schemes=URL_SCHEMES,
        url_relative="deny",
        link_rel=None,
        strip_comments=True,
    )


def sanitise(text: str) -> str:
    """Safe rich text (Wagtail's database format) from what a partner sent."""
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text:
        return ""
    if HAS_BLOCK.search(text):
        return _clean(text, TAGS).strip()
    paragraphs = []
    for chunk in BLANK_LINE.split(text):
        inline = _clean(chunk.strip(), INLINE_TAGS).strip()
        if inline:
            paragraphs.append("<p>" + inline.replace("\n", "<br>") + "</p>")
    return "".join(paragraphs)


def has_text(html: str) -> bool:
    """True when sanitised rich text says something (not only empty tags)."""
    return bool(strip_tags(html).strip())
