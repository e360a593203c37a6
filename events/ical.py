"""iCalendar (RFC 5545) for one event and for subscribable feeds.

Times are written in Europe/Warsaw with its VTIMEZONE (all-day events as
dates).  The UID comes from the page's ``translation_key``, so the Polish,
English and Ukrainian copies of an event are one event in a calendar app;
``SEQUENCE`` is raised on every publication (see ``events.signals``).
"""

from __future__ import annotations

import datetime

from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from events.choices import WARSAW, EventStatus
from events.records import SharedEvent
from hub.addresses import absolute_url, ical_uid

PRODID = "-//Forum Integracji i Migracji//Kalendarz//PL"
ICAL_STATUS = {
    EventStatus.SCHEDULED: "CONFIRMED",
    EventStatus.MOVED_ONLINE: "CONFIRMED",
    EventStatus.POSTPONED: "TENTATIVE",
    EventStatus.CANCELLED: "CANCELLED",
}
# How far back a subscribed feed reaches; everything to come is always in it.
FEED_DAYS_BACK = 180


def uid_for(page) -> str:
    return ical_uid(f"event-{page.translation_key}")


def location_for(page) -> str:
    place = ", ".join(part for part in (page.venue_name, page.venue_address) if part)
    if page.status == EventStatus.MOVED_ONLINE and page.online_url:
        return page.online_url
    return place or page.online_url


def sequences_for(pages) -> dict:
    keys = [page.translation_key for page in pages]
    return dict(
        SharedEvent.objects.filter(translation_key__in=keys).values_list(
            "translation_key", "sequence"
        )
    )


def event_component(page, request, sequence: int) -> Event:
    event = Event()
    event.add("uid", uid_for(page))
    event.add("dtstamp", timezone.now().astimezone(datetime.UTC))
    stamp = page.last_published_at or page.first_published_at
    if stamp:
        event.add("last-modified", stamp.astimezone(datetime.UTC))
    event.add("sequence", sequence)
    title = page.title
    if page.status != EventStatus.SCHEDULED:
        title = f"{EventStatus(page.status).label}: {title}"
    event.add("summary", title)
    if page.all_day:
        first = page.start_local.date()
        last = (page.end_local or page.start_local).date()
        event.add("dtstart", first)
        event.add("dtend", last + datetime.timedelta(days=1))
    else:
        event.add("dtstart", page.start_local)
        event.add("dtend", page.end_local or page.start_local + datetime.timedelta(hours=1))
    event.add("status", ICAL_STATUS.get(page.status, "CONFIRMED"))
    url = page.get_full_url(request)
    if url:
        event.add("url", url)
    location = location_for(page)
    if location:
        event.add("location", location)
    description = [page.summary]
    if page.online_url and page.online_url != location:
        description.append(_("Online: %(url)s") % {"url": page.online_url})
    if url:
        description.append(url)
    event.add("description", "\n\n".join(part for part in description if part))
    event.add("categories", [str(page.get_kind_display())])
    return event


def occurrence_component(occurrence) -> Event:
    """A generated occurrence (``events.occurrences``), with its source's own UID."""
    event = Event()
    event.add("uid", occurrence.uid)
    event.add("dtstamp", timezone.now().astimezone(datetime.UTC))
    event.add("summary", occurrence.title)
    event.add("dtstart", occurrence.start_local)
    event.add("dtend", occurrence.end_local)
    event.add("status", "CANCELLED" if occurrence.cancelled else "CONFIRMED")
    if occurrence.venue_name:
        event.add("location", occurrence.venue_name)
    if occurrence.url:
        event.add("url", absolute_url(occurrence.url))
    event.add("categories", [str(occurrence.get_kind_display())])
    return event


def build_calendar(pages, request, name: str, occurrences=()) -> bytes:
    pages = list(pages)
    sequences = sequences_for(pages)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Europe/Warsaw")
    calendar.add("refresh-interval", datetime.timedelta(hours=6), parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", datetime.timedelta(hours=6))
    for page in pages:
        calendar.add_component(
            event_component(page, request, sequences.get(page.translation_key, 0))
        )
    for occurrence in occurrences:
        calendar.add_component(occurrence_component(occurrence))
    calendar.add_missing_timezones()
    return calendar.to_ical()


def feed_window(now=None):
    return (now or timezone.now()) - datetime.timedelta(days=FEED_DAYS_BACK)


__all__ = ["WARSAW", "build_calendar", "feed_window", "uid_for"]
