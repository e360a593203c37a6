import pytest
from wagtail.models import Locale

from events.factories import create_event
from hub.models import ThematicArea


@pytest.fixture
def calendars(hub):
    """The calendar index of every language, keyed by language code."""
    return hub["sections"]["events.EventIndexPage"]


@pytest.fixture
def calendar(calendars):
    return calendars["pl"]


@pytest.fixture
def area(hub):
    return ThematicArea.objects.get(code="health", locale__language_code="pl")


def translate_page(page, code, **fields):
    """A published translation of ``page`` (as wagtail-localize's copy would make)."""
    locale = Locale.objects.get(language_code=code)
    translated = page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save_revision().publish()
    translated.refresh_from_db()
    return translated


@pytest.fixture
def make_event(calendar):
    def make(index=None, **fields):
        return create_event(index or calendar, **fields)

    return make
