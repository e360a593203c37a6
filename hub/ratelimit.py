"""Per-client limits on what residents send (consultation answers, registrations).

The client is the address ``client_address`` finds: allauth's own helper, which
reads ``X-Forwarded-For`` through ``TRUSTED_PROXY_COUNT`` proxies and never
trusts the header when the count is 0 (the setting feeds allauth too, so sign-in
limits and the hub's agree).  Counts live in the shared cache under a hash of
the address (or of an e-mail address), so neither is stored.  When the cache
is down, requests are let through: a lost answer is worse than a little spam.
"""

from __future__ import annotations

import hashlib
import logging

from allauth.account.adapter import get_adapter
from django.conf import settings
from django.core.cache import cache

logger = logging.getLogger(__name__)


def client_address(request) -> str:
    try:
        return get_adapter(request).get_client_ip(request)
    except Exception:  # noqa: BLE001 - a malformed header must not cost the request
        return request.META.get("REMOTE_ADDR", "")


def _digest(value: str) -> str:
    return hashlib.sha256(f"{settings.SECRET_KEY}:{value}".encode()).hexdigest()[:32]


def limit_key(scope: str, value: str) -> str:
    return f"{scope}:{_digest(value)}"


def client_key(request, scope: str) -> str:
    return limit_key(scope, client_address(request))


def over_limit(key: str, limit: int, window: int) -> bool:
    """Count one use of ``key``; True when it is over ``limit`` in ``window`` seconds."""
    if limit <= 0:
        return False
    try:
        if cache.add(key, 1, timeout=window):
            count = 1
        else:
            try:
                count = cache.incr(key)
            except ValueError:  # expired between add() and incr(), or the cache is down
                cache.set(key, 1, timeout=window)
                count = 1
    except Exception as error:  # noqa: BLE001 - the cache must never cost an answer
        logger.warning("Rate limit unavailable: %s", type(error).__name__)
        return False
    return count > limit
