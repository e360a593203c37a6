"""The archive of minutes: by year, filterable by area, and the same queries for any size."""

from datetime import timedelta

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from council.models import CouncilMeetingPage, CouncilMinutesPage
from events.models import EventPageArea
from hub.factories import ThematicAreaFactory

from .conftest import last_year_at


def add_archive_meetings(index, start, count, areas=None, at=last_year_at, label="archiwalny"):
    """Past meetings (of last year unless ``at`` says when) with published minutes.

    The minutes are live without revisions: fast. Meetings alternate between two areas.
    """
    areas = areas or [ThematicAreaFactory(locale=index.locale) for _ in range(2)]
    for number in range(start, start + count):
        when = at(number)
        meeting = CouncilMeetingPage(
            title=f"Posiedzenie {label} {number}",
            slug=f"{label}-{number}",
            number=number,
            summary="Posiedzenie archiwalne.",
            start=when,
            venue_name="Sala 101",
        )
        meeting.area_links.add(EventPageArea(area=areas[number % 2]))
        index.add_child(instance=meeting)
        meeting.add_child(
            instance=CouncilMinutesPage(
                title=f"Protokół {label} {number}",
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


def test_archive_runs_the_same_number_of_queries_with_12_and_72_meetings(client, council):
    index = council["meetings"]["pl"]
    year = last_year_at(0).year
    url = f"{index.url}?year={year}"
    areas = add_archive_meetings(index, 0, 12)
    client.get(url)  # warm per-process caches
    with_12, html = count_queries(client, url)
    assert html.count("Protokół archiwalny") == 12
    add_archive_meetings(index, 12, 60, areas)
    with_72, html = count_queries(client, url)
    assert html.count("Protokół archiwalny") == 72
    assert with_12 <= 40, f"{with_12} queries for the archive of a year"
    assert with_72 == with_12, f"{with_12} queries with 12 meetings, {with_72} with 72"


def test_archive_filters_by_year_and_area(client, council):
    index = council["meetings"]["pl"]
    areas = add_archive_meetings(index, 0, 4)
    year = last_year_at(0).year
    html = client.get(index.url, {"year": year, "area": areas[0].code}).content.decode()
    assert "Protokół archiwalny 0" in html and "Protokół archiwalny 2" in html
    assert "Protokół archiwalny 1" not in html and "Protokół archiwalny 3" not in html
    # Minutes of this year, so that another year is there to choose.
    add_archive_meetings(
        index, 10, 1, areas, at=lambda _n: timezone.now() - timedelta(minutes=1), label="biezacy"
    )
    other_year = client.get(index.url, {"year": year + 1}).content.decode()
    assert "Protokół biezacy 10" in other_year
    assert "Protokół archiwalny" not in other_year
    assert f'<option value="{year}"' in other_year


def test_the_archive_lists_published_minutes_in_every_language(client, council):
    for number, (code, index) in enumerate(council["meetings"].items()):
        add_archive_meetings(index, 100 + number, 1)
        html = client.get(index.url).content.decode()
        published = CouncilMinutesPage.objects.live().filter(locale=index.locale)
        assert published.exists()
        assert all(page.url in html for page in published), code
