"""Production: refuses to start without a secret key and allowed hosts."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .environment import ENV

if not ENV.secret_key:
    raise ImproperlyConfigured("SECRET_KEY must be set in production.")
if not ENV.allowed_hosts:
    raise ImproperlyConfigured("ALLOWED_HOSTS must be set in production (comma-separated).")

DEBUG = False
SECRET_KEY = ENV.secret_key
ALLOWED_HOSTS = ENV.allowed_hosts

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = ENV.secure_ssl_redirect
SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
