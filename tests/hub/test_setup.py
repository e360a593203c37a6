"""setup_hub and seed_demo are idempotent: a second run changes nothing.

The smoke test seeds the whole demo (the one test that does) and walks its
sitemap: every page it lists answers, in every language.
"""

import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    ReferenceIndex,
    Revision,
    Site,
    WorkflowState,
)

from hub.models import NewsPage, Organisation, ThematicArea
from hub.setup import DRAFTS_COLLECTION, EDITORS
from hub.site.models import HomePage
from hub.site.portal.models import Membership, ProfileChange

SITEMAP = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def snapshot():
    return {
        "locales": list(Locale.objects.values_list("language_code", flat=True).order_by("pk")),
        "pages": list(
            Page.objects.values_list("pk", "path", "slug", "live", "title").order_by("path")
        ),
        "revisions": Revision.objects.count(),
        "sites": list(Site.objects.values_list("pk", "root_page_id", "hostname")),
        "collections": list(Collection.objects.values_list("pk", "name")),
        "restrictions": CollectionViewRestriction.objects.count(),
        "groups": list(Group.objects.values_list("name", flat=True).order_by("name")),
        "group_permissions": sorted(Group.objects.values_list("name", "permissions__codename")),
        "page_permissions": GroupPagePermission.objects.count(),
        "collection_permissions": GroupCollectionPermission.objects.count(),
        "areas": ThematicArea.objects.count(),
        "news": NewsPage.objects.count(),
        "users": get_user_model().objects.count(),
        "memberships": list(Membership.objects.values_list("pk", "status").order_by("pk")),
        "profile_changes": ProfileChange.objects.count(),
        "workflow_states": list(WorkflowState.objects.values_list("pk", "status").order_by("pk")),
    }


def test_setup_hub_twice_changes_nothing(db):
    call_command("setup_hub", verbosity=0)
    before = snapshot()
    call_command("setup_hub", verbosity=0)
    assert snapshot() == before


def sitemap_paths(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    locations = ET.fromstring(response.content).findall("s:url/s:loc", SITEMAP)
    return [urlsplit(location.text).path for location in locations]


@pytest.mark.smoke
def test_the_whole_demo_answers_every_url_of_its_sitemap(client):
    call_command("seed_demo", verbosity=0)
    paths = sitemap_paths(client)
    languages = {path.split("/")[1] for path in paths}
    assert languages == {code for code, _name in settings.LANGUAGES}
    # The whole demo, not the small one: 80 member organisations, each with a
    # profile in each language.
    assert Organisation.objects.filter(locale__language_code="pl").count() >= 80
    assert len(paths) > 3 * 80
    failures = {}
    for path in paths:
        status = client.get(path).status_code
        if status != 200:
            failures[path] = status
    assert failures == {}


@pytest.mark.demo
def test_seed_demo_twice_changes_nothing(db):
    """The session's small demo (seeded once, before the first test marked ``demo``)
    seeded a second time.  The small demo goes through every seeder as the whole one does."""
    before = snapshot()
    assert before["news"] > 0
    assert before["memberships"] and before["workflow_states"]
    call_command("seed_demo", "--small", verbosity=0)
    assert snapshot() == before


def test_setup_creates_a_home_in_every_locale_and_the_site_points_to_polish(hub):
    assert set(hub["homes"]) == {"pl", "en", "uk"}
    site = Site.objects.get(is_default_site=True)
    assert site.root_page.specific == HomePage.objects.get(locale__language_code="pl")


def test_draft_collection_is_restricted_to_the_people_who_prepare_documents(hub):
    drafts = Collection.objects.get(name=DRAFTS_COLLECTION)
    restriction = CollectionViewRestriction.objects.get(collection=drafts)
    assert restriction.restriction_type == CollectionViewRestriction.GROUPS
    assert EDITORS in set(restriction.groups.values_list("name", flat=True))


def references():
    return set(
        ReferenceIndex.objects.values_list(
            "base_content_type", "object_id", "to_content_type", "to_object_id", "model_path"
        )
    )


@pytest.mark.demo
def test_the_seeded_reference_index_is_what_wagtail_rebuilds(db):
    """The seed runs each object's reference-index update once, at the end (inline rows
    through their parent): the index holds what Wagtail's own rebuild finds."""
    seeded = references()
    assert any(model_path.startswith("area_links") for *_ids, model_path in seeded)
    call_command("rebuild_references_index", verbosity=0)
    assert references() == seeded
