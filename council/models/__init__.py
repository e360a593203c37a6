from .duty_hours import (
    CouncilDutyHoursPage,
    DutyHoursException,
    DutyHoursOccurrence,
    DutyHoursSchedule,
    Weekday,
)
from .meetings import (
    CouncilMeetingIndexPage,
    CouncilMeetingPage,
    CouncilMinutesPage,
    MinutesAttendance,
)
from .opinions import CouncilOpinionArea, CouncilOpinionIndexPage, CouncilOpinionPage, OpinionKind
from .records import PublicChange, PublicRecord, PublicRecordMixin
from .section import CouncilIndexPage, CouncilMembership, CouncilRole

__all__ = [
    "CouncilDutyHoursPage",
    "CouncilIndexPage",
    "CouncilMeetingIndexPage",
    "CouncilMeetingPage",
    "CouncilMembership",
    "CouncilMinutesPage",
    "CouncilOpinionArea",
    "CouncilOpinionIndexPage",
    "CouncilOpinionPage",
    "CouncilRole",
    "DutyHoursException",
    "DutyHoursOccurrence",
    "DutyHoursSchedule",
    "MinutesAttendance",
    "OpinionKind",
    "PublicChange",
    "PublicRecord",
    "PublicRecordMixin",
    "Weekday",
]
