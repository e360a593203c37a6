"""iCal: the .ics of an event and the subscribable feeds, parsed with icalendar."""

import datetime

import pytest
from bs4 import BeautifulSoup
from icalendar import Calendar

from council.factories import CouncilMeetingPageFactory
from events.factories import EventPageFactory, create_event
from events.models import EventKind
from forum.factories import PlenarySessionPageFactory
from hub.factories import translate_page
from hub.models import Organisation


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return Calendar.from_ical(response.content)


def vevents(calendar):
    return {str(event["SUMMARY"]): event for event in calendar.walk("VEVENT")}


def test_event_ics_has_the_rfc_5545_essentials(client, make_event):
    page = make_event(
        title="Warsztaty o pracy",
        venue_name="Biblioteka Manhattan",
        venue_address="al. Grunwaldzka 82, 80-244 Gdańsk",
    )
    calendar = parse(client.get(page.url + "ical/"))
    assert calendar["VERSION"] == "2.0" and calendar["PRODID"]
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Warsaw"]
    (event,) = calendar.walk("VEVENT")
    assert event["UID"] == f"event-{page.translation_key}@forum-integracji.gdansk.pl"
    assert event["URL"] == page.full_url
    assert event["LOCATION"] == "Biblioteka Manhattan, al. Grunwaldzka 82, 80-244 Gdańsk"
    assert event["STATUS"] == "CONFIRMED"
    assert event.decoded("DTSTART") == page.start
    assert event["DTSTART"].params["TZID"] == "Europe/Warsaw"
    assert event.decoded("DTEND") == page.end
    assert "DTSTAMP" in event


def test_uid_is_the_same_in_every_language(client, make_event):
    page = make_event(title="Spotkanie informacyjne")
    english = translate_page(page, "en", title="Information meeting", slug="information-meeting")
    polish = parse(client.get(page.url + "ical/")).walk("VEVENT")[0]
    translated = parse(client.get(english.url + "ical/")).walk("VEVENT")[0]
    assert polish["UID"] == translated["UID"]
    assert str(translated["SUMMARY"]) == "Information meeting"


def test_sequence_rises_on_every_published_change(client, make_event):
    page = make_event(title="Zmieniane spotkanie")
    first = parse(client.get(page.url + "ical/")).walk("VEVENT")[0]["SEQUENCE"]
    page.venue_name = "Inna sala"
    page.save_revision().publish()
    second = parse(client.get(page.url + "ical/")).walk("VEVENT")[0]["SEQUENCE"]
    page.refresh_from_db()
    page.save_revision().publish()
    third = parse(client.get(page.url + "ical/")).walk("VEVENT")[0]["SEQUENCE"]
    assert first < second < third


def test_cancelled_event_is_cancelled_in_the_feed(client, calendar, make_event):
    page = make_event(title="Odwołany warsztat", status="cancelled")
    events = vevents(parse(client.get(calendar.url + "ical/")))
    (event,) = [
        e for e in events.values() if str(e["UID"]).startswith(f"event-{page.translation_key}")
    ]
    assert event["STATUS"] == "CANCELLED"
    assert "Odwołany warsztat" in str(event["SUMMARY"])


def test_online_event_has_the_link_as_location(client, make_event):
    page = make_event(
        title="Spotkanie online",
        venue_name="",
        venue_address="",
        online_url="https://meet.example.org/spotkanie",
    )
    (event,) = parse(client.get(page.url + "ical/")).walk("VEVENT")
    assert event["LOCATION"] == "https://meet.example.org/spotkanie"


def test_all_day_event_is_written_as_dates(client, make_event):
    start = datetime.datetime(2027, 5, 3, 0, 0, tzinfo=datetime.UTC)
    page = make_event(title="Dzień otwarty", all_day=True, start=start, end=start)
    (event,) = parse(client.get(page.url + "ical/")).walk("VEVENT")
    assert event.decoded("DTSTART") == datetime.date(2027, 5, 3)
    assert event.decoded("DTEND") == datetime.date(2027, 5, 4)


@pytest.mark.parametrize("scope", ["area", "group", "organisation", "kind"])
def test_scoped_feeds_hold_only_their_events(client, calendar, make_event, area, scope):
    organisation = Organisation.objects.create(
        name="Fundacja Kalendarz", slug="fundacja-kalendarz", locale=calendar.locale
    )
    inside = make_event(
        title="Pasujące",
        kind=EventKind.PARTNER_EVENT,
        areas=[area] if scope == "area" else [],
        groups=[area] if scope == "group" else [],
        organiser=organisation if scope == "organisation" else None,
    )
    outside = make_event(title="Niepasujące", kind=EventKind.OTHER)
    value = {
        "area": "health",
        "group": "health",
        "organisation": "fundacja-kalendarz",
        "kind": "partner_event",
    }[scope]
    feed = parse(client.get(f"{calendar.url}ical/{scope}/{value}/"))
    uids = {str(event["UID"]) for event in feed.walk("VEVENT")}
    assert f"event-{inside.translation_key}@forum-integracji.gdansk.pl" in uids
    assert f"event-{outside.translation_key}@forum-integracji.gdansk.pl" not in uids
    assert str(feed["X-WR-CALNAME"])


def test_unknown_feed_scope_or_value_is_not_found(client, calendar):
    assert client.get(calendar.url + "ical/area/no-such-area/").status_code == 404
    assert client.get(calendar.url + "ical/colour/red/").status_code == 404


def test_feed_lists_the_events_of_its_language(client, calendars, make_event):
    page = make_event(title="Spotkanie w dwóch językach")
    english = translate_page(page, "en", title="Meeting in two languages", slug="two-languages")
    summaries = set(vevents(parse(client.get(calendars["en"].url + "ical/"))))
    assert english.title in summaries and page.title not in summaries


@pytest.mark.parametrize("kind", ["event", "plenary session", "council meeting"])
def test_every_dated_page_offers_its_own_add_to_calendar_file(client, hub, kind):
    sections = hub["sections"]
    index, factory = {
        "event": (sections["events.EventIndexPage"]["pl"], EventPageFactory),
        "plenary session": (
            sections["forum.PlenarySessionIndexPage"]["pl"],
            PlenarySessionPageFactory,
        ),
        "council meeting": (
            sections["council.CouncilMeetingIndexPage"]["pl"],
            CouncilMeetingPageFactory,
        ),
    }[kind]
    page = create_event(index, factory=factory, title="Spotkanie w kalendarzu")
    html = BeautifulSoup(client.get(page.url).content, "html.parser")
    links = [a["href"] for a in html.select("a[download]")]
    assert links == [page.url + page.reverse_subpage("ical_route")]
    assert list(vevents(parse(client.get(links[0])))) == ["Spotkanie w kalendarzu"]
