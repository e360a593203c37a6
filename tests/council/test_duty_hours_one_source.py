"""One source for duty hours: the page, its feed, the Council page and the calendar agree."""

import re
from datetime import datetime, time, timedelta

import icalendar
import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from council.models import DutyHoursOccurrence, DutyHoursSchedule, Weekday
from events.factories import EventPageFactory
from events.models import WARSAW, EventKind, EventPage

# Tuesday 16:00–18:00 and Thursday 10:00–12:00, as the schedule says.
SCHEDULE = {(Weekday.TUESDAY, "16:00", "18:00"), (Weekday.THURSDAY, "10:00", "12:00")}


def local(iso):
    return datetime.fromisoformat(iso).astimezone(WARSAW)


def from_duty_list(html):
    """(weekday, from, until) of every date in a duty-hours list (the page, the Council page)."""
    found = re.findall(r'<time datetime="([^"]+)">[^<]*?(\d\d:\d\d)–(\d\d:\d\d)</time>', html)
    return {(local(start).weekday(), begins, ends) for start, begins, ends in found}


def from_event_cards(html):
    """(weekday, from, until) of every card of the calendar's listing."""
    found = re.findall(
        r'<p class="event-card__when">\s*<time datetime="([^"]+)">[^<]*</time>–'
        r'<time datetime="([^"]+)">',
        html,
    )
    return {
        (local(start).weekday(), f"{local(start):%H:%M}", f"{local(end):%H:%M}")
        for start, end in found
    }


def from_ical(content):
    return from_ical_events(icalendar.Calendar.from_ical(content).walk("VEVENT"))


def from_ical_events(events):
    return {
        (
            event.decoded("dtstart").weekday(),
            f"{event.decoded('dtstart'):%H:%M}",
            f"{event.decoded('dtend'):%H:%M}",
        )
        for event in events
    }


@pytest.fixture
def schedule(council):
    page = council["duty_hours"]["pl"]
    today = timezone.localdate()
    page.schedules = [
        DutyHoursSchedule(
            weekday=weekday,
            start_time=time(*map(int, begins.split(":"))),
            end_time=time(*map(int, ends.split(":"))),
            valid_from=today,
            valid_until=today + timedelta(days=27),
            place="Punkt informacyjny",
            languages="uk, pl",
        )
        for weekday, begins, ends in sorted(SCHEDULE)
    ]
    page.exceptions = []
    page.save_revision().publish()
    return page


def test_the_schedule_feeds_the_page_its_feed_the_council_page_and_the_calendar(
    client, council, schedule, hub
):
    calendar = hub["sections"]["events.EventIndexPage"]["pl"]

    page_html = client.get(schedule.url).content.decode()
    assert "wtorek, 16:00–18:00" in page_html and "czwartek, 10:00–12:00" in page_html
    assert from_duty_list(page_html) == SCHEDULE

    assert from_ical(client.get(schedule.url + "ical/").content) == SCHEDULE

    council_html = client.get(council["root"]["pl"].url).content.decode()
    assert from_duty_list(council_html) == SCHEDULE

    listing = client.get(calendar.url, {"kind": EventKind.DUTY_HOURS}).content.decode()
    assert from_event_cards(listing) == SCHEDULE
    assert f'href="{schedule.url}"' in listing  # each card leads to the duty-hours page

    # The month view: the same dates, at the same times.
    first = DutyHoursOccurrence.objects.filter(page=schedule).earliest("start").start_local
    month_html = client.get(f"{calendar.url}month/{first.year}/{first.month}/").content.decode()
    times = re.findall(
        rf'<a href="{re.escape(schedule.url)}"><span class="month__time">(\d\d:\d\d)</span>',
        month_html,
    )
    assert set(times) == {begins for _day, begins, _ends in SCHEDULE}

    # The calendar's subscribable feed carries them with the duty-hours feed's UIDs.
    uids = set(DutyHoursOccurrence.objects.filter(page=schedule).values_list("uid", flat=True))
    feed = icalendar.Calendar.from_ical(client.get(calendar.url + "ical/").content)
    duty = [event for event in feed.walk("VEVENT") if str(event["uid"]) in uids]
    assert duty
    assert from_ical_events(duty) == SCHEDULE


def test_the_calendar_keeps_no_copy_of_the_duty_hours(hub, schedule):
    # The duty hours are published, yet no event page copies them, and an editor cannot add one.
    assert DutyHoursOccurrence.objects.filter(page=schedule).exists()
    assert not EventPage.objects.filter(kind=EventKind.DUTY_HOURS).exists()
    copy = EventPageFactory.build(kind=EventKind.DUTY_HOURS, slug="dyzur-kopia")
    with pytest.raises(ValidationError) as raised:
        hub["sections"]["events.EventIndexPage"]["pl"].add_child(instance=copy)
    assert "kind" in raised.value.message_dict
