"""The portal's actions are in Wagtail's log, with who, what and when, for editors to see."""

import pytest
from django.urls import reverse
from wagtail.models import ModelLogEntry

from hub.factories import OrganisationFactory
from hub.site.portal import audit
from hub.site.portal.models import Decision, Membership
from tests.portal.partners import PASSWORD, browser, member, partner


@pytest.fixture
def history(hub, editor):
    """A join request decided by an editor, an invitation, a removal and a profile change."""
    organisation = OrganisationFactory(name="Fundacja Historia")
    admin = member(organisation, "admin-historia@example.org", admin=True)
    leaving = member(organisation, "odchodzi@example.org")
    joining = partner("dolacza@example.org")
    partners = browser(joining)
    partners.post("/pl/partners/join/", {"organisation": OrganisationFactory(name="Inna").pk})
    request = Membership.objects.get(user=joining)
    browser(editor).post(
        reverse("portal_memberships:edit", args=[request.pk]),
        {"status": Decision.REFUSED, "reason": "Brak danych."},
    )
    admins = browser(admin)
    admins.post("/pl/partners/members/invite/", {"email": "nowa@example.org"})
    admins.post(f"/pl/partners/members/{Membership.objects.get(user=leaving).pk}/remove/")
    admins.post("/pl/partners/profile/", {"description": "Nowy opis."})
    partners.post("/pl/partners/account/download/")
    return organisation, admin, joining


def test_every_portal_action_is_logged_with_who_and_when(history):
    organisation, admin, joining = history
    entries = {entry.action: entry for entry in ModelLogEntry.objects.all()}
    for action in (
        audit.JOIN_REQUEST,
        audit.REFUSE,
        audit.INVITE,
        audit.REMOVE_MEMBER,
        audit.PROPOSE_PROFILE_CHANGE,
        audit.EXPORT_ACCOUNT,
    ):
        assert action in entries, action
        assert entries[action].timestamp is not None
    assert entries[audit.INVITE].user == admin
    assert entries[audit.INVITE].object_id == str(organisation.pk)
    assert entries[audit.INVITE].data == {"email": "nowa@example.org"}
    assert entries[audit.REMOVE_MEMBER].data == {"person": "odchodzi@example.org"}
    assert entries[audit.JOIN_REQUEST].user == joining
    assert entries[audit.REFUSE].user.username == "editor"
    assert entries[audit.EXPORT_ACCOUNT].user == joining


def test_editors_see_the_portal_actions_in_the_site_history(client, history, editor):
    client.force_login(editor)
    html = client.get(reverse("wagtailadmin_reports:site_history")).content.decode()
    for message in (
        "Zaproszono nowa@example.org",
        "Usunięto: odchodzi@example.org",
        "Zaproponowano zmianę profilu",
        "Prośba o dołączenie od: dolacza@example.org",
        "Odrzucono: Brak danych.",
    ):
        assert message in html, message
    # The account's own download is for administrators, who manage accounts.
    assert "Pobrano dane konta" not in html


def test_administrators_see_the_accounts_downloads_and_deletions(client, history, administrator):
    deleting = partner("znika@example.org")
    browser(deleting).post("/pl/partners/account/delete/", {"password": PASSWORD})
    client.force_login(administrator)
    html = client.get(reverse("wagtailadmin_reports:site_history")).content.decode()
    assert "Pobrano dane konta" in html and "Usunięto konto" in html
    assert "znika@example.org" not in html  # the deleted account's entry keeps its number
