"""The directory's filters combine, and its queries do not grow with the members."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from events.factories import create_event
from events.models import EventIndexPage, EventKind, EventPage
from forum.factories import (
    PlenarySessionPageFactory,
    WorkingGroupPageFactory,
    bulk_create_organisations,
)
from forum.models import PlenarySessionPage
from hub.models import NewsPage, Organisation

from .conftest import polish_area


def listed(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    return {a["href"].rstrip("/").rsplit("/", 1)[-1] for a in html.select(".organisation-card a")}


@pytest.fixture
def directory_members(make_organisation, forum_sections):
    """Four members that differ in one filter at a time."""
    make_organisation(
        "filtr-a", kind="ngo", areas=["health"], groups=["health"], description="tłumacze"
    )
    make_organisation("filtr-b", kind="ngo", areas=["health"], groups=["housing"])
    make_organisation("filtr-c", kind="company", areas=["health"], groups=["health"])
    make_organisation("filtr-d", kind="ngo", areas=["work"], groups=["health"])
    make_organisation("filtr-e", kind="ngo", areas=["health"], groups=["health"], active=False)
    return forum_sections["directory"]["pl"].url


def test_each_filter_narrows_the_list(client, directory_members):
    url = directory_members
    ours = {"filtr-a", "filtr-b", "filtr-c", "filtr-d"}
    assert ours <= listed(client, url, q="Organizacja filtr")
    assert "filtr-e" not in listed(client, url, q="Organizacja filtr")  # not an active member
    assert listed(client, url, q="Organizacja filtr", kind="company") == {"filtr-c"}
    assert listed(client, url, q="Organizacja filtr", area="work") == {"filtr-d"}
    assert listed(client, url, q="Organizacja filtr", group="housing") == {"filtr-b"}
    assert listed(client, url, q="tłumacze") >= {"filtr-a"}


def test_filters_combine_as_and(client, directory_members):
    url = directory_members
    assert listed(client, url, q="filtr", kind="ngo", area="health", group="health") == {"filtr-a"}
    assert listed(client, url, q="filtr", kind="company", area="work") == set()
    assert listed(client, url, kind="ngo", area="health", group="health", q="tłumacze") == {
        "filtr-a"
    }


def test_filtered_directory_keeps_the_choices_and_is_not_indexed(client, directory_members):
    response = client.get(directory_members, {"kind": "ngo", "area": "health", "q": "filtr"})
    html = BeautifulSoup(response.content, "html.parser")
    assert html.select_one("#directory-kind option[selected]")["value"] == "ngo"
    assert html.select_one("#directory-area option[selected]")["value"] == "health"
    assert html.select_one("#directory-q")["value"] == "filtr"
    assert html.find("meta", attrs={"name": "robots"})["content"].startswith("noindex")
    # Every field has a label.
    for field in html.select(".forum-filters input, .forum-filters select"):
        assert html.select_one(f'label[for="{field["id"]}"]') is not None


def test_unknown_filter_values_do_not_fail(client, directory_members):
    assert listed(client, directory_members, kind="nonsense", page="x")
    assert listed(client, directory_members, area="no-such-area") == set()


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_directory_runs_the_same_queries_with_20_and_80_organisations(client, forum_sections):
    directory = forum_sections["directory"]["pl"]
    areas = [polish_area(code) for code in ("health", "work", "housing", "culture")]

    def add(start, stop):
        bulk_create_organisations(
            directory.locale,
            [
                (f"zapytania-{number}", areas[: 1 + number % 4], areas[number % 2 : 2 + number % 2])
                for number in range(start, stop)
            ],
        )

    add(0, 20)
    filtered = f"{directory.url}?kind=ngo&area=health"
    client.get(directory.url)  # warm per-process caches
    with_20 = (count_queries(client, directory.url), count_queries(client, filtered))
    add(20, 80)
    assert Organisation.objects.filter(locale=directory.locale, active=True).count() == 80
    assert len(listed(client, filtered)) == 30  # a full page of the filtered list
    with_80 = (count_queries(client, directory.url), count_queries(client, filtered))
    assert with_80 == with_20, f"{with_20} queries with 20 organisations, {with_80} with 80"


def test_profile_lists_the_organisations_news_and_upcoming_events(
    client, forum_sections, news_indexes, make_organisation
):
    organisation = make_organisation("z-wiadomosciami", name="Z wiadomościami")
    news = NewsPage(title="Nasz nowy projekt", slug="nasz-nowy-projekt", lead="Lead.")
    news.organisation = organisation
    news_indexes["pl"].add_child(instance=news)
    index = EventIndexPage.objects.get(locale=organisation.locale)
    start = timezone.now() + timezone.timedelta(days=10)
    for title, when in (("Dzień otwarty", start), ("Dawne spotkanie", start.replace(year=2020))):
        index.add_child(
            instance=EventPage(
                title=title,
                slug=title.lower().replace(" ", "-").replace("ń", "n"),
                summary="Spotkanie.",
                start=when,
                venue_name="Siedziba",
                organiser=organisation,
            )
        )
    response = client.get(f"{forum_sections['directory']['pl'].url}z-wiadomosciami/")
    html = BeautifulSoup(response.content, "html.parser")
    events = html.select_one("#organisation-events + ul").get_text()
    assert "Dzień otwarty" in events and "Dawne spotkanie" not in events
    assert "Nasz nowy projekt" in html.select_one("#organisation-news + ul").get_text()


def test_plenary_sessions_are_calendar_events_of_the_plenary_kind(forum_sections):
    index = forum_sections["sessions"]["pl"]
    session, *_others = [
        create_event(index, factory=PlenarySessionPageFactory, kind=EventKind.WORKSHOP)
        for _ in range(3)
    ]
    assert session.kind == EventKind.PLENARY_SESSION  # as built, despite the kind asked for
    session.kind = EventKind.WORKSHOP
    session.save()
    session.refresh_from_db()
    assert session.kind == EventKind.PLENARY_SESSION
    # The calendar's own query sees the sessions.
    assert EventPage.objects.filter(pk=session.pk, kind=EventKind.PLENARY_SESSION).exists()
    sessions = set(PlenarySessionPage.objects.child_of(index).values_list("pk", flat=True))
    calendar = EventPage.objects.live().filter(locale=index.locale, kind="plenary")
    assert len(sessions) == 3 and sessions <= set(calendar.values_list("pk", flat=True))


def test_group_and_profile_pages_run_the_same_queries_with_few_and_many_members(
    client, forum_sections, make_organisation
):
    sport, work = polish_area("sport"), polish_area("work")
    group = WorkingGroupPageFactory(parent=forum_sections["groups"]["pl"], area=sport)
    profile = f"{forum_sections['directory']['pl'].url}klub-testowy-0/"
    make_organisation("klub-testowy-0", areas=["sport"], groups=["sport"])
    client.get(group.url)  # warm per-process caches
    few = (count_queries(client, group.url), count_queries(client, profile))
    bulk_create_organisations(
        group.locale,
        [(f"klub-testowy-{number}", [sport], [sport, work]) for number in range(1, 40)],
    )
    assert "klub-testowy-39" in client.get(group.url).content.decode()
    many = (count_queries(client, group.url), count_queries(client, profile))
    assert many == few, f"{few} queries with few members, {many} with many"
