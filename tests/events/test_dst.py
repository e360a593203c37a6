"""Daylight saving: an event across the October change, one on the March change day."""

import datetime
from zoneinfo import ZoneInfo

from django.utils import timezone
from icalendar import Calendar

from events.models import WARSAW

UTC = datetime.UTC


def ics_event(client, page):
    return Calendar.from_ical(client.get(page.url + "ical/").content).walk("VEVENT")[0]


def test_event_across_the_october_change_keeps_both_wall_clock_times(client, make_event):
    # Saturday 24 October 2026, 21:00 CEST, to Sunday 25 October, 04:30 CET: the clocks
    # go back at 03:00, so it lasts 8.5 hours although the clock shows 7.5.
    start = datetime.datetime(2026, 10, 24, 21, 0, tzinfo=WARSAW)
    end = datetime.datetime(2026, 10, 25, 4, 30, tzinfo=WARSAW)
    page = make_event(title="Nocny maraton filmowy", start=start, end=end)
    assert start.astimezone(UTC).hour == 19 and end.astimezone(UTC).hour == 3
    assert end.astimezone(UTC) - start.astimezone(UTC) == datetime.timedelta(hours=8, minutes=30)

    html = client.get(page.url).content.decode()
    assert '<time datetime="2026-10-24T21:00:00+02:00">' in html
    assert '<time datetime="2026-10-25T04:30:00+01:00">' in html
    assert "21:00" in html and "04:30" in html

    event = ics_event(client, page)
    assert event["DTSTART"].to_ical() == b"20261024T210000"
    assert event["DTEND"].to_ical() == b"20261025T043000"
    assert event["DTSTART"].params["TZID"] == "Europe/Warsaw"
    assert event.decoded("DTSTART").astimezone(UTC) == datetime.datetime(
        2026, 10, 24, 19, 0, tzinfo=UTC
    )
    assert event.decoded("DTEND").astimezone(UTC) == datetime.datetime(
        2026, 10, 25, 3, 30, tzinfo=UTC
    )


def test_event_on_the_march_change_day_is_in_summer_time(client, make_event):
    # Sunday 28 March 2027: at 02:00 the clocks jump to 03:00, so 10:00 is UTC+2.
    start = datetime.datetime(2027, 3, 28, 10, 0, tzinfo=WARSAW)
    page = make_event(title="Wiosenny bieg", start=start, end=start + datetime.timedelta(hours=3))
    page.refresh_from_db()
    assert page.start == datetime.datetime(2027, 3, 28, 8, 0, tzinfo=UTC)
    assert page.start_local.utcoffset() == datetime.timedelta(hours=2)

    html = client.get(page.url).content.decode()
    assert '<time datetime="2027-03-28T10:00:00+02:00">' in html
    assert "13:00" in html

    event = ics_event(client, page)
    assert event["DTSTART"].to_ical() == b"20270328T100000"
    assert event.decoded("DTSTART").astimezone(UTC).hour == 8
    # The VTIMEZONE tells calendar apps when the change happens.
    calendar = Calendar.from_ical(client.get(page.url + "ical/").content)
    (timezone,) = calendar.walk("VTIMEZONE")
    assert timezone.to_tz().utcoffset(datetime.datetime(2027, 3, 28, 10, 0)) == datetime.timedelta(
        hours=2
    )


def test_a_time_typed_in_the_admin_is_warsaw_time_on_change_days(client, make_event):
    """Editors type local times; Django reads them in Europe/Warsaw."""
    assert str(timezone.get_default_timezone()) == "Europe/Warsaw"
    naive = datetime.datetime(2027, 3, 28, 10, 0)
    aware = timezone.make_aware(naive)
    assert aware.astimezone(UTC).hour == 8
    assert ZoneInfo("Europe/Warsaw").utcoffset(naive) == datetime.timedelta(hours=2)
