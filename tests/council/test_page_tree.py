"""The Council's page types state their places in the tree both ways."""

import pytest
from wagtail.test.utils import WagtailPageTestCase

from council.models import (
    CouncilDutyHoursPage,
    CouncilIndexPage,
    CouncilMeetingIndexPage,
    CouncilMeetingPage,
    CouncilMinutesPage,
    CouncilOpinionIndexPage,
    CouncilOpinionPage,
)
from events.models import EventPage
from hub.site.models import HomePage

# Reads the seeded demo hub; drop this mark once the module builds its own data.
pytestmark = pytest.mark.demo


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
        meeting = CouncilMeetingPage.objects.filter(locale__language_code="pl").first()
        self.assertEqual(meeting.kind, "council_meeting")
        self.assertIn(meeting.pk, EventPage.objects.values_list("pk", flat=True))

    def test_one_section_per_language_and_one_set_of_minutes_per_meeting(self):
        home = HomePage.objects.get(locale__language_code="pl")
        self.assertFalse(CouncilIndexPage.can_create_at(home))
        meeting = (
            CouncilMeetingPage.objects.filter(locale__language_code="pl")
            .exclude(pk__in=CouncilMinutesPage.objects.values("pk"))
            .first()
        )
        with_minutes = CouncilMinutesPage.objects.filter(locale__language_code="pl").first()
        self.assertFalse(CouncilMinutesPage.can_create_at(with_minutes.get_parent()))
        self.assertIsNotNone(meeting)
