"""The browser tab names the page, then the site, and names the site only once."""

import pytest
from bs4 import BeautifulSoup

from hub.factories import StandardPageFactory

SITE_NAME = {
    "pl": "Forum Integracji i Migracji",
    "en": "Forum for Integration and Migration",
    "uk": "Форум інтеграції та міграції",
}


def title_of(client, page):
    response = client.get(page.url)
    assert response.status_code == 200, page.url
    return BeautifulSoup(response.content, "html.parser").title.get_text()


@pytest.mark.parametrize("code", ["pl", "en", "uk"])
def test_the_home_page_title_is_the_site_name_once(client, homes, code):
    page = StandardPageFactory(parent=homes[code], title="Kontakt", slug=f"kontakt-{code}")
    assert title_of(client, page) == f"Kontakt · {SITE_NAME[code]}"
    assert title_of(client, homes[code]) == SITE_NAME[code]
