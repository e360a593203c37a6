"""The Forum's pages in a real browser: zero axe-core violations, every language."""

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = pytest.mark.e2e

AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}

PAGES = {
    "directory": {"pl": "/pl/organizacje/", "en": "/en/organisations/", "uk": "/uk/orhanizatsii/"},
    "directory filtered": {
        "pl": "/pl/organizacje/?q=a&kind=ngo&area=social-assistance&group=school-education",
        "en": "/en/organisations/?q=a&kind=ngo&area=social-assistance&group=school-education",
        "uk": "/uk/orhanizatsii/?kind=public&area=work&group=work",
    },
    "directory no results": {
        "pl": "/pl/organizacje/?q=zzzz",
        "en": "/en/organisations/?kind=company&area=sport",
        "uk": "/uk/orhanizatsii/?q=zzzz",
    },
    "profile": {
        "pl": "/pl/organizacje/fundacja-wspolny-dom/",
        "en": "/en/organisations/fundacja-wspolny-dom/",
        "uk": "/uk/orhanizatsii/fundacja-wspolny-dom/",
    },
    "working groups": {
        "pl": "/pl/grupy-robocze/",
        "en": "/en/working-groups/",
        "uk": "/uk/robochi-hrupy/",
    },
    "working group": {
        "pl": "/pl/grupy-robocze/przemoc-i-dyskryminacja/",
        "en": "/en/working-groups/violence-and-discrimination/",
        "uk": "/uk/robochi-hrupy/nasylstvo-ta-dyskryminatsiia/",
    },
    "sessions": {
        "pl": "/pl/sesje-plenarne/",
        "en": "/en/plenary-sessions/",
        "uk": "/uk/plenarni-sesii/",
    },
    "past session": {
        "pl": "/pl/sesje-plenarne/sesja-ocena-modelu/",
        "en": "/en/plenary-sessions/session-evaluating-the-model/",
        "uk": "/uk/plenarni-sesii/sesiia-otsinka-modeli/",
    },
    "upcoming session": {
        "pl": "/pl/sesje-plenarne/sesja-bezpieczne-dzielnice/",
        "en": "/en/plenary-sessions/session-safe-districts/",
        "uk": "/uk/plenarni-sesii/sesiia-bezpechni-raiony/",
    },
    "bodies": {
        "pl": "/pl/organy-modelu/",
        "en": "/en/governing-bodies/",
        "uk": "/uk/orhany-modeli/",
    },
    "steering committee": {
        "pl": "/pl/organy-modelu/komitet-sterujacy/",
        "en": "/en/governing-bodies/steering-committee/",
        "uk": "/uk/orhany-modeli/kerivnyi-komitet/",
    },
    "management group": {
        "pl": "/pl/organy-modelu/grupa-zarzadzajaca/",
        "en": "/en/governing-bodies/management-group/",
        "uk": "/uk/orhany-modeli/upravlinska-hrupa/",
    },
}

CASES = [(kind, code, url) for kind, urls in PAGES.items() for code, url in urls.items()]


@pytest.mark.parametrize("kind,code,url", CASES, ids=[f"{k}-{c}" for k, c, _ in CASES])
def test_forum_page_has_no_accessibility_violations(page, server_url, kind, code, url):
    response = page.goto(server_url + url)
    assert response.status == 200
    assert page.locator("html").get_attribute("lang") == code
    assert page.locator("h1").count() == 1
    results = Axe().run(page, options=AXE_OPTIONS)
    assert results.violations_count == 0, results.generate_report()


def test_directory_filters_are_usable_with_the_keyboard_and_combine(page, server_url):
    page.goto(server_url + "/pl/organizacje/")
    # Fields by id: the Polish labels come with the catalogues the lead merges.
    page.locator("#directory-kind").select_option("public")
    page.locator("#directory-area").select_option("work")
    page.locator("#directory-q").focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**kind=public**")
    assert "area=work" in page.url
    titles = page.locator(".organisation-card .card__title").all_inner_texts()
    assert titles == ["Gdański Urząd Pracy"]
    page.get_by_role("link", name="Gdański Urząd Pracy").click()
    assert page.locator("h1").inner_text().startswith("Gdański Urząd Pracy")


def test_profile_untranslated_slug_in_other_language_is_404(page, server_url):
    response = page.goto(server_url + "/uk/orhanizatsii/no-such-member/")
    assert response.status == 404
    assert page.locator("html").get_attribute("lang") == "uk"


@pytest.mark.parametrize("width", [320])
def test_forum_pages_fit_a_narrow_screen(page, server_url, width):
    page.set_viewport_size({"width": width, "height": 800})
    for url in (
        "/pl/organizacje/",
        "/uk/plenarni-sesii/sesiia-otsinka-modeli/",
        "/en/governing-bodies/steering-committee/",
    ):
        page.goto(server_url + url)
        overflow = page.evaluate("document.documentElement.scrollWidth")
        assert overflow <= width, f"{url} is {overflow}px wide at {width}px"
