"""The calendar's vocabulary: the time zone, kinds and statuses of events and seats.

The lowest module of the calendar: the pages, the registration records, the
views and the feeds all read it, and it imports nothing of theirs.
"""

from zoneinfo import ZoneInfo

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

WARSAW = ZoneInfo("Europe/Warsaw")


class EventKind(models.TextChoices):
    PLENARY_SESSION = "plenary", _("Plenary session")
    WORKING_GROUP_MEETING = "group_meeting", _("Working-group meeting")
    COUNCIL_MEETING = "council_meeting", _("Council meeting")
    DUTY_HOURS = "duty_hours", _("Duty hours")
    WORKSHOP = "workshop", _("Workshop")
    PARTNER_EVENT = "partner_event", _("Partner event")
    OTHER = "other", _("Other")


class EventStatus(models.TextChoices):
    SCHEDULED = "scheduled", _("Scheduled")
    CANCELLED = "cancelled", pgettext_lazy("event status", "Cancelled")
    POSTPONED = "postponed", _("Postponed")
    MOVED_ONLINE = "moved_online", _("Moved online")


class RegistrationStatus(models.TextChoices):
    CONFIRMED = "confirmed", _("Confirmed")
    WAITLISTED = "waitlisted", _("On the waiting list")
    # Events that require e-mail confirmation: a seat held until ``hold_expires_at``…
    PENDING = "pending", _("Seat held until the e-mail is confirmed")
    # …or, when the seats were taken, a place on the waiting list once confirmed.
    PENDING_WAITLIST = "pending_waitlist", _("Waiting list once the e-mail is confirmed")
    EXPIRED = "expired", _("Not confirmed in time")
    CANCELLED = "cancelled", pgettext_lazy("registration status", "Cancelled")


PENDING = (RegistrationStatus.PENDING, RegistrationStatus.PENDING_WAITLIST)
ACTIVE = (RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED, *PENDING)
