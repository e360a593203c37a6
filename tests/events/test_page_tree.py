"""The calendar's page-tree rules and the event page's own validation."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.test.utils import WagtailPageTestCase

from events.models import EventIndexPage, EventPage
from hub.site.models import HomePage


class CalendarTreeTest(WagtailPageTestCase):
    def test_calendar_lives_under_a_home_page_and_holds_events(self):
        self.assertAllowedParentPageTypes(EventIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(EventIndexPage, {EventPage})

    def test_event_lives_only_in_a_calendar_and_has_no_children(self):
        self.assertAllowedParentPageTypes(EventPage, {EventIndexPage})
        self.assertAllowedSubpageTypes(EventPage, set())

    def test_one_calendar_per_language_tree(self):
        home = HomePage.objects.get(locale__language_code="pl")
        self.assertFalse(EventIndexPage.can_create_at(home))
        calendar = EventIndexPage.objects.get(locale__language_code="pl")
        self.assertCanCreateAt(EventIndexPage, EventPage)
        self.assertTrue(EventPage.can_create_at(calendar))


def event(**fields):
    start = timezone.now() + datetime.timedelta(days=3)
    values = dict(title="Spotkanie", summary="Opis", start=start, venue_name="Sala 104")
    values.update(fields)
    return EventPage(**values)


def test_end_before_start_is_refused():
    page = event()
    page.end = page.start - datetime.timedelta(hours=1)
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert "end" in error.value.message_dict


def test_an_event_needs_a_venue_or_an_online_link():
    with pytest.raises(ValidationError) as error:
        event(venue_name="").clean()
    assert "venue_name" in error.value.message_dict
    event(venue_name="", online_url="https://meet.example.org/x").clean()


def test_registration_needs_a_number_of_seats():
    with pytest.raises(ValidationError) as error:
        event(registration_enabled=True).clean()
    assert "capacity" in error.value.message_dict
    event(registration_enabled=True, capacity=10).clean()
