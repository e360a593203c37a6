"""Local development: `make run`."""

from .base import *  # noqa: F403
from .environment import ENV

DEBUG = True
SECRET_KEY = ENV.secret_key or "dev-only-insecure-key-never-used-in-production"
ALLOWED_HOSTS = ENV.allowed_hosts or ["127.0.0.1", "localhost", "[::1]"]
HUB_EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.console.EmailBackend"
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
# Demo accounts log in without a second factor unless REQUIRE_STAFF_MFA=true.
HUB_REQUIRE_STAFF_MFA = bool(ENV.require_staff_mfa)
# Without a DeepL key, machine translation in the demo marks the source text instead.
if not ENV.deepl_api_key:
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "hub.machine_translators.MarkedMachineTranslator"
    }
