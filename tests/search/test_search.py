"""The search page: the reader's language only, paginated, and never indexed."""

from bs4 import BeautifulSoup

from hub.factories import NewsPageFactory


def results(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    return html, [a.get_text(strip=True) for a in html.select(".search-results a")]


def test_search_finds_pages_in_the_readers_language_only(client, news_indexes):
    for code, title in [("en", "A new guide to health care"), ("uk", "Health care in Ukrainian")]:
        index = news_indexes[code]
        index.add_child(instance=NewsPageFactory.build(title=title, locale=index.locale))
    _, found = results(client, "/en/search/", q="health")
    assert "A new guide to health care" in found
    _, found_uk = results(client, "/uk/search/", q="health")
    assert "Health care in Ukrainian" in found_uk
    assert "A new guide to health care" not in found_uk


def test_search_page_is_noindex(client, hub):
    html, _ = results(client, "/pl/search/", q="forum")
    assert html.find("meta", attrs={"name": "robots"})["content"] == "noindex"


def test_empty_search_shows_the_form_without_results(client, hub):
    html, found = results(client, "/pl/search/")
    assert found == [] and html.find("input", attrs={"name": "q"})


def test_search_says_plainly_when_nothing_matches(client, hub):
    html, found = results(client, "/en/search/", q="zzzxqv")
    assert found == []
    assert "Nothing matched your search" in html.get_text()


def test_search_paginates(client, hub):
    html, found = results(client, "/pl/search/", q="a", page="999")
    assert len(found) <= 10
