"""The Council's pages in a real browser: zero axe-core violations in every language."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = pytest.mark.e2e

AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}

SECTION = {
    "pl": "/pl/rada-imigrantow/",
    "en": "/en/immigrants-council/",
    "uk": "/uk/rada-immihrantiv/",
}
MEETINGS = {"pl": "posiedzenia/", "en": "meetings/", "uk": "zasidannia/"}
OPINIONS = {
    "pl": "opinie-i-uchwaly/",
    "en": "opinions-and-resolutions/",
    "uk": "vysnovky-i-ukhvaly/",
}
DUTY_HOURS = {"pl": "dyzury/", "en": "duty-hours/", "uk": "hodyny-pryiomu/"}
CODES = ["pl", "en", "uk"]


def assert_accessible(page, code):
    assert page.locator("html").get_attribute("lang") == code
    results = Axe().run(page, options=AXE_OPTIONS)
    assert results.violations_count == 0, results.generate_report()


def first_link(page, pattern):
    href = page.locator("main a").evaluate_all(
        "(links, pattern) => links.map(a => a.getAttribute('href'))"
        ".find(href => new RegExp(pattern).test(href))",
        pattern,
    )
    assert href, f"no link matching {pattern}"
    return href


@pytest.mark.parametrize("code", CODES)
def test_council_section_pages_have_no_violations(page, server_url, code):
    for path in ("", MEETINGS[code], OPINIONS[code], DUTY_HOURS[code]):
        response = page.goto(server_url + SECTION[code] + path)
        assert response.status == 200, path
        assert_accessible(page, code)


@pytest.mark.parametrize("code", CODES)
def test_meeting_minutes_and_opinion_pages_have_no_violations(page, server_url, code):
    page.goto(server_url + SECTION[code] + MEETINGS[code])
    minutes_url = first_link(page, "/" + re.escape(MEETINGS[code]) + r"[^/]+/[^/]+/$")
    meeting_url = minutes_url.rsplit("/", 2)[0] + "/"
    for url in (meeting_url, minutes_url):
        assert page.goto(server_url + url).status == 200, url
        assert_accessible(page, code)
    assert page.locator(".public-record").count() == 1
    page.goto(server_url + SECTION[code] + OPINIONS[code])
    opinion_url = first_link(page, "/" + re.escape(OPINIONS[code]) + r"[^/]+/$")
    assert page.goto(server_url + opinion_url).status == 200
    assert_accessible(page, code)


def test_council_page_shows_the_next_five_duty_hours(page, server_url):
    page.goto(server_url + SECTION["pl"])
    assert page.locator(".duty-hours__item").count() == 5
    assert page.get_by_role("heading", name="Olena Kovalenko").count() == 1
