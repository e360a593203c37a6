"""Settings shared by every environment.  Values that vary come from ``ENV``."""

import dj_database_url
from django.utils.translation import gettext_lazy as _

from .environment import BASE_DIR, ENV

PROJECT_DIR = BASE_DIR / "hub"

DEBUG = False
SECRET_KEY = ENV.secret_key
ALLOWED_HOSTS = ENV.allowed_hosts
CSRF_TRUSTED_ORIGINS = ENV.csrf_trusted_origins

INSTALLED_APPS = [
    # Project apps first, so their templates and translations win.
    "hub",
    "forum",
    "forum.consultations",
    "events",
    "council",
    "search",
    # The site shell on top of them all (its models keep the "hub" label).
    "hub.site",
    "hub.site.portal",
    # Translation
    "wagtail_localize",
    "wagtail_localize.locales",
    # Wagtail
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.table_block",
    "wagtail.contrib.typed_table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    # Accounts
    "allauth",
    "allauth.account",
    "allauth.mfa",
    # Django
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "hub.input.ControlCharactersMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "hub.middleware.StaffMFAMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "hub.site.urls"
WSGI_APPLICATION = "hub.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Database ------------------------------------------------------------------
DATABASES = {
    "default": dj_database_url.parse(
        ENV.database_url, conn_max_age=ENV.database_conn_max_age, conn_health_checks=True
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
IS_POSTGRES = DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"

# Cache ---------------------------------------------------------------------
# Rate limits (logins, forms) must be shared by every worker, so the default
# cache is Redis when REDIS_URL is set and the database cache otherwise.  An
# unreachable Redis acts as an empty cache (hub.cache): pages render uncached,
# the hub's form limits let requests through, sign-in limits refuse.


def cache_settings(redis_url):
    if redis_url:
        return {
            "default": {
                "BACKEND": "hub.cache.ResilientRedisCache",
                "LOCATION": redis_url,
                "KEY_PREFIX": "forumhub",
                # Fail within a second instead of holding the request.
                "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
            }
        }
    return {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "hub_cache",
        },
        # Wagtail writes every rendition it shows into this cache, on every view:
        # into the database cache that would be queries per image on each page.
        "renditions": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    }


CACHES = cache_settings(ENV.redis_url)

# Sessions live in the database (survive cache flushes and restarts).
SESSION_ENGINE = "django.contrib.sessions.backends.db"

# Authentication ------------------------------------------------------------
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = True
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = False
ACCOUNT_ADAPTER = "hub.site.accounts.HubAccountAdapter"
# Sign-up, password reset and e-mail changes answer the same whether or not an
# address has an account; its owner is told by e-mail instead (allauth's default).
ACCOUNT_PREVENT_ENUMERATION = True
# Account e-mails carry their own subject, like the hub's other e-mails (no "[host]").
ACCOUNT_EMAIL_SUBJECT_PREFIX = ""
# The client's address is read from X-Forwarded-For through this many proxies
# (never when 0), by allauth's limits and the hub's own (hub.ratelimit).
TRUSTED_PROXY_COUNT = ENV.trusted_proxy_count
ALLAUTH_TRUSTED_PROXY_COUNT = TRUSTED_PROXY_COUNT
# login_failed: per address, and per account *at* an address (hub.site.accounts).
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/m/ip",
    "reset_password": "20/m/ip,5/m/key",
}
# Invitations one organisation admin, and one client, may send per window (seconds).
PORTAL_INVITATION_RATE_LIMIT = 20
PORTAL_INVITATION_RATE_WINDOW = 3600
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Forum Integracji i Migracji"
# Staff (anyone who may enter the Wagtail admin) must have a second factor.
HUB_REQUIRE_STAFF_MFA = ENV.require_staff_mfa is not False

# Internationalisation -----------------------------------------------------
LANGUAGE_CODE = "pl"
LANGUAGES = [
    ("pl", "Polski"),
    ("en", "English"),
    ("uk", "Українська"),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Warsaw"
USE_I18N = True
USE_TZ = True
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# Machine translation only with a DeepL key (wagtail-localize's DeepL translator;
# English is asked for as British English). No key: editors translate by hand.
if ENV.deepl_api_key:
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "hub.machine_translators.HubDeepLTranslator",
        "OPTIONS": {
            "AUTH_KEY": ENV.deepl_api_key,
            "FORMALITY": ENV.deepl_formality,
            "GLOSSARY_IDS": ENV.deepl_glossary_ids,
        },
    }

# Static and media ------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static"
STATICFILES_DIRS = [PROJECT_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = ENV.media_root

if ENV.aws_storage_bucket_name:
    _default_storage = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": ENV.aws_storage_bucket_name,
            "endpoint_url": ENV.aws_s3_endpoint_url,
            "region_name": ENV.aws_s3_region_name,
            "custom_domain": ENV.aws_s3_custom_domain,
            "access_key": ENV.aws_access_key_id,
            "secret_key": ENV.aws_secret_access_key,
            "default_acl": "private",
            "querystring_auth": True,
            "file_overwrite": False,
        },
    }
else:
    _default_storage = {"BACKEND": "django.core.files.storage.FileSystemStorage"}
STORAGES = {
    "default": _default_storage,
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# E-mail --------------------------------------------------------------------
DEFAULT_FROM_EMAIL = ENV.default_from_email
SERVER_EMAIL = ENV.default_from_email
# Every e-mail is queued (hub.mail) and delivered after the commit, retried while
# the mail server is down, through HUB_EMAIL_DELIVERY_BACKEND.
EMAIL_BACKEND = "hub.mail.QueuedEmailBackend"
if ENV.email_host:
    HUB_EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = ENV.email_host
    EMAIL_PORT = ENV.email_port
    EMAIL_HOST_USER = ENV.email_host_user or ""
    EMAIL_HOST_PASSWORD = ENV.email_host_password or ""
    EMAIL_USE_TLS = ENV.email_use_tls
else:
    HUB_EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.console.EmailBackend"

# Tasks (Wagtail's background work); run in-process until a worker is configured.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# Wagtail -------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Forum Integracji i Migracji"
# The public address: every absolute URL (e-mails, canonical, hreflang, sitemap,
# feeds) starts with it; setup_hub keeps the default site on it.
BASE_URL = ENV.base_url
WAGTAILADMIN_BASE_URL = BASE_URL
ICAL_UID_DOMAIN = ENV.ical_uid_domain
WAGTAILADMIN_LOGIN_URL = "account_login"
WAGTAILIMAGES_IMAGE_MODEL = "hub.HubImage"
WAGTAILDOCS_DOCUMENT_MODEL = "hub.HubDocument"
# Documents are always served through Django, so collection privacy (draft
# minutes, restricted collections) is checked on every download.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "ods", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_PASSWORD_RESET_ENABLED = False  # allauth owns password resets
WAGTAILEMBEDS_RESPONSIVE_HTML = True
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Search: Wagtail's database backend (PostgreSQL full-text search with an
# accent-insensitive configuration on PostgreSQL); Elasticsearch 9 when set.
ELASTICSEARCH_ANALYSIS = {
    "settings": {
        "analysis": {
            "analyzer": {
                # Polish, Ukrainian and English in one index: standard tokens,
                # lower case, diacritics folded ("Gdansk" finds "Gdańsk").
                "default": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": ["lowercase", "asciifolding"],
                }
            }
        }
    }
}


def search_backends(elasticsearch_url, index_prefix, is_postgres):
    if elasticsearch_url:
        return {
            "default": {
                "BACKEND": "wagtail.search.backends.elasticsearch9",
                "URLS": [elasticsearch_url],
                "INDEX_PREFIX": index_prefix,
                "TIMEOUT": 10,
                "OPTIONS": {},
                "INDEX_SETTINGS": ELASTICSEARCH_ANALYSIS,
            }
        }
    backend = {"BACKEND": "wagtail.search.backends.database"}
    if is_postgres:
        backend["SEARCH_CONFIG"] = "hub_unaccent"
    return {"default": backend}


WAGTAILSEARCH_BACKENDS = search_backends(
    ENV.elasticsearch_url, ENV.elasticsearch_index_prefix, IS_POSTGRES
)

# Security headers that hold in every environment.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "SAMEORIGIN"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": ENV.log_level},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
        "wagtail.contrib.redirects": {"level": "WARNING"},
    },
}

HUB_DEFAULT_TIMEZONE = "Europe/Warsaw"
HUB_CONTACT_FALLBACK = _("Forum for Integration and Migration")

# Days personal data is kept, per kind; apps read them with hub.retention.retention_days.
HUB_RETENTION_DAYS = {
    "event_registrations": 30,  # after the event
    "consultation_responses": 90,  # after the report is published
}

# Consultations ----------------------------------------------------------------
# Submissions one client may send per window (seconds); counted in the shared cache.
CONSULTATIONS_RATE_LIMIT = ENV.consultations_rate_limit
CONSULTATIONS_RATE_WINDOW = ENV.consultations_rate_window

# Events -----------------------------------------------------------------------
# Registrations one client, and one e-mail address, may send per window (seconds).
EVENTS_REGISTRATION_RATE_LIMIT = ENV.events_registration_rate_limit
EVENTS_REGISTRATION_EMAIL_LIMIT = ENV.events_registration_email_limit
EVENTS_REGISTRATION_RATE_WINDOW = ENV.events_registration_rate_window
# On events that require e-mail confirmation, minutes an unconfirmed registration holds a seat.
EVENTS_CONFIRMATION_HOLD_MINUTES = ENV.events_confirmation_hold_minutes

# Partner portal ---------------------------------------------------------------
# Saves and submissions one partner account may make per window (seconds).
PORTAL_SUBMISSION_RATE_LIMIT = ENV.portal_submission_rate_limit
PORTAL_SUBMISSION_RATE_WINDOW = ENV.portal_submission_rate_window
