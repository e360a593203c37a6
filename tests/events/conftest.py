import pytest

from events.factories import EventImageFactory, create_event
from hub.factories import OrganisationFactory
from hub.models import ThematicArea


@pytest.fixture
def calendars(hub):
    """The calendar index of every language, keyed by language code."""
    return hub["sections"]["events.EventIndexPage"]


@pytest.fixture
def calendar(calendars):
    return calendars["pl"]


@pytest.fixture
def area(locales):
    """A thematic area of the default language (the demo's own, in modules still on it)."""
    area, _created = ThematicArea.objects.get_or_create(
        code="health", locale=locales["pl"], defaults={"name": "Zdrowie"}
    )
    return area


@pytest.fixture
def make_event(calendar):
    def make(index=None, **fields):
        return create_event(index or calendar, **fields)

    return make


@pytest.fixture
def bulk_relations(area):
    """What every bulk-created event carries, the relations that could cost a query each:
    an area and working group, a member organisation, a share image, registrations."""
    return {
        "area": area,
        "organiser": OrganisationFactory(name="Fundacja Zbiorcza"),
        "image": EventImageFactory(),
        "registrations": 2,
    }
