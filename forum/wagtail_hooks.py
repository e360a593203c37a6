"""The Forum's section roots, admin rows and demo content, added through the hub's hooks."""

from django.contrib.auth.models import Permission
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import hooks
from wagtail.admin.panels import InlinePanel

from forum.models import OrganisationDirectoryPage
from hub.hooks import (
    AFTER_SETUP_HOOK,
    ORGANISATION_PREVIEW_HOOK,
    SECTION_ROOTS_HOOK,
    SEEDERS_HOOK,
)
from hub.models import Organisation
from hub.setup import (
    ADMINISTRATORS,
    EDITORS,
    SectionRoot,
)

# The rows the Forum defines about an organisation (forum.OrganisationArea,
# forum.OrganisationWorkingGroup) in the organisation's admin form.
Organisation.add_panels(
    InlinePanel("area_links", label=_("Areas of work")),
    InlinePanel("group_links", label=_("Working groups")),
)

# Editors keep the directory and the people of groups and bodies up to date:
# they prepare drafts, publish them and lock what they are working on.
FORUM_SNIPPET_PERMISSIONS = [
    f"{action}_{model}"
    for model in ("organisation", "person")
    for action in ("add", "change", "delete", "publish", "lock", "unlock")
]


@hooks.register(SECTION_ROOTS_HOOK)
def forum_sections():
    return [
        SectionRoot(
            model="forum.OrganisationDirectoryPage",
            title=pgettext_lazy("section", "Member organisations"),
            slugs={"pl": "organizacje", "en": "organisations", "uk": "orhanizatsii"},
        ),
        SectionRoot(
            model="forum.WorkingGroupIndexPage",
            title=pgettext_lazy("section", "Working groups"),
            slugs={"pl": "grupy-robocze", "en": "working-groups", "uk": "robochi-hrupy"},
        ),
        SectionRoot(
            model="forum.PlenarySessionIndexPage",
            title=pgettext_lazy("section", "Plenary sessions"),
            slugs={"pl": "sesje-plenarne", "en": "plenary-sessions", "uk": "plenarni-sesii"},
        ),
        SectionRoot(
            model="forum.GoverningBodiesIndexPage",
            title=pgettext_lazy("section", "Governing bodies"),
            slugs={"pl": "organy-modelu", "en": "governing-bodies", "uk": "orhany-modeli"},
        ),
    ]


@hooks.register(AFTER_SETUP_HOOK)
def forum_permissions(context):
    permissions = Permission.objects.filter(
        content_type__app_label="hub", codename__in=FORUM_SNIPPET_PERMISSIONS
    )
    for name in (EDITORS, ADMINISTRATORS):
        context["groups"][name].permissions.add(*permissions)


@hooks.register(SEEDERS_HOOK)
def forum_seeders():
    return ["forum.demo.seed.SEEDERS"]


@hooks.register(ORGANISATION_PREVIEW_HOOK)
def preview_organisation_profile(request, organisation):
    """An organisation's preview is its profile in its language's directory."""
    directory = OrganisationDirectoryPage.objects.filter(locale_id=organisation.locale_id).first()
    if directory is None:
        return None
    return directory.render_profile(request, organisation)
