"""Adding a language is configuration: Arabic through settings alone.

No code names Arabic: the test adds it to ``LANGUAGES`` (which the settings hand to
Wagtail as ``WAGTAIL_CONTENT_LANGUAGES``), runs ``setup_hub`` and reads the site. The
interface has no Arabic catalogue yet, so the titles of the home page and of the
sections are what the interface shows for Arabic: Django falls back to the default
language's catalogue (Polish) until translators add ``locale/ar``; the slugs follow the
titles.
"""

from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.utils import translation
from django.utils.text import slugify
from wagtail.models import Locale, Page

from hub.setup import SITE_TITLE, section_roots, site_title
from hub.site.models import HomePage

ARABIC = ("ar", "العربية")
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


@pytest.fixture
def arabic(settings):
    languages = [*settings.LANGUAGES, ARABIC]
    settings.LANGUAGES = languages
    settings.WAGTAIL_CONTENT_LANGUAGES = languages
    call_command("setup_hub", verbosity=0)
    yield Locale.objects.get(language_code="ar")
    translation.activate(settings.LANGUAGE_CODE)


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def sections_of(home):
    return {page.specific_class._meta.label: page for page in home.get_children().specific()}


def test_setup_hub_gives_arabic_a_home_and_every_section_root(arabic):
    home = HomePage.objects.get(locale=arabic)
    polish_home = HomePage.objects.get(locale__language_code="pl")
    assert home.translation_key == polish_home.translation_key
    assert home.live
    # The interface catalogue's answer for Arabic (Polish, the default, until locale/ar).
    assert home.title == site_title("ar") == "Forum Integracji i Migracji"
    assert home.slug == "home-ar"

    # Every section root the foundations and the apps declare exists in Arabic, as a
    # live translation of the Polish one, titled from the interface catalogue.
    roots = section_roots()
    assert {root.model for root in roots} >= {
        "hub.NewsIndexPage",
        "events.EventIndexPage",
        "council.CouncilIndexPage",
    }
    arabic_sections = sections_of(home)
    polish_sections = sections_of(polish_home)
    for root in roots:
        page = arabic_sections[root.model]
        assert page.live, root.model
        assert page.translation_key == polish_sections[root.model].translation_key
        assert page.title == root.title_in("ar")
        assert page.slug == root.slug_in("ar") == slugify(root.title_in("ar"))
        # Each language reads its own catalogue: Ukrainian and English differ from Polish.
        assert root.title_in("uk") != root.title_in("pl") != root.title_in("en")
    assert arabic_sections["hub.NewsIndexPage"].title == "Aktualności"
    assert arabic_sections["hub.NewsIndexPage"].slug == "aktualnosci"

    # The Council's sub-sections (added by its after-setup hook) are there too.
    council = arabic_sections["council.CouncilIndexPage"]
    assert {child.title for child in council.get_children()} >= {
        "Posiedzenia i protokoły",
        "Opinie i uchwały",
        "Dyżury",
    }


def test_a_second_run_with_arabic_changes_nothing(arabic):
    before = list(Page.objects.values_list("pk", "path", "slug", "title").order_by("path"))
    call_command("setup_hub", verbosity=0)
    after = list(Page.objects.values_list("pk", "path", "slug", "title").order_by("path"))
    assert after == before


def test_slug_of_a_title_without_latin_letters_falls_back_to_the_default_language():
    root = next(r for r in section_roots() if r.model == "hub.NewsIndexPage")
    assert root.slug_in("en") == "news"  # chosen by hand
    # A title in Arabic script has no slug of its own: the default language's slug stands in.
    arabic_title = type(root)(model=root.model, title="الأخبار", slugs={"pl": "aktualnosci"})
    assert arabic_title.slug_in("ar") == "aktualnosci"
    # A title in Latin letters gives its own slug.
    latin_title = type(root)(model=root.model, title="Al-Akhbar", slugs={"pl": "aktualnosci"})
    assert latin_title.slug_in("ar") == "al-akhbar"


def test_arabic_home_page_is_right_to_left_and_in_the_switcher(client, arabic):
    html = soup(client.get("/ar/"))
    assert html.html["lang"] == "ar"
    assert html.html["dir"] == "rtl"
    assert html.select_one(".language-switcher [aria-current]").get_text() == "العربية"
    assert html.find("h1") is not None

    polish = soup(client.get("/pl/"))
    assert polish.html["lang"] == "pl"
    assert polish.html["dir"] == "ltr"
    switcher = {a["hreflang"]: a for a in polish.select(".language-switcher a")}
    assert set(switcher) == {"en", "uk", "ar"}
    assert switcher["ar"]["href"] == "/ar/"
    assert switcher["ar"].get_text() == "العربية"
    assert "data-untranslated" not in switcher["ar"].attrs
    alternates = {
        link["hreflang"]: link["href"]
        for link in polish.find_all("link", rel="alternate")
        if link.get("hreflang")
    }
    assert set(alternates) == {"pl", "en", "uk", "ar"}
    assert alternates["ar"].endswith("/ar/")


def test_arabic_section_page_renders_right_to_left_with_alternates(client, arabic):
    news = sections_of(HomePage.objects.get(locale=arabic))["hub.NewsIndexPage"]
    assert news.url == "/ar/aktualnosci/"
    html = soup(client.get(news.url))
    assert html.html["lang"] == "ar"
    assert html.html["dir"] == "rtl"
    assert html.find("h1").get_text(strip=True) == "Aktualności"
    alternates = {
        link["hreflang"]: link["href"]
        for link in html.find_all("link", rel="alternate")
        if link.get("hreflang")
    }
    assert alternates["ar"].endswith("/ar/aktualnosci/")
    assert alternates["pl"].endswith("/pl/aktualnosci/")


def test_arabic_pages_are_in_the_sitemap_with_hreflang(client, arabic):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    urls = ElementTree.fromstring(response.content).findall(f"{SITEMAP}url")
    locations = {url.find(f"{SITEMAP}loc").text: url for url in urls}
    arabic_home = next(loc for loc in locations if loc.endswith("/ar/"))
    arabic_news = next(loc for loc in locations if loc.endswith("/ar/aktualnosci/"))
    polish_news = next(loc for loc in locations if loc.endswith("/pl/aktualnosci/"))
    for location in (arabic_home, arabic_news, polish_news):
        links = locations[location].findall(f"{XHTML}link")
        hreflangs = {link.get("hreflang") for link in links}
        assert hreflangs >= {"pl", "en", "uk", "ar"}, location


def test_site_title_reads_the_catalogue_of_each_language():
    with translation.override("pl"):
        assert str(SITE_TITLE) == "Forum Integracji i Migracji"
    with translation.override("uk"):
        assert str(SITE_TITLE) == "Форум інтеграції та міграції"
    with translation.override("en"):
        assert str(SITE_TITLE) == "Forum for Integration and Migration"
    # No Arabic catalogue: Django falls back to the default language's.
    assert site_title("ar") == site_title("pl")
