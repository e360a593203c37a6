"""Demo accounts (known passwords) exist only with DEBUG or an explicit ``--accounts``.

The guard reads DEBUG, never the settings module's name: a production module
called something else gets no accounts either.
"""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from hub.demo.seed import DEMO_ACCOUNTS
from tests.staff import sign_in

# These test the demo itself (the accounts it seeds), so they read it.
pytestmark = pytest.mark.demo

DEMO_EMAILS = [email for email, *_rest in DEMO_ACCOUNTS]


def run_seed_demo(*args):
    get_user_model().objects.filter(email__in=DEMO_EMAILS).delete()
    out = StringIO()
    call_command("seed_demo", "--small", *args, stdout=out)
    created = set(
        get_user_model().objects.filter(email__in=DEMO_EMAILS).values_list("email", flat=True)
    )
    return created, out.getvalue()


@pytest.mark.parametrize(
    "module", ["hub.settings.production", "deploy.live_settings", "hub.settings.staging"]
)
def test_without_debug_no_demo_account_is_made_whatever_the_module_is_called(settings, module):
    settings.DEBUG = False
    settings.SETTINGS_MODULE = module
    created, out = run_seed_demo()
    assert created == set()
    assert "demo accounts not created: DEBUG is off" in out
    assert "demo-admin-2026" not in out


@pytest.mark.parametrize("module", ["hub.settings.production", "deploy.live_settings"])
def test_an_explicit_accounts_flag_makes_them_without_debug(settings, module):
    settings.DEBUG = False
    settings.SETTINGS_MODULE = module
    created, out = run_seed_demo("--accounts")
    assert created == set(DEMO_EMAILS)
    assert "Demo accounts (development only):" in out


def test_debug_makes_them_without_the_flag(settings):
    settings.DEBUG = True
    settings.SETTINGS_MODULE = "deploy.live_settings"
    created, out = run_seed_demo()
    assert created == set(DEMO_EMAILS)
    assert "editor@example.org" in out


def test_demo_accounts_carry_names_the_admin_shows(settings, client):
    settings.DEBUG = True
    run_seed_demo()
    administrator = get_user_model().objects.get(email="administrator@example.org")
    sign_in(client, administrator)
    html = client.get("/admin/users/").content.decode()
    for account in DEMO_ACCOUNTS:
        assert f"{account.first_name} {account.last_name}" in html
