"""Organisations and people have drafts, revisions, locking and preview.

Editors prepare a change as a draft, preview it on the real profile, publish
it, and revert to an earlier revision; residents only ever see the live version.
"""

import pytest
from bs4 import BeautifulSoup

from forum.factories import WorkingGroupPageFactory
from forum.models import WorkingGroupLeader
from hub.factories import OrganisationFactory, PersonFactory, StaffFactory, ThematicAreaFactory
from hub.models import Organisation
from hub.setup import EDITORS
from hub.site.portal.models import ProfileChange
from tests.staff import sign_in

ADMIN = "/admin/snippets/hub/organisation"


@pytest.fixture
def directory(hub):
    return hub["sections"]["forum.OrganisationDirectoryPage"]["pl"]


@pytest.fixture
def editor(client):
    return sign_in(client, StaffFactory(groups=[EDITORS]))


def published(**fields):
    """A live organisation whose first revision is published, as the admin leaves it."""
    organisation = OrganisationFactory(**fields)
    organisation.save_revision(log_action=True).publish()
    return Organisation.objects.get(pk=organisation.pk)


def edit_form(client, url):
    """What a browser would post from the admin form at ``url``, as a dict of fields."""
    response = client.get(url)
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    form = html.select_one("form[method=post][action*='/edit/'], form#w-editor-form")
    data = {}
    for field in form.select("input[name], textarea[name], select[name]"):
        name, kind = field["name"], field.get("type", "")
        if kind in ("submit", "button", "file") or name == "csrfmiddlewaretoken":
            continue
        if kind in ("checkbox", "radio"):
            if field.has_attr("checked"):
                data[name] = field.get("value", "on")
        elif field.name == "textarea":
            data[name] = field.text.lstrip("\n")
        elif field.name == "select":
            option = field.select_one("option[selected]") or field.select_one("option")
            data[name] = option.get("value", "") if option else ""
        else:
            data[name] = field.get("value", "")
    return data


def profile_text(client, directory, organisation):
    response = client.get(f"{directory.url}{organisation.slug}/")
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").select_one("main").get_text(" ")


def test_a_draft_edit_changes_the_profile_only_when_it_is_published(client, directory, editor):
    organisation = published(description="Pomagamy w sprawach mieszkaniowych.")
    assert "Pomagamy w sprawach mieszkaniowych." in profile_text(client, directory, organisation)

    url = f"{ADMIN}/edit/{organisation.pk}/"
    data = edit_form(client, url)
    data["description"] = "Od stycznia także porady prawne."
    assert client.post(url, data).status_code == 302

    public = profile_text(client, directory, organisation)
    assert "Pomagamy w sprawach mieszkaniowych." in public
    assert "Od stycznia także porady prawne." not in public
    assert Organisation.objects.get(pk=organisation.pk).has_unpublished_changes

    data = edit_form(client, url)
    assert data["description"] == "Od stycznia także porady prawne."  # the editor's draft
    client.post(url, {**data, "action-publish": "action-publish"})
    public = profile_text(client, directory, organisation)
    assert "Od stycznia także porady prawne." in public
    assert "Pomagamy w sprawach mieszkaniowych." not in public


def test_the_history_lists_revisions_and_reverting_restores_the_earlier_text(
    client, directory, editor
):
    organisation = published(description="Pierwszy opis organizacji.")
    first = organisation.latest_revision
    organisation.description = "Drugi opis, z błędem."
    organisation.save_revision(log_action=True).publish()
    assert "Drugi opis, z błędem." in profile_text(client, directory, organisation)

    history = client.get(f"{ADMIN}/history/{organisation.pk}/")
    assert history.status_code == 200
    revert_url = f"{ADMIN}/history/{organisation.pk}/revisions/{first.pk}/revert/"
    assert revert_url in history.content.decode()
    assert organisation.revisions.count() == 2

    data = edit_form(client, revert_url)
    assert data["description"] == "Pierwszy opis organizacji."
    client.post(revert_url, {**data, "action-publish": "action-publish"})
    public = profile_text(client, directory, organisation)
    assert "Pierwszy opis organizacji." in public
    assert "Drugi opis, z błędem." not in public
    assert organisation.revisions.count() == 3


def test_a_never_published_organisation_is_absent_until_it_is_published(client, directory):
    live = OrganisationFactory(name="Fundacja Opublikowana")
    draft = OrganisationFactory(name="Fundacja Szkicowa", live=False)
    draft.save_revision()

    listing = client.get(directory.url).content.decode()
    assert "Fundacja Opublikowana" in listing
    assert "Fundacja Szkicowa" not in listing
    assert client.get(f"{directory.url}{live.slug}/").status_code == 200
    assert client.get(f"{directory.url}{draft.slug}/").status_code == 404

    draft.get_latest_revision().publish()
    assert "Fundacja Szkicowa" in client.get(directory.url).content.decode()
    assert client.get(f"{directory.url}{draft.slug}/").status_code == 200


def test_an_organisation_saved_as_a_draft_in_the_admin_is_not_public(client, directory, editor):
    earlier = published(name="Stowarzyszenie Opublikowane")
    assert client.get(f"{directory.url}{earlier.slug}/").status_code == 200
    data = edit_form(client, f"{ADMIN}/add/")
    data.update(name="Nowe Stowarzyszenie", slug="nowe-stowarzyszenie", kind="ngo")
    assert client.post(f"{ADMIN}/add/", data).status_code == 302
    created = Organisation.objects.get(slug="nowe-stowarzyszenie", locale=directory.locale)
    assert not created.live
    assert client.get(f"{directory.url}nowe-stowarzyszenie/").status_code == 404


def test_a_lock_stops_another_editor_from_saving(client, directory, editor):
    organisation = published(description="Opis przed blokadą.")
    holder = StaffFactory(groups=[EDITORS])
    organisation.locked, organisation.locked_by = True, holder
    organisation.save(update_fields=["locked", "locked_by"])

    url = f"{ADMIN}/edit/{organisation.pk}/"
    data = edit_form(client, url)
    data["description"] = "Zmiana innego redaktora."
    response = client.post(url, {**data, "action-publish": "action-publish"})
    assert response.status_code == 200  # the form again, with the lock's message
    organisation.refresh_from_db()
    assert organisation.description == "Opis przed blokadą."
    assert organisation.revisions.count() == 1
    assert "Opis przed blokadą." in profile_text(client, directory, organisation)

    # Positive control: once unlocked, the same edit goes through.
    organisation.locked = False
    organisation.save(update_fields=["locked"])
    client.post(url, {**data, "action-publish": "action-publish"})
    assert "Zmiana innego redaktora." in profile_text(client, directory, organisation)


def test_the_preview_is_the_public_profile_with_the_draft_text(client, directory, editor):
    organisation = published(name="Fundacja Podglądu", description="Opis opublikowany.")
    url = f"{ADMIN}/edit/{organisation.pk}/"
    data = edit_form(client, url)
    data["description"] = "Opis w przygotowaniu."
    preview_url = f"{ADMIN}/preview/{organisation.pk}/"
    assert client.post(preview_url, data).json()["is_valid"]
    preview = BeautifulSoup(client.get(preview_url).content, "html.parser")
    # The profile template: the directory in the breadcrumbs, the profile's heading.
    profile = preview.select_one("article.organisation-profile")
    assert profile.select_one(".breadcrumbs a[href$='/organizacje/']").get_text() == directory.title
    assert profile.select_one("h1").get_text(strip=True) == "Fundacja Podglądu"
    assert "Opis w przygotowaniu." in preview.get_text()
    assert "Opis w przygotowaniu." not in profile_text(client, directory, organisation)


def test_only_published_people_are_listed_as_working_group_leaders(client, hub):
    index = hub["sections"]["forum.WorkingGroupIndexPage"]["pl"]
    group = WorkingGroupPageFactory(parent=index, area=ThematicAreaFactory(locale=index.locale))
    shown = PersonFactory(name="Anna Opublikowana")
    hidden = PersonFactory(name="Jan Szkicowy", live=False)
    for person in (shown, hidden):
        WorkingGroupLeader.objects.create(
            page=group, person=person, role="lider", locale=group.locale
        )
    html = client.get(group.url).content.decode()
    assert "Anna Opublikowana" in html
    assert "Jan Szkicowy" not in html


def test_a_person_has_a_preview_and_a_history(client, editor):
    person = PersonFactory(name="Olena Podglądowa")
    person.save_revision().publish()
    assert client.get(f"/admin/snippets/hub/person/history/{person.pk}/").status_code == 200
    url = f"/admin/snippets/hub/person/edit/{person.pk}/"
    data = edit_form(client, url)
    data["affiliation"] = "Centrum Wsparcia Imigrantów"
    assert client.post(f"/admin/snippets/hub/person/preview/{person.pk}/", data).json()["is_valid"]
    preview = client.get(f"/admin/snippets/hub/person/preview/{person.pk}/").content.decode()
    assert "Olena Podglądowa" in preview and "Centrum Wsparcia Imigrantów" in preview


def test_an_approved_profile_change_is_a_published_revision(client, directory):
    organisation = published(description="Stary opis z portalu.")
    editor = StaffFactory(groups=[EDITORS])
    change = ProfileChange.objects.create(
        organisation=organisation, description="Nowy opis zaproponowany w portalu."
    )
    revision = change.apply(user=editor)
    organisation.refresh_from_db()
    assert organisation.live_revision == revision == organisation.latest_revision
    assert revision.user == editor
    assert organisation.revisions.count() == 2
    public = profile_text(client, directory, organisation)
    assert "Nowy opis zaproponowany w portalu." in public
    assert "Stary opis z portalu." not in public
