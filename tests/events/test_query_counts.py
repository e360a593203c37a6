"""The calendar runs the same, bounded number of queries with 50 and with 2,000 events."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from events.factories import bulk_create_events
from events.models import WARSAW, SharedEvent
from events.registration import seats_taken


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


# The most queries each view may run, whatever the number of events.
CEILINGS = {
    "": 32,
    "?area=health&kind=workshop&language=uk": 29,
    "past/": 26,
    "month/{year}/{month}/": 33,
    "ical/": 11,
}


def test_same_bounded_queries_with_50_and_2000_events(client, calendar, bulk_relations):
    """Every view of the calendar, at two volumes of events that carry every relation."""
    soon = timezone.now().astimezone(WARSAW)
    urls = {
        suffix: calendar.url + suffix.format(year=soon.year, month=soon.month)
        for suffix in CEILINGS
    }
    bulk_create_events(calendar, 50, **bulk_relations)
    for url in urls.values():
        client.get(url)  # warm per-process caches (content types, site root paths)
    with_50 = {suffix: count_queries(client, url) for suffix, url in urls.items()}
    bulk_create_events(calendar, 1950, start_number=50, **bulk_relations)
    with_2000 = {suffix: count_queries(client, url) for suffix, url in urls.items()}
    assert with_2000 == with_50, "the same queries with 50 events and with 2,000"
    over = {urls[s]: n for s, n in with_50.items() if n > CEILINGS[s]}
    assert not over, f"more queries than the ceiling: {over}"


def test_bulk_created_events_are_real_pages(client, calendar, bulk_relations):
    bulk_create_events(calendar, 3, **bulk_relations)
    response = client.get(calendar.url, {"area": "health"})
    titles = [event.title for event in response.context["page_obj"].object_list]
    assert "Wydarzenie zbiorcze 0" in titles
    assert "Fundacja Zbiorcza" in response.content.decode(), "the organiser is shown"
    event = response.context["page_obj"].object_list[0]
    assert event.social_image == bulk_relations["image"]
    shared = SharedEvent.objects.get(translation_key=event.translation_key)
    assert seats_taken(shared) == 2, "the registrations hold their seats"
    calendar.refresh_from_db()
    assert calendar.get_children().filter(slug="zbiorcze-2").exists()
