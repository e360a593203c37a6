"""The per-client limit on consultation answers (``hub.ratelimit``)."""

from django.conf import settings

from hub.ratelimit import client_key, over_limit

SCOPE = "consultations:submissions"


def limit_reached(request) -> bool:
    """Count one submission for this client; True when it is over the limit."""
    return over_limit(
        client_key(request, SCOPE),
        settings.CONSULTATIONS_RATE_LIMIT,
        settings.CONSULTATIONS_RATE_WINDOW,
    )
