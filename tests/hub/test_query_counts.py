"""Public pages run a number of queries that does not grow with the content.

The news carry what a card may look up per item: thematic areas, the member
organisation that published it and a lead image (with its rendition).
"""

import datetime

import pytest
from django.utils import timezone

from events.factories import EventImageFactory
from hub.factories import OrganisationFactory, ThematicAreaFactory, create_news

# At most this many queries per page, whatever the number of news.
CEILING = {"home": 24, "news_index": 30}


@pytest.fixture
def relations(locales):
    pl = locales["pl"]
    return {
        "areas": [ThematicAreaFactory(locale=pl) for _ in range(2)],
        "organisations": [OrganisationFactory(locale=pl) for _ in range(2)],
    }


def add_news(index, count, start, relations):
    for number in range(start, start + count):
        create_news(
            index,
            areas=relations["areas"][: number % 2 + 1],
            title=f"Wiadomość testowa {number}",
            slug=f"test-{number}",
            organisation=relations["organisations"][number % 2],
            lead_image=EventImageFactory(),
            # The newest last, so the last one added is on the home page too.
            publication_date=timezone.now() - datetime.timedelta(hours=100 - number),
        )


def queries_for(client, count_queries, url, shown):
    client.get(url)  # renditions are made on the first view; caches warm
    with count_queries() as queries:
        response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert shown in html
    assert html.count('class="card__image"') == html.count('class="card"') > 0
    return len(queries)


@pytest.mark.parametrize("page_key", ["home", "news_index"])
def test_query_count_is_the_same_with_2_and_6_news(
    client, homes, news_indexes, relations, count_queries, page_key
):
    index = news_indexes["pl"]
    url = homes["pl"].url if page_key == "home" else index.url
    add_news(index, 2, 0, relations)
    with_2 = queries_for(client, count_queries, url, "Wiadomość testowa 1")
    add_news(index, 4, 2, relations)
    with_6 = queries_for(client, count_queries, url, "Wiadomość testowa 5")
    assert with_6 == with_2, f"{page_key}: {with_2} queries with 2 news, {with_6} with 6"
    assert with_6 <= CEILING[page_key], f"{page_key}: {with_6} queries"
