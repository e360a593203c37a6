"""The search page: the reader's language only, paginated, and never indexed."""

import pytest
from bs4 import BeautifulSoup

# Reads the seeded demo hub; drop this mark once the module builds its own data.
pytestmark = pytest.mark.demo


def results(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    return html, [a.get_text(strip=True) for a in html.select(".search-results a")]


def test_search_finds_pages_in_the_readers_language_only(client, hub):
    _, found = results(client, "/en/search/", q="health")
    assert "A new guide to health care" in found
    _, found_uk = results(client, "/uk/search/", q="health")
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
