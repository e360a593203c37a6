"""Issue 12: zero axe violations (WCAG 2.1 A and AA) on pages carrying the machine-translation
notice, in every language, and on the admin's translation board and translators' queue.

The pages are built with the factories and served by pytest-django's live server
(``database_beside_playwright`` in conftest.py).
"""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.test import Client
from django.urls import reverse

from hub.factories import StandardPageFactory
from hub.translation_status import State
from tests.translation_ops.conftest import machine_translate, translate_by_hand

pytestmark = pytest.mark.e2e

AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}
PHONE = {"width": 375, "height": 740}


def sign_in(page, live_server, user):
    client = Client()
    client.force_login(user)  # the staff fixtures turn HUB_REQUIRE_STAFF_MFA off
    session = client.cookies["sessionid"].value
    page.context.add_cookies([{"name": "sessionid", "value": session, "url": live_server.url}])


def assert_no_violations(page, what):
    results = Axe().run(page, options=AXE_OPTIONS)
    assert results.violations_count == 0, (what, results.generate_report())


@pytest.fixture
def machine_pages(database_beside_playwright, live_server, homes, locales, editor):
    """A Polish page machine-translated into English and Ukrainian, and an English page
    machine-translated into Polish: {language code: (url, source url)}."""
    polish = StandardPageFactory(
        parent=homes["pl"], title="Pomoc prawna", slug="pomoc-prawna", introduction="Porady."
    )
    english_source = StandardPageFactory(
        parent=homes["en"], title="Legal aid", slug="legal-aid", introduction="Advice."
    )
    pages = {code: machine_translate(polish, locales[code], editor) for code in ("en", "uk")}
    pages["pl"] = machine_translate(english_source, locales["pl"], editor)
    sources = {"en": polish, "uk": polish, "pl": english_source}
    return {code: (page.url, sources[code].url) for code, page in pages.items()}


@pytest.mark.parametrize("viewport", [None, PHONE], ids=["desktop", "phone"])
def test_pages_with_the_machine_translation_notice_have_no_violations(
    django_db_setup, database_beside_playwright, live_server, machine_pages, page, viewport
):
    if viewport:
        page.set_viewport_size(viewport)
    for code, (url, source_url) in machine_pages.items():
        assert page.goto(live_server.url + url).status == 200, code
        assert page.locator("html").get_attribute("lang") == code
        notice = page.locator("main .machine-translation-notice")
        assert notice.count() == 1, code
        assert notice.get_by_role("link").get_attribute("href") == source_url
        # A complementary landmark named by its title, so a screen reader lists it.
        title = notice.locator("strong").inner_text()
        assert page.get_by_role("complementary", name=title, exact=True).count() == 1, code
        assert_no_violations(page, code)
        assert page.evaluate("document.documentElement.scrollWidth") <= page.viewport_size["width"]


def test_the_board_and_the_queue_have_no_violations(
    django_db_setup,
    database_beside_playwright,
    live_server,
    machine_pages,
    page,
    homes,
    locales,
    editor,
    translator,
):
    outdated = StandardPageFactory(parent=homes["pl"], title="Przestarzała")
    translate_by_hand(outdated, locales["uk"])
    outdated.save_revision().publish()
    StandardPageFactory(parent=homes["pl"], title="Brak tłumaczeń")

    sign_in(page, live_server, editor)
    board = reverse("hub_translation_board")
    for query in ("", f"?state={State.MISSING}&locale=uk", "?state=none-such"):
        assert page.goto(live_server.url + board + query).status == 200, query
        assert_no_violations(page, f"board{query}")
    assert page.locator("#translation-board [data-state=machine]").count() >= 2
    assert page.locator("#translation-board [data-state=outdated]").count() == 1
    assert page.goto(live_server.url + reverse("wagtailadmin_home")).status == 200
    assert page.locator("[data-translation-counts]").count() == 1
    assert_no_violations(page, "dashboard")

    page.context.clear_cookies()
    sign_in(page, live_server, translator)
    assert page.goto(live_server.url + reverse("hub_translation_queue")).status == 200
    assert page.locator("#translation-queue tbody tr").count() >= 1
    assert_no_violations(page, "queue")
