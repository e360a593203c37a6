"""The iCal feed of the Council's duty hours (Europe/Warsaw times, stable UIDs).

The duty-hours page routes here and passes itself; its occurrences are reached
through the page's relation, so this module does not import the models.
"""

from datetime import timedelta

from django.http import HttpResponse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

# Past duty hours stay in the feed for a month, so calendars do not drop them at once.
KEEP_PAST_DAYS = 30


def duty_hours_calendar(page, request):
    with translation.override(page.locale.language_code):
        calendar = Calendar()
        calendar.add("prodid", "-//Forum Integracji i Migracji//Rada Imigrantow//PL")
        calendar.add("version", "2.0")
        calendar.add("x-wr-calname", page.title)
        calendar.add("x-wr-timezone", "Europe/Warsaw")
        occurrences = (
            page.occurrences.filter(end__gte=timezone.now() - timedelta(days=KEEP_PAST_DAYS))
            .select_related("member")
            .order_by("start")
        )
        page_url = page.get_full_url(request)
        stamp = page.last_published_at or timezone.now()
        for occurrence in occurrences:
            event = Event()
            event.add("uid", occurrence.uid)
            event.add("dtstamp", stamp)
            event.add("dtstart", occurrence.start_local)
            event.add("dtend", occurrence.end_local)
            event.add("summary", occurrence.title)
            if occurrence.place:
                event.add("location", occurrence.place)
            if occurrence.language_names:
                event.add(
                    "description",
                    _("Languages: %(languages)s")
                    % {"languages": ", ".join(occurrence.language_names)},
                )
            event.add("status", "CANCELLED" if occurrence.cancelled else "CONFIRMED")
            if page_url:
                event.add("url", page_url)
            calendar.add_component(event)
        calendar.add_missing_timezones()
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="duty-hours.ics"'
    return response
