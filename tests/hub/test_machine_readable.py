"""sitemap.xml, robots.txt and the Atom feeds parse and list what they should."""

import xml.etree.ElementTree as ET

import feedparser
import pytest
from wagtail.models import Page, PageViewRestriction

from hub.factories import OrganisationFactory, StandardPageFactory, create_news, translate_page
from hub.models import NewsPage

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def sitemap_entries(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)
    entries = {}
    for url in root.findall("s:url", NS):
        loc = url.findtext("s:loc", namespaces=NS)
        entries[loc] = {
            link.get("hreflang"): link.get("href") for link in url.findall("x:link", NS)
        }
    return entries


@pytest.fixture
def about(homes):
    """A page in all three languages, and an organisation (its profile is a sub-page)."""
    OrganisationFactory()
    page = StandardPageFactory(parent=homes["pl"], title="O Forum", slug="o-forum")
    translate_page(page, "en", title="About the Forum", slug="about-the-forum")
    translate_page(page, "uk", title="Про Форум", slug="pro-forum")
    return page


def test_sitemap_lists_the_pages_of_all_three_languages(client, about):
    entries = sitemap_entries(client)
    paths = {loc.split("://", 1)[1].split("/", 1)[1] for loc in entries}
    for expected in ("pl/", "en/", "uk/", "pl/o-forum/", "en/about-the-forum/", "uk/pro-forum/"):
        assert expected in paths
    live_public = Page.objects.live().public().filter(depth__gte=2).count()
    # Each page, and the routable sub-pages it lists (tests/hub/test_sitemap_kinds.py).
    subpages = sum(
        len(page.specific.sitemap_subpages())
        for page in Page.objects.live().public().filter(depth__gte=2)
        if hasattr(page.specific_class, "sitemap_subpages")
    )
    assert subpages > 0
    assert len(entries) == live_public + subpages


def test_sitemap_gives_hreflang_alternates(client, about):
    entries = sitemap_entries(client)
    forum = next(v for k, v in entries.items() if k.endswith("/en/about-the-forum/"))
    assert set(forum) == {"pl", "en", "uk"}
    assert forum["uk"].endswith("/uk/pro-forum/")


def test_sitemap_leaves_out_drafts_and_private_pages(client, homes):
    StandardPageFactory(parent=homes["pl"], slug="publiczna")
    draft = StandardPageFactory(parent=homes["pl"], slug="szkic", live=False)
    private = StandardPageFactory(parent=homes["pl"], slug="prywatna")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    locs = "\n".join(sitemap_entries(client))
    assert "/pl/publiczna/" in locs
    assert "/pl/szkic/" not in locs and draft.pk
    assert "/pl/prywatna/" not in locs


def test_robots_txt_points_to_the_sitemap(client):
    response = client.get("/robots.txt")
    body = response.content.decode()
    assert response["Content-Type"].startswith("text/plain")
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body


def test_news_feed_lists_the_news_of_its_language(client, news_indexes):
    for code, index in news_indexes.items():
        for number in range(2):
            create_news(index, title=f"Wiadomość {code} {number}", slug=f"feed-{code}-{number}")
    for code, index in news_indexes.items():
        response = client.get(index.url + "feed/")
        assert response.status_code == 200
        feed = feedparser.parse(response.content)
        assert not feed.bozo, feed.bozo_exception
        assert feed.feed.language == code
        expected = list(
            NewsPage.objects.live()
            .child_of(index)
            .order_by("-publication_date")
            .values_list("title", flat=True)
        )
        assert [entry.title for entry in feed.entries] == expected
        assert {f"Wiadomość {code} 0", f"Wiadomość {code} 1"} == set(expected)
        assert all(f"/{code}/" in entry.link for entry in feed.entries)


def test_news_index_advertises_its_feed(client, news_indexes):
    index = news_indexes["uk"]
    html = client.get(index.url).content.decode()
    assert 'type="application/atom+xml"' in html and f"{index.url}feed/" in html
