"""The calendar's models: its pages here, the records below them in ``events.records``.

Names are re-exported so the other apps read them from one place.
"""

from events.choices import ACTIVE, PENDING, WARSAW, EventKind, EventStatus, RegistrationStatus
from events.records import EventPageArea, EventPageWorkingGroup, Registration, SharedEvent

from .pages import EventIndexPage, EventPage

__all__ = [
    "ACTIVE",
    "EventIndexPage",
    "EventKind",
    "EventPage",
    "EventPageArea",
    "EventPageWorkingGroup",
    "EventStatus",
    "PENDING",
    "Registration",
    "RegistrationStatus",
    "SharedEvent",
    "WARSAW",
]
