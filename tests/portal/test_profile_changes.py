"""An organisation admin proposes profile changes; editors approve or refuse them."""

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.models import ModelLogEntry

from hub.factories import OrganisationFactory
from hub.models import Organisation
from hub.site.portal import audit
from hub.site.portal.models import Decision, ProfileChange
from tests.portal.partners import browser, last_mail_to, member


@pytest.fixture
def organisation(hub):
    return OrganisationFactory(name="Fundacja Profil", description="Stary opis.")


@pytest.fixture
def admin(organisation):
    return member(organisation, "profil@example.org", admin=True)


def propose(client, language="pl", **fields):
    data = {
        "description": "Nowy opis.",
        "website": "https://profil.example.org",
        "contact_email": "kontakt@example.org",
        "contact_phone": "+48 58 000 00 00",
        "address": "ul. Długa 1, Gdańsk",
        **fields,
    }
    return client.post(f"/{language}/partners/profile/", data)


def decide(editor, change, status, reason=""):
    data = {field: getattr(change, field) for field in ProfileChange.FIELDS}
    return browser(editor).post(
        reverse("portal_profile_changes:edit", args=[change.pk]),
        {**data, "status": status, "reason": reason},
    )


def test_the_form_starts_from_the_live_profile(client, organisation, admin):
    client.force_login(admin)
    html = client.get("/en/partners/profile/").content.decode()
    assert "Stary opis." in html and "Public profile" in html


def test_approved_change_goes_live_and_the_admin_is_told(client, organisation, admin, editor):
    client.force_login(admin)
    assert propose(client, "uk").status_code == 302
    change = ProfileChange.objects.get(organisation=organisation)
    assert change.status == Decision.PENDING and change.language == "uk"
    assert Organisation.objects.get(pk=organisation.pk).description == "Stary opis."
    assert ModelLogEntry.objects.filter(
        action=audit.PROPOSE_PROFILE_CHANGE, object_id=str(organisation.pk), user=admin
    ).exists()
    assert decide(editor, change, Decision.APPROVED).status_code == 302
    live = Organisation.objects.get(pk=organisation.pk)
    assert live.description == "Nowy opis." and live.website == "https://profil.example.org"
    mail = last_mail_to(admin.email)
    assert "публічний профіль організації Fundacja Profil уже її показує" in mail.body
    assert "http://testserver/uk/partners/" in mail.body
    assert ModelLogEntry.objects.filter(action=audit.APPROVE, object_id=str(change.pk)).exists()


def test_refused_change_keeps_the_profile(client, organisation, admin, editor):
    client.force_login(admin)
    propose(client, "en")
    change = ProfileChange.objects.get(organisation=organisation)
    decide(editor, change, Decision.REFUSED, "The address is not public.")
    assert Organisation.objects.get(pk=organisation.pk).description == "Stary opis."
    mail = last_mail_to(admin.email)
    assert "the profile stays as it was" in mail.body
    assert "The address is not public." in mail.body


def test_only_the_organisation_admin_proposes(client, organisation, admin):
    plain = member(organisation, "zwykly@example.org")
    client.force_login(plain)
    assert client.get("/pl/partners/profile/").status_code == 404
    assert propose(client).status_code == 404
    assert not ProfileChange.objects.exists()
    anonymous = Client()
    assert anonymous.get("/pl/partners/profile/").status_code == 404
