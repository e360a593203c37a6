"""Every environment variable the hub reads, in one typed block.

Nothing else in the code base looks at ``os.environ``: settings modules import
``ENV`` from here.  The README lists the same variables, with their defaults.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def _str(name: str, default: str | None = None) -> str | None:
    value = os.environ.get(name, "").strip()
    return value or default


def _bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name, "").strip().lower()
    if not value:
        return default
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off"}:
        return False
    raise ValueError(f"{name} must be true or false, not {value!r}")


def _int(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    try:
        return int(value)
    except ValueError as error:
        raise ValueError(f"{name} must be a whole number, not {value!r}") from error


def _optional_bool(name: str) -> bool | None:
    return _bool(name) if os.environ.get(name, "").strip() else None


def _list(name: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, "").split(",") if item.strip()]


def _pairs(name: str) -> dict[tuple[str, str], str]:
    """``PL:EN=id1,PL:UK=id2`` as ``{("PL", "EN"): "id1", ("PL", "UK"): "id2"}``."""
    pairs = {}
    for item in _list(name):
        languages, _equals, value = item.partition("=")
        source, _colon, target = languages.partition(":")
        if not (source.strip() and target.strip() and value.strip()):
            raise ValueError(f"{name} must read SOURCE:TARGET=id,..., not {item!r}")
        pairs[(source.strip().upper(), target.strip().upper())] = value.strip()
    return pairs


@dataclass(frozen=True)
class Environment:
    # Core
    secret_key: str | None = field(default_factory=lambda: _str("SECRET_KEY"))
    allowed_hosts: list[str] = field(default_factory=lambda: _list("ALLOWED_HOSTS"))
    csrf_trusted_origins: list[str] = field(default_factory=lambda: _list("CSRF_TRUSTED_ORIGINS"))
    base_url: str = field(
        default_factory=lambda: _str("BASE_URL", "http://127.0.0.1:8000").rstrip("/")
    )
    # The domain after the "@" of every iCal UID; never the host the site runs on.
    ical_uid_domain: str = field(
        default_factory=lambda: _str("ICAL_UID_DOMAIN", "forum-integracji.gdansk.pl")
    )
    # Data stores
    database_url: str = field(
        default_factory=lambda: _str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}")
    )
    database_conn_max_age: int = field(default_factory=lambda: _int("DATABASE_CONN_MAX_AGE", 60))
    redis_url: str | None = field(default_factory=lambda: _str("REDIS_URL"))
    elasticsearch_url: str | None = field(default_factory=lambda: _str("ELASTICSEARCH_URL"))
    elasticsearch_index_prefix: str = field(
        default_factory=lambda: _str("ELASTICSEARCH_INDEX_PREFIX", "forumhub_")
    )
    # E-mail
    email_host: str | None = field(default_factory=lambda: _str("EMAIL_HOST"))
    email_port: int = field(default_factory=lambda: _int("EMAIL_PORT", 587))
    email_host_user: str | None = field(default_factory=lambda: _str("EMAIL_HOST_USER"))
    email_host_password: str | None = field(default_factory=lambda: _str("EMAIL_HOST_PASSWORD"))
    email_use_tls: bool = field(default_factory=lambda: _bool("EMAIL_USE_TLS", True))
    default_from_email: str = field(
        default_factory=lambda: _str(
            "DEFAULT_FROM_EMAIL", "Forum Integracji i Migracji <forum@localhost>"
        )
    )
    # Media storage (S3-compatible object storage when a bucket is named)
    aws_storage_bucket_name: str | None = field(
        default_factory=lambda: _str("AWS_STORAGE_BUCKET_NAME")
    )
    aws_s3_endpoint_url: str | None = field(default_factory=lambda: _str("AWS_S3_ENDPOINT_URL"))
    aws_s3_region_name: str | None = field(default_factory=lambda: _str("AWS_S3_REGION_NAME"))
    aws_s3_custom_domain: str | None = field(default_factory=lambda: _str("AWS_S3_CUSTOM_DOMAIN"))
    aws_access_key_id: str | None = field(default_factory=lambda: _str("AWS_ACCESS_KEY_ID"))
    aws_secret_access_key: str | None = field(default_factory=lambda: _str("AWS_SECRET_ACCESS_KEY"))
    media_root: str = field(default_factory=lambda: _str("MEDIA_ROOT", str(BASE_DIR / "media")))
    # Translation
    deepl_api_key: str | None = field(default_factory=lambda: _str("DEEPL_API_KEY"))
    # default, prefer_more or prefer_less (Polish has a formal register; Ukrainian and
    # English fall back to DeepL's default)
    deepl_formality: str = field(default_factory=lambda: _str("DEEPL_FORMALITY", "prefer_more"))
    # DeepL glossaries per language pair: "PL:EN=<glossary id>,PL:UK=<glossary id>"
    deepl_glossary_ids: dict = field(default_factory=lambda: _pairs("DEEPL_GLOSSARY_IDS"))
    # Security
    # None when unset: production requires MFA for staff, development does not.
    require_staff_mfa: bool | None = field(
        default_factory=lambda: _optional_bool("REQUIRE_STAFF_MFA")
    )
    # Reverse proxies in front of the app that append to X-Forwarded-For (0: trust none)
    trusted_proxy_count: int = field(default_factory=lambda: _int("TRUSTED_PROXY_COUNT", 0))
    secure_ssl_redirect: bool = field(default_factory=lambda: _bool("SECURE_SSL_REDIRECT", True))
    # Observability
    log_level: str = field(default_factory=lambda: _str("LOG_LEVEL", "INFO"))
    # Consultations: submissions per client and window (seconds), against spam
    consultations_rate_limit: int = field(
        default_factory=lambda: _int("CONSULTATIONS_RATE_LIMIT", 20)
    )
    consultations_rate_window: int = field(
        default_factory=lambda: _int("CONSULTATIONS_RATE_WINDOW", 3600)
    )
    # Event registrations per client and per e-mail address in one window (seconds)
    events_registration_rate_limit: int = field(
        default_factory=lambda: _int("EVENTS_REGISTRATION_RATE_LIMIT", 10)
    )
    events_registration_email_limit: int = field(
        default_factory=lambda: _int("EVENTS_REGISTRATION_EMAIL_LIMIT", 5)
    )
    events_registration_rate_window: int = field(
        default_factory=lambda: _int("EVENTS_REGISTRATION_RATE_WINDOW", 3600)
    )
    # Partner portal: saves and submissions one member may make per window (seconds)
    portal_submission_rate_limit: int = field(
        default_factory=lambda: _int("PORTAL_SUBMISSION_RATE_LIMIT", 60)
    )
    portal_submission_rate_window: int = field(
        default_factory=lambda: _int("PORTAL_SUBMISSION_RATE_WINDOW", 3600)
    )
    # Minutes a registration awaiting e-mail confirmation holds its seat
    events_confirmation_hold_minutes: int = field(
        default_factory=lambda: _int("EVENTS_CONFIRMATION_HOLD_MINUTES", 60)
    )


ENV = Environment()
