"""Behind a reverse proxy, limits count per resident, never per proxy or per account."""

import pytest

from hub.factories import can_sign_in
from hub.ratelimit import client_address
from tests.consultations.conftest import Answering, build_consultation, respond_url

PROXY = "10.0.0.2"


@pytest.fixture
def behind_one_proxy(settings):
    settings.TRUSTED_PROXY_COUNT = settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    return settings


def via_proxy(address):
    return {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": f"198.51.100.66, {address}"}


def test_the_forwarded_address_counts_only_through_trusted_proxies(rf, settings):
    request = rf.get("/", **via_proxy("203.0.113.5"))
    settings.TRUSTED_PROXY_COUNT = settings.ALLAUTH_TRUSTED_PROXY_COUNT = 0
    assert client_address(request) == PROXY  # a header anyone can write is ignored
    settings.TRUSTED_PROXY_COUNT = settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    assert client_address(request) == "203.0.113.5"  # what our proxy saw, not the forgery


def test_consultation_limit_counts_each_resident_behind_the_proxy(client, hub, behind_one_proxy):
    behind_one_proxy.CONSULTATIONS_RATE_LIMIT = 2
    page = build_consultation(hub["sections"]["consultations.ConsultationIndexPage"]["pl"])
    answering = Answering(page)
    for _ in range(2):
        sent = client.post(respond_url(page), answering.valid_data(), **via_proxy("203.0.113.5"))
        assert sent.status_code == 303
    third = client.post(respond_url(page), answering.valid_data(), **via_proxy("203.0.113.5"))
    assert third.status_code == 429
    other = client.post(respond_url(page), answering.valid_data(), **via_proxy("203.0.113.9"))
    assert other.status_code == 303


def sign_in(client, password, address):
    return client.post(
        "/pl/accounts/login/",
        {"login": "editor@example.org", "password": password},
        **via_proxy(address),
    )


def test_spraying_one_account_locks_out_only_the_sprayer(client, editor, behind_one_proxy):
    behind_one_proxy.HUB_REQUIRE_STAFF_MFA = False
    can_sign_in(editor, "editor-password-2026")
    for _ in range(5):
        assert sign_in(client, "wrong-password", "203.0.113.66").status_code == 200
    refused = sign_in(client, "editor-password-2026", "203.0.113.66")
    assert "_auth_user_id" not in client.session, "the sprayer's address is locked out"
    assert refused.status_code in (200, 429)
    owner = sign_in(client, "editor-password-2026", "203.0.113.7")
    assert owner.status_code == 302
    assert client.session["_auth_user_id"] == str(editor.pk)
