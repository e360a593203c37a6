"""Each page type shows its own content in each language."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from hub.factories import StandardPageFactory, ThematicAreaFactory, create_news
from hub.models import NewsIndexPage, NewsPage, StandardPage
from hub.site.models import HomePage
from hub.translation import translate_into

LANGUAGES = ["pl", "en", "uk"]
OTHER = {"pl": "en", "en": "uk", "uk": "pl"}


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def get(client, page):
    response = client.get(page.url)
    assert response.status_code == 200, page.url
    return soup(response)


def days_ago(days):
    return timezone.now() - datetime.timedelta(days=days)


def news_in(index, count, prefix, **fields):
    """``count`` news under ``index``, newest first (and made first: newest is not last made)."""
    return [
        create_news(
            index,
            title=f"{prefix} {number}",
            slug=f"{prefix.lower().replace(' ', '-')}-{number}",
            publication_date=days_ago(number + 1),
            **fields,
        )
        for number in range(count)
    ]


@pytest.mark.parametrize("code", LANGUAGES)
def test_home_page_shows_its_welcome_and_latest_news(client, homes, news_indexes, code):
    home = homes[code]
    home.intro = f"Witaj na stronie Forum ({code})."
    home.save()
    *newest, oldest = news_in(news_indexes[code], 4, f"News {code}")
    news_in(news_indexes[OTHER[code]], 1, f"Other {code}")
    html = get(client, home)
    assert html.html["lang"] == code
    assert html.h1.get_text(strip=True) == home.title
    assert home.intro in html.get_text()
    card_titles = [h.get_text(strip=True) for h in html.select("#latest-news ~ ul .card__title")]
    assert card_titles == [page.title for page in newest]
    assert oldest.title not in card_titles and f"Other {code} 0" not in html.get_text()


@pytest.mark.parametrize("code", LANGUAGES)
def test_standard_page_shows_its_introduction_and_body(client, homes, code):
    page = StandardPageFactory(
        parent=homes[code],
        title=f"Model integracji ({code})",
        introduction="Jak miasto wspiera imigrantów i imigrantki.",
        body=[("paragraph", "<p>Model powstał w <b>2016</b> roku.</p>")],
    )
    html = get(client, page)
    assert html.html["lang"] == code
    assert html.h1.get_text(strip=True) == page.title
    assert page.introduction in html.select_one(".lead").get_text()
    assert "Model powstał w 2016 roku." in html.main.get_text()


@pytest.mark.parametrize("code", LANGUAGES)
def test_news_index_lists_news_of_its_language_newest_first(client, news_indexes, code):
    index = news_indexes[code]
    ours = news_in(index, 3, f"News {code}")
    theirs = news_in(news_indexes[OTHER[code]], 2, f"Other {code}")
    html = get(client, index)
    assert html.html["lang"] == code
    listed = [a.get_text(strip=True) for a in html.select(".card__title a")]
    assert listed == [page.title for page in ours]
    assert not {page.title for page in theirs} & set(listed)


def test_news_index_filters_by_thematic_area(client, news_indexes):
    index = news_indexes["en"]
    health = ThematicAreaFactory(code="health", name="Health", locale=index.locale)
    work = ThematicAreaFactory(code="work", name="Work", locale=index.locale)
    create_news(index, areas=[health], title="A new guide to health care")
    create_news(index, areas=[work], title="Job fair in the city hall")
    unfiltered = soup(client.get(index.url))
    assert {a.get_text(strip=True) for a in unfiltered.select(".card__title a")} == {
        "A new guide to health care",
        "Job fair in the city hall",
    }
    html = soup(client.get(index.url, {"area": "health"}))
    listed = [a.get_text(strip=True) for a in html.select(".card__title a")]
    assert listed == ["A new guide to health care"]
    assert html.select_one("#news-area option[selected]").get_text() == "Health"


def test_news_index_survives_a_page_number_out_of_range(client, news_indexes):
    news_in(news_indexes["pl"], 20, "Wiadomość")
    response = client.get(news_indexes["pl"].url, {"page": "999"})
    assert response.status_code == 200
    assert len(soup(response).select(".card")) == 8  # the last page of 12 + 8, not an error


@pytest.mark.parametrize("code", LANGUAGES)
def test_news_page_shows_date_lead_body_and_areas(client, news_indexes, code):
    index = news_indexes[code]
    areas = [ThematicAreaFactory(locale=index.locale) for _ in range(2)]
    page = create_news(
        index,
        areas=areas,
        lead="Miasto otwiera nowy punkt informacyjny.",
        publication_date=timezone.make_aware(datetime.datetime(2026, 3, 14, 10, 0)),
        body=[("paragraph", "<p>Punkt działa od poniedziałku do piątku.</p>")],
    )
    html = get(client, page)
    assert html.html["lang"] == code
    assert html.h1.get_text(strip=True) == page.title
    assert html.select_one(".lead").get_text(strip=True) == page.lead
    assert html.find("time")["datetime"].startswith("2026-03-14")
    assert "Punkt działa od poniedziałku do piątku." in html.main.get_text()
    assert {area.name for area in areas} <= {
        li.get_text(strip=True) for li in html.select(".tags li")
    }
    assert html.find("meta", property="og:type")["content"] == "article"
    assert html.find("meta", attrs={"name": "description"})["content"] == page.lead


def test_translated_areas_are_in_the_pages_language(client, locales, news_indexes):
    """A news page translated through wagtail-localize is tagged with the translated areas."""
    health = ThematicAreaFactory(code="health", name="Zdrowie", locale=locales["pl"])
    page = create_news(
        news_indexes["pl"], areas=[health], title="Nowy przewodnik", lead="Przewodnik po opiece."
    )
    names = {"en": "Health", "uk": "Здоров'я"}
    titles = {"en": "A new guide", "uk": "Новий путівник"}
    for code in ("en", "uk"):
        translate_into(health, locales[code], {"Zdrowie": names[code], "health": "health"})
        translated = translate_into(
            page,
            locales[code],
            {page.title: titles[code], page.slug: f"guide-{code}", page.lead: titles[code]},
        )
        assert {a.locale_id for a in translated.areas} == {locales[code].pk}
        tags = {li.get_text(strip=True) for li in get(client, translated).select(".tags li")}
        assert tags == {names[code]}
    assert {li.get_text(strip=True) for li in get(client, page).select(".tags li")} == {"Zdrowie"}


@pytest.mark.parametrize(
    "model", [HomePage, StandardPage, NewsIndexPage, NewsPage], ids=lambda m: m.__name__
)
def test_every_page_type_is_searchable_and_filterable_by_locale(model):
    names = {field.field_name for field in model.search_fields}
    assert {"title", "locale_id"} <= names
