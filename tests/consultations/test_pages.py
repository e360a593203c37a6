"""The index and the consultation page: what residents see in each phase."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.search import index
from wagtail.test.utils import WagtailPageTestCase

from events.models import EventPage
from forum.consultations.models import (
    ConsultationIndexPage,
    ConsultationPage,
    Phase,
    Response,
)
from hub.site.models import HomePage

from .conftest import Answering, build_consultation


class ConsultationTreeTest(WagtailPageTestCase):
    def test_consultations_live_only_under_their_index(self):
        self.assertAllowedParentPageTypes(ConsultationIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(ConsultationIndexPage, {ConsultationPage})
        self.assertAllowedParentPageTypes(ConsultationPage, {ConsultationIndexPage})
        self.assertAllowedSubpageTypes(ConsultationPage, set())

    def test_a_home_page_takes_one_consultations_index(self):
        home = HomePage.objects.get(locale__language_code="pl")
        self.assertFalse(ConsultationIndexPage.can_create_at(home))


def test_every_language_has_its_consultations_index(hub):
    indexes = hub["sections"]["consultations.ConsultationIndexPage"]
    assert {code: page.url for code, page in indexes.items()} == {
        "pl": "/pl/konsultacje/",
        "en": "/en/consultations/",
        "uk": "/uk/konsultatsii/",
    }


def test_phases_follow_the_dates(consultation):
    opens, closes = consultation.opens_at, consultation.closes_at
    assert consultation.phase(opens - timedelta(seconds=1)) == Phase.ANNOUNCED
    assert consultation.phase(opens) == Phase.OPEN
    assert consultation.phase(closes - timedelta(seconds=1)) == Phase.OPEN
    assert consultation.phase(closes) == Phase.CLOSED
    consultation.report_published_at = closes + timedelta(days=5)
    assert consultation.phase(closes + timedelta(days=4)) == Phase.CLOSED
    assert consultation.phase(closes + timedelta(days=5)) == Phase.REPORTED


def test_a_consultation_must_close_after_it_opens(consultation):
    consultation.closes_at = consultation.opens_at
    with pytest.raises(ValidationError):
        consultation.full_clean()


def test_index_lists_open_then_upcoming_then_closed(client, consultation_index):
    now = timezone.now()
    build_consultation(
        consultation_index,
        "closed-long-ago",
        title="Zamknięta dawno",
        opens=now - timedelta(days=90),
        closes=now - timedelta(days=60),
    )
    build_consultation(
        consultation_index,
        "closed-recently",
        title="Zamknięta niedawno",
        opens=now - timedelta(days=30),
        closes=now - timedelta(days=2),
    )
    build_consultation(
        consultation_index,
        "upcoming",
        title="Nadchodząca",
        opens=now + timedelta(days=5),
        closes=now + timedelta(days=40),
    )
    build_consultation(
        consultation_index,
        "open-late",
        title="Otwarta dłużej",
        opens=now - timedelta(days=5),
        closes=now + timedelta(days=40),
    )
    build_consultation(
        consultation_index,
        "open-soon",
        title="Otwarta krócej",
        opens=now - timedelta(days=5),
        closes=now + timedelta(days=3),
    )
    html = client.get(consultation_index.url).content.decode()
    order = [
        "Otwarta krócej",
        "Otwarta dłużej",
        "Nadchodząca",
        "Zamknięta niedawno",
        "Zamknięta dawno",
    ]
    positions = [html.index(f">{title}</a>") for title in order]
    assert positions == sorted(positions)


def test_open_consultation_page_shows_everything_and_links_to_the_form(client, consultation):
    consultation.stages = [
        (
            "stage",
            {
                "kind": "open_meeting",
                "title": "Spotkanie w Oliwie",
                "date": timezone.localdate(),
                "end_date": None,
                "place": "Ratusz Oliwski",
                "description": "",
                "event": None,
            },
        ),
    ]
    consultation.save_revision().publish()
    html = client.get(consultation.url).content.decode()
    assert consultation.summary in html
    assert "Wydział Rozwoju Społecznego" in html
    assert 'aria-current="step"' in html
    assert "Spotkanie w Oliwie" in html and "Ratusz Oliwski" in html
    assert '<span class="draft__number">1.</span> Punkty informacyjne' in html
    assert '<span class="draft__number">2.</span> Godziny otwarcia' in html
    assert consultation.url + "respond/" in html


def test_a_stage_links_to_its_calendar_event(client, consultation, hub):
    calendar = hub["sections"]["events.EventIndexPage"]["pl"]
    event = calendar.add_child(
        instance=EventPage(
            title="Spotkanie otwarte o punktach",
            slug="spotkanie-o-punktach",
            summary="Rozmowa",
            venue_name="Ratusz",
            start=timezone.now() + timedelta(days=3),
        )
    )
    consultation.stages = [
        (
            "stage",
            {
                "kind": "open_meeting",
                "title": "Spotkanie",
                "date": timezone.localdate(),
                "end_date": None,
                "place": "",
                "description": "",
                "event": event,
            },
        ),
    ]
    consultation.save_revision().publish()
    html = client.get(consultation.url).content.decode()
    assert f'href="{event.url}"' in html


def test_closed_page_offers_no_form_and_says_the_report_is_coming(
    client, consultation, consultation_index
):
    # An open consultation links to its form...
    assert consultation.url + "respond/" in client.get(consultation.url).content.decode()
    now = timezone.now()
    page = build_consultation(
        consultation_index, "closed", opens=now - timedelta(days=9), closes=now - timedelta(days=1)
    )
    html = client.get(page.url).content.decode()
    assert page.url + "respond/" not in html  # ...a closed one does not.
    assert 'class="message"' in html


def test_reported_page_shows_the_report_with_results_as_chart_and_table(client, consultation_index):
    now = timezone.now()
    page = build_consultation(
        consultation_index,
        "reported",
        opens=now - timedelta(days=20),
        closes=now - timedelta(days=10),
        report_text="<p>Wnioski.</p>",
        report_published_at=now - timedelta(days=1),
    )
    answering = Answering(page)
    yes = answering.option("Czy popierasz projekt?", "Tak")
    no = answering.option("Czy popierasz projekt?", "Nie")
    question = answering.questions["Czy popierasz projekt?"].id
    for choice in (yes, yes, yes, no):
        Response.objects.create(
            page=page,
            translation_key=page.translation_key,
            language="pl",
            answers={question: choice},
            consent_at=now,
        )
    html = client.get(page.url).content.decode()
    assert "Wnioski." in html
    assert "<title" in html and 'role="img"' in html  # the chart names itself
    # …and the same numbers in a table that names itself, in a region named by it.
    assert '<caption id="answers-' in html and "Odpowiedzi na pytanie 1" in html
    assert 'tabindex="0" role="region" aria-labelledby="answers-' in html
    assert '<th scope="row">Tak</th><td>3</td><td>75.0%</td>' in html.replace("75,0", "75.0")
    assert 'width="75.0"' in html


def event_stage(hub, number):
    """A stage linked to its own calendar event: a relation every rendering must fetch."""
    event = hub["sections"]["events.EventIndexPage"]["pl"].add_child(
        instance=EventPage(
            title=f"Spotkanie {number}",
            slug=f"spotkanie-{number}",
            summary="Rozmowa",
            venue_name="Ratusz",
            start=timezone.now() + timedelta(days=3),
        )
    )
    return (
        "stage",
        {
            "kind": "open_meeting",
            "title": f"Etap {number}",
            "date": timezone.localdate(),
            "end_date": None,
            "place": "Ratusz",
            "description": "",
            "event": event,
        },
    )


# Measured: 23, 24 and 25 queries.
QUERY_CEILING = {"index": 26, "page": 28, "reported": 28}


@pytest.mark.parametrize("kind", ["index", "page", "reported"])
def test_query_count_does_not_grow_with_responses_or_consultations(
    client, consultation_index, hub, count_queries, kind
):
    now = timezone.now()
    page = build_consultation(
        consultation_index,
        "counted",
        opens=now - timedelta(days=20),
        closes=now - timedelta(days=10),
        show_comments=True,
        report_published_at=None if kind == "page" else now - timedelta(days=1),
    )
    url = {"index": consultation_index.url, "page": page.url, "reported": page.url}[kind]
    answering = Answering(page)
    single = answering.questions["Czy popierasz projekt?"].id
    several = answering.questions["Które dzielnice?"].id
    yes = answering.option("Czy popierasz projekt?", "Tak")
    districts = [answering.option("Które dzielnice?", d) for d in ("Wrzeszcz", "Oliwa")]
    section = page.draft[0].id
    stages = []

    def add(count, start):
        for number in range(start, start + count):
            Response.objects.create(
                page=page,
                translation_key=page.translation_key,
                language="pl",
                status="published",
                consent_at=now,
                answers={single: yes, several: districts},
                comments={section: f"Uwaga {number}"},
            )
            stages.append(event_stage(hub, number))
            if kind == "index":
                build_consultation(consultation_index, f"more-{number}", stages=[stages[-1]])
        if kind != "index":
            page.stages = list(stages)
            page.save_revision().publish()

    def count():
        with count_queries() as queries:
            html = client.get(url).content.decode()
        if kind != "index":
            assert "Uwaga 0" in html  # the comments (and so the responses) are rendered
        return len(queries)

    add(2, 0)
    client.get(url)
    few = count()
    add(6, 2)
    many = count()
    assert many == few, f"{kind}: {few} queries with few, {many} with many"
    assert many <= QUERY_CEILING[kind], f"{kind}: {many} queries"


def test_consultation_pages_are_searchable_by_language():
    filters = {
        f.field_name for f in ConsultationPage.search_fields if isinstance(f, index.FilterField)
    }
    assert {"locale_id", "opens_at", "closes_at"} <= filters


def comment_on(consultation, section, text, status="published", language="pl"):
    """A response commenting on ``section`` of the draft, shown once comments are."""
    consultation.show_comments = True
    consultation.save_revision().publish()
    Response.objects.create(
        page=consultation,
        translation_key=consultation.translation_key,
        language=language,
        status=status,
        consent_at=timezone.now(),
        comments={section: text},
    )


def test_only_comments_marked_published_appear_under_their_section(client, consultation):
    second = consultation.draft[1].id
    for status, text in (("published", "Jawna uwaga"), ("hidden", "Ukryta uwaga"), ("new", "Nowa")):
        comment_on(consultation, second, text, status=status)
    html = client.get(consultation.url).content.decode()
    assert "Jawna uwaga" in html
    assert "Ukryta uwaga" not in html and "Nowa" not in html
    section_two = html[html.index('id="section-2"') :]
    assert "Jawna uwaga" in section_two
    # The first section has no published comment and shows none.
    assert (
        html[html.index('id="section-1"') : html.index('id="section-2"')].count("<blockquote") == 0
    )
    assert section_two.count("<blockquote") >= 1  # where one is published, it shows


def test_each_published_comment_carries_the_language_it_was_written_in(client, consultation):
    section = consultation.draft[0].id
    for language, text in (("pl", "Punkt w Oliwie"), ("uk", "Пункт в Оліві"), ("en", "A desk")):
        comment_on(consultation, section, text, language=language)
    html = BeautifulSoup(client.get(consultation.url).content, "html.parser")
    comments = {
        item.blockquote.get_text(strip=True): item.get("lang")
        for item in html.select(".draft__comments li")
    }
    assert comments == {"Punkt w Oliwie": "pl", "Пункт в Оліві": "uk", "A desk": "en"}
