"""Public pages run a number of queries that does not grow with the content."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from hub.factories import NewsPageFactory
from hub.models import NewsPageArea, ThematicArea

# Reads the seeded demo hub; drop this mark once the module builds its own data.
pytestmark = pytest.mark.demo


def add_news(index, count, start):
    areas = list(ThematicArea.objects.filter(locale=index.locale)[:3])
    for number in range(start, start + count):
        page = NewsPageFactory.build(
            title=f"Wiadomość testowa {number}", slug=f"test-{number}", locale=index.locale
        )
        page.area_links.add(NewsPageArea(area=areas[number % len(areas)]))
        index.add_child(instance=page)


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("page_key", ["home", "news_index"])
def test_query_count_is_the_same_with_10_and_500_news(client, homes, news_indexes, page_key):
    index = news_indexes["pl"]
    url = homes["pl"].url if page_key == "home" else index.url
    add_news(index, 10, 0)
    client.get(url)  # warm per-process caches (content types, site root paths)
    with_10 = count_queries(client, url)
    add_news(index, 490, 10)
    with_500 = count_queries(client, url)
    assert with_500 == with_10, f"{page_key}: {with_10} queries with 10 news, {with_500} with 500"
