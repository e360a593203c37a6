"""Search backends: the database by default, Elasticsearch 9 when configured."""

import os

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from modelsearch.backends.elasticsearch9 import Elasticsearch9SearchBackend
from wagtail.search.backends import get_search_backend

from hub.factories import StandardPageFactory
from hub.models import NewsPage
from hub.settings.base import search_backends


def test_database_backend_by_default_and_accent_insensitive_on_postgres():
    assert search_backends(None, "x_", is_postgres=False) == {
        "default": {"BACKEND": "wagtail.search.backends.database"}
    }
    backend = search_backends(None, "x_", is_postgres=True)["default"]
    assert backend["SEARCH_CONFIG"] == "hub_unaccent"


def test_elasticsearch_backend_when_a_url_is_set():
    config = search_backends("https://es.example:9200", "hub_", is_postgres=True)["default"]
    assert config["BACKEND"] == "wagtail.search.backends.elasticsearch9"
    assert config["URLS"] == ["https://es.example:9200"]
    assert config["INDEX_PREFIX"] == "hub_"


def test_elasticsearch_index_settings_fold_diacritics_and_map_page_fields():
    config = search_backends("https://es.example:9200", "hub_", is_postgres=False)["default"]
    params = {k: v for k, v in config.items() if k != "BACKEND"}
    backend = Elasticsearch9SearchBackend(params)  # builds a client; connects only on use
    analyzer = backend.settings["settings"]["analysis"]["analyzer"]["default"]
    assert analyzer["filter"] == ["lowercase", "asciifolding"]
    assert backend.get_index_for_model(NewsPage).name == "hub_wagtailcore_page"
    mapping = backend.mapping_class(NewsPage).get_mapping()
    properties = mapping["properties"]
    assert any(name.endswith("lead") for name in properties)
    assert any(name.endswith("locale_id_filter") for name in properties)


@pytest.mark.postgres
def test_postgres_search_ignores_diacritics(client, homes):
    homes["pl"].add_child(
        instance=StandardPageFactory.build(
            title="Model Integracji Imigrantów",
            introduction="Jak Gdańsk przyjmuje nowych mieszkańców.",
        )
    )
    for query in ("Gdansk", "Gdańsk"):
        html = BeautifulSoup(client.get("/pl/search/", {"q": query}).content, "html.parser")
        titles = [a.get_text(strip=True) for a in html.select(".search-results a")]
        assert "Model Integracji Imigrantów" in titles, query


@pytest.mark.elasticsearch
@pytest.mark.skipif(not os.environ.get("ELASTICSEARCH_URL"), reason="ELASTICSEARCH_URL is not set")
def test_live_elasticsearch_indexes_and_finds_news(hub):
    call_command("update_index", verbosity=0)
    backend = get_search_backend()
    results = backend.search("zdrowotnej", NewsPage.objects.live())
    assert "Nowy informator o opiece zdrowotnej" in [page.title for page in results]
