"""The subscribable feed is built once per publication, with bounded queries."""

import icalendar
from django.db import connection
from django.test.utils import CaptureQueriesContext

from events import feed_cache
from events.factories import bulk_create_events, create_event

# routing, site, feed rows, the duty-hours schedule, and the database cache's reads and writes
BUILD_CEILING = 26


def queries_for(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response


def titles(response):
    return {
        str(c["summary"]) for c in icalendar.Calendar.from_ical(response.content).walk("VEVENT")
    }


def test_building_the_feed_runs_the_same_bounded_queries_at_two_volumes(
    client, calendar, bulk_relations
):
    url = calendar.url + "ical/"
    bulk_create_events(calendar, 20, **bulk_relations)
    client.get(url)  # warm per-process caches (content types, site root paths)
    feed_cache.invalidate()
    small, response = queries_for(client, url)
    assert "Wydarzenie zbiorcze 19" in titles(response)
    bulk_create_events(calendar, 400, start_number=20, **bulk_relations)
    feed_cache.invalidate()
    large, response = queries_for(client, url)
    assert "Wydarzenie zbiorcze 419" in titles(response)
    assert large == small <= BUILD_CEILING, (small, large)
    cached, again = queries_for(client, url)
    assert cached < small and again.content == response.content


def test_publishing_unpublishing_and_deleting_rebuild_the_feed(client, calendar):
    url = calendar.url + "ical/"
    create_event(calendar, title="Spotkanie stałe")  # present throughout, the contrast
    first = create_event(calendar, title="Spotkanie pierwsze")
    assert "Spotkanie pierwsze" in titles(client.get(url))
    second = create_event(calendar, title="Spotkanie drugie")  # published: a new generation
    assert {"Spotkanie pierwsze", "Spotkanie drugie"} <= titles(client.get(url))
    second.unpublish()
    shown = titles(client.get(url))
    assert "Spotkanie pierwsze" in shown and "Spotkanie drugie" not in shown
    first.delete()
    shown = titles(client.get(url))
    assert "Spotkanie stałe" in shown and "Spotkanie pierwsze" not in shown
