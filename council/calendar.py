"""The Council's duty hours in the one calendar, read from the schedule's occurrences.

The duty-hours page's weekly rows are the only source: publishing the page
generates ``DutyHoursOccurrence`` rows, which the duty-hours page, its iCal
feed, the Council page and (through ``events.occurrences``) the calendar read.
"""

from django.utils import translation
from django.utils.translation import gettext as _

from council.models import DutyHoursOccurrence
from events.models import EventKind
from events.occurrences import CalendarOccurrence, OccurrenceWindow


def duty_hours_in_calendar(locale, window: OccurrenceWindow):
    rows = DutyHoursOccurrence.objects.filter(locale=locale, page__live=True)
    if window.ends_from is not None:
        rows = rows.filter(end__gte=window.ends_from)
    if window.ends_before is not None:
        rows = rows.filter(end__lt=window.ends_before)
    if window.starts_before is not None:
        rows = rows.filter(start__lt=window.starts_before)
    rows = rows.select_related("member", "page").order_by(
        *(("-start", "-pk") if window.descending else ("start", "pk"))
    )
    if window.limit is not None:
        rows = rows[: window.limit]
    urls = {}  # one duty-hours page behind many rows: its URL (a site lookup) once

    def url_of(page):
        if page.pk not in urls:
            urls[page.pk] = page.url
        return urls[page.pk]

    with translation.override(locale.language_code):
        body = _("Immigrants' Council")
        return [
            CalendarOccurrence(
                locale=locale,
                title=row.title,
                url=url_of(row.page),
                summary=row.page.introduction,
                kind=EventKind.DUTY_HOURS,
                start=row.start,
                end=row.end,
                uid=row.uid,
                venue_name=row.place,
                languages=row.languages,
                organising_body=body,
                cancelled=row.cancelled,
            )
            for row in rows
        ]
