"""An organisation admin invites colleagues by a signed, expiring link, and removes members."""

import re
import time

import pytest
from django.core import signing
from django.core.cache import cache
from wagtail.models import ModelLogEntry

from hub.factories import OrganisationFactory
from hub.site.portal import audit
from hub.site.portal.models import Decision, Invitation, Membership
from tests.portal.partners import PASSWORD, browser, last_mail_to, member, partner


@pytest.fixture(autouse=True)
def fresh_limits():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def orgs(hub):
    return OrganisationFactory(name="Fundacja Alfa"), OrganisationFactory(name="Fundacja Beta")


@pytest.fixture
def admin(orgs):
    return member(orgs[0], "szefowa@example.org", admin=True)


def invite(client, email, language="pl"):
    return client.post(f"/{language}/partners/members/invite/", {"email": email})


def accept_path(email):
    body = last_mail_to(email).body
    return re.search(r"http://testserver(/\S+/partners/invitations/\S+/)", body).group(1)


def test_admin_invites_and_the_colleague_signs_in_then_joins(client, orgs, admin):
    client.force_login(admin)
    response = invite(client, "kolega@example.org", "en")
    assert response.status_code == 302
    mail = last_mail_to("kolega@example.org")
    assert "Fundacja Alfa" in mail.subject and "szefowa@example.org" in mail.body
    assert "7 days" in mail.body and "/admin/" not in mail.body
    assert ModelLogEntry.objects.filter(
        action=audit.INVITE, object_id=str(orgs[0].pk), user=admin
    ).exists()
    path = accept_path("kolega@example.org")
    assert path.startswith("/en/partners/invitations/")

    client.logout()
    colleague = partner("kolega@example.org")
    page = client.get(path).content.decode()
    assert "This invitation was sent to kolega@example.org" in page
    # Signing in comes back to the invitation (it waits in the session).
    response = client.post("/en/accounts/login/", {"login": colleague.email, "password": PASSWORD})
    assert response["Location"] == path
    page = client.get(path).content.decode()
    assert "Join Fundacja Alfa" in page
    assert not Membership.objects.filter(user=colleague).exists()  # a GET changes nothing
    response = client.post(path)
    assert response["Location"] == "/en/partners/"
    membership = Membership.objects.get(user=colleague)
    assert membership.status == Decision.APPROVED and not membership.is_admin
    assert "You act for Fundacja Alfa." in client.get("/en/partners/").content.decode()
    assert ModelLogEntry.objects.filter(action=audit.ACCEPT_INVITATION, user=colleague).exists()
    # Used once.
    used = client.get(path)
    assert used.status_code == 404
    assert "already been used" in used.content.decode()


def test_an_invitation_for_another_address_does_not_make_a_member(client, orgs, admin):
    client.force_login(admin)
    invite(client, "kolega@example.org")
    path = accept_path("kolega@example.org")
    client.force_login(partner("intruz@example.org"))
    page = client.post(path).content.decode()
    assert "nie jest potwierdzonym adresem Twojego konta" in page
    assert not Membership.objects.filter(user__email="intruz@example.org").exists()


def test_expired_and_forged_invitations_are_refused(client, orgs, admin, monkeypatch):
    invitation = Invitation.objects.create(
        organisation=orgs[0], email="late@example.org", invited_by=admin
    )
    client.force_login(partner("late@example.org"))
    forged = signing.dumps({"id": invitation.pk, "email": invitation.email}, salt="other")
    tampered = invitation.token[:-2] + "xx"
    with monkeypatch.context() as eight_days_ago:
        now = time.time()
        eight_days_ago.setattr(signing.time, "time", lambda: now - 8 * 24 * 3600)
        expired = invitation.token
    for token in (forged, tampered, expired):
        response = client.post(f"/uk/partners/invitations/{token}/")
        assert response.status_code == 404
        assert "Цим запрошенням не можна скористатися" in response.content.decode()
    assert not Membership.objects.filter(user__email="late@example.org").exists()
    assert client.post(f"/uk/partners/invitations/{invitation.token}/").status_code == 302
    assert Membership.objects.filter(user__email="late@example.org").exists()


def test_only_an_organisation_admin_invites_and_sees_members(client, orgs, admin):
    plain = member(orgs[0], "czlonek@example.org")
    other_admin = member(orgs[1], "beta@example.org", admin=True)
    client.force_login(plain)
    assert client.get("/pl/partners/members/").status_code == 404
    assert invite(client, "x@example.org").status_code == 404
    client.force_login(other_admin)
    html = client.get("/pl/partners/members/").content.decode()
    assert "beta@example.org" in html and "czlonek@example.org" not in html
    client.force_login(admin)
    html = client.get("/pl/partners/members/").content.decode()
    assert "czlonek@example.org" in html and "beta@example.org" not in html
    client.logout()
    for path in (
        "members/",
        "members/invite/",
        f"members/{Membership.objects.get(user=plain).pk}/remove/",
    ):
        assert client.get(f"/pl/partners/{path}").status_code == 404
        assert client.post(f"/pl/partners/{path}").status_code == 404


def test_admin_removes_a_member_but_not_another_organisations_nor_the_last_admin(
    client, orgs, admin
):
    colleague = member(orgs[0], "czlonek@example.org")
    outsider = member(orgs[1], "beta@example.org")
    client.force_login(admin)
    theirs = Membership.objects.get(user=outsider)
    assert client.post(f"/pl/partners/members/{theirs.pk}/remove/").status_code == 404
    assert Membership.objects.filter(pk=theirs.pk).exists()
    own = Membership.objects.get(user=admin)
    response = client.post(f"/pl/partners/members/{own.pk}/remove/", follow=True)
    assert "Jesteś ostatnią osobą administrującą" in response.content.decode()
    assert Membership.objects.filter(pk=own.pk).exists()
    ours = Membership.objects.get(user=colleague)
    response = client.post(f"/pl/partners/members/{ours.pk}/remove/", follow=True)
    assert "czlonek@example.org nie działa już w imieniu organizacji." in response.content.decode()
    assert not Membership.objects.filter(pk=ours.pk).exists()
    entry = ModelLogEntry.objects.get(action=audit.REMOVE_MEMBER)
    assert entry.object_id == str(orgs[0].pk) and entry.user_id == admin.pk
    client.force_login(colleague)
    assert client.get("/pl/partners/").status_code == 404


def test_invitations_are_rate_limited(client, orgs, admin, settings):
    settings.PORTAL_INVITATION_RATE_LIMIT = 2
    client.force_login(admin)
    for n in range(2):
        assert invite(client, f"k{n}@example.org").status_code == 302
    refused = invite(client, "k9@example.org", "uk")
    assert refused.status_code == 429
    html = refused.content.decode()
    assert "Ви надіслали забагато запрошень" in html
    assert 'value="k9@example.org"' in html  # what was typed is kept
    assert not Invitation.objects.filter(email="k9@example.org").exists()


def test_a_new_colleague_signs_up_verifies_and_comes_back_to_the_invitation(client, orgs, admin):
    browser_of_admin = browser(admin)
    browser_of_admin.post("/uk/partners/members/invite/", {"email": "nova@example.org"})
    mail = last_mail_to("nova@example.org")
    assert "Запрошення діяти від імені: Fundacja Alfa" == mail.subject
    path = accept_path("nova@example.org")
    page = client.get(path).content.decode()
    assert "Створити обліковий запис" in page
    password = "Nova-password-2026!"
    client.post(
        "/uk/accounts/signup/",
        {"email": "nova@example.org", "password1": password, "password2": password},
    )
    confirm = re.search(r"http://testserver(/\S+)", last_mail_to("nova@example.org").body)
    client.post(confirm.group(1))
    response = client.post(
        "/uk/accounts/login/", {"login": "nova@example.org", "password": password}
    )
    assert response["Location"] == path
    assert client.post(path)["Location"] == "/uk/partners/"
    html = client.get("/uk/partners/").content.decode()
    assert "Fundacja Alfa" in html and "Портал партнерів" in html
