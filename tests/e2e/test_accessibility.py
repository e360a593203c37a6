"""Zero axe-core violations (WCAG 2.0/2.1 A and AA) on every public page type, every language."""

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = pytest.mark.e2e

AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}

PAGES = {
    "home": {"pl": "/pl/", "en": "/en/", "uk": "/uk/"},
    "standard page": {"pl": "/pl/o-forum/", "en": "/en/about-the-forum/", "uk": "/uk/pro-forum/"},
    "news index": {"pl": "/pl/aktualnosci/", "en": "/en/news/", "uk": "/uk/novyny/"},
    "news index filtered": {
        "pl": "/pl/aktualnosci/?area=health",
        "en": "/en/news/?area=health",
        "uk": "/uk/novyny/?area=health",
    },
    "news page": {
        "pl": "/pl/aktualnosci/informator-zdrowotny/",
        "en": "/en/news/health-guide/",
        "uk": "/uk/novyny/dovidnyk-zdorovia/",
    },
    "404": {"pl": "/pl/nie-ma-takiej/", "en": "/en/no-such-page/", "uk": "/uk/nemaie/"},
    "search": {
        "pl": "/pl/search/?q=forum",
        "en": "/en/search/?q=forum",
        "uk": "/uk/search/?q=forum",
    },
    "sign in": {
        "pl": "/pl/accounts/login/",
        "en": "/en/accounts/login/",
        "uk": "/uk/accounts/login/",
    },
}

CASES = [(kind, code, url) for kind, urls in PAGES.items() for code, url in urls.items()]


@pytest.mark.parametrize("kind,code,url", CASES, ids=[f"{k}-{c}" for k, c, _ in CASES])
def test_page_has_no_accessibility_violations(page, server_url, kind, code, url):
    response = page.goto(server_url + url)
    assert response.status == (404 if kind == "404" else 200)
    assert page.locator("html").get_attribute("lang") == code
    results = Axe().run(page, options=AXE_OPTIONS)
    assert results.violations_count == 0, results.generate_report()


@pytest.mark.parametrize("width", [320])
def test_pages_fit_a_narrow_screen_without_sideways_scrolling(page, server_url, width):
    page.set_viewport_size({"width": width, "height": 800})
    for url in ("/pl/", "/uk/novyny/dovidnyk-zdorovia/", "/en/news/"):
        page.goto(server_url + url)
        overflow = page.evaluate("document.documentElement.scrollWidth")
        assert overflow <= width, f"{url} is {overflow}px wide at {width}px"
