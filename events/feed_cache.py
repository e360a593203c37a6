"""The subscribable iCal feeds, built once per publication and then served from the cache.

Calendar apps poll the feeds every few hours and building one runs through
every event, so a feed is kept in the shared cache under a *generation* that
changes whenever any page is published, unpublished, moved or deleted
(``invalidate``, connected in ``events.signals``).  Without a cache (an outage)
feeds are simply built on every request.
"""

from __future__ import annotations

import uuid

from django.core.cache import cache
from django.utils import translation

GENERATION_KEY = "events:ical:generation"
# The feed's window (180 days back) moves with time, so a feed is rebuilt at
# least hourly even when nothing is published.
FEED_SECONDS = 60 * 60


def generation() -> str:
    current = cache.get(GENERATION_KEY)
    if current is None:
        cache.add(GENERATION_KEY, uuid.uuid4().hex, timeout=None)
        current = cache.get(GENERATION_KEY) or "uncached"
    return current


def invalidate(**kwargs):
    cache.set(GENERATION_KEY, uuid.uuid4().hex, timeout=None)


def cached_feed(index, name: str, build) -> bytes:
    """The feed ``name`` of calendar ``index``: from the cache, or ``build()`` and keep it."""
    current = generation()
    if current == "uncached":
        return build()
    key = f"events:ical:{current}:{index.pk}:{translation.get_language()}:{name}"
    content = cache.get(key)
    if content is None:
        content = build()
        cache.set(key, content, timeout=FEED_SECONDS)
    return content
