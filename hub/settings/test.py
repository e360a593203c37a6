"""Tests: `make test` (SQLite unless DATABASE_URL is set; CI uses PostgreSQL)."""

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-key"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Mail a test sends goes straight to django.core.mail.outbox; the queue's tests
# (tests/hub/test_outages.py) put EMAIL_BACKEND back to the queue.
EMAIL_BACKEND = HUB_EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
HUB_REQUIRE_STAFF_MFA = True
BASE_URL = WAGTAILADMIN_BASE_URL = "http://testserver"
LOGGING["root"]["level"] = "WARNING"  # noqa: F405
# Serve static files straight from the apps in tests (no collectstatic needed).
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Tests never call DeepL: machine translation marks the source text.
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {"CLASS": "hub.machine_translators.MarkedMachineTranslator"}
