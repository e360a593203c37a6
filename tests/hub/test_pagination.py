"""Pagination keeps every filter the reader chose."""

import pytest
from bs4 import BeautifulSoup

from hub.factories import NewsPageFactory
from hub.models import NewsPageArea, ThematicArea

# Reads the seeded demo hub; drop this mark once the module builds its own data.
pytestmark = pytest.mark.demo


def test_next_page_link_keeps_the_area_filter(client, news_indexes):
    index = news_indexes["pl"]
    health = ThematicArea.objects.get(code="health", locale=index.locale)
    for number in range(15):
        page = NewsPageFactory.build(slug=f"zdrowie-{number}", locale=index.locale)
        page.area_links.add(NewsPageArea(area=health))
        index.add_child(instance=page)
    html = BeautifulSoup(client.get(index.url, {"area": "health"}).content, "html.parser")
    next_link = html.select_one(".pagination a[rel=next]")
    assert next_link["href"] == "?area=health&page=2"
    second = BeautifulSoup(client.get(index.url + next_link["href"]).content, "html.parser")
    assert len(second.select(".card")) == 16 - 12  # 15 new + 1 seeded health item
    assert second.select_one(".pagination [aria-current]").get_text() == "Strona 2 z 2"
