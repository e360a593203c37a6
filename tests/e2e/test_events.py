"""The calendar in a real browser: zero axe violations, keyboard use, no JavaScript needed."""

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = pytest.mark.e2e

AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}

CALENDAR = {"pl": "/pl/kalendarz/", "en": "/en/calendar/", "uk": "/uk/kalendar/"}
WORKSHOP = {
    "pl": "/pl/kalendarz/warsztaty-cv-po-polsku/",
    "en": "/en/calendar/cv-workshop-in-polish/",
    "uk": "/uk/kalendar/seminar-rezume-polskoiu/",
}
CANCELLED = {
    "pl": "/pl/kalendarz/warsztaty-prawa-najemcy/",
    "en": "/en/calendar/tenant-rights-workshop/",
    "uk": "/uk/kalendar/seminar-prava-orendaria/",
}
PAGES = {
    "listing": CALENDAR,
    "listing filtered": {code: url + "?kind=workshop&area=work" for code, url in CALENDAR.items()},
    "archive": {code: url + "past/" for code, url in CALENDAR.items()},
    "month view": {code: url + "month/" for code, url in CALENDAR.items()},
    "month view of the October change": {
        code: url + "month/2026/10/" for code, url in CALENDAR.items()
    },
    "event with registration form": WORKSHOP,
    "cancelled event": CANCELLED,
}
CASES = [(kind, code, url) for kind, urls in PAGES.items() for code, url in urls.items()]
LANGUAGES = ["pl", "en", "uk"]


def assert_no_violations(page, code):
    assert page.locator("html").get_attribute("lang") == code
    results = Axe().run(page, options=AXE_OPTIONS)
    assert results.violations_count == 0, results.generate_report()


@pytest.mark.parametrize("kind,code,url", CASES, ids=[f"{k}-{c}" for k, c, _ in CASES])
def test_calendar_pages_have_no_accessibility_violations(page, server_url, kind, code, url):
    response = page.goto(server_url + url)
    assert response.status == 200
    assert_no_violations(page, code)


@pytest.mark.parametrize("code", LANGUAGES)
def test_registration_form_with_errors_has_no_violations_and_keeps_input(page, server_url, code):
    page.goto(server_url + WORKSHOP[code])
    page.fill("#registration-name", "Test Person")
    page.fill("#registration-email", "not-an-address")
    page.locator("#registration button[type=submit]").click()
    page.wait_for_load_state()
    assert page.locator(".error-summary").is_visible()
    assert page.locator("#registration-name").input_value() == "Test Person"
    assert page.locator("#registration-email").get_attribute("aria-invalid") == "true"
    assert_no_violations(page, code)


def test_month_view_is_usable_with_the_keyboard_alone(page, server_url):
    page.goto(server_url + "/pl/kalendarz/month/")
    assert page.locator("table.month caption").is_visible()
    assert page.locator("table.month thead th[scope=col]").count() == 7
    links = page.locator("table.month a")
    assert links.count() >= 1
    target = links.first.get_attribute("href")
    for _step in range(120):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.getAttribute('href')") == target:
            break
    else:
        pytest.fail("Tab never reached the first event in the month table")
    page.keyboard.press("Enter")
    page.wait_for_url("**" + target)
    assert page.locator("h1").is_visible()


def test_filters_work_without_javascript(browser, server_url):
    context = browser.new_context(java_script_enabled=False, locale="en-GB")
    page = context.new_page()
    page.goto(server_url + "/en/calendar/")
    page.select_option("#event-kind", "workshop")
    page.locator(".event-filters button[type=submit]").click()
    page.wait_for_load_state()
    assert "kind=workshop" in page.url
    kinds = page.locator(".event-card__facts dd").all_inner_texts()
    assert kinds and "Workshop" in kinds
    context.close()


def test_registering_in_the_browser_and_cancelling(page, server_url):
    page.goto(server_url + WORKSHOP["en"])
    page.fill("#registration-name", "Browser Person")
    page.fill("#registration-email", "browser.person@example.org")
    page.check("#registration-consent")
    page.locator("#registration button[type=submit]").click()
    page.wait_for_load_state()
    assert "waiting list" in page.locator("main").inner_text()
    assert_no_violations(page, "en")
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()
    assert "cancelled" in page.locator("main").inner_text()
