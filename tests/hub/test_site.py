"""Site-wide parts: alert banner, navigation, footer, favicon, Open Graph."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from hub.models import AlertBanner

# Reads the seeded demo hub; drop this mark once the module builds its own data.
pytestmark = pytest.mark.demo


def soup(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_alert_banner_shows_in_its_own_language_only(client, locales):
    AlertBanner.objects.create(
        message="Urząd nieczynny w piątek", level=AlertBanner.Level.URGENT, locale=locales["pl"]
    )
    banner = soup(client, "/pl/").select_one(".alert-banner")
    assert banner is not None and "Urząd nieczynny w piątek" in banner.get_text()
    assert banner["role"] == "alert"
    assert soup(client, "/uk/").select_one(".alert-banner") is None


def test_alert_banner_respects_its_schedule(client, locales):
    now = timezone.now()
    AlertBanner.objects.create(
        message="Jeszcze nie", starts_at=now + datetime.timedelta(hours=1), locale=locales["pl"]
    )
    AlertBanner.objects.create(
        message="Już po", ends_at=now - datetime.timedelta(hours=1), locale=locales["pl"]
    )
    AlertBanner.objects.create(message="Wyłączony", active=False, locale=locales["pl"])
    assert soup(client, "/pl/").select_one(".alert-banner") is None


def test_main_navigation_lists_menu_pages_of_the_language(client):
    html = soup(client, "/en/about-the-forum/")
    items = {a.get_text(strip=True): a for a in html.select(".main-nav a")}
    assert {"News", "About the Forum", "The Immigrant Integration Model"} <= set(items)
    assert items["About the Forum"].get("aria-current") == "page"
    assert "Privacy notice" not in items


def test_footer_links_to_privacy_and_accessibility_in_the_readers_language(client):
    footer = soup(client, "/uk/").select_one("footer")
    hrefs = [a["href"] for a in footer.find_all("a")]
    assert "/uk/konfidentsiinist/" in hrefs
    assert "/uk/zaiava-pro-dostupnist/" in hrefs
    assert "mailto:forum.integracji@example.org" in hrefs


def test_favicon_and_open_graph(client):
    assert client.get("/favicon.ico")["Location"].endswith("hub/favicon.svg")
    html = soup(client, "/en/about-the-forum/")
    assert html.find("meta", property="og:title")["content"] == "About the Forum"
    assert html.find("meta", property="og:locale")["content"] == "en"
    assert html.find("meta", attrs={"name": "description"})["content"].startswith(
        "The Forum for Integration and Migration is open"
    )
