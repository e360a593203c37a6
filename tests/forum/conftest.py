import pytest
from wagtail.models import Locale

from hub.models import Organisation, ThematicArea


@pytest.fixture
def forum_sections(hub):
    return {
        "directory": hub["sections"]["forum.OrganisationDirectoryPage"],
        "groups": hub["sections"]["forum.WorkingGroupIndexPage"],
        "sessions": hub["sections"]["forum.PlenarySessionIndexPage"],
        "bodies": hub["sections"]["forum.GoverningBodiesIndexPage"],
    }


@pytest.fixture
def make_organisation():
    """Build a Polish organisation with area and working-group rows."""
    from forum.models import OrganisationArea, OrganisationWorkingGroup

    def make(slug, kind="ngo", areas=(), groups=(), name=None, description="", active=True):
        locale = Locale.objects.get(language_code="pl")
        by_code = {a.code: a for a in ThematicArea.objects.filter(locale=locale)}
        organisation = Organisation(
            name=name or f"Organizacja {slug}",
            slug=slug,
            kind=kind,
            description=description,
            active=active,
            locale=locale,
        )
        organisation.area_links = [OrganisationArea(area=by_code[c]) for c in areas]
        organisation.group_links = [OrganisationWorkingGroup(area=by_code[c]) for c in groups]
        organisation.save()
        return organisation

    return make
