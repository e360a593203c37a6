"""News published by a member organisation names it on the item, the cards and the feed."""

import feedparser

from hub.factories import NewsPageFactory
from hub.models import Organisation


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
