from .pages import (
    WARSAW,
    EventIndexPage,
    EventKind,
    EventPage,
    EventPageArea,
    EventPageWorkingGroup,
    EventStatus,
)
from .registrations import ACTIVE, Registration, RegistrationStatus, SharedEvent

__all__ = [
    "ACTIVE",
    "EventIndexPage",
    "EventKind",
    "EventPage",
    "EventPageArea",
    "EventPageWorkingGroup",
    "EventStatus",
    "Registration",
    "RegistrationStatus",
    "SharedEvent",
    "WARSAW",
]
