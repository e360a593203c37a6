"""A cache outage degrades the site instead of taking it down.

Django's ``RedisCache`` raises as soon as Redis cannot be reached, and every
page reads the cache (Wagtail's site root paths, through the language
switcher), so a Redis outage would answer 500 everywhere.
``ResilientRedisCache`` is the same backend, but an unreachable Redis behaves
like an empty cache that keeps nothing: reads miss, writes are dropped,
``add`` refuses.  After a failure it does not try Redis again for
``RETRY_AFTER`` seconds, so pages do not wait on a dead server once per call.

What that means for the callers:
- pages render uncached (from the database);
- the hub's own limits (``hub.ratelimit``) let requests through (fail open);
- allauth's limits (sign-in, sign-up, password reset) refuse: allauth takes a
  lock with ``add`` before it counts, and cannot get it (fail closed);
- the health endpoint reports the cache as down (``cache_is_up``).
"""

from __future__ import annotations

import logging
import threading
import time
import uuid

from django.core.cache import caches
from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

RETRY_AFTER = 5.0  # seconds without trying an unreachable Redis again
# When each Redis location failed last (monotonic time), shared by every thread.
_down_since: dict[str, float] = {}
_lock = threading.Lock()


class CacheUnavailable(Exception):
    """Raised inside the backend only; callers never see it."""


class ResilientRedisCache(RedisCache):
    def _location(self) -> str:
        return ",".join(self._servers)

    def _call(self, method: str, default, *args, **kwargs):
        location = self._location()
        failed_at = _down_since.get(location)
        if failed_at is not None and time.monotonic() - failed_at < RETRY_AFTER:
            return default
        try:
            result = getattr(super(), method)(*args, **kwargs)
        except RedisError as error:
            with _lock:
                first = location not in _down_since
                _down_since[location] = time.monotonic()
            if first:
                logger.error("Cache unavailable, serving without it: %s", type(error).__name__)
            return default
        if failed_at is not None:
            with _lock:
                _down_since.pop(location, None)
            logger.warning("Cache available again")
        return result

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("add", False, key, value, timeout, version)

    def get(self, key, default=None, version=None):
        return self._call("get", default, key, default, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("set", None, key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("touch", False, key, timeout, version)

    def delete(self, key, version=None):
        return self._call("delete", False, key, version)

    def get_many(self, keys, version=None):
        return self._call("get_many", {}, keys, version)

    def has_key(self, key, version=None):
        return self._call("has_key", False, key, version)

    def incr(self, key, delta=1, version=None):
        result = self._call("incr", None, key, delta, version)
        if result is None:
            # An unreachable cache holds nothing, so the key "does not exist".
            raise ValueError(f"Key '{key}' not found (cache unavailable)")
        return result

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("set_many", list(data), data, timeout, version)

    def delete_many(self, keys, version=None):
        return self._call("delete_many", None, keys, version)

    def clear(self):
        return self._call("clear", False)


def cache_is_up(alias: str = "default") -> bool:
    """A real round trip: a value written to the cache can be read back."""
    cache = caches[alias]
    key = f"hub:health:{uuid.uuid4().hex}"
    try:
        cache.set(key, "ok", timeout=10)
        ok = cache.get(key) == "ok"
        cache.delete(key)
    except Exception:  # noqa: BLE001 - any backend, any failure: the cache is down
        return False
    return ok
