"""Issue 12, item 4: DeepL when a key is set, configured for Polish and Ukrainian."""

import importlib

import pytest
from wagtail_localize.strings import StringValue

from hub.machine_translators import HubDeepLTranslator
from hub.settings import environment
from hub.settings.environment import Environment


def settings_with(monkeypatch, **variables):
    """``hub.settings.base`` as it reads with these environment variables."""
    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    base = importlib.import_module("hub.settings.base")
    try:
        importlib.reload(environment)
        return vars(importlib.reload(base)).copy()
    finally:
        monkeypatch.undo()
        importlib.reload(environment)
        importlib.reload(base)


def test_no_machine_translator_without_a_deepl_key(monkeypatch):
    monkeypatch.delenv("DEEPL_API_KEY", raising=False)
    assert "WAGTAILLOCALIZE_MACHINE_TRANSLATOR" not in settings_with(monkeypatch)


def test_deepl_with_a_key_formal_polish_and_glossaries(monkeypatch):
    config = settings_with(
        monkeypatch, DEEPL_API_KEY="key:fx", DEEPL_GLOSSARY_IDS="pl:en=g-en, PL:UK=g-uk"
    )["WAGTAILLOCALIZE_MACHINE_TRANSLATOR"]

    assert config["CLASS"] == "hub.machine_translators.HubDeepLTranslator"
    assert config["OPTIONS"] == {
        "AUTH_KEY": "key:fx",
        "FORMALITY": "prefer_more",
        "GLOSSARY_IDS": {("PL", "EN"): "g-en", ("PL", "UK"): "g-uk"},
    }


def test_a_malformed_glossary_list_is_named(monkeypatch):
    monkeypatch.setenv("DEEPL_GLOSSARY_IDS", "PL-EN")
    with pytest.raises(ValueError, match="DEEPL_GLOSSARY_IDS must read SOURCE:TARGET=id"):
        Environment()


def test_deepl_is_asked_for_british_english_with_the_pairs_glossary(locales):
    translator = HubDeepLTranslator(
        {
            "AUTH_KEY": "key:fx",
            "FORMALITY": "prefer_more",
            "GLOSSARY_IDS": {("PL", "EN"): "g-en", ("PL", "UK"): "g-uk"},
        }
    )
    strings = [StringValue("Pomoc prawna")]

    english = translator.get_parameters(locales["pl"], locales["en"], strings)
    ukrainian = translator.get_parameters(locales["pl"], locales["uk"], strings)

    assert (english["target_lang"], english["glossary_id"]) == ("EN-GB", "g-en")
    assert (ukrainian["target_lang"], ukrainian["glossary_id"]) == ("UK", "g-uk")
    assert english["formality"] == ukrainian["formality"] == "prefer_more"
    assert translator.get_api_endpoint() == "https://api-free.deepl.com/v2/translate"
