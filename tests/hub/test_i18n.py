"""Languages: prefixes, <html lang>, hreflang, the switcher, and no Polish under /uk/."""

import pytest
from bs4 import BeautifulSoup

from hub.factories import StandardPageFactory, translate_page
from hub.site.models import HomePage


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def switcher(html):
    return {a["hreflang"]: a for a in html.select(".language-switcher a")}


def test_root_redirects_to_a_language_prefix(client):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] in {"/pl/", "/en/", "/uk/"}


def test_browser_language_picks_the_prefix(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="uk")
    assert response["Location"] == "/uk/"


def test_switcher_leads_to_the_same_page_in_each_language(client, homes):
    page = StandardPageFactory(parent=homes["pl"], title="O forum", slug="o-forum")
    translate_page(page, "en", title="About the forum", slug="about-the-forum")
    translate_page(page, "uk", title="Про форум", slug="pro-forum")
    html = soup(client.get(page.url))
    links = switcher(html)
    assert links["en"]["href"] == "/en/about-the-forum/"
    assert links["uk"]["href"] == "/uk/pro-forum/"
    assert "data-untranslated" not in links["en"].attrs
    assert html.select_one(".language-switcher [aria-current]").get_text() == "Polski"
    alternates = {
        link["hreflang"]: link["href"]
        for link in html.find_all("link", rel="alternate")
        if link.get("hreflang")
    }
    assert set(alternates) == {"pl", "en", "uk"}
    assert alternates["uk"].endswith("/uk/pro-forum/")


def test_untranslated_page_says_so_and_offers_the_home_page(client, homes):
    page = StandardPageFactory(parent=homes["pl"], title="Tylko po polsku", slug="tylko-po-polsku")
    html = soup(client.get(page.url))
    links = switcher(html)
    assert links["uk"]["href"] == homes["uk"].url
    assert "data-untranslated" in links["uk"].attrs
    note = links["uk"].find_next_sibling(class_="language-switcher__note")
    assert note is not None and note["lang"] == "uk"
    hreflangs = {
        link["hreflang"] for link in html.find_all("link", rel="alternate") if link.get("hreflang")
    }
    assert hreflangs == {"pl"}


def test_page_missing_in_ukrainian_is_never_served_in_polish(client, homes):
    StandardPageFactory(parent=homes["pl"], title="Tylko po polsku", slug="tylko-po-polsku")
    assert client.get("/pl/tylko-po-polsku/").status_code == 200
    response = client.get("/uk/tylko-po-polsku/")
    assert response.status_code == 404
    assert "Tylko po polsku" not in response.content.decode()
    assert soup(response).html["lang"] == "uk"


def test_a_language_without_its_home_page_is_not_served_in_polish(client, homes):
    homes["uk"].unpublish()
    response = client.get("/uk/")
    assert response.status_code == 404
    assert homes["pl"].title not in soup(response).title.get_text()
    assert client.get("/uk/pro-forum/").status_code == 404


def test_html_lang_follows_the_page(client, homes):
    for code, home in homes.items():
        assert soup(client.get(home.url)).html["lang"] == code


@pytest.mark.parametrize(
    "code,text",
    [
        ("pl", "Przejdź do treści głównej"),
        ("uk", "Перейти до основного вмісту"),
        ("en", "Skip to main content"),
    ],
)
def test_interface_strings_are_translated(client, homes, code, text):
    assert text in client.get(homes[code].url).content.decode()


def test_every_locale_has_a_live_home_page(locales):
    for locale in locales.values():
        assert HomePage.objects.live().filter(locale=locale).count() == 1
