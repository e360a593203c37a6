"""The portal's demo: two organisations' partners, their items in every state, two requests."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Revision, WorkflowState

from hub.demo.seeder import SeedReport
from hub.models import Organisation
from hub.site.portal.demo.seed import PARTNER_ACCOUNTS, PORTAL, seed_portal
from hub.site.portal.items import STATES, organisation_items
from hub.site.portal.models import Decision, Membership, ProfileChange
from tests.staff import sign_in

# These test the demo itself (what it seeds), so they read it.
pytestmark = pytest.mark.demo

ACCOUNTS = {account.key: account for account in PARTNER_ACCOUNTS}


def organisation(key):
    return Organisation.objects.get(locale__language_code="pl", slug=PORTAL["organisations"][key])


def user(key):
    return get_user_model().objects.get(email=ACCOUNTS[key].email)


def sign_in_with_password(client, key):
    account = ACCOUNTS[key]
    response = client.post(
        "/pl/accounts/login/", {"login": account.email, "password": account.password}
    )
    assert response.status_code == 302, response.content.decode()[:500]
    assert client.session["_auth_user_id"] == str(user(key).pk)


def test_organisation_a_has_an_item_in_every_state_written_by_its_partners(hub):
    # The portal's items (the organisation also has news the editors published).
    titles = {spec["title"] for spec in PORTAL["item"] if spec["organisation"] == "a"}
    items = [
        item for item in organisation_items(organisation("a")) if item.page.draft_title in titles
    ]
    assert len(items) == len(titles)
    assert {item.state for item in items} == set(STATES)
    (sent_back,) = [item for item in items if item.state == "changes_requested"]
    assert sent_back.comment.startswith("Будь ласка")
    assert sent_back.page.locale.language_code == "uk"
    partners = {user("admin"), user("member")}
    for item in items:
        # Real revisions by the partner, real workflow states they started.
        first = Revision.page_revisions.filter(object_id=str(item.page.pk)).order_by("pk")[0]
        assert first.user in partners, item.page.title
        if item.state != "draft":
            state = WorkflowState.objects.for_instance(item.page).get()
            assert state.requested_by in partners
    published = [item.page for item in items if item.state == "published"]
    assert published and all(page.live for page in published)


def test_the_dashboard_shows_each_partner_their_own_organisations_items(client, hub):
    a_titles = [spec["title"] for spec in PORTAL["item"] if spec["organisation"] == "a"]
    b_titles = [spec["title"] for spec in PORTAL["item"] if spec["organisation"] == "b"]
    client.force_login(user("member"))
    html = client.get("/pl/partners/").content.decode()
    assert all(title in html for title in a_titles)
    assert "Wymaga poprawek" in html and "Будь ласка" in html
    assert not any(title in html for title in b_titles)
    client.force_login(user("b-member"))
    html = client.get("/pl/partners/").content.decode()
    assert all(title in html for title in b_titles)
    assert not any(title in html for title in a_titles)


def test_the_partner_accounts_sign_in_with_their_known_passwords(client, hub):
    sign_in_with_password(client, "admin")
    assert client.get("/pl/partners/").status_code == 200
    # The organisation admin runs the members' page; a plain member does not.
    assert client.get("/pl/partners/members/").status_code == 200
    client.logout()
    sign_in_with_password(client, "member")
    assert client.get("/pl/partners/").status_code == 200
    assert client.get("/pl/partners/members/").status_code == 404
    client.logout()
    sign_in_with_password(client, "b-member")
    assert client.get("/pl/partners/").status_code == 200
    client.logout()
    # The applicant is not a member yet: the portal is closed, the request is listed.
    sign_in_with_password(client, "applicant")
    assert client.get("/pl/partners/").status_code == 404
    join = client.get("/pl/partners/join/").content.decode()
    assert organisation("b").name in join


def test_a_pending_membership_request_and_profile_change_wait_for_an_editor(client, hub):
    pending = Membership.objects.get(user=user("applicant"))
    assert pending.status == Decision.PENDING and pending.organisation == organisation("b")
    change = ProfileChange.objects.get(organisation=organisation("a"))
    assert change.status == Decision.PENDING and change.proposed_by == user("admin")
    # The demo's editor (the one who decided on the partners' items).
    sign_in(client, get_user_model().objects.get(email="editor@example.org"))
    memberships = client.get("/admin/portal_memberships/?status=pending").content.decode()
    assert ACCOUNTS["applicant"].email in memberships
    assert ACCOUNTS["member"].email not in memberships  # approved, not pending
    changes = client.get("/admin/portal_profile_changes/?status=pending").content.decode()
    assert organisation("a").name in changes


def test_without_demo_accounts_the_partners_cannot_sign_in(client, hub):
    emails = [account.email for account in PARTNER_ACCOUNTS]
    get_user_model().objects.filter(email__in=emails).delete()
    report = SeedReport()
    seed_portal({"accounts": False}, report)
    users = get_user_model().objects.filter(email__in=emails)
    assert users.count() == len(emails)
    assert not any(u.has_usable_password() for u in users)
    assert report.accounts == []
    # With the accounts, the same partners get their passwords, listed with the others.
    report = SeedReport()
    seed_portal({"accounts": True}, report)
    listed = {email: (role, password) for role, email, password in report.accounts}
    assert listed[ACCOUNTS["admin"].email] == (
        "Partner admin · Fundacja Wspólny Dom",
        ACCOUNTS["admin"].password,
    )
    sign_in_with_password(client, "admin")
