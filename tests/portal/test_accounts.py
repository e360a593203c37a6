"""Partners' accounts: sign-up with a verified address, the account pages in the site's
layout, answers that never tell whether an address has an account, the data download
and the account's deletion (what the person wrote for an organisation stays)."""

import json
import re

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core.cache import cache
from wagtail.models import ModelLogEntry, Page, Revision

from events.factories import create_event
from events.models import EventPage
from events.records import Registration, SharedEvent
from hub.factories import OrganisationFactory, StaffFactory, can_sign_in, create_news
from hub.models import NewsPage, Organisation
from hub.setup import EDITORS
from hub.site.portal import audit
from hub.site.portal.models import Invitation, Membership, MembershipRequest
from tests.portal.partners import PASSWORD, last_mail_to, mail_to, member, partner
from tests.staff import sign_in

User = get_user_model()
SITE_NAME = {
    "pl": "Forum Integracji i Migracji",
    "en": "Forum for Integration and Migration",
    "uk": "Форум інтеграції та міграції",
}
EMAIL_LABEL = {"pl": "Adres e-mail", "en": "Email", "uk": "Електронна адреса"}
SIGN_UP = {"pl": "Zarejestruj się", "en": "Sign Up", "uk": "Зареєструватись"}


@pytest.fixture(autouse=True)
def fresh_limits():
    cache.clear()
    yield
    cache.clear()


def sign_up(client, email, language="pl", password="A-long-new-password-2026"):
    return client.post(
        f"/{language}/accounts/signup/",
        {"email": email, "password1": password, "password2": password},
    )


def link_in(body):
    return re.search(r"http://testserver(/\S+)", body).group(1)


@pytest.mark.parametrize("language", ["pl", "en", "uk"])
@pytest.mark.parametrize("path", ["login/", "signup/", "password/reset/", "confirm-email/"])
def test_account_pages_are_in_the_site_layout_and_language(client, hub, language, path):
    response = client.get(f"/{language}/accounts/{path}")
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{language}"' in html
    assert 'class="site-header"' in html and 'class="language-switcher"' in html
    other = "en" if language != "en" else "uk"
    assert f'href="/{other}/accounts/{path}"' in html
    assert "noindex" in html
    title = re.search(r"<title>(.*?)</title>", html, re.S).group(1)
    assert " ".join(title.split()).endswith(SITE_NAME[language])


@pytest.mark.parametrize("language", ["pl", "en", "uk"])
def test_signed_in_account_pages_are_in_the_site_layout(client, hub, language):
    client.force_login(partner("ania@example.org"))
    for path in (
        "accounts/email/",
        "accounts/password/change/",
        "accounts/logout/",
        "partners/account/",
    ):
        response = client.get(f"/{language}/{path}")
        html = response.content.decode()
        assert response.status_code == 200, path
        assert f'<html lang="{language}"' in html and 'class="language-switcher"' in html


@pytest.mark.parametrize("language", ["pl", "en", "uk"])
def test_sign_up_verify_and_sign_in(client, hub, language):
    form = client.get(f"/{language}/accounts/signup/").content.decode()
    assert SIGN_UP[language] in form
    assert f'<label for="id_email">{EMAIL_LABEL[language]}</label>' in form
    response = sign_up(client, "nowy@example.org", language)
    assert response.status_code == 302
    assert response["Location"] == f"/{language}/accounts/confirm-email/"
    user = User.objects.get(email="nowy@example.org")
    assert not EmailAddress.objects.get(user=user).verified
    # Not verified: signing in sends the confirmation again instead of letting in.
    client.post(
        f"/{language}/accounts/login/",
        {"login": user.email, "password": "A-long-new-password-2026"},
    )
    assert "_auth_user_id" not in client.session
    confirm = link_in(mail_to(user.email)[0].body)
    assert confirm.startswith(f"/{language}/accounts/confirm-email/")
    assert client.get(confirm).status_code == 200
    assert client.post(confirm).status_code == 302
    assert EmailAddress.objects.get(user=user).verified
    response = client.post(
        f"/{language}/accounts/login/",
        {"login": user.email, "password": "A-long-new-password-2026"},
    )
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)
    assert client.get(f"/{language}/partners/join/").status_code == 200


def visible(response, client):
    """What the visitor sees after the answer: the page it redirects to."""
    assert response.status_code == 302
    page = client.get(response["Location"])
    return response["Location"], page.status_code


def test_sign_up_with_a_taken_address_looks_like_a_fresh_one(client, hub):
    partner("taken@example.org")
    fresh = visible(sign_up(client, "fresh@example.org"), client)
    client.cookies.clear()
    taken = visible(sign_up(client, "taken@example.org"), client)
    assert fresh == taken == ("/pl/accounts/confirm-email/", 200)
    assert User.objects.filter(email="taken@example.org").count() == 1
    # The owner of the taken address is told by e-mail, not the visitor on the page.
    assert len(mail_to("taken@example.org")) == 1 and len(mail_to("fresh@example.org")) == 1


def test_password_reset_for_an_unknown_address_looks_like_a_known_one(client, hub):
    partner("known@example.org")
    known = client.post("/en/accounts/password/reset/", {"email": "known@example.org"})
    unknown = client.post("/en/accounts/password/reset/", {"email": "nobody@example.org"})
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"] == "/en/accounts/password/reset/done/"
    reset = link_in(last_mail_to("known@example.org").body)
    assert reset.startswith("/en/accounts/password/reset/key/")


def test_password_reset_and_change(client, hub):
    user = partner("reset@example.org")
    client.post("/pl/accounts/password/reset/", {"email": user.email})
    key_url = client.get(link_in(last_mail_to(user.email).body))
    assert key_url.status_code == 302  # allauth moves the key into the session
    response = client.post(
        key_url["Location"], {"password1": "Another-pass-2026!", "password2": "Another-pass-2026!"}
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password("Another-pass-2026!")
    client.force_login(user)
    response = client.post(
        "/pl/accounts/password/change/",
        {
            "oldpassword": "Another-pass-2026!",
            "password1": "Third-pass-2026!",
            "password2": "Third-pass-2026!",
        },
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password("Third-pass-2026!")


def test_adding_a_taken_address_looks_like_adding_a_free_one(client, hub):
    partner("taken@example.org")
    client.force_login(partner("me@example.org"))
    taken = client.post("/pl/accounts/email/", {"action_add": "", "email": "taken@example.org"})
    free = client.post("/pl/accounts/email/", {"action_add": "", "email": "free@example.org"})
    assert taken.status_code == free.status_code == 302
    assert taken["Location"] == free["Location"] == "/pl/accounts/email/"
    assert not EmailAddress.objects.filter(
        user__email="me@example.org", email="taken@example.org", verified=True
    ).exists()


def test_change_of_email_needs_verification(client, hub):
    user = partner("old@example.org")
    client.force_login(user)
    response = client.post("/en/accounts/email/", {"action_add": "", "email": "new@example.org"})
    assert response.status_code == 302
    assert link_in(last_mail_to("new@example.org").body).startswith("/en/accounts/confirm-email/")
    assert not EmailAddress.objects.get(email="new@example.org").verified


def test_sign_up_is_rate_limited(client, hub, settings):
    settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "signup": "2/m/ip"}
    for n in range(2):
        assert sign_up(client, f"spam{n}@example.org").status_code == 302
    refused = sign_up(client, "spam9@example.org")
    assert refused.status_code == 429
    html = refused.content.decode()
    assert '<html lang="pl"' in html and "Zbyt wiele prób" in html
    assert not User.objects.filter(email="spam9@example.org").exists()


@pytest.fixture
def partner_with_history(hub, locales):
    organisation = OrganisationFactory(name="Fundacja Danych")
    user = member(organisation, "dane@example.org", admin=True)
    MembershipRequest.objects.create(user=user, name="Nowa Inicjatywa", language="pl")
    Invitation.objects.create(
        organisation=organisation, email="kolega@example.org", invited_by=user
    )
    event = create_event(
        hub["sections"]["events.EventIndexPage"]["pl"], title="Kurs polskiego", slug="kurs"
    )
    Registration.objects.create(
        event=SharedEvent.for_page(event),
        page=event,
        language="pl",
        name="Dana Danowska",
        email="dane@example.org",
        status="confirmed",
    )
    Registration.objects.create(
        event=SharedEvent.for_page(event),
        page=event,
        language="pl",
        name="Someone Else",
        email="other@example.org",
        status="confirmed",
    )
    return user, organisation


def test_the_data_download_holds_the_account_and_what_it_did(client, partner_with_history):
    user, organisation = partner_with_history
    client.force_login(user)
    page = client.get("/uk/partners/account/").content.decode()
    assert "Завантажити ваші дані" in page
    response = client.post("/uk/partners/account/download/")
    assert response["Content-Type"].startswith("application/json")
    assert "attachment" in response["Content-Disposition"]
    data = json.loads(response.content)
    assert data["account"]["email"] == "dane@example.org"
    assert data["email_addresses"] == [
        {"email": "dane@example.org", "verified": True, "primary": True}
    ]
    assert data["memberships"][0]["organisation"] == "Fundacja Danych"
    assert data["memberships"][0]["organisation_admin"] is True
    assert data["organisation_requests"][0]["name"] == "Nowa Inicjatywa"
    assert data["invitations_sent"][0]["email"] == "kolega@example.org"
    assert [r["name"] for r in data["event_registrations"]] == ["Dana Danowska"]
    assert data["event_registrations"][0]["event"] == "Kurs polskiego"
    assert ModelLogEntry.objects.filter(action=audit.EXPORT_ACCOUNT, user_id=user.pk).exists()


def test_anonymous_visitors_sign_in_for_their_account_page(client, hub):
    response = client.get("/en/partners/account/")
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/")
    assert client.post("/en/partners/account/download/").status_code == 302


def test_deleting_the_account_keeps_the_organisations_pages(client, editor, hub, news_indexes):
    organisation = OrganisationFactory(name="Fundacja Trwała")
    user = member(organisation, "odchodze@example.org", admin=True)
    news = create_news(
        news_indexes["pl"],
        title="Nasz kurs",
        slug="nasz-kurs",
        organisation=organisation,
        owner=user,
    )
    news.save_revision(user=user).publish(user=editor)
    event = create_event(
        hub["sections"]["events.EventIndexPage"]["pl"],
        title="Nasz dzień otwarty",
        slug="dzien-otwarty",
        organiser=organisation,
        owner=user,
    )
    event.save_revision(user=user).publish(user=editor)
    client.force_login(user)
    wrong = client.post("/pl/partners/account/delete/", {"password": "not-it"})
    assert wrong.status_code == 200
    assert "Hasło jest niepoprawne." in wrong.content.decode()
    assert User.objects.filter(pk=user.pk).exists()
    response = client.post("/pl/partners/account/delete/", {"password": PASSWORD})
    assert response.status_code == 302
    assert not User.objects.filter(pk=user.pk).exists()
    assert not Membership.objects.filter(organisation=organisation).exists()
    news = NewsPage.objects.get(pk=news.pk)
    assert news.live and news.organisation == Organisation.objects.get(pk=organisation.pk)
    assert news.owner is None
    assert Revision.objects.filter(object_id=str(news.pk)).exists()
    assert Page.objects.filter(pk=news.pk).exists()
    assert client.get(news.url).status_code == 200
    event = EventPage.objects.get(pk=event.pk)
    assert event.live and event.organiser_id == organisation.pk and event.owner is None
    assert "Nasz dzień otwarty" in client.get(event.url).content.decode()
    entry = ModelLogEntry.objects.get(action=audit.DELETE_ACCOUNT)
    assert entry.label == f"#{user.pk}"
    assert "_auth_user_id" not in client.session


def test_staff_delete_their_accounts_through_an_administrator(client, editor):
    client.force_login(editor)
    page = client.get("/en/partners/account/").content.decode()
    assert "Staff accounts are removed by an administrator" in page
    client.post("/en/partners/account/delete/", {"password": "anything"})
    assert User.objects.filter(pk=editor.pk).exists()


def test_a_staff_session_without_its_second_factor_gets_nothing_of_the_account(client, hub):
    staff = can_sign_in(StaffFactory(username="mfa-editor", groups=[EDITORS]), PASSWORD)
    client.force_login(staff)
    assert client.get("/pl/partners/account/").status_code == 404
    assert client.post("/pl/partners/account/download/").status_code == 404
    assert client.get("/admin/").status_code == 302  # sent to set up the second factor
    sign_in(client, staff)
    assert client.get("/pl/partners/account/").status_code == 200
