from .pages import (
    WARSAW,
    EventIndexPage,
    EventKind,
    EventPage,
    EventPageArea,
    EventPageWorkingGroup,
    EventStatus,
)
from .registrations import ACTIVE, PENDING, Registration, RegistrationStatus, SharedEvent

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
