"""Hostile input in the partners' own forms: inert in pages, the admin and e-mails;
too long a text gets a clear message in the partner's language and keeps what was typed."""

import pytest
from django.core.cache import cache
from django.urls import reverse

from hub.factories import OrganisationFactory
from hub.site.portal.models import Decision, Membership, MembershipRequest, ProfileChange
from tests.portal.partners import browser, last_mail_to, member, partner

SCRIPT = '<script>alert("x")</script><img src=x onerror=alert(1)>'
ESCAPED = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;"
LONG = "ż" * 10_000
TOO_LONG = {
    "pl": "Upewnij się, że ta wartość ma co najwyżej",
    "en": "Ensure this value has at most",
    "uk": "Переконайтеся, що це значення містить не більше",
}


@pytest.fixture(autouse=True)
def fresh_limits():
    cache.clear()
    yield
    cache.clear()


def inert(html):
    assert "<script>alert" not in html and "<img src=x" not in html
    assert ESCAPED in html


def test_a_proposed_organisation_with_markup_is_inert_everywhere(client, hub, editor):
    user = partner("payload@example.org")
    client.force_login(user)
    response = client.post(
        "/pl/partners/join/new/",
        {"name": SCRIPT, "website": "javascript:alert(1)", "description": SCRIPT},
    )
    # A javascript: address is not a website: refused, with everything typed kept.
    assert response.status_code == 200
    html = response.content.decode()
    assert "Wpisz poprawny URL." in html
    assert 'value="javascript:alert(1)"' in html
    inert(html)
    response = client.post("/pl/partners/join/new/", {"name": SCRIPT, "description": SCRIPT})
    assert response.status_code == 302
    inert(client.get("/pl/partners/join/").content.decode())
    proposal = MembershipRequest.objects.get(user=user)
    editors = browser(editor)
    inert(editors.get(reverse("portal_organisation_requests:index")).content.decode())
    edit = reverse("portal_organisation_requests:edit", args=[proposal.pk])
    assert "<script>alert" not in editors.get(edit).content.decode()
    editors.post(
        edit,
        {"name": SCRIPT, "description": SCRIPT, "status": Decision.REFUSED, "reason": SCRIPT},
    )
    mail = last_mail_to(user.email)
    # Plain text: the payload is text as typed, never markup or an HTML part.
    assert SCRIPT in mail.body and "&lt;" not in mail.body
    inert(client.get("/pl/partners/join/").content.decode())


@pytest.mark.parametrize("language", ["pl", "en", "uk"])
def test_ten_thousand_characters_get_a_clear_message_and_keep_the_text(client, hub, language):
    organisation = OrganisationFactory(name="Fundacja Długa")
    client.force_login(member(organisation, f"long-{language}@example.org", admin=True))
    response = client.post(
        f"/{language}/partners/profile/",
        {"description": LONG, "address": "ul. Krótka 1", "contact_phone": "1" * 10_000},
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert TOO_LONG[language] in html
    assert 'class="error-summary"' in html
    assert LONG in html and "ul. Krótka 1" in html
    assert not ProfileChange.objects.exists()
    response = client.post(f"/{language}/partners/join/new/", {"name": LONG})
    assert TOO_LONG[language] in response.content.decode()
    assert LONG in response.content.decode()


def test_control_characters_never_reach_the_stored_text(client, hub):
    organisation = OrganisationFactory(name="Fundacja Kontrolna")
    client.force_login(member(organisation, "ctrl@example.org", admin=True))
    response = client.post(
        "/pl/partners/profile/", {"description": "Opis\x00 z\x07 bzykiem\r\nI druga linia."}
    )
    assert response.status_code == 302
    change = ProfileChange.objects.get()
    assert change.description == "Opis z bzykiem\r\nI druga linia."


def test_markup_in_a_members_address_and_a_profile_is_inert(client, hub, editor):
    organisation = OrganisationFactory(name=SCRIPT)
    admin = member(organisation, "admin-payload@example.org", admin=True)
    client.force_login(admin)
    inert(client.get("/pl/partners/members/").content.decode())
    inert(client.get("/pl/partners/").content.decode())
    client.post("/pl/partners/profile/", {"description": SCRIPT, "address": SCRIPT})
    editors = browser(editor)
    inert(editors.get(reverse("portal_profile_changes:index")).content.decode())
    membership = Membership.objects.get(user=admin)
    inert(editors.get(reverse("portal_memberships:index")).content.decode())
    assert membership.organisation.name == SCRIPT
