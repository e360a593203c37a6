"""The archive of minutes: by year, filterable by area, and the same queries for any size."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from council.models import CouncilMeetingPage, CouncilMinutesPage
from events.models import EventPageArea
from hub.models import ThematicArea

from .conftest import last_year_at

# Reads the seeded demo hub; drop this mark once the module builds its own data.
pytestmark = pytest.mark.demo


def add_archive_meetings(index, start, count):
    """Past meetings of last year with published minutes (live, without revisions: fast)."""
    areas = list(ThematicArea.objects.filter(locale=index.locale)[:2])
    for number in range(start, start + count):
        when = last_year_at(number)
        meeting = CouncilMeetingPage(
            title=f"Posiedzenie archiwalne {number}",
            slug=f"archiwum-{number}",
            number=number,
            summary="Posiedzenie archiwalne.",
            start=when,
            venue_name="Sala 101",
        )
        meeting.area_links.add(EventPageArea(area=areas[number % 2]))
        index.add_child(instance=meeting)
        meeting.add_child(
            instance=CouncilMinutesPage(
                title=f"Protokół archiwalny {number}",
                slug="protokol",
                prepared_by="Sekretarz Rady",
                prepared_on=when.date(),
                approved_on=when.date(),
            )
        )
    return areas


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response.content.decode()


def test_archive_runs_the_same_number_of_queries_with_12_and_240_meetings(client, council):
    index = council["meetings"]["pl"]
    year = last_year_at(0).year
    url = f"{index.url}?year={year}"
    add_archive_meetings(index, 0, 12)
    client.get(url)  # warm per-process caches
    with_12, html = count_queries(client, url)
    assert html.count("Protokół archiwalny") == 12
    add_archive_meetings(index, 12, 228)
    with_240, html = count_queries(client, url)
    assert html.count("Protokół archiwalny") == 240
    assert with_240 == with_12, f"{with_12} queries with 12 meetings, {with_240} with 240"


def test_archive_filters_by_year_and_area(client, council):
    index = council["meetings"]["pl"]
    areas = add_archive_meetings(index, 0, 4)
    year = last_year_at(0).year
    html = client.get(index.url, {"year": year, "area": areas[0].code}).content.decode()
    assert "Protokół archiwalny 0" in html and "Protokół archiwalny 2" in html
    assert "Protokół archiwalny 1" not in html and "Protokół archiwalny 3" not in html
    other_year = client.get(index.url, {"year": year + 1}).content.decode()
    assert "Protokół archiwalny" not in other_year
    assert f'<option value="{year}"' in other_year


def test_seeded_archive_lists_published_minutes_in_every_language(client, council):
    for code, index in council["meetings"].items():
        html = client.get(index.url).content.decode()
        published = CouncilMinutesPage.objects.live().filter(locale=index.locale)
        assert published.exists()
        assert any(page.url in html for page in published), code
