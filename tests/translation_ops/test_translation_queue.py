"""Issue 12, item 5: a translator's queue lists what waits in their languages, oldest first."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import ngettext
from wagtail.models import PageLogEntry
from wagtail_localize.models import Translation

from hub.factories import StaffFactory, StandardPageFactory
from hub.models import TranslationRequest
from hub.permissions import translator_group_name
from hub.translation import translate_into
from hub.translation_status import State
from tests.translation_ops.conftest import machine_translate, translate_by_hand


def queue(client):
    response = client.get(reverse("hub_translation_queue"))
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    return [
        (tr.th.get_text(strip=True), tr["data-locale"], tr["data-state"])
        for tr in html.select("#translation-queue tbody tr")
    ], html


def started_days_ago(page, locale, days):
    Translation.objects.filter(source__object_id=page.translation_key, target_locale=locale).update(
        created_at=timezone.now() - datetime.timedelta(days=days)
    )


def test_a_translator_sees_what_waits_in_their_languages_oldest_first(
    homes, locales, editor, translator, translator_client
):
    machine = StandardPageFactory(parent=homes["pl"], title="Maszynowa")
    machine_translate(machine, locales["uk"], editor)
    started_days_ago(machine, locales["uk"], 3)
    begun = StandardPageFactory(parent=homes["pl"], title="Zaczęta")
    translate_into(begun, locales["en"], {}, strict=False)
    started_days_ago(begun, locales["en"], 10)
    StandardPageFactory(parent=homes["pl"], title="Nietłumaczona")
    done = StandardPageFactory(parent=homes["pl"], title="Gotowa")
    translate_by_hand(done, locales["en"])

    rows, html = queue(translator_client)

    assert rows == [
        ("Zaczęta", "en", State.IN_PROGRESS),
        ("Maszynowa", "uk", State.MACHINE),
    ]
    links = html.select("#translation-queue tbody tr")[0].find_all("a")
    assert links[0]["href"] == reverse(
        "wagtailadmin_pages:edit", args=[begun.get_translation(locales["en"]).pk]
    )
    review = html.select("#translation-queue tbody tr")[1].find_all("a")[1]["href"]
    assert review.startswith(
        reverse("hub_translation_review", args=[machine.translation_key, "uk"])
    )
    assert "2 tłumaczenia czekają." in html.get_text()


def test_a_translator_of_one_language_sees_only_that_language(
    homes, locales, editor, client, settings
):
    settings.HUB_REQUIRE_STAFF_MFA = False
    ukrainian_only = StaffFactory(username="uk-translator", groups=[translator_group_name("uk")])
    page = StandardPageFactory(parent=homes["pl"], title="Maszynowa")
    machine_translate(page, locales["uk"], editor)
    machine_translate(page, locales["en"], editor)
    client.force_login(ukrainian_only)

    rows, _html = queue(client)

    assert rows == [("Maszynowa", "uk", State.MACHINE)]


def test_a_translators_dashboard_counts_what_waits(homes, locales, editor, translator_client):
    for number in range(2):
        page = StandardPageFactory(parent=homes["pl"], title=f"Maszynowa {number}")
        machine_translate(page, locales["uk"], editor)

    html = BeautifulSoup(translator_client.get(reverse("wagtailadmin_home")).content, "html.parser")

    link = html.find("a", href=reverse("hub_translation_queue"))
    assert link is not None
    assert "2 tłumaczenia czekają." in link.parent.get_text()


def test_an_editors_dashboard_has_no_queue(editor_client):
    html = editor_client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("hub_translation_queue") not in html
    assert reverse("hub_translation_board") in html


@pytest.mark.parametrize(
    "code, expected",
    [
        (
            "pl",
            [
                "1 tłumaczenie czeka.",
                "2 tłumaczenia czekają.",
                "5 tłumaczeń czeka.",
                "22 tłumaczenia czekają.",
            ],
        ),
        (
            "uk",
            [
                "1 переклад чекає.",
                "2 переклади чекають.",
                "5 перекладів чекають.",
                "22 переклади чекають.",
            ],
        ),
        (
            "en",
            [
                "1 translation is waiting.",
                "2 translations are waiting.",
                "5 translations are waiting.",
                "22 translations are waiting.",
            ],
        ),
    ],
)
def test_the_count_of_waiting_translations_has_each_languages_plural(code, expected):
    with translation.override(code):
        texts = [
            ngettext(
                "%(counter)s translation is waiting.", "%(counter)s translations are waiting.", n
            )
            % {"counter": n}
            for n in (1, 2, 5, 22)
        ]
    assert texts == expected


def test_an_editor_requests_a_translation_by_a_date_and_translators_find_it_first(
    homes, locales, editor, editor_client, translator
):
    translator_client = Client()  # editor_client and translator_client are one client
    translator_client.force_login(translator)
    older = StandardPageFactory(parent=homes["pl"], title="Od dawna zaczęta")
    translate_into(older, locales["en"], {}, strict=False)
    started_days_ago(older, locales["en"], 30)
    wanted = StandardPageFactory(parent=homes["pl"], title="Potrzebna na czwartek")
    due = timezone.localdate() + datetime.timedelta(days=3)
    url = reverse("hub_translation_request", args=[wanted.translation_key, "en"])

    assert editor_client.get(url).status_code == 200
    past = editor_client.post(url, {"due_date": "2020-01-01"})
    assert "Termin nie może być w przeszłości." in past.content.decode()
    response = editor_client.post(url, {"due_date": due.isoformat(), "next": "/admin/"})

    assert response.status_code == 302
    entry = PageLogEntry.objects.get(page=wanted, action="hub.translation.requested")
    assert (entry.user, entry.data) == (editor, {"language": "en", "due": due.isoformat()})
    english = wanted.get_translation(locales["en"])  # started for the translators
    assert not english.live
    rows, html = queue(translator_client)
    assert rows[:2] == [
        ("Potrzebna na czwartek", "en", State.IN_PROGRESS),
        ("Od dawna zaczęta", "en", State.IN_PROGRESS),
    ]
    assert html.select_one("#translation-queue time")["datetime"] == due.isoformat()
    board = BeautifulSoup(
        editor_client.get(reverse("hub_translation_board")).content, "html.parser"
    )
    row = board.select_one("#translation-board").find("th", string="Potrzebna na czwartek").parent
    assert row.find("td", attrs={"data-locale": "en"}).find(attrs={"data-due": due.isoformat()})


def test_a_translator_cannot_request_translations(page_for_request, translator_client):
    url = reverse("hub_translation_request", args=[page_for_request.translation_key, "en"])
    response = translator_client.post(url, {"due_date": "2099-01-01"})
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")
    assert not TranslationRequest.objects.exists()


@pytest.fixture
def page_for_request(homes):
    return StandardPageFactory(parent=homes["pl"], title="Do przetłumaczenia")
