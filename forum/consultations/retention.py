"""Retention: respondents' personal fields are erased N days after the report is out.

N is ``HUB_RETENTION_DAYS["consultation_responses"]`` (90 by default), the period
the information clause above the form promises.  Answers stay, without names.
"""

from datetime import timedelta

from hub.retention import RetentionResult, retention_days

from .models import ConsultationPage, Response


def anonymise_responses(now):
    cutoff = now - timedelta(days=retention_days("consultation_responses", 90))
    keys = ConsultationPage.objects.filter(report_published_at__lte=cutoff).values(
        "translation_key"
    )
    due = Response.objects.filter(translation_key__in=keys, anonymised_at__isnull=True)
    count = due.update(name="", organisation="", email="", anonymised_at=now)
    return [RetentionResult("consultation responses anonymised", count)]
