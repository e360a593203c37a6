"""Council secretaries edit the Council section and its documents, and nothing else."""

import pytest
from django.contrib.auth.models import Group
from wagtail.documents import get_document_model
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    GroupCollectionPermission,
    GroupPagePermission,
)
from wagtail.permissions import policy_registry

from council.documents import DRAFTS_COLLECTION, PUBLIC_COLLECTION
from hub.factories import StandardPageFactory, create_news
from hub.setup import COUNCIL_SECRETARIES
from hub.setup import DRAFTS_COLLECTION as HUB_DRAFTS
from hub.setup import PUBLIC_COLLECTION as HUB_PUBLIC


def test_secretaries_get_page_permissions_only_on_the_council_section(council):
    group = Group.objects.get(name=COUNCIL_SECRETARIES)
    granted = set(
        GroupPagePermission.objects.filter(group=group).values_list(
            "page_id", "permission__codename"
        )
    )
    expected = {
        (root.pk, codename)
        for root in council["root"].values()
        for codename in ("add_page", "change_page", "publish_page")
    }
    assert granted == expected


def test_secretaries_manage_documents_only_in_the_council_collections(hub):
    group = Group.objects.get(name=COUNCIL_SECRETARIES)
    document_permissions = set(
        GroupCollectionPermission.objects.filter(
            group=group, permission__content_type__app_label="wagtaildocs"
        )
        .exclude(permission__codename="choose_document", collection__depth=1)
        .values_list("collection__name", "permission__codename")
    )
    assert document_permissions == {
        (name, codename)
        for name in (PUBLIC_COLLECTION, DRAFTS_COLLECTION)
        for codename in ("add_document", "change_document", "choose_document")
    }


def test_the_council_draft_collection_is_restricted_to_editors_secretaries_and_admins(hub):
    drafts = Collection.objects.get(name=DRAFTS_COLLECTION)
    restriction = CollectionViewRestriction.objects.get(collection=drafts)
    assert restriction.restriction_type == CollectionViewRestriction.GROUPS
    assert set(restriction.groups.values_list("name", flat=True)) == {
        "Editors",
        COUNCIL_SECRETARIES,
        "Administrators",
    }
    public = Collection.objects.get(name=PUBLIC_COLLECTION)
    assert not CollectionViewRestriction.objects.filter(collection=public).exists()


def test_a_secretary_can_edit_and_publish_council_pages(council, council_secretary):
    for page in (
        council["root"]["pl"],
        council["meetings"]["uk"],
        council["duty_hours"]["en"],
    ):
        permissions = page.permissions_for_user(council_secretary)
        assert permissions.can_edit()
        assert permissions.can_publish()


def test_a_secretary_cannot_edit_anything_outside_the_council(
    hub, council, council_secretary, editor
):
    news_index = hub["sections"]["hub.NewsIndexPage"]["pl"]
    home = hub["homes"]["pl"]
    outside = [
        home,
        news_index,
        create_news(news_index),
        home.add_child(instance=StandardPageFactory.build(locale=home.locale)),
        hub["sections"]["events.EventIndexPage"]["pl"],
    ]
    for page in outside:
        permissions = page.permissions_for_user(council_secretary)
        assert not permissions.can_edit(), page
        assert not permissions.can_add_subpage(), page
        # The same pages are editable, by an editor: the refusal is the secretary's.
        assert page.permissions_for_user(editor).can_edit(), page
    # ... while the Council's own pages are the secretary's to edit.
    assert council["root"]["pl"].permissions_for_user(council_secretary).can_edit()


def test_a_secretary_cannot_add_documents_outside_the_council_collections(hub, council_secretary):
    permission_policy = policy_registry.get_by_type(get_document_model())
    allowed = {
        collection.name
        for collection in permission_policy.collections_user_has_permission_for(
            council_secretary, "add"
        )
    }
    assert allowed == {PUBLIC_COLLECTION, DRAFTS_COLLECTION}
    assert HUB_PUBLIC not in allowed and HUB_DRAFTS not in allowed


@pytest.mark.parametrize("lang", ["pl", "en"])
def test_the_admin_opens_council_pages_to_a_secretary_and_refuses_the_rest(
    client, council, council_secretary, hub, lang
):
    client.force_login(council_secretary)
    council_page = council["meetings"][lang]
    response = client.get(f"/admin/pages/{council_page.pk}/edit/")
    assert response.status_code == 200
    news = hub["sections"]["hub.NewsIndexPage"][lang]
    response = client.get(f"/admin/pages/{news.pk}/edit/")
    assert response.status_code in (302, 403)
    response = client.get("/admin/snippets/hub/thematicarea/")
    assert response.status_code in (302, 403)
    response = client.get("/admin/users/")
    assert response.status_code in (302, 403)
