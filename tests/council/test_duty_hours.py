"""Duty hours: generated occurrences, exceptions, the next five, and the iCal feed."""

from datetime import time, timedelta

import icalendar
from django.utils import timezone

from council.models import (
    DutyHoursException,
    DutyHoursOccurrence,
    DutyHoursSchedule,
    Weekday,
)
from hub.factories import PersonFactory


def schedule_page(page, today):
    person = PersonFactory(locale=page.locale)
    next_monday = today + timedelta(days=(Weekday.MONDAY - today.weekday()) % 7 or 7)
    page.schedules = [
        DutyHoursSchedule(
            weekday=Weekday.MONDAY,
            start_time=time(15, 0),
            end_time=time(17, 0),
            valid_from=today,
            valid_until=today + timedelta(days=70),
            place="Sala 5",
            languages="uk, pl",
            member=person,
        )
    ]
    page.exceptions = [
        DutyHoursException(date=next_monday + timedelta(days=7), kind=DutyHoursException.CANCELLED),
        DutyHoursException(
            date=next_monday + timedelta(days=3),
            kind=DutyHoursException.EXTRA,
            start_time=time(10, 0),
            end_time=time(11, 30),
            place="Biblioteka",
            languages="en",
        ),
    ]
    page.save_revision().publish()
    return next_monday


def test_publishing_generates_occurrences_with_the_exceptions(council):
    page = council["duty_hours"]["pl"]
    today = timezone.localdate()
    next_monday = schedule_page(page, today)
    occurrences = list(DutyHoursOccurrence.objects.filter(page=page).order_by("start"))
    mondays = [o for o in occurrences if o.start_local.weekday() == Weekday.MONDAY]
    assert len(mondays) == 10
    assert all(o.start_local.hour == 15 for o in mondays)
    cancelled = [o for o in occurrences if o.cancelled]
    assert [o.start_local.date() for o in cancelled] == [next_monday + timedelta(days=7)]
    extra = [o for o in occurrences if o.place == "Biblioteka"]
    assert [o.start_local.date() for o in extra] == [next_monday + timedelta(days=3)]


def test_the_council_page_shows_the_next_five_duty_hours(client, council):
    page = council["duty_hours"]["pl"]
    schedule_page(page, timezone.localdate())
    html = client.get(council["root"]["pl"].url).content.decode()
    upcoming = list(DutyHoursOccurrence.objects.upcoming(page.locale)[:6])
    assert len(upcoming) == 6
    for occurrence in upcoming[:5]:
        assert timezone.localtime(occurrence.start).isoformat() in html
    assert timezone.localtime(upcoming[5].start).isoformat() not in html
    assert all(not occurrence.cancelled for occurrence in upcoming)


def test_the_ical_feed_uses_warsaw_time_and_stable_uids(client, council):
    page = council["duty_hours"]["pl"]
    schedule_page(page, timezone.localdate())
    response = client.get(page.url + "ical/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(response.content)
    events = calendar.walk("VEVENT")
    assert events
    assert all(event["DTSTART"].params["TZID"] == "Europe/Warsaw" for event in events)
    assert calendar.walk("VTIMEZONE")
    cancelled = [event for event in events if event["STATUS"] == "CANCELLED"]
    assert len(cancelled) == 1
    uids = [str(event["UID"]) for event in events]
    assert len(set(uids)) == len(uids)
    page.save_revision().publish()  # regenerate: the same duty hours keep their UIDs
    again = icalendar.Calendar.from_ical(client.get(page.url + "ical/").content)
    assert [str(event["UID"]) for event in again.walk("VEVENT")] == uids


def test_unpublishing_removes_the_occurrences(council):
    page = council["duty_hours"]["pl"]
    schedule_page(page, timezone.localdate())
    assert DutyHoursOccurrence.objects.filter(page=page).exists()
    page.unpublish()
    assert not DutyHoursOccurrence.objects.filter(page=page).exists()


def test_duty_hours_are_published_in_every_language(client, council):
    for code, page in council["duty_hours"].items():
        assert not DutyHoursOccurrence.objects.upcoming(page.locale).exists(), code
        schedule_page(page, timezone.localdate())
        assert DutyHoursOccurrence.objects.upcoming(page.locale).exists(), code
        assert client.get(page.url).status_code == 200
