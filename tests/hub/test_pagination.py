"""Pagination keeps every filter the reader chose."""

from bs4 import BeautifulSoup

from hub.factories import NewsPageFactory, ThematicAreaFactory
from hub.models import NewsPageArea


def test_next_page_link_keeps_the_area_filter(client, news_indexes):
    index = news_indexes["pl"]
    health = ThematicAreaFactory(code="health", locale=index.locale)
    for number in range(16):
        page = NewsPageFactory.build(slug=f"zdrowie-{number}", locale=index.locale)
        page.area_links.add(NewsPageArea(area=health))
        index.add_child(instance=page)
    html = BeautifulSoup(client.get(index.url, {"area": "health"}).content, "html.parser")
    next_link = html.select_one(".pagination a[rel=next]")
    assert next_link["href"] == "?area=health&page=2"
    second = BeautifulSoup(client.get(index.url + next_link["href"]).content, "html.parser")
    assert len(second.select(".card")) == 16 - 12
    assert second.select_one(".pagination [aria-current]").get_text() == "Strona 2 z 2"
