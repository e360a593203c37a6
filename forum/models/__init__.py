"""The Forum: member organisations, working groups, plenary sessions, governing bodies."""

from .bodies import BodyMembership, GoverningBodiesIndexPage, GoverningBodyPage
from .groups import WorkingGroupIndexPage, WorkingGroupLeader, WorkingGroupPage
from .organisations import (
    OrganisationArea,
    OrganisationDirectoryPage,
    OrganisationWorkingGroup,
)
from .sessions import PlenaryAgendaItem, PlenarySessionIndexPage, PlenarySessionPage

__all__ = [
    "BodyMembership",
    "GoverningBodiesIndexPage",
    "GoverningBodyPage",
    "OrganisationArea",
    "OrganisationDirectoryPage",
    "OrganisationWorkingGroup",
    "PlenaryAgendaItem",
    "PlenarySessionIndexPage",
    "PlenarySessionPage",
    "WorkingGroupIndexPage",
    "WorkingGroupLeader",
    "WorkingGroupPage",
]
