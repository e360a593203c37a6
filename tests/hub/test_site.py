"""Site-wide parts: alert banner, navigation, footer, favicon, Open Graph."""

import datetime

from bs4 import BeautifulSoup
from django.utils import timezone
from wagtail.models import Site

from hub.factories import StandardPageFactory, translate_page
from hub.models import AlertBanner, SiteSettings


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


def test_main_navigation_lists_menu_pages_of_the_language(client, homes, news_indexes):
    news = news_indexes["en"]
    news.show_in_menus = True
    news.save()
    about = StandardPageFactory(
        parent=homes["en"], title="About the Forum", slug="about-the-forum", show_in_menus=True
    )
    StandardPageFactory(
        parent=homes["en"],
        title="The Immigrant Integration Model",
        slug="integration-model",
        show_in_menus=True,
    )
    privacy = StandardPageFactory(parent=homes["en"], title="Privacy notice", slug="privacy")
    StandardPageFactory(parent=homes["pl"], title="O Forum", slug="o-forum", show_in_menus=True)
    html = soup(client, about.url)
    items = {a.get_text(strip=True): a for a in html.select(".main-nav a")}
    assert {"News", "About the Forum", "The Immigrant Integration Model"} <= set(items)
    assert items["About the Forum"].get("aria-current") == "page"
    assert items["News"].get("aria-current") is None
    # A published page left out of the menu, and the menu page of another language.
    assert soup(client, privacy.url).h1.get_text(strip=True) == "Privacy notice"
    assert "Privacy notice" not in items
    assert "O Forum" not in items
    assert "O Forum" in {a.get_text(strip=True) for a in soup(client, "/pl/").select(".main-nav a")}


def test_footer_links_to_privacy_and_accessibility_in_the_readers_language(client, homes):
    privacy = StandardPageFactory(
        parent=homes["pl"], title="Polityka prywatności", slug="polityka-prywatnosci"
    )
    statement = StandardPageFactory(
        parent=homes["pl"], title="Deklaracja dostępności", slug="deklaracja-dostepnosci"
    )
    translate_page(privacy, "uk", title="Конфіденційність", slug="konfidentsiinist")
    translate_page(statement, "uk", title="Заява про доступність", slug="zaiava-pro-dostupnist")
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.privacy_page = privacy
    site_settings.accessibility_page = statement
    site_settings.contact_email = "forum.integracji@example.org"
    site_settings.save()

    def footer_links(url):
        return [a["href"] for a in soup(client, url).select_one("footer").find_all("a")]

    ukrainian = footer_links("/uk/")
    assert "/uk/konfidentsiinist/" in ukrainian
    assert "/uk/zaiava-pro-dostupnist/" in ukrainian
    assert "mailto:forum.integracji@example.org" in ukrainian
    # The pages chosen in the settings are the Polish ones: Polish readers get those.
    polish = footer_links("/pl/")
    assert {"/pl/polityka-prywatnosci/", "/pl/deklaracja-dostepnosci/"} <= set(polish)
    assert not {"/pl/polityka-prywatnosci/", "/pl/deklaracja-dostepnosci/"} & set(ukrainian)


def test_favicon_and_open_graph(client, homes):
    about = StandardPageFactory(
        parent=homes["en"],
        title="About the Forum",
        slug="about-the-forum",
        introduction="The Forum for Integration and Migration is open to every organisation.",
    )
    assert client.get("/favicon.ico")["Location"].endswith("hub/favicon.svg")
    html = soup(client, about.url)
    assert html.find("meta", property="og:title")["content"] == "About the Forum"
    assert html.find("meta", property="og:locale")["content"] == "en"
    assert html.find("meta", attrs={"name": "description"})["content"] == (
        "The Forum for Integration and Migration is open to every organisation."
    )
