"""A per-client limit on submissions, kept in the cache every worker shares.

The client is identified by a hash of its address, so no address is stored.
If the cache fails, submissions are let through: a lost answer is worse than
a little spam.
"""

import hashlib
import logging

from django.conf import settings
from django.core.cache import cache

logger = logging.getLogger(__name__)


def client_key(request) -> str:
    address = request.META.get("REMOTE_ADDR", "")
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{address}".encode()).hexdigest()[:32]
    return f"consultations:submissions:{digest}"


def limit_reached(request) -> bool:
    """Count one submission for this client; True when it is over the limit."""
    limit = settings.CONSULTATIONS_RATE_LIMIT
    window = settings.CONSULTATIONS_RATE_WINDOW
    if limit <= 0:
        return False
    key = client_key(request)
    try:
        if cache.add(key, 1, timeout=window):
            count = 1
        else:
            try:
                count = cache.incr(key)
            except ValueError:  # expired between add() and incr()
                cache.set(key, 1, timeout=window)
                count = 1
    except Exception as error:  # noqa: BLE001 - the cache must never cost an answer
        logger.warning("Consultation rate limit unavailable: %s", type(error).__name__)
        return False
    return count > limit
