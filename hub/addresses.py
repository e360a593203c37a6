"""The hub's public address (``BASE_URL``) and the one domain of its iCal UIDs.

Every absolute URL the hub writes (e-mails, canonical and hreflang links, the
sitemap, feeds) starts with ``settings.BASE_URL``, never with the host a
request happened to use: ``setup_hub`` keeps the default Wagtail site on that
address, so ``page.get_full_url()`` agrees, and ``absolute_url`` covers URLs
that are not pages.  iCal UIDs end in ``settings.ICAL_UID_DOMAIN``, which does
not change when the site moves, so calendars never see the same event twice.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from django.conf import settings


def absolute_url(path: str) -> str:
    """``path`` (``/pl/...``) on the public address; absolute URLs are returned as they are."""
    if urlsplit(path).scheme:
        return path
    return settings.BASE_URL.rstrip("/") + "/" + path.lstrip("/")


def site_address() -> dict:
    """The host name and port of ``BASE_URL``, as Wagtail's ``Site`` stores them."""
    base = urlsplit(settings.BASE_URL)
    return {
        "hostname": base.hostname or "localhost",
        "port": base.port or (443 if base.scheme == "https" else 80),
    }


def ical_uid(local_part: str) -> str:
    return f"{local_part}@{settings.ICAL_UID_DOMAIN}"
