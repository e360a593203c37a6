"""The Council's page types state their places in the tree both ways."""

from wagtail.test.utils import WagtailPageTestCase

from council.factories import CouncilMeetingPageFactory, add_minutes
from council.models import (
    CouncilDutyHoursPage,
    CouncilIndexPage,
    CouncilMeetingIndexPage,
    CouncilMeetingPage,
    CouncilMinutesPage,
    CouncilOpinionIndexPage,
    CouncilOpinionPage,
)
from events.factories import create_event
from events.models import EventPage
from hub.setup import setup_hub
from hub.site.models import HomePage


def add_meeting():
    index = setup_hub()["sections"]["council.CouncilMeetingIndexPage"]["pl"]
    return create_event(index, factory=CouncilMeetingPageFactory)


class CouncilPageTreeTest(WagtailPageTestCase):
    def test_the_council_section_lives_under_a_home_page(self):
        self.assertAllowedParentPageTypes(CouncilIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(
            CouncilIndexPage,
            {CouncilMeetingIndexPage, CouncilOpinionIndexPage, CouncilDutyHoursPage},
        )

    def test_meetings_live_under_the_meetings_index_and_take_minutes(self):
        self.assertAllowedParentPageTypes(CouncilMeetingIndexPage, {CouncilIndexPage})
        self.assertAllowedSubpageTypes(CouncilMeetingIndexPage, {CouncilMeetingPage})
        self.assertAllowedParentPageTypes(CouncilMeetingPage, {CouncilMeetingIndexPage})
        self.assertAllowedSubpageTypes(CouncilMeetingPage, {CouncilMinutesPage})
        self.assertAllowedParentPageTypes(CouncilMinutesPage, {CouncilMeetingPage})
        self.assertAllowedSubpageTypes(CouncilMinutesPage, set())

    def test_opinions_and_duty_hours(self):
        self.assertAllowedParentPageTypes(CouncilOpinionIndexPage, {CouncilIndexPage})
        self.assertAllowedSubpageTypes(CouncilOpinionIndexPage, {CouncilOpinionPage})
        self.assertAllowedParentPageTypes(CouncilOpinionPage, {CouncilOpinionIndexPage})
        self.assertAllowedParentPageTypes(CouncilDutyHoursPage, {CouncilIndexPage})
        self.assertAllowedSubpageTypes(CouncilDutyHoursPage, set())

    def test_a_meeting_is_an_event_of_the_one_calendar(self):
        self.assertTrue(issubclass(CouncilMeetingPage, EventPage))
        meeting = add_meeting()
        self.assertEqual(meeting.kind, "council_meeting")
        self.assertIn(meeting.pk, EventPage.objects.values_list("pk", flat=True))

    def test_one_section_per_language_and_one_set_of_minutes_per_meeting(self):
        home = HomePage.objects.get(locale__language_code="pl")
        self.assertFalse(CouncilIndexPage.can_create_at(home))
        meeting = add_meeting()
        with_minutes = add_minutes(add_meeting())
        self.assertFalse(CouncilMinutesPage.can_create_at(with_minutes.get_parent()))
        # A meeting without minutes still takes them.
        self.assertTrue(CouncilMinutesPage.can_create_at(meeting))
