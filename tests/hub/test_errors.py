"""Error pages speak the reader's language and never need the database to fail."""

import pytest
from bs4 import BeautifulSoup
from django.test import RequestFactory
from django.utils import translation

from hub.site.views import server_error


@pytest.mark.parametrize(
    "code,heading",
    [("pl", "Nie znaleziono strony"), ("en", "Page not found"), ("uk", "Сторінку не знайдено")],
)
def test_404_in_every_language(client, hub, code, heading):
    response = client.get(f"/{code}/no-such-page/")
    assert response.status_code == 404
    html = BeautifulSoup(response.content, "html.parser")
    assert html.html["lang"] == code
    assert html.h1.get_text(strip=True) == heading
    assert html.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    assert html.select_one("main a")["href"] == f"/{code}/"


def test_500_page_renders_without_the_database(django_assert_num_queries):
    request = RequestFactory().get("/uk/")
    with translation.override("uk"), django_assert_num_queries(0):
        response = server_error(request)
    assert response.status_code == 500
    assert '<html lang="uk">' in response.content.decode()
