"""Each Forum page type shows its own content, in each language."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone
from wagtail.models import Locale

from events.factories import create_event
from forum.factories import (
    GoverningBodyPageFactory,
    PlenarySessionPageFactory,
    WorkingGroupPageFactory,
    create_organisation,
    translate_organisation,
)
from forum.models import (
    BodyMembership,
    GoverningBodyPage,
    OrganisationDirectoryPage,
    PlenaryAgendaItem,
    WorkingGroupLeader,
    WorkingGroupPage,
)
from hub.factories import (
    DocumentFactory,
    OrganisationFactory,
    PersonFactory,
    ThematicAreaFactory,
    translate_page,
    translate_snippet,
)
from hub.models import Organisation
from hub.setup import PUBLIC_COLLECTION
from hub.translation import translate_into

LANGUAGES = ["pl", "en", "uk"]
DAY = datetime.timedelta(days=1)


def get(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, url
    return BeautifulSoup(response.content, "html.parser")


def text_of(html_fragment):
    return BeautifulSoup(html_fragment, "html.parser").get_text(" ", strip=True)


def locale(code):
    return Locale.objects.get(language_code=code)


def in_days(days, hour=17):
    """A moment ``days`` from now (negative: ago), on the hour, Warsaw time."""
    moment = timezone.localtime() + days * DAY
    return moment.replace(hour=hour, minute=0, second=0, microsecond=0)


def area_in_every_language(code, names):
    """A thematic area and its translations, by language code (``names`` is pl, en, uk)."""
    source = ThematicAreaFactory(code=code, name=names[0], locale=locale("pl"))
    return {
        "pl": source,
        "en": translate_snippet(source, "en", name=names[1]),
        "uk": translate_snippet(source, "uk", name=names[2]),
    }


@pytest.mark.parametrize("code", LANGUAGES)
def test_directory_lists_the_active_organisations_of_its_language(client, forum_sections, code):
    office = OrganisationFactory(name="Gdański Urząd Pracy", kind="public", slug="urzad-pracy")
    member = OrganisationFactory(name="Olena Kowalenko", kind="individual", slug="olena")
    OrganisationFactory(name="Klub Tylko Po Polsku", slug="klub-po-polsku")
    former = OrganisationFactory(name="Dawny Członek", slug="dawny-czlonek", active=False)
    office_names = {
        "pl": "Gdański Urząd Pracy",
        "en": "Gdańsk Labour Office",
        "uk": "Гданське бюро праці",
    }
    if code != "pl":
        translate_organisation(office, code, name=office_names[code])
        # Individual members keep their names in every language; institutions do not.
        translate_organisation(member, code)
        translate_organisation(former, code)
    directory = forum_sections["directory"][code]
    html = get(client, directory.url)
    assert html.html["lang"] == code
    assert html.h1.get_text(strip=True) == directory.title
    listed = [a.get_text(strip=True) for a in html.select(".organisation-card .card__title a")]
    expected = list(
        Organisation.objects.filter(locale=directory.locale, active=True)
        .order_by("name", "pk")
        .values_list("name", flat=True)
    )
    assert listed == expected
    ours = {office_names[code], "Olena Kowalenko"}
    assert set(listed) == (ours | {"Klub Tylko Po Polsku"} if code == "pl" else ours)
    assert "Dawny Członek" not in listed  # not an active member, in any language
    assert "Gdański Urząd Pracy" not in listed or code == "pl"


@pytest.mark.parametrize("code", LANGUAGES)
def test_profile_shows_the_organisation_in_the_readers_language(client, forum_sections, code):
    work = area_in_every_language("work", ("Praca", "Work", "Робота"))
    source = create_organisation(
        areas=[work["pl"]],
        groups=[work["pl"]],
        name="Gdański Urząd Pracy",
        slug="urzad-pracy",
        kind="public",
        description="Pośrednictwo pracy i doradztwo zawodowe.",
    )
    polish_group = WorkingGroupPageFactory(
        parent=forum_sections["groups"]["pl"], title="Grupa robocza Praca", area=work["pl"]
    )
    texts = {
        "en": ("Gdańsk Labour Office", "Job placement and career advice.", "Work group"),
        "uk": ("Гданське бюро праці", "Працевлаштування та профорієнтація.", "Робоча група"),
    }
    organisation, group = source, polish_group
    if code != "pl":
        name, description, group_title = texts[code]
        organisation = translate_organisation(source, code, name=name, description=description)
        group = translate_page(polish_group, code, title=group_title, area=work[code])
    directory = forum_sections["directory"][code]
    html = get(client, f"{directory.url}urzad-pracy/")
    assert html.html["lang"] == code
    main = html.main.get_text()
    assert organisation.name in html.h1.get_text()
    assert organisation.description in main
    assert [li.get_text(strip=True) for li in html.select(".tags li")] == [work[code].name]
    # The working group is linked to its page in the same language.
    assert html.main.find("a", href=group.url) is not None
    if code != "pl":
        assert source.name not in main and source.description not in main
        assert html.main.find("a", href=polish_group.url) is None


def test_profile_address_is_the_same_slug_in_every_language(client, forum_sections, locales):
    source = OrganisationFactory(
        name="Fundacja Wspólny Dom", slug="fundacja-wspolny-dom", description="Pomagamy rodzinom."
    )
    for code, name in (("en", "Common Home Foundation"), ("uk", "Фонд «Спільний дім»")):
        # Through wagtail-localize, as a translator would: the slug is not theirs to change.
        translate_into(source, locales[code], {source.name: name}, strict=False)
    slugs = set(
        Organisation.objects.filter(translation_key=source.translation_key).values_list(
            "slug", flat=True
        )
    )
    assert Organisation.objects.filter(translation_key=source.translation_key).count() == 3
    assert slugs == {"fundacja-wspolny-dom"}
    english = get(client, f"{forum_sections['directory']['en'].url}fundacja-wspolny-dom/")
    assert english.h1.get_text(strip=True) == "Common Home Foundation"


def test_profile_of_an_untranslated_organisation_is_404_not_polish(
    client, forum_sections, make_organisation
):
    make_organisation("tylko-po-polsku", name="Tylko po polsku")
    assert get(client, f"{forum_sections['directory']['pl'].url}tylko-po-polsku/")
    html = get(client, f"{forum_sections['directory']['uk'].url}tylko-po-polsku/", status=404)
    assert "Tylko po polsku" not in html.get_text()
    get(client, f"{forum_sections['directory']['en'].url}no-such-organisation/", status=404)


@pytest.mark.parametrize("code", LANGUAGES)
def test_working_group_index_lists_its_groups_in_the_order_of_the_areas(
    client, forum_sections, code
):
    index = forum_sections["groups"][code]
    for title, order in (("Grupa A", 2), ("Grupa B", 0), ("Grupa C", 1)):
        area = ThematicAreaFactory(locale=index.locale, sort_order=order)
        WorkingGroupPageFactory(parent=index, title=title, area=area)
    WorkingGroupPageFactory(parent=index, title="Grupa w przygotowaniu", area=area, live=False)
    html = get(client, index.url)
    titles = [a.get_text(strip=True) for a in html.select(".card__title a")]
    assert titles == ["Grupa B", "Grupa C", "Grupa A"]  # by area, not by title; no draft
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
    index = forum_sections["groups"][code]
    area, other_area = (
        ThematicAreaFactory(locale=index.locale),
        ThematicAreaFactory(locale=index.locale),
    )
    group = WorkingGroupPageFactory(
        parent=index,
        area=area,
        purpose="<p>Przeciwdziałamy dyskryminacji w mieście.</p>",
        how_to_join="<p>Napisz do liderki grupy.</p>",
    )
    leader = PersonFactory(locale=index.locale, name="Anna Nowak")
    WorkingGroupLeader.objects.create(
        page=group, person=leader, role="liderka", locale=group.locale
    )
    members = [create_organisation(groups=[area], locale=index.locale) for _ in range(2)]
    outsider = create_organisation(groups=[other_area], locale=index.locale)
    sessions = forum_sections["sessions"][code]
    session = create_event(
        sessions, factory=PlenarySessionPageFactory, groups=[area], start=in_days(20)
    )
    past = create_event(
        sessions, factory=PlenarySessionPageFactory, groups=[area], start=in_days(-20)
    )
    html = get(client, group.url)
    main = html.main.get_text(" ")
    assert html.h1.get_text(strip=True) == group.title
    assert text_of(group.purpose) in main
    assert "Anna Nowak" in main and "liderka" in main
    assert all(member.name in main for member in members)
    assert outsider.name not in main  # a member of another group
    # The upcoming plenary session names this group: it is one of its meetings.
    meetings = html.select_one("#group-meetings + ul")
    assert meetings is not None and session.title in meetings.get_text()
    assert past.title not in meetings.get_text()
    assert text_of(group.how_to_join) in main


@pytest.mark.parametrize("code", LANGUAGES)
def test_sessions_index_lists_upcoming_first_then_past_by_year(client, forum_sections, code):
    index = forum_sections["sessions"][code]
    for title, days in (
        ("Sesja za 40 dni", 40),
        ("Sesja za 10 dni", 10),
        ("Sesja sprzed 800 dni", -800),
        ("Sesja sprzed 30 dni", -30),
        ("Sesja sprzed 400 dni", -400),
    ):
        PlenarySessionPageFactory(parent=index, title=title, start=in_days(days))
    html = get(client, index.url)
    listed = [a.get_text(strip=True) for a in html.select(".event-list a")]
    assert listed == [
        "Sesja za 10 dni",
        "Sesja za 40 dni",
        "Sesja sprzed 30 dni",
        "Sesja sprzed 400 dni",
        "Sesja sprzed 800 dni",
    ]
    years = [h.get_text(strip=True) for h in html.select("main h3")]
    assert years == sorted({str(in_days(days).year) for days in (-30, -400, -800)}, reverse=True)


def session_with_agenda(index, days, **fields):
    """A plenary session ``days`` from now with two agenda items, the second a group's."""
    area = ThematicAreaFactory(locale=index.locale, name="Edukacja")
    return PlenarySessionPageFactory(
        parent=index,
        start=in_days(days),
        agenda_items=[
            PlenaryAgendaItem(time=datetime.time(17, 0), title="Otwarcie sesji", sort_order=0),
            PlenaryAgendaItem(
                time=datetime.time(17, 30),
                title="Raport grupy roboczej",
                group_area=area,
                sort_order=1,
            ),
        ],
        **fields,
    )


@pytest.mark.parametrize("code", LANGUAGES)
def test_past_session_shows_agenda_summary_and_attendance(client, forum_sections, code):
    session = session_with_agenda(
        forum_sections["sessions"][code],
        -20,
        summary="Sesja podsumowująca rok.",
        outcome="<p>Forum przyjęło plan działań na przyszły rok.</p>",
        attendance=57,
    )
    html = get(client, session.url)
    main = html.main.get_text(" ")
    assert html.h1.get_text(strip=True) == session.title
    assert session.summary in main
    rows = html.select("table.agenda tbody tr")
    assert [r.th.get_text(strip=True) for r in rows] == ["Otwarcie sesji", "Raport grupy roboczej"]
    assert rows[0].td.get_text(strip=True) == "17:00"
    assert "Edukacja" in rows[1].get_text()
    assert html.select_one("#session-outcome") is not None
    assert "Forum przyjęło plan działań na przyszły rok." in main
    assert "57" in html.select_one(".session-outcome").get_text()
    assert "17:00" in html.select_one(".facts").get_text()


@pytest.mark.parametrize("code", LANGUAGES)
def test_upcoming_session_has_no_summary_yet(client, forum_sections, code):
    index = forum_sections["sessions"][code]
    fields = {"outcome": "<p>Podsumowanie przygotowane zawczasu.</p>", "attendance": 40}
    upcoming = session_with_agenda(index, 20, **fields)
    past = session_with_agenda(index, -20, **fields)
    html = get(client, upcoming.url)
    assert html.select_one("#session-outcome") is None
    assert "Podsumowanie przygotowane zawczasu." not in html.main.get_text()
    assert html.select("table.agenda tbody tr")
    # The same outcome shows once the session is over.
    assert get(client, past.url).select_one("#session-outcome") is not None


@pytest.mark.parametrize("code", LANGUAGES)
def test_body_pages_show_role_composition_and_documents(client, hub, forum_sections, code):
    index = forum_sections["bodies"][code]
    collection = hub["collections"][PUBLIC_COLLECTION]
    for title in ("Komitet Sterujący", "Zespół Zarządzający"):
        people = [PersonFactory(locale=index.locale) for _ in range(2)]
        GoverningBodyPageFactory(
            parent=index,
            title=title,
            role=f"<p>{title} czuwa nad wdrażaniem Modelu.</p>",
            memberships=[
                BodyMembership(person=people[0], role_in_body="przewodnicząca", sort_order=0),
                BodyMembership(person=people[1], role_in_body="członek", sort_order=1),
            ],
            documents=[
                (
                    "documents",
                    {"heading": "Decyzje", "documents": [DocumentFactory(collection=collection)]},
                )
            ],
        )
    html = get(client, index.url)
    bodies = list(GoverningBodyPage.objects.child_of(index).live())
    assert [a.get_text(strip=True) for a in html.select(".card__title a")] == [
        "Komitet Sterujący",
        "Zespół Zarządzający",
    ]
    for body in bodies:
        html = get(client, body.url)
        main = html.main.get_text(" ")
        assert text_of(body.role) in main
        rows = html.select("tbody tr")
        members = list(body.memberships.all())
        assert [r.th.get_text(strip=True) for r in rows] == [m.person.name for m in members]
        assert "przewodnicząca" in rows[0].get_text()
        documents = html.select(".document-list a")
        assert documents and all(a["href"].startswith("/documents/") for a in documents)


def test_people_in_uk_pages_are_the_ukrainian_translations(client, forum_sections, locales):
    person = PersonFactory(name="Ewa Adamczyk")
    translate_snippet(person, "uk", name="Єва Адамчик")
    body = GoverningBodyPageFactory(
        parent=forum_sections["bodies"]["pl"],
        title="Komitet Sterujący",
        slug="komitet-sterujacy",
        memberships=[BodyMembership(person=person, role_in_body="przewodnicząca")],
    )
    # Through wagtail-localize, which points the row at the person's translation.
    ukrainian = translate_into(
        body,
        locales["uk"],
        {"Komitet Sterujący": "Керівний комітет", "komitet-sterujacy": "kerivnyi-komitet"},
        strict=False,
    )
    assert "Ewa Adamczyk" in get(client, body.url).main.get_text()
    html = get(client, ukrainian.url)
    assert "Єва Адамчик" in html.main.get_text()
    assert "Ewa Adamczyk" not in html.main.get_text()


def test_profile_switcher_and_hreflang_lead_to_the_profile_in_other_languages(client, hub):
    organisation = OrganisationFactory(name="Fundacja Przełącznika", slug="fundacja-przelacznika")
    for code in ("en", "uk"):
        translate_organisation(organisation, code)
    directory = OrganisationDirectoryPage.objects.get(locale__language_code="pl")
    html = get(client, directory.profile_url(organisation))
    switcher = {a["hreflang"]: a["href"] for a in html.select(".language-switcher a")}
    uk_directory = directory.get_translation(locale("uk"))
    assert switcher["uk"] == uk_directory.url + organisation.slug + "/"
    alternates = {
        link["hreflang"] for link in html.find_all("link", rel="alternate") if link.get("hreflang")
    }
    assert alternates == {"pl", "en", "uk"}
    assert html.find("link", rel="canonical")["href"].endswith(
        directory.url + organisation.slug + "/"
    )
