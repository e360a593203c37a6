"""The Council's part of ``setup_hub`` (run through ``AFTER_SETUP_HOOK``).

Idempotent: the sub-sections of the Council in every language, the two Council
document collections, and the Council secretaries' permissions: add, change and
publish pages in the Council section, and manage documents in the two Council
collections. Nothing else.
"""

from django.contrib.auth.models import Permission
from django.utils.translation import pgettext_lazy
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    GroupCollectionPermission,
    GroupPagePermission,
)

from council.documents import DRAFTS_COLLECTION, PUBLIC_COLLECTION
from hub.setup import (
    ADMINISTRATORS,
    COUNCIL_SECRETARIES,
    EDITORS,
    SectionRoot,
    ensure_translated_children,
)

COUNCIL_ROOT = SectionRoot(
    model="council.CouncilIndexPage",
    title=pgettext_lazy("section", "Immigrants' Council"),
    slugs={"pl": "rada-imigrantow", "en": "immigrants-council", "uk": "rada-immihrantiv"},
    # Drafts of minutes and opinions are the Council's: translators never see them.
    open_to_translators=False,
)

SUBSECTIONS = [
    SectionRoot(
        model="council.CouncilMeetingIndexPage",
        title=pgettext_lazy("section", "Meetings and minutes"),
        slugs={"pl": "posiedzenia", "en": "meetings", "uk": "zasidannia"},
    ),
    SectionRoot(
        model="council.CouncilOpinionIndexPage",
        title=pgettext_lazy("section", "Opinions and resolutions"),
        slugs={
            "pl": "opinie-i-uchwaly",
            "en": "opinions-and-resolutions",
            "uk": "vysnovky-i-ukhvaly",
        },
    ),
    SectionRoot(
        model="council.CouncilDutyHoursPage",
        title=pgettext_lazy("section", "Duty hours"),
        slugs={"pl": "dyzury", "en": "duty-hours", "uk": "hodyny-pryiomu"},
    ),
]

SECRETARY_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page"]
SECRETARY_DOCUMENT_PERMISSIONS = ["add_document", "change_document", "choose_document"]


def ensure_subsections(roots):
    return ensure_translated_children(roots, SUBSECTIONS)


def ensure_collections(groups):
    root = Collection.get_first_root_node()
    collections = {}
    for name in (PUBLIC_COLLECTION, DRAFTS_COLLECTION):
        collection = root.get_children().filter(name=name).first()
        if collection is None:
            collection = root.add_child(name=name)
        collections[name] = collection
    restriction = CollectionViewRestriction.objects.filter(
        collection=collections[DRAFTS_COLLECTION]
    ).first()
    if restriction is None:
        restriction = CollectionViewRestriction.objects.create(
            collection=collections[DRAFTS_COLLECTION],
            restriction_type=CollectionViewRestriction.GROUPS,
        )
    restriction.groups.add(groups[EDITORS], groups[COUNCIL_SECRETARIES], groups[ADMINISTRATORS])
    return collections


def ensure_secretary_permissions(group, roots, collections):
    for codename in SECRETARY_PAGE_PERMISSIONS:
        permission = Permission.objects.get(
            content_type__app_label="wagtailcore", codename=codename
        )
        for root in roots.values():
            GroupPagePermission.objects.get_or_create(group=group, page=root, permission=permission)
    for codename in SECRETARY_DOCUMENT_PERMISSIONS:
        permission = Permission.objects.get(
            content_type__app_label="wagtaildocs", codename=codename
        )
        for collection in collections.values():
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=collection, permission=permission
            )


def after_setup(context):
    roots = context["sections"][COUNCIL_ROOT.model]
    context["sections"].update(ensure_subsections(roots))
    collections = ensure_collections(context["groups"])
    context["collections"].update(collections)
    ensure_secretary_permissions(context["groups"][COUNCIL_SECRETARIES], roots, collections)
