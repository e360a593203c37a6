"""Issue 12: the board's counts and filters match the database on the demo content.

The expected numbers are computed here from the pages and snippets themselves, not
through ``hub.translation_status``.
"""

from collections import Counter

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.models import Locale, Page

from hub.factories import StaffFactory
from hub.models import NewsPage
from hub.setup import EDITORS
from hub.translation_status import (
    State,
    state_counts,
    translatable_snippet_models,
    translation_rows,
)

pytestmark = pytest.mark.demo


def expected_missing() -> Counter:
    """Per language code: objects (pages and translatable snippets) absent in it; and
    the number of objects."""
    codes = dict(Locale.objects.values_list("pk", "language_code"))
    groups: dict = {}
    rows = Page.objects.filter(depth__gte=2, alias_of__isnull=True).values_list(
        "translation_key", "locale_id", "pk"
    )
    kinds = [(Page, rows)] + [
        (model, model._default_manager.values_list("translation_key", "locale_id", "pk"))
        for model in translatable_snippet_models()
    ]
    for model, values in kinds:
        for key, locale_id, pk in values:
            groups.setdefault((model, key), {})[locale_id] = pk
    missing = Counter()
    for by_locale in groups.values():
        for locale_id, code in codes.items():
            if locale_id not in by_locale:
                missing[code] += 1
    return missing, len(groups)


def test_the_boards_counts_and_filters_match_the_demo(client, settings):
    settings.HUB_REQUIRE_STAFF_MFA = False
    client.force_login(StaffFactory(username="board-editor", groups=[EDITORS]))
    editor_client = client
    missing, objects = expected_missing()
    assert objects > 100  # the demo's pages and snippets

    html = BeautifulSoup(editor_client.get(reverse("wagtailadmin_home")).content, "html.parser")
    counts = {}
    for tr in html.select("[data-translation-counts] tbody tr"):
        for state, td in zip(State, tr.find_all("td"), strict=True):
            counts[(tr.th["lang"], state)] = int(td.get_text(strip=True))
    for code in ("en", "uk"):
        assert counts[(code, State.MISSING)] == missing[code]
        # Every object has a cell in every language but its source's.
        in_language = sum(counts[(code, state)] for state in State)
        assert in_language <= objects

    board = editor_client.get(
        reverse("hub_translation_board"), {"state": State.MISSING, "locale": "uk"}
    )
    text = BeautifulSoup(board.content, "html.parser").get_text()
    assert f"Znaleziono {missing['uk']} " in text


def test_the_demo_has_every_translation_state(client):
    """Item 9: the demo's mix, each state in Ukrainian or English, as the board shows it."""
    counts = state_counts(translation_rows())
    for code, state in [
        ("uk", State.MISSING),
        ("uk", State.IN_PROGRESS),
        ("en", State.OUTDATED),
        ("en", State.MACHINE),
        ("uk", State.MACHINE),
        ("en", State.COMPLETE),
        ("uk", State.COMPLETE),
    ]:
        assert counts[(code, state)] > 0, (code, state)

    # The machine-made pages carry the reader's notice; the in-progress one is a draft
    # readers cannot reach, and the Ukrainian listing links only to what exists.
    machine = NewsPage.objects.filter(
        locale__language_code="en", title__startswith="[machine translation]"
    ).first()
    html = BeautifulSoup(client.get(machine.url).content, "html.parser")
    assert html.select_one(".machine-translation-notice") is not None
    draft = NewsPage.objects.filter(locale__language_code="uk", live=False).first()
    assert draft is not None
    assert client.get(draft.get_url()).status_code == 404
