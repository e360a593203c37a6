"""Issue 12: the state of a translation through every transition, and the reader's notice."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.models import Page, PageLogEntry

from hub.factories import StandardPageFactory
from hub.machine_translators import MarkedMachineTranslator
from hub.models import TranslationReview
from hub.translation import translate_into
from hub.translation_status import State, translation_rows
from tests.translation_ops.conftest import machine_translate, translate_by_hand


def states(instance) -> dict[str, str]:
    """{language code: state} of ``instance``'s translations, as the board computes them."""
    row = next(
        r for r in translation_rows() if r.source.translation_key == instance.translation_key
    )
    return {cell.locale.language_code: cell.state for cell in row.cells}


def cell(instance, code):
    row = next(
        r for r in translation_rows() if r.source.translation_key == instance.translation_key
    )
    return next(c for c in row.cells if c.locale.language_code == code)


def read(client, page):
    response = client.get(page.url)
    assert response.status_code == 200, page.url
    return BeautifulSoup(response.content, "html.parser")


def publish_change(page, **fields):
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()
    page.refresh_from_db()


def test_a_new_page_is_missing_in_every_other_language(page):
    assert states(page) == {"en": State.MISSING, "uk": State.MISSING}


def test_a_translation_with_untranslated_strings_is_in_progress(page, locales):
    translate_by_hand(page, locales["en"])
    strings = {page.title: "Пам'ятка"}  # only the title
    translate_into(page, locales["uk"], strings, strict=False)
    assert states(page) == {"en": State.COMPLETE, "uk": State.IN_PROGRESS}


def test_publishing_a_change_to_the_source_makes_its_translations_outdated(
    page, locales, editor_client
):
    translate_by_hand(page, locales["en"])
    translate_by_hand(page, locales["uk"])
    assert states(page) == {"en": State.COMPLETE, "uk": State.COMPLETE}

    publish_change(page, introduction="Porady prawne dla cudzoziemców.")

    assert states(page) == {"en": State.OUTDATED, "uk": State.OUTDATED}
    # Since the publication (Wagtail logs it a moment after the page's own date).
    since = cell(page, "en").outdated_since
    assert page.last_published_at <= since < page.last_published_at + datetime.timedelta(seconds=5)

    # Synchronising brings the new string in, to translate: in progress.
    source_id = cell(page, "en").source_id
    response = editor_client.post(
        reverse("wagtail_localize:update_translations", args=[source_id]), {}
    )
    assert response.status_code == 302
    assert states(page) == {"en": State.IN_PROGRESS, "uk": State.IN_PROGRESS}

    translate_by_hand(page, locales["en"])
    assert states(page) == {"en": State.COMPLETE, "uk": State.IN_PROGRESS}
    translate_by_hand(page, locales["uk"])
    assert states(page) == {"en": State.COMPLETE, "uk": State.COMPLETE}


def test_a_translation_is_outdated_since_the_first_change_it_missed(page, locales):
    translate_by_hand(page, locales["en"])
    publish_change(page, introduction="Pierwsza zmiana.")
    first = page.last_published_at
    publish_change(page, introduction="Druga zmiana.")

    # The first publication it missed (logged a moment after it), not the latest.
    assert first <= cell(page, "en").outdated_since < page.last_published_at


def test_synchronising_one_language_leaves_the_other_outdated(page, locales):
    translate_by_hand(page, locales["en"])
    translate_by_hand(page, locales["uk"])
    publish_change(page, show_in_menus=True)  # no new string: nothing to translate

    translate_by_hand(page, locales["en"])  # synchronised and saved for English only

    assert states(page) == {"en": State.COMPLETE, "uk": State.OUTDATED}
    assert not Page.objects.get(pk=page.get_translation(locales["uk"]).pk).show_in_menus


def test_a_new_string_in_the_source_is_in_progress_once_synchronised(page, locales):
    """Outdated and with something to translate: the translator's next step is the editor."""
    translate_by_hand(page, locales["en"])
    translate_by_hand(page, locales["uk"])
    publish_change(page, title="Pomoc prawna i porady")

    translate_by_hand(page, locales["en"])

    assert states(page) == {"en": State.COMPLETE, "uk": State.IN_PROGRESS}


def test_machine_translation_is_marked_and_the_reader_is_told(page, locales, editor, client):
    english = machine_translate(page, locales["en"], editor)
    ukrainian = translate_by_hand(page, locales["uk"])

    assert states(page) == {"en": State.MACHINE, "uk": State.COMPLETE}
    assert english.title == "[machine translation] Pomoc prawna"

    html = read(client, english)
    notice = html.select_one("main .machine-translation-notice")
    assert notice is not None
    assert "This page was translated automatically." in notice.get_text()
    link = notice.find("a")
    assert link["href"] == page.url
    assert link["hreflang"] == "pl"
    assert "Polski" in link.get_text()
    # The hand-translated Ukrainian page, and the Polish source, carry no notice.
    assert read(client, ukrainian).select_one(".machine-translation-notice") is None
    assert read(client, page).select_one(".machine-translation-notice") is None


def test_the_notice_is_in_the_readers_language(page, locales, editor, client):
    ukrainian = machine_translate(page, locales["uk"], editor)

    notice = read(client, ukrainian).select_one(".machine-translation-notice")

    assert "Цю сторінку перекладено автоматично." in notice.get_text()
    assert notice.find("a")["href"] == page.url


def test_a_polish_translation_of_an_english_source_points_back_to_english(
    homes, locales, editor, client
):
    """A partner's page written in English: the Polish machine text links to the English."""
    about = StandardPageFactory(
        parent=homes["en"], title="Legal aid", slug="legal-aid", introduction="Advice."
    )
    polish = machine_translate(about, locales["pl"], editor)

    notice = read(client, polish).select_one(".machine-translation-notice")

    assert "Ta strona została przetłumaczona automatycznie." in notice.get_text()
    assert notice.find("a")["href"] == about.url


def test_the_notice_costs_no_query(page, locales, editor, client, count_queries):
    english = machine_translate(page, locales["en"], editor)
    ukrainian = translate_by_hand(page, locales["uk"])
    read(client, english)  # warm the caches (site, settings) once
    read(client, ukrainian)

    with count_queries() as machine_page:
        assert read(client, english).select_one(".machine-translation-notice")
    with count_queries() as complete_page:
        assert read(client, ukrainian).select_one(".machine-translation-notice") is None

    assert len(machine_page) == len(complete_page)


def test_marking_reviewed_completes_the_translation_and_removes_the_notice(
    page, locales, editor, translator, translator_client, client
):
    english = machine_translate(page, locales["en"], editor)
    url = reverse("hub_translation_review", args=[page.translation_key, "en"])

    confirmation = translator_client.get(url)
    assert confirmation.status_code == 200
    # The translator's admin is in Polish.
    assert "„[machine translation] Pomoc prawna” (angielski)" in confirmation.content.decode()
    response = translator_client.post(url, {"next": english.url})

    assert response.status_code == 302
    assert response["Location"] == english.url
    review = TranslationReview.objects.get(translation_key=page.translation_key)
    assert review.reviewed_by == translator
    entry = PageLogEntry.objects.get(page=english, action="hub.translation.reviewed")
    assert entry.user == translator
    assert entry.message == "Tłumaczenie oznaczone jako sprawdzone"
    assert states(page)["en"] == State.COMPLETE
    assert read(client, english).select_one(".machine-translation-notice") is None


def test_machine_text_after_a_review_is_machine_again(page, locales, editor, editor_client):
    machine_translate(page, locales["en"], editor)
    editor_client.post(reverse("hub_translation_review", args=[page.translation_key, "en"]))
    assert states(page)["en"] == State.COMPLETE

    publish_change(page, introduction="Nowe porady.")
    machine_translate(page, locales["en"], editor)

    assert states(page)["en"] == State.MACHINE


def test_deleting_the_translation_makes_it_missing(page, locales):
    english = translate_by_hand(page, locales["en"])
    assert states(page)["en"] == State.COMPLETE

    english.delete()

    assert states(page)["en"] == State.MISSING


def test_a_translator_reviews_only_translations(page, locales, editor, translator_client):
    machine_translate(page, locales["en"], editor)

    source = translator_client.get(
        reverse("hub_translation_review", args=[page.translation_key, "pl"])
    )
    translation_ = translator_client.get(
        reverse("hub_translation_review", args=[page.translation_key, "en"])
    )

    assert source.status_code == 302  # Wagtail's answer to PermissionDenied: the dashboard
    assert source["Location"] == reverse("wagtailadmin_home")
    assert translation_.status_code == 200


def test_the_development_translator_marks_text_in_the_target_language(locales):
    translator = MarkedMachineTranslator({})

    assert translator.can_translate(locales["pl"], locales["uk"])
    assert not translator.can_translate(locales["pl"], locales["pl"])


@pytest.mark.parametrize(
    "code, mark",
    [
        ("en", "[machine translation]"),
        ("uk", "[машинний переклад]"),
        ("pl", "[tłumaczenie maszynowe]"),
    ],
)
def test_the_development_translators_mark(homes, locales, editor, code, mark):
    source_code = "en" if code == "pl" else "pl"
    page = StandardPageFactory(parent=homes[source_code], title="Title", slug=f"t-{code}")
    translated = machine_translate(page, locales[code], editor)
    assert translated.title == f"{mark} Title"
