"""Issue 12: the translation status board, its filters, CSV export and dashboard counts."""

import csv
import io

from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail_localize.models import TranslationSource

from hub.factories import OrganisationFactory, StandardPageFactory, create_news
from hub.translation_status import State
from tests.translation_ops.conftest import machine_translate, translate_by_hand

BOARD = "/admin/translations/"


def board(client, **query):
    response = client.get(reverse("hub_translation_board"), query)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def row_of(html, title):
    header = html.select_one("#translation-board").find("th", scope="row", string=title)
    return header.find_parent("tr") if header else None


def cell_of(row, code):
    return row.find("td", attrs={"data-locale": code})


def test_the_board_is_at_its_address_and_in_the_reports_menu(editor_client):
    assert reverse("hub_translation_board") == BOARD
    dashboard = editor_client.get(reverse("wagtailadmin_home")).content.decode()
    assert BOARD in dashboard


def test_an_editor_sees_every_state_with_its_next_step(homes, locales, editor, editor_client):
    missing = StandardPageFactory(parent=homes["pl"], title="Brak tłumaczeń")
    machine = StandardPageFactory(parent=homes["pl"], title="Maszynowa")
    machine_translate(machine, locales["en"], editor)
    outdated = StandardPageFactory(parent=homes["pl"], title="Przestarzała")
    translate_by_hand(outdated, locales["uk"])
    outdated.save_revision().publish()

    html = board(editor_client)

    cell = cell_of(row_of(html, "Brak tłumaczeń"), "en")
    assert cell["data-state"] == State.MISSING
    assert cell.find("a")["href"] == reverse(
        "wagtail_localize:submit_page_translation", args=[missing.pk]
    )
    cell = cell_of(row_of(html, "Maszynowa"), "en")
    assert cell["data-state"] == State.MACHINE
    assert cell.find("a")["href"] == reverse(
        "wagtailadmin_pages:edit", args=[machine.get_translation(locales["en"]).pk]
    )
    review = cell.find("form")
    assert review["action"] == reverse(
        "hub_translation_review", args=[machine.translation_key, "en"]
    )
    cell = cell_of(row_of(html, "Przestarzała"), "uk")
    assert cell["data-state"] == State.OUTDATED
    source = TranslationSource.objects.get(object_id=outdated.translation_key)
    synchronise = reverse("wagtail_localize:update_translations", args=[source.pk])
    assert cell.find("a")["href"].startswith(f"{synchronise}?next=")
    # The source language's column says so.
    assert cell_of(row_of(html, "Przestarzała"), "pl").get_text(strip=True) == "Źródło"


def test_reviewing_from_the_board_returns_to_it(homes, locales, editor, editor_client):
    page = StandardPageFactory(parent=homes["pl"], title="Maszynowa")
    machine_translate(page, locales["en"], editor)
    form = cell_of(row_of(board(editor_client), "Maszynowa"), "en").find("form")

    next_url = form.find("input", attrs={"name": "next"})["value"]
    response = editor_client.post(form["action"], {"next": next_url})

    assert response.status_code == 302
    assert response["Location"].startswith(BOARD)
    assert cell_of(row_of(board(editor_client), "Maszynowa"), "en")["data-state"] == State.COMPLETE


def test_a_translator_does_not_open_the_board(translator_client):
    response = translator_client.get(reverse("hub_translation_board"))
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")


def test_filters_by_state_language_section_and_content_type(
    homes, locales, news_indexes, editor, editor_client
):
    machine = StandardPageFactory(parent=homes["pl"], title="Maszynowa")
    machine_translate(machine, locales["uk"], editor)
    StandardPageFactory(parent=homes["pl"], title="Bez tłumaczenia")
    news = create_news(news_indexes["pl"], title="Wiadomość w dziale")

    by_state = board(editor_client, state=State.MACHINE)
    assert row_of(by_state, "Maszynowa") is not None
    assert row_of(by_state, "Bez tłumaczenia") is None

    # Machine-made in Ukrainian, not in English (missing there).
    assert row_of(board(editor_client, state=State.MACHINE, locale="en"), "Maszynowa") is None
    assert row_of(board(editor_client, state=State.MACHINE, locale="uk"), "Maszynowa")

    section = news_indexes["pl"].translation_key
    by_section = board(editor_client, section=str(section))
    assert row_of(by_section, news.title) is not None
    assert row_of(by_section, "Maszynowa") is None

    by_type = board(editor_client, content_type=str(news.content_type_id))
    assert row_of(by_type, news.title) is not None
    assert row_of(by_type, "Bez tłumaczenia") is None


def test_sorting_by_how_long_a_translation_has_been_outdated(homes, locales, editor_client):
    older = StandardPageFactory(parent=homes["pl"], title="Dawno zmieniona")
    newer = StandardPageFactory(parent=homes["pl"], title="Niedawno zmieniona")
    for page in (older, newer):
        translate_by_hand(page, locales["en"])
    older.save_revision().publish()
    newer.save_revision().publish()

    html = board(editor_client, sort="outdated", state=State.OUTDATED)

    titles = [
        th.get_text(strip=True) for th in html.select("#translation-board tbody th[scope=row]")
    ]
    assert titles[:2] == ["Dawno zmieniona", "Niedawno zmieniona"]


def test_the_board_downloads_as_csv(homes, locales, editor, editor_client):
    page = StandardPageFactory(parent=homes["pl"], title="=Maszynowa")
    machine_translate(page, locales["en"], editor)

    response = editor_client.get(reverse("hub_translation_board"), {"export": "csv"})

    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    header = rows[0]
    assert header[:4] == ["Tytuł", "Typ treści", "Dział", "Język źródłowy"]
    row = next(r for r in rows if r[0] == "'=Maszynowa")  # never a formula
    values = dict(zip(header, row, strict=True))
    assert values["angielski: stan"] == "Tłumaczenie maszynowe"
    assert values["ukraiński: stan"] == "Brak"
    assert values["polski: stan"] == "Źródło"


def test_the_dashboard_counts_translations_per_language_and_state(
    homes, locales, editor, editor_client
):
    def counts():
        html = BeautifulSoup(editor_client.get(reverse("wagtailadmin_home")).content, "html.parser")
        table = {}
        for tr in html.select("[data-translation-counts] tbody tr"):
            code = tr.th["lang"]
            for state, td in zip(State, tr.find_all("td"), strict=True):
                table[(code, state)] = int(td.get_text(strip=True))
        return table

    before = counts()
    for number in range(2):
        page = StandardPageFactory(parent=homes["pl"], title=f"Nowa {number}")
        machine_translate(page, locales["en"], editor)

    after = counts()

    assert after[("en", State.MACHINE)] == before[("en", State.MACHINE)] + 2
    assert after[("uk", State.MISSING)] == before[("uk", State.MISSING)] + 2
    assert after[("en", State.MISSING)] == before[("en", State.MISSING)]


def test_the_board_opens_in_a_bounded_number_of_queries(
    homes, locales, editor, editor_client, count_queries
):
    def build(count, prefix):
        for number in range(count):
            page = StandardPageFactory(parent=homes["pl"], title=f"{prefix} {number}")
            translate_by_hand(page, locales["en"])
            if number % 2:
                machine_translate(page, locales["uk"], editor)

    build(2, "Mało")
    board(editor_client)
    with count_queries() as few:
        board(editor_client)
    build(12, "Dużo")
    with count_queries() as many:
        html = board(editor_client)

    assert row_of(html, "Dużo 11") is not None
    assert len(many) == len(few)
    assert len(many) <= 25


def test_snippets_are_on_the_board_with_their_own_views(locales, editor_client):
    organisation = OrganisationFactory(name="Fundacja Przykładowa")
    english = translate_by_hand(organisation, locales["en"])

    row = row_of(board(editor_client), "Fundacja Przykładowa")

    assert row.find_all("td")[0].get_text(strip=True) == "Organizacja"
    cell = cell_of(row, "en")
    assert cell["data-state"] == State.COMPLETE
    assert cell.find("a")["href"] == reverse(
        "wagtailsnippets_hub_organisation:edit", args=[english.pk]
    )
    cell = cell_of(row, "uk")
    assert cell["data-state"] == State.MISSING
    assert cell.find("a")["href"] == reverse(
        "wagtail_localize:submit_snippet_translation", args=["hub", "organisation", organisation.pk]
    )
