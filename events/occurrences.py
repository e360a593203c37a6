"""Dated entries of the calendar that other apps generate (not event pages).

The one calendar lists event pages; some dated things are kept elsewhere as a
schedule with their own source of truth (the Council's duty hours are rows of
the duty-hours page, expanded into occurrences when it is published).  An app
registers a function under ``CALENDAR_OCCURRENCES_HOOK`` that returns those
occurrences as ``CalendarOccurrence`` objects, so the calendar shows them
from that one source and never keeps a copy of its own.

The hook is called as ``fn(locale, window)`` with an ``OccurrenceWindow`` and
returns that locale's occurrences inside the window, in start order (newest
first when ``window.descending``, for the archive), at most ``window.limit`` of
them, in a fixed number of queries.
"""

from __future__ import annotations

import datetime
import heapq
from dataclasses import dataclass, field

from wagtail import hooks

from events.choices import WARSAW, EventKind, EventStatus

CALENDAR_OCCURRENCES_HOOK = "events_calendar_occurrences"


class WarsawTimes:
    """``start_local`` and ``end_local`` of anything with ``start`` and ``end``."""

    @property
    def start_local(self):
        return self.start.astimezone(WARSAW)

    @property
    def end_local(self):
        return self.end.astimezone(WARSAW)


@dataclass(frozen=True)
class CalendarOccurrence(WarsawTimes):
    """One dated entry, with the attributes an event card and the month grid read."""

    locale: object
    title: str
    url: str
    summary: str
    kind: str
    start: datetime.datetime
    end: datetime.datetime
    uid: str
    venue_name: str = ""
    languages: str = ""
    organising_body: str = ""
    cancelled: bool = False
    areas: list = field(default_factory=list)

    is_occurrence = True
    all_day = False
    venue_address = ""
    online_url = ""
    organiser = None

    @property
    def status(self):
        return EventStatus.CANCELLED if self.cancelled else EventStatus.SCHEDULED

    @property
    def is_cancelled(self):
        return self.cancelled

    def get_status_display(self):
        return EventStatus(self.status).label

    def get_kind_display(self):
        return EventKind(self.kind).label

    @property
    def spans_days(self):
        return self.end_local.date() != self.start_local.date()

    @property
    def language_codes(self):
        return [code.strip().lower() for code in self.languages.split(",") if code.strip()]


@dataclass(frozen=True)
class OccurrenceWindow:
    """Which occurrences: ending at or after ``ends_from``, ending before
    ``ends_before``, starting before ``starts_before`` (each optional)."""

    ends_from: datetime.datetime | None = None
    ends_before: datetime.datetime | None = None
    starts_before: datetime.datetime | None = None
    limit: int | None = None
    descending: bool = False


def calendar_occurrences(locale, window: OccurrenceWindow):
    """Every registered source's occurrences, merged in start order."""
    sources = [fn(locale, window) for fn in hooks.get_hooks(CALENDAR_OCCURRENCES_HOOK)]
    merged = list(heapq.merge(*sources, key=lambda item: item.start, reverse=window.descending))
    return merged[: window.limit] if window.limit is not None else merged


class EventsWithOccurrences:
    """A sliceable list of event pages and generated occurrences, merged by start.

    The paginator asks for its ``count()`` and one slice; each slice runs the
    same queries (pages up to its end, occurrences up to its end), whatever the
    page number.
    """

    def __init__(self, events, occurrences_for, descending=False):
        self.events = events
        self.occurrences_for = occurrences_for
        self.descending = descending
        self._count = None

    def count(self):
        if self._count is None:
            self._count = self.events.count() + len(self.occurrences_for(None))
        return self._count

    def __len__(self):
        return self.count()

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        start, stop = index.start or 0, index.stop
        pages = list(self.events[:stop] if stop is not None else self.events)
        occurrences = self.occurrences_for(stop)
        merged = heapq.merge(
            pages, occurrences, key=lambda item: item.start, reverse=self.descending
        )
        return list(merged)[start:stop]


__all__ = [
    "CALENDAR_OCCURRENCES_HOOK",
    "CalendarOccurrence",
    "EventsWithOccurrences",
    "OccurrenceWindow",
    "WarsawTimes",
    "calendar_occurrences",
]
