"""The Council's hooks: its section root, its setup step and its demo content.

(A draft's signed PDF is kept in the restricted collection by the model itself:
``CouncilMinutesPage.save``.)"""

from wagtail import hooks

from council.calendar import duty_hours_in_calendar
from council.setup import COUNCIL_ROOT, after_setup
from events.occurrences import CALENDAR_OCCURRENCES_HOOK
from hub.hooks import AFTER_SETUP_HOOK, SECTION_ROOTS_HOOK, SEEDERS_HOOK


@hooks.register(SECTION_ROOTS_HOOK)
def council_section():
    return [COUNCIL_ROOT]


@hooks.register(AFTER_SETUP_HOOK)
def council_setup(context):
    after_setup(context)


@hooks.register(SEEDERS_HOOK)
def council_seeders():
    return ["council.demo.seed.SEEDERS"]


# The calendar shows the duty hours generated from the schedule: one source of truth.
hooks.register(CALENDAR_OCCURRENCES_HOOK, duty_hours_in_calendar)
