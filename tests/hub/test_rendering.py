"""Each page type shows its own content in each language."""

import pytest
from bs4 import BeautifulSoup

from hub.models import NewsIndexPage, NewsPage, StandardPage
from hub.site.models import HomePage

# Reads the seeded demo hub; drop this mark once the module builds its own data.
pytestmark = pytest.mark.demo

LANGUAGES = ["pl", "en", "uk"]


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def get(client, page):
    response = client.get(page.url)
    assert response.status_code == 200, page.url
    return soup(response)


@pytest.mark.parametrize("code", LANGUAGES)
def test_home_page_shows_its_welcome_and_latest_news(client, homes, code):
    home = homes[code]
    html = get(client, home)
    assert html.html["lang"] == code
    assert html.h1.get_text(strip=True) == home.title
    assert home.intro and home.intro in html.get_text()
    latest = NewsPage.objects.live().filter(locale=home.locale).order_by("-publication_date")
    card_titles = [h.get_text(strip=True) for h in html.select("#latest-news ~ ul .card__title")]
    assert card_titles == [page.title for page in latest[:3]]


@pytest.mark.parametrize("code", LANGUAGES)
def test_standard_page_shows_its_introduction_and_body(client, locales, code):
    page = StandardPage.objects.get(
        locale=locales[code],
        slug__in=["model-integracji", "integration-model", "model-intehratsii"],
    )
    html = get(client, page)
    assert html.html["lang"] == code
    assert html.h1.get_text(strip=True) == page.title
    assert page.introduction in html.select_one(".lead").get_text()
    first_paragraph = page.body[0].value.source
    assert BeautifulSoup(first_paragraph, "html.parser").get_text() in html.main.get_text()


@pytest.mark.parametrize("code", LANGUAGES)
def test_news_index_lists_news_of_its_language_newest_first(client, news_indexes, code):
    index = news_indexes[code]
    html = get(client, index)
    assert html.html["lang"] == code
    listed = [a.get_text(strip=True) for a in html.select(".card__title a")]
    expected = [
        p.title for p in NewsPage.objects.live().child_of(index).order_by("-publication_date")[:12]
    ]
    assert listed == expected
    other_languages = NewsPage.objects.exclude(locale=index.locale).values_list("title", flat=True)
    assert not set(listed) & set(other_languages)


def test_news_index_filters_by_thematic_area(client, news_indexes):
    index = news_indexes["en"]
    html = soup(client.get(index.url, {"area": "health"}))
    listed = [a.get_text(strip=True) for a in html.select(".card__title a")]
    assert listed == ["A new guide to health care"]
    assert html.select_one("#news-area option[selected]").get_text() == "Health"


def test_news_index_survives_a_page_number_out_of_range(client, news_indexes):
    response = client.get(news_indexes["pl"].url, {"page": "999"})
    assert response.status_code == 200
    assert len(soup(response).select(".card")) == 8  # the last page, not an error


@pytest.mark.parametrize("code", LANGUAGES)
def test_news_page_shows_date_lead_body_and_areas(client, locales, code):
    page = NewsPage.objects.filter(locale=locales[code]).order_by("-publication_date").first()
    html = get(client, page)
    assert html.html["lang"] == code
    assert html.h1.get_text(strip=True) == page.title
    assert html.select_one(".lead").get_text(strip=True) == page.lead
    assert html.find("time")["datetime"].startswith(page.publication_date.date().isoformat()[:4])
    area_names = {a.name for a in page.areas}
    assert area_names and area_names <= {li.get_text(strip=True) for li in html.select(".tags li")}
    assert html.find("meta", property="og:type")["content"] == "article"
    assert html.find("meta", attrs={"name": "description"})["content"] == page.lead


def test_all_translated_areas_are_in_the_pages_language(locales):
    for code in ("en", "uk"):
        for page in NewsPage.objects.filter(locale=locales[code]):
            assert {a.locale_id for a in page.areas} == {locales[code].pk}


@pytest.mark.parametrize(
    "model", [HomePage, StandardPage, NewsIndexPage, NewsPage], ids=lambda m: m.__name__
)
def test_every_page_type_is_searchable_and_filterable_by_locale(model):
    names = {field.field_name for field in model.search_fields}
    assert {"title", "locale_id"} <= names
