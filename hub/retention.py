"""Personal-data retention: one command, ``manage.py apply_retention``, that every app extends.

An app registers a policy with the Wagtail hook ``RETENTION_HOOK``: a function
taking ``now`` (an aware datetime) and returning a list of
``RetentionResult(label, count)`` for what it erased or anonymised.  Policies
read their periods from settings (``HUB_RETENTION_DAYS``), so a city can keep
data for as long as its information clause says, and no longer.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.utils import timezone
from wagtail import hooks

from hub.hooks import RETENTION_HOOK


@dataclass(frozen=True)
class RetentionResult:
    label: str
    count: int


def retention_days(key: str, default: int) -> int:
    """Days to keep one kind of personal data, from ``HUB_RETENTION_DAYS[key]``."""
    return int(getattr(settings, "HUB_RETENTION_DAYS", {}).get(key, default))


def apply_retention(now=None) -> list[RetentionResult]:
    now = now or timezone.now()
    results: list[RetentionResult] = []
    for policy in hooks.get_hooks(RETENTION_HOOK):
        results.extend(policy(now))
    return results
