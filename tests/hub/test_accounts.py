"""Staff sign in through allauth (rate limits, MFA); Wagtail's own login is not used."""

import pytest
from allauth.mfa.models import Authenticator
from django.urls import reverse

from hub.factories import StaffFactory, can_sign_in
from hub.setup import EDITORS
from tests.staff import sign_in


@pytest.fixture
def editor(hub):
    """An editor under the real MFA rule (the shared ``editor`` fixture switches it off)."""
    return can_sign_in(StaffFactory(username="editor", groups=[EDITORS]), "editor-password-2026")


def test_wagtail_login_hands_over_to_allauth(client):
    response = client.get("/admin/login/?next=/admin/pages/")
    assert response.status_code == 302
    assert response["Location"] == "/pl/accounts/login/?next=%2Fadmin%2Fpages%2F"


def test_admin_sends_anonymous_visitors_to_allauth(client):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_staff_without_second_factor_are_sent_to_set_it_up(client, editor):
    client.force_login(editor)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_activate_totp")


def test_staff_with_second_factor_reach_the_admin(client, editor):
    sign_in(client, editor)
    response = client.get("/admin/")
    assert response.status_code == 200


def test_staff_with_a_factor_but_a_session_that_skipped_it_confirm_it_first(client, editor):
    Authenticator.objects.create(user=editor, type=Authenticator.Type.TOTP, data={"secret": "x"})
    client.force_login(editor)
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_reauthenticate") + "?next=%2Fadmin%2Fpages%2F"


def test_login_page_is_in_the_readers_language(client):
    html = client.get("/uk/accounts/login/").content.decode()
    assert '<html lang="uk" dir="ltr">' in html
    assert "noindex" in html


def test_wrong_password_gets_a_clear_message_and_keeps_the_email(client, editor):
    response = client.post(
        "/en/accounts/login/", {"login": "editor@example.org", "password": "wrong"}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "editor@example.org" in html
    assert "not correct" in html or "incorrect" in html.lower()
