"""News published by a member organisation names it on the item, the cards and the feed."""

import feedparser
import pytest

from hub.factories import NewsPageFactory
from hub.models import NewsPage, Organisation

# Reads the seeded demo hub; drop this mark once the module builds its own data.
pytestmark = pytest.mark.demo


def test_news_names_the_member_organisation_that_published_it(client, news_indexes, locales):
    index = news_indexes["pl"]
    organisation = Organisation.objects.create(
        name="Fundacja Wspólny Dom", slug="wspolny-dom", locale=locales["pl"]
    )
    attributed = NewsPageFactory(
        parent=index, title="Dzień otwarty fundacji", organisation=organisation
    )
    unattributed = NewsPageFactory(parent=index, title="Wiadomość miasta")

    item = client.get(attributed.url).content.decode()
    assert "Opublikowane przez Fundacja Wspólny Dom" in item
    assert "Opublikowane przez" not in client.get(unattributed.url).content.decode()

    listing = client.get(index.url).content.decode()
    cards = listing.split('<article class="card">')[1:]
    card_of = {
        title: card
        for card in cards
        for title in (attributed.title, unattributed.title)
        if title in card
    }
    assert "Opublikowane przez Fundacja Wspólny Dom" in card_of[attributed.title]
    assert "Opublikowane przez" not in card_of[unattributed.title]

    feed = feedparser.parse(client.get(f"{index.url}feed/").content)
    authors = {entry.title: entry.get("author") for entry in feed.entries}
    assert authors[attributed.title] == "Fundacja Wspólny Dom"
    assert authors[unattributed.title] is None


def test_the_demo_news_is_mostly_published_by_member_organisations_in_every_language(locales):
    """The session's seeded (small) demo: most news items name their organisation."""
    for code, locale in locales.items():
        news = list(NewsPage.objects.filter(locale=locale).select_related("organisation"))
        attributed = [item for item in news if item.organisation is not None]
        assert len(news) >= 8, code
        assert len(attributed) > len(news) / 2, code
        assert all(item.organisation.locale_id == locale.pk for item in attributed), code
