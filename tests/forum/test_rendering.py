"""Each Forum page type shows its own content, in each language."""

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from forum.models import (
    GoverningBodyPage,
    PlenarySessionPage,
    WorkingGroupPage,
)
from hub.models import Organisation

# Reads the seeded demo hub; drop this mark once the module builds its own data.
pytestmark = pytest.mark.demo

LANGUAGES = ["pl", "en", "uk"]


def get(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, url
    return BeautifulSoup(response.content, "html.parser")


def text_of(html_fragment):
    return BeautifulSoup(html_fragment, "html.parser").get_text(" ", strip=True)


@pytest.mark.parametrize("code", LANGUAGES)
def test_directory_lists_the_active_organisations_of_its_language(client, forum_sections, code):
    directory = forum_sections["directory"][code]
    html = get(client, directory.url)
    assert html.html["lang"] == code
    assert html.h1.get_text(strip=True) == directory.title
    listed = [a.get_text(strip=True) for a in html.select(".organisation-card .card__title a")]
    expected = list(
        Organisation.objects.filter(locale=directory.locale, active=True)
        .order_by("name", "pk")
        .values_list("name", flat=True)[:30]
    )
    assert listed == expected and len(listed) >= 12
    other = Organisation.objects.exclude(locale=directory.locale).values_list("name", flat=True)
    # Individual members keep their names in every language; institutions do not.
    assert "Gdański Urząd Pracy" not in listed or code == "pl"
    assert set(listed) - set(other) or code == "pl"


@pytest.mark.parametrize("code", LANGUAGES)
def test_profile_shows_the_organisation_in_the_readers_language(client, forum_sections, code):
    directory = forum_sections["directory"][code]
    organisation = Organisation.objects.get(slug="gdanski-urzad-pracy", locale=directory.locale)
    url = f"{directory.url}gdanski-urzad-pracy/"
    html = get(client, url)
    assert html.html["lang"] == code
    assert organisation.name in html.h1.get_text()
    assert organisation.description in html.main.get_text()
    areas = [link.area.name for link in organisation.area_links.all()]
    assert areas and all(name in html.main.get_text() for name in areas)
    # The working group is linked to its page in the same language.
    group = WorkingGroupPage.objects.get(locale=directory.locale, area__code="work")
    assert html.main.find("a", href=group.url) is not None


def test_profile_address_is_the_same_slug_in_every_language(forum_sections):
    slugs = set(
        Organisation.objects.filter(
            translation_key=Organisation.objects.get(
                slug="fundacja-wspolny-dom", locale__language_code="pl"
            ).translation_key
        ).values_list("slug", flat=True)
    )
    assert slugs == {"fundacja-wspolny-dom"}


def test_profile_of_an_untranslated_organisation_is_404_not_polish(
    client, forum_sections, make_organisation
):
    make_organisation("tylko-po-polsku", name="Tylko po polsku")
    assert get(client, f"{forum_sections['directory']['pl'].url}tylko-po-polsku/")
    html = get(client, f"{forum_sections['directory']['uk'].url}tylko-po-polsku/", status=404)
    assert "Tylko po polsku" not in html.get_text()
    get(client, f"{forum_sections['directory']['en'].url}no-such-organisation/", status=404)


@pytest.mark.parametrize("code", LANGUAGES)
def test_working_group_index_lists_the_eleven_groups(client, forum_sections, code):
    index = forum_sections["groups"][code]
    html = get(client, index.url)
    titles = [a.get_text(strip=True) for a in html.select(".card__title a")]
    assert len(titles) == 11
    assert titles == list(
        WorkingGroupPage.objects.child_of(index)
        .live()
        .order_by("area__sort_order", "title")
        .values_list("title", flat=True)
    )


@pytest.mark.parametrize("code", LANGUAGES)
def test_working_group_page_shows_purpose_leaders_members_and_meetings(
    client, forum_sections, code
):
    group = WorkingGroupPage.objects.get(
        locale=forum_sections["groups"][code].locale, area__code="violence-discrimination"
    )
    html = get(client, group.url)
    main = html.main.get_text(" ")
    assert html.h1.get_text(strip=True) == group.title
    assert text_of(group.purpose) in main
    leader = group.leaders.first()
    assert leader.person.name in main and leader.role in main
    members = Organisation.objects.filter(
        locale=group.locale, group_links__area=group.area
    ).values_list("name", flat=True)
    assert members and all(name in main for name in members)
    # The upcoming plenary session names this group: it is one of its meetings.
    session = PlenarySessionPage.objects.get(
        locale=group.locale, group_links__area=group.area, start__gte=timezone.now()
    )
    meetings = html.select_one("#group-meetings + ul")
    assert meetings is not None and session.title in meetings.get_text()
    assert text_of(group.how_to_join) in main


@pytest.mark.parametrize("code", LANGUAGES)
def test_sessions_index_lists_upcoming_first_then_past_by_year(client, forum_sections, code):
    index = forum_sections["sessions"][code]
    html = get(client, index.url)
    sessions = PlenarySessionPage.objects.child_of(index).live()
    now = timezone.now()
    upcoming = [s.title for s in sessions.filter(start__gte=now).order_by("start")]
    past = [s.title for s in sessions.filter(start__lt=now).order_by("-start")]
    listed = [a.get_text(strip=True) for a in html.select(".event-list a")]
    assert upcoming and past
    assert listed == upcoming + past
    years = [h.get_text(strip=True) for h in html.select("main h3")]
    assert years == sorted(set(years), reverse=True)


@pytest.mark.parametrize("code", LANGUAGES)
def test_past_session_shows_agenda_summary_and_attendance(client, forum_sections, code):
    index = forum_sections["sessions"][code]
    session = PlenarySessionPage.objects.child_of(index).filter(start__lt=timezone.now()).first()
    html = get(client, session.url)
    main = html.main.get_text(" ")
    assert html.h1.get_text(strip=True) == session.title
    assert session.summary in main
    rows = html.select("table.agenda tbody tr")
    items = list(session.agenda_items.all())
    assert [r.th.get_text(strip=True) for r in rows] == [i.title for i in items]
    assert rows[0].td.get_text(strip=True) == items[0].time.strftime("%H:%M")
    presenting = [i for i in items if i.group_area_id]
    assert presenting and presenting[0].group_area.name in main
    assert html.select_one("#session-outcome") is not None
    assert text_of(session.outcome) in main
    assert str(session.attendance) in html.select_one(".session-outcome").get_text()
    assert session.start_local.strftime("%H:%M") in main


@pytest.mark.parametrize("code", LANGUAGES)
def test_upcoming_session_has_no_summary_yet(client, forum_sections, code):
    index = forum_sections["sessions"][code]
    session = PlenarySessionPage.objects.child_of(index).filter(start__gte=timezone.now()).first()
    html = get(client, session.url)
    assert html.select_one("#session-outcome") is None
    assert html.select("table.agenda tbody tr")


@pytest.mark.parametrize("code", LANGUAGES)
def test_body_pages_show_role_composition_and_documents(client, forum_sections, code):
    index = forum_sections["bodies"][code]
    html = get(client, index.url)
    bodies = list(GoverningBodyPage.objects.child_of(index).live())
    assert len(bodies) == 2
    assert [a.get_text(strip=True) for a in html.select(".card__title a")] == [
        b.title for b in bodies
    ]
    for body in bodies:
        html = get(client, body.url)
        main = html.main.get_text(" ")
        assert text_of(body.role) in main
        rows = html.select("tbody tr")
        members = list(body.memberships.all())
        assert [r.th.get_text(strip=True) for r in rows] == [m.person.name for m in members]
        assert members[0].role_in_body in rows[0].get_text()
        documents = html.select(".document-list a")
        assert documents and all(a["href"].startswith("/documents/") for a in documents)


def test_people_in_uk_pages_are_the_ukrainian_translations(client, forum_sections):
    body = GoverningBodyPage.objects.child_of(forum_sections["bodies"]["uk"]).get(
        slug="kerivnyi-komitet"
    )
    html = get(client, body.url)
    assert "Єва Адамчик" in html.main.get_text()
    assert "Ewa Adamczyk" not in html.main.get_text()


def test_profile_switcher_and_hreflang_lead_to_the_profile_in_other_languages(client):
    from bs4 import BeautifulSoup
    from wagtail.models import Locale

    from forum.models import OrganisationDirectoryPage
    from hub.models import Organisation

    directory = OrganisationDirectoryPage.objects.get(locale__language_code="pl")
    organisation = Organisation.objects.filter(locale=directory.locale, active=True).first()
    html = BeautifulSoup(client.get(directory.profile_url(organisation)).content, "html.parser")
    switcher = {a["hreflang"]: a["href"] for a in html.select(".language-switcher a")}
    uk_directory = directory.get_translation(Locale.objects.get(language_code="uk"))
    assert switcher["uk"] == uk_directory.url + organisation.slug + "/"
    alternates = {
        link["hreflang"] for link in html.find_all("link", rel="alternate") if link.get("hreflang")
    }
    assert alternates == {"pl", "en", "uk"}
    assert html.find("link", rel="canonical")["href"].endswith(
        directory.url + organisation.slug + "/"
    )
