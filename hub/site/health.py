"""``/health/``: what the hub depends on, up or down, as JSON for monitoring.

It answers 200 while pages can be served (the database is up), even when the
cache, search or mail are down, because the site degrades without them; it
answers 503 when the database is down.  It names no host, password or person.
"""

from __future__ import annotations

import logging

from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from hub.cache import cache_is_up
from hub.mail import mail_is_up

logger = logging.getLogger(__name__)

UP, DOWN = "up", "down"


def database_is_up() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except Exception:  # noqa: BLE001 - any failure means down
        return False


def search_is_up() -> bool:
    try:
        list(get_search_backend().search("forum", Page.objects.live())[:1])
    except Exception as error:  # noqa: BLE001 - any failure means down
        logger.warning("Search unavailable: %s", type(error).__name__)
        return False
    return True


def checks() -> dict:
    database = database_is_up()
    return {
        "database": UP if database else DOWN,
        "cache": UP if cache_is_up() else DOWN,
        "search": UP if database and search_is_up() else DOWN,
        # Down while an unsent e-mail's last attempt failed (they wait in the queue).
        "mail_queue": UP if database and mail_is_up() else DOWN,
    }


@never_cache
@require_GET
def health(request):
    report = checks()
    if report["database"] == DOWN:
        status = "down"
    elif DOWN in report.values():
        status = "degraded"
    else:
        status = "ok"
    return JsonResponse(
        {"status": status, "checks": report}, status=503 if status == "down" else 200
    )
