"""Browsing: upcoming first, the archive, filters that combine, pagination, subclasses."""

import datetime

from django.utils import timezone

from events.factories import create_event
from events.models import EventKind, EventPage
from events.views import EVENTS_PER_PAGE
from forum.factories import PlenarySessionPageFactory
from hub.factories import ThematicAreaFactory
from hub.models import Organisation


def titles(response):
    return [event.title for event in response.context["page_obj"].object_list]


def test_upcoming_events_come_first_in_date_order_and_past_ones_are_left_out(
    client, calendar, make_event
):
    now = timezone.now()
    later = make_event(title="Za dwa tygodnie", start=now + datetime.timedelta(days=14))
    sooner = make_event(title="Jutro", start=now + datetime.timedelta(days=1))
    past = make_event(title="Tydzień temu", start=now - datetime.timedelta(days=7))
    response = client.get(calendar.url)
    shown = titles(response)
    assert shown.index(sooner.title) < shown.index(later.title)
    assert past.title not in shown
    assert f'href="{sooner.url}"' in response.content.decode()


def test_an_event_still_running_is_upcoming(client, calendar, make_event):
    now = timezone.now()
    running = make_event(
        title="Trwa teraz",
        start=now - datetime.timedelta(hours=1),
        end=now + datetime.timedelta(hours=1),
    )
    assert running.title in titles(client.get(calendar.url))


def test_archive_lists_past_events_newest_first(client, calendar, make_event):
    now = timezone.now()
    older = make_event(title="Dawno", start=now - datetime.timedelta(days=40))
    newer = make_event(title="Niedawno", start=now - datetime.timedelta(days=2))
    future = make_event(title="Przyszłe", start=now + datetime.timedelta(days=2))
    shown = titles(client.get(calendar.url + "past/"))
    assert shown.index(newer.title) < shown.index(older.title)
    assert future.title not in shown


def test_filters_combine(client, calendar, make_event, area):
    health = area
    work = ThematicAreaFactory(code="work", name="Praca", locale=calendar.locale)
    start = timezone.now() + datetime.timedelta(days=3)
    both = make_event(
        title="Warsztat o zdrowiu po ukraińsku",
        kind=EventKind.WORKSHOP,
        areas=[health],
        groups=[health],
        languages="pl, uk",
        start=start,
    )
    make_event(title="Warsztat o pracy", kind=EventKind.WORKSHOP, areas=[work], start=start)
    make_event(title="Dyżur o zdrowiu", kind=EventKind.OTHER, areas=[health], start=start)
    make_event(
        title="Warsztat o zdrowiu po polsku",
        kind=EventKind.WORKSHOP,
        areas=[health],
        languages="pl",
        start=start,
    )
    shown = titles(
        client.get(calendar.url, {"area": "health", "kind": "workshop", "language": "uk"})
    )
    assert both.title in shown
    assert not {"Warsztat o pracy", "Dyżur o zdrowiu", "Warsztat o zdrowiu po polsku"} & set(shown)
    shown = titles(client.get(calendar.url, {"group": "health", "kind": "workshop"}))
    assert both.title in shown and "Warsztat o zdrowiu po polsku" not in shown


def test_organiser_filter_uses_the_organisation_slug(client, calendar, make_event):
    organisation = Organisation.objects.create(
        name="Fundacja Testowa", slug="fundacja-testowa", locale=calendar.locale
    )
    ours = make_event(title="Nasze wydarzenie", organiser=organisation)
    make_event(title="Cudze wydarzenie")
    assert titles(client.get(calendar.url, {"organiser": "fundacja-testowa"})) == [ours.title]


def test_month_filter_keeps_only_that_month(client, calendar, make_event):
    now = timezone.now()
    first = (now + datetime.timedelta(days=40)).replace(day=15)
    inside = make_event(title="W wybranym miesiącu", start=first)
    make_event(title="Poza miesiącem", start=first + datetime.timedelta(days=31))
    shown = titles(client.get(calendar.url, {"month": f"{first:%Y-%m}"}))
    assert inside.title in shown and "Poza miesiącem" not in shown


def test_unknown_filter_values_are_ignored_not_an_error(client, calendar):
    response = client.get(calendar.url, {"area": "nope", "kind": "x", "month": "2026-13"})
    assert response.status_code == 200
    assert not response.context["filters"].active


def test_pagination_keeps_the_filters(client, calendar, make_event):
    start = timezone.now() + datetime.timedelta(days=1)
    for number in range(EVENTS_PER_PAGE + 1):
        make_event(kind=EventKind.OTHER, start=start + datetime.timedelta(hours=number))
    response = client.get(calendar.url, {"kind": "other"})
    html = response.content.decode()
    assert 'href="?kind=other&amp;page=2"' in html
    second = client.get(calendar.url, {"kind": "other", "page": 2})
    assert len(second.context["page_obj"].object_list) >= 1
    assert all(e.kind == "other" for e in second.context["page_obj"].object_list)


def test_the_listing_is_in_the_readers_language(client, calendars, make_event):
    ukrainian = make_event(index=calendars["uk"], title="Зустріч у бібліотеці")
    polish = make_event(title="Spotkanie w bibliotece")
    response = client.get(calendars["uk"].url)
    assert response.status_code == 200
    events = response.context["page_obj"].object_list
    assert ukrainian.title in titles(response) and polish.title not in titles(response)
    assert all(event.locale.language_code == "uk" for event in events)
    assert polish.title in titles(client.get(calendars["pl"].url))


def test_cancelled_event_is_marked_in_words_in_the_list(client, calendar, make_event):
    make_event(title="Odwołane spotkanie", status="cancelled")
    html = client.get(calendar.url).content.decode()
    assert "event-status--cancelled" in html
    assert "Odwołane" in html or "Cancelled" in html


def test_subclasses_of_event_page_appear_in_the_calendar(client, calendar, hub):
    """Plenary sessions and Council meetings are EventPage subclasses in other apps."""
    sessions = hub["sections"]["forum.PlenarySessionIndexPage"]["pl"]
    session = create_event(sessions, factory=PlenarySessionPageFactory, title="Sesja wiosenna")
    children = [
        page
        for page in EventPage.objects.filter(locale=calendar.locale).live().upcoming()
        if type(page.specific) is not EventPage
    ]
    assert [page.pk for page in children] == [session.pk]
    shown = set()
    url = calendar.url
    for number in range(1, 6):
        response = client.get(url, {"page": number})
        listed = response.context["page_obj"].object_list
        # Pages, among the duty hours generated from the Council's schedule.
        shown.update(event.pk for event in listed if not getattr(event, "is_occurrence", False))
    assert children[0].pk in shown
