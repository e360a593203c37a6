"""Registrants' personal data are erased a set number of days after the event.

The period is ``HUB_RETENTION_DAYS["event_registrations"]`` (30 by default).
Rows stay (without names or addresses) so the organisers keep their counts.
The same command also releases the seats of registrations that were not
confirmed by e-mail in time (``events.registration.release_expired_holds``).
"""

from datetime import timedelta

from django.db.models import Q

from events.records import Registration
from events.registration import release_expired_holds
from hub.retention import RetentionResult, retention_days


def erase_event_registrations(now):
    cutoff = now - timedelta(days=retention_days("event_registrations", 30))
    expired = Registration.objects.filter(erased_at__isnull=True).filter(
        Q(event__finish__lt=cutoff) | Q(event__finish__isnull=True, event__start__lt=cutoff)
    )
    count = expired.update(
        name="", email="", organisation="", accessibility_needs="", erased_at=now
    )
    return [RetentionResult("event registrations erased", count)]


def release_unconfirmed_holds(now):
    return [RetentionResult("unconfirmed event registrations released", release_expired_holds(now))]
