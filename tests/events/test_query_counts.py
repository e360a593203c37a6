"""The calendar runs the same number of queries with 50 and with 5,000 events."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from events.factories import bulk_create_events

# Reads the seeded demo hub; drop this mark once the module builds its own data.
pytestmark = pytest.mark.demo


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize(
    "suffix",
    ["", "?area=health&kind=workshop&language=uk", "past/", "month/{year}/{month}/", "ical/"],
    ids=["upcoming", "filtered", "archive", "month", "feed"],
)
def test_same_queries_with_50_and_5000_events(client, calendar, area, suffix):
    from django.utils import timezone

    from events.models import WARSAW

    soon = timezone.now().astimezone(WARSAW)
    url = calendar.url + suffix.format(year=soon.year, month=soon.month)
    bulk_create_events(calendar, 50, area=area)
    client.get(url)  # warm per-process caches (content types, site root paths)
    with_50 = count_queries(client, url)
    bulk_create_events(calendar, 4950, start_number=50, area=area)
    with_5000 = count_queries(client, url)
    assert with_5000 == with_50, f"{url}: {with_50} queries with 50 events, {with_5000} with 5,000"


def test_bulk_created_events_are_real_pages(client, calendar, area):
    bulk_create_events(calendar, 3, area=area)
    response = client.get(calendar.url, {"area": "health"})
    titles = [event.title for event in response.context["page_obj"].object_list]
    assert "Wydarzenie zbiorcze 0" in titles
    calendar.refresh_from_db()
    assert calendar.get_children().filter(slug="zbiorcze-2").exists()
