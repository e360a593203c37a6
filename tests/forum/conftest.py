import pytest
from wagtail.models import Locale

from forum.factories import create_organisation
from hub.models import ThematicArea


@pytest.fixture
def forum_sections(hub):
    return {
        "directory": hub["sections"]["forum.OrganisationDirectoryPage"],
        "groups": hub["sections"]["forum.WorkingGroupIndexPage"],
        "sessions": hub["sections"]["forum.PlenarySessionIndexPage"],
        "bodies": hub["sections"]["forum.GoverningBodiesIndexPage"],
    }


def polish_area(code):
    """The Polish thematic area ``code``, made the first time it is asked for."""
    area, _created = ThematicArea.objects.get_or_create(
        code=code, locale=Locale.objects.get(language_code="pl"), defaults={"name": code.title()}
    )
    return area


@pytest.fixture
def make_organisation(hub):
    """Build a Polish organisation with area and working-group rows (areas named by code)."""

    def make(slug, kind="ngo", areas=(), groups=(), name=None, description="", active=True):
        return create_organisation(
            areas=[polish_area(code) for code in areas],
            groups=[polish_area(code) for code in groups],
            name=name or f"Organizacja {slug}",
            slug=slug,
            kind=kind,
            description=description,
            active=active,
            locale=Locale.objects.get(language_code="pl"),
        )

    return make
