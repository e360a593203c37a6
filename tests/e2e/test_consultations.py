"""Consultations in the browser: zero axe violations in every state, answered by keyboard."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = pytest.mark.e2e

AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}
INDEX = {"pl": "/pl/konsultacje/", "en": "/en/consultations/", "uk": "/uk/konsultatsii/"}
OPEN = {
    "pl": "/pl/konsultacje/aktualizacja-modelu-2027/",
    "en": "/en/consultations/model-update-2027/",
    "uk": "/uk/konsultatsii/onovlennia-modeli-2027/",
}
CLOSED = {
    "pl": "/pl/konsultacje/standardy-obslugi-cudzoziemcow/",
    "en": "/en/consultations/standards-for-serving-foreigners/",
    "uk": "/uk/konsultatsii/standarty-obsluhovuvannia-inozemtsiv/",
}
REPORTED = {
    "pl": "/pl/konsultacje/konsultacje-modelu-2016/",
    "en": "/en/consultations/model-consultation-2016/",
    "uk": "/uk/konsultatsii/konsultatsii-modeli-2016/",
}
CODES = ["pl", "en", "uk"]


def assert_no_violations(page, code):
    assert page.locator("html").get_attribute("lang") == code
    results = Axe().run(page, options=AXE_OPTIONS)
    assert results.violations_count == 0, results.generate_report()


@pytest.mark.parametrize("code", CODES)
@pytest.mark.parametrize(
    "urls", [INDEX, OPEN, CLOSED, REPORTED], ids=["index", "open", "closed", "reported"]
)
def test_consultation_pages_have_no_violations(page, server_url, urls, code):
    response = page.goto(server_url + urls[code])
    assert response.status == 200
    assert_no_violations(page, code)


@pytest.mark.parametrize("code", CODES)
def test_the_form_and_the_form_with_errors_have_no_violations(page, server_url, code):
    page.goto(server_url + OPEN[code] + "respond/")
    assert page.locator("input[name=consent]").count() == 1
    assert_no_violations(page, code)
    page.locator("input[type=text][name^='q-']").fill("Zostaje / stays / залишається")
    page.locator(".response-form button[type=submit]").click()
    page.wait_for_load_state()
    assert page.locator(".error-summary").is_visible()
    # What was typed is still there, next to the messages.
    assert page.locator("input[type=text][name^='q-']").input_value() == (
        "Zostaje / stays / залишається"
    )
    assert_no_violations(page, code)


@pytest.mark.parametrize("code", CODES)
def test_the_receipt_has_no_violations(page, server_url, code):
    page.goto(server_url + OPEN[code] + "respond/")
    page.locator("input[type=radio]").first.check()
    page.locator("input[type=radio][value='3']").check()
    page.locator("input[name=consent]").check()
    page.locator(".response-form button[type=submit]").click()
    page.wait_for_url(re.compile(r".*/receipt/[^/]+/$"))
    assert re.search(r"\d{4}-\w{4}-\w{4}", page.locator(".receipt__reference").inner_text())
    assert_no_violations(page, code)


def tab_to(page, selector, limit=150):
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("(s) => document.activeElement.matches(s)", selector):
            return
    raise AssertionError(f"Tab never reached {selector}")


def test_a_consultation_can_be_answered_by_keyboard_alone(page, server_url):
    page.goto(server_url + OPEN["uk"])
    tab_to(page, "a[href$='/respond/']")
    page.keyboard.press("Enter")
    page.wait_for_url("**/respond/")
    tab_to(page, "input[type=radio]")  # question 1: the first option
    page.keyboard.press("Space")
    tab_to(page, "input[type=radio][value='1']")  # question 2: the 1–5 scale
    page.keyboard.press("Space")
    for _ in range(3):
        page.keyboard.press("ArrowRight")
    tab_to(page, "input[type=checkbox][name^='q-']")  # question 3: tick the first
    page.keyboard.press("Space")
    tab_to(page, "input[type=text][name^='q-']")
    page.keyboard.type("Курси польської для дорослих увечері")
    tab_to(page, "textarea[name^='s-']")
    page.keyboard.type("Підтримую, це дуже потрібно.")
    tab_to(page, "#id_consent")
    page.keyboard.press("Space")
    tab_to(page, ".response-form button[type=submit]")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r".*/receipt/[^/]+/$"))
    assert page.locator("h1").inner_text()
    assert re.search(r"\d{4}-\w{4}-\w{4}", page.locator(".receipt__reference").inner_text())
