"""Joining a member organisation or proposing one; editors decide in the admin."""

import pytest
from django.urls import reverse
from wagtail.models import ModelLogEntry

from hub.factories import OrganisationFactory
from hub.models import Organisation
from hub.site.portal import audit
from hub.site.portal.models import Decision, Membership, MembershipRequest
from tests.portal.partners import browser, last_mail_to, partner

PORTAL_NAME = {"pl": "Portal partnerów", "en": "Partner portal", "uk": "Портал партнерів"}


@pytest.fixture
def directory(locales):
    return {
        "pl": OrganisationFactory(locale=locales["pl"], name="Fundacja Mostów"),
        "en": OrganisationFactory(locale=locales["en"], name="Bridges Foundation"),
        "uk": OrganisationFactory(locale=locales["uk"], name="Фонд Мостів"),
        "draft": OrganisationFactory(locale=locales["pl"], name="Szkic Fundacji", live=False),
    }


def edit_url(viewset, obj):
    return reverse(f"{viewset}:edit", args=[obj.pk])


def test_a_verified_user_chooses_from_the_directory_in_their_language(client, directory):
    client.force_login(partner("ola@example.org"))
    html = client.get("/pl/partners/join/").content.decode()
    assert "Fundacja Mostów" in html
    assert "Bridges Foundation" not in html and "Szkic Fundacji" not in html
    html = client.get("/en/partners/join/").content.decode()
    assert "Bridges Foundation" in html and "Fundacja Mostów" not in html


def test_anonymous_visitors_sign_in_first_and_unverified_accounts_get_404(client, directory):
    response = client.get("/pl/partners/join/")
    assert response.status_code == 302
    assert response["Location"] == "/pl/accounts/login/?next=/pl/partners/join/"
    client.force_login(partner("unverified@example.org", verified=False))
    assert client.get("/pl/partners/join/").status_code == 404
    assert client.get("/pl/partners/join/new/").status_code == 404
    client.force_login(partner("verified@example.org"))
    assert client.get("/pl/partners/join/").status_code == 200


@pytest.mark.parametrize("language", ["pl", "en", "uk"])
def test_join_request_approved_by_an_editor_opens_the_portal(client, directory, editor, language):
    organisation = directory[language]
    user = partner(f"{language}@example.org")
    client.force_login(user)
    response = client.post(f"/{language}/partners/join/", {"organisation": organisation.pk})
    assert response.status_code == 302
    membership = Membership.objects.get(user=user)
    assert membership.status == Decision.PENDING and membership.language == language
    assert client.get(f"/{language}/partners/").status_code == 404  # not before the decision
    assert ModelLogEntry.objects.filter(
        action=audit.JOIN_REQUEST, object_id=str(membership.pk)
    ).exists()

    listing = browser(editor).get(reverse("portal_memberships:index")).content.decode()
    assert user.email in listing
    response = browser(editor).post(
        edit_url("portal_memberships", membership),
        {"status": Decision.APPROVED, "reason": "Witamy", "is_admin": ""},
    )
    assert response.status_code == 302
    mail = last_mail_to(user.email)
    assert organisation.name in mail.body and "Witamy" in mail.body
    assert f"http://testserver/{language}/partners/" in mail.body
    assert "/admin/" not in mail.body
    expected = {
        "pl": "Redakcja zaakceptowała Twoją prośbę",
        "en": "approved your request",
        "uk": "Редакція схвалила ваш запит",
    }[language]
    assert expected in mail.body
    dashboard = client.get(f"/{language}/partners/")
    assert dashboard.status_code == 200
    assert PORTAL_NAME[language] in dashboard.content.decode()
    assert ModelLogEntry.objects.filter(
        action=audit.APPROVE, object_id=str(membership.pk), user=editor
    ).exists()


def test_refusal_needs_a_reason_and_sends_it(client, directory, editor):
    user = partner("kyiv@example.org")
    client.force_login(user)
    client.post("/uk/partners/join/", {"organisation": directory["uk"].pk})
    membership = Membership.objects.get(user=user)
    url = edit_url("portal_memberships", membership)
    response = browser(editor).post(url, {"status": Decision.REFUSED, "reason": ""})
    assert response.status_code == 200
    assert "zostanie wysłany osobie, która złożyła prośbę" in response.content.decode()
    membership.refresh_from_db()
    assert membership.status == Decision.PENDING
    browser(editor).post(url, {"status": Decision.REFUSED, "reason": "Nie znamy tej osoby."})
    membership.refresh_from_db()
    assert membership.status == Decision.REFUSED
    mail = last_mail_to(user.email)
    assert "Редакція відхилила ваш запит" in mail.body and "Nie znamy tej osoby." in mail.body
    assert client.get("/uk/partners/").status_code == 404
    page = client.get("/uk/partners/join/").content.decode()
    assert "Nie znamy tej osoby." in page
    assert f'<option value="{directory["uk"].pk}">' in page  # may ask again
    # A decision is made once: a second save sends nothing more.
    count = len(list(type(mail).objects.filter(to=user.email)))
    browser(editor).post(url, {"status": Decision.APPROVED, "reason": "x"})
    membership.refresh_from_db()
    assert membership.status == Decision.REFUSED
    assert type(mail).objects.filter(to=user.email).count() == count


def test_new_organisation_approved_is_created_with_its_admin(client, hub, editor):
    user = partner("nowa@example.org")
    client.force_login(user)
    response = client.post(
        "/en/partners/join/new/",
        {
            "name": "Gdańsk Newcomers",
            "website": "https://newcomers.example.org",
            "description": "We help.",
        },
    )
    assert response.status_code == 302
    proposal = MembershipRequest.objects.get(user=user)
    assert proposal.language == "en"
    assert ModelLogEntry.objects.filter(
        action=audit.ORGANISATION_REQUEST, object_id=str(proposal.pk)
    ).exists()
    browser(editor).post(
        edit_url("portal_organisation_requests", proposal),
        {
            "name": "Gdańsk Newcomers",
            "website": "https://newcomers.example.org",
            "description": "We help.",
            "status": Decision.APPROVED,
            "reason": "",
        },
    )
    organisation = Organisation.objects.get(name="Gdańsk Newcomers")
    assert organisation.locale.language_code == "en" and organisation.live
    membership = Membership.objects.get(user=user, organisation=organisation)
    assert membership.status == Decision.APPROVED and membership.is_admin
    mail = last_mail_to(user.email)
    assert "is in the directory" in mail.body and "http://testserver/en/partners/" in mail.body
    html = client.get("/en/partners/").content.decode()
    assert "You act for Gdańsk Newcomers." in html
    assert client.get("/en/partners/members/").status_code == 200


def test_the_editors_listing_is_oldest_first(client, directory, editor):
    for name in ("first", "second"):
        user = partner(f"{name}@example.org")
        client.force_login(user)
        client.post("/pl/partners/join/new/", {"name": f"Org {name}"})
    html = browser(editor).get(reverse("portal_organisation_requests:index")).content.decode()
    assert html.index("Org first") < html.index("Org second")


def test_a_refused_person_may_ask_again_and_a_pending_request_is_not_repeated(
    client, directory, editor
):
    user = partner("again@example.org")
    # Someone else's pending request for the same organisation changes nothing for this one.
    browser(partner("other@example.org")).post(
        "/pl/partners/join/", {"organisation": directory["pl"].pk}
    )
    client.force_login(user)
    client.post("/pl/partners/join/", {"organisation": directory["pl"].pk})
    page = client.get("/pl/partners/join/").content.decode()
    assert "Fundacja Mostów: Oczekuje" in page
    assert f'<option value="{directory["pl"].pk}">' not in page  # pending: not twice
    membership = Membership.objects.get(user=user)
    browser(editor).post(
        reverse("portal_memberships:edit", args=[membership.pk]),
        {"status": Decision.REFUSED, "reason": "Za mało danych."},
    )
    page = client.get("/pl/partners/join/").content.decode()
    assert f'<option value="{directory["pl"].pk}">' in page
    response = client.post("/en/partners/join/", {"organisation": directory["pl"].pk})
    assert response.status_code == 200  # the English directory lists English profiles only
    assert (
        client.post("/pl/partners/join/", {"organisation": directory["pl"].pk}).status_code == 302
    )
    membership.refresh_from_db()
    assert membership.status == Decision.PENDING and membership.reason == ""
    assert membership.decided_by is None


def test_the_admin_dashboard_counts_the_requests_waiting(client, directory, editor):
    editors = browser(editor)
    html = editors.get("/admin/").content.decode()
    assert "Prośby partnerów czekające na decyzję" not in html
    client.force_login(partner("waiting@example.org"))
    client.post("/pl/partners/join/", {"organisation": directory["pl"].pk})
    client.post("/pl/partners/join/new/", {"name": "Nowa"})
    html = editors.get("/admin/").content.decode()
    assert "Prośby partnerów czekające na decyzję" in html
    assert reverse("portal_memberships:index") + "?status=pending" in html
    assert reverse("portal_organisation_requests:index") + "?status=pending" in html
    assert reverse("portal_profile_changes:index") + "?status=pending" not in html  # none waiting
