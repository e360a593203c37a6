"""Filters of the calendar and the month grid; all bounded in queries."""

from __future__ import annotations

import calendar
import datetime
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.db.models import Min
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from events.choices import WARSAW, EventKind
from events.records import EventPageArea, EventPageWorkingGroup

# Languages events are commonly held in; the codes are those editors type.
EVENT_LANGUAGES = [
    ("pl", _("Polish")),
    ("uk", _("Ukrainian")),
    ("en", _("English")),
    ("ru", _("Russian")),
    ("be", _("Belarusian")),
]


def month_start(year: int, month: int) -> datetime.datetime:
    return datetime.datetime(year, month, 1, tzinfo=WARSAW)


def next_month(year: int, month: int) -> tuple[int, int]:
    return (year + 1, 1) if month == 12 else (year, month + 1)


def previous_month(year: int, month: int) -> tuple[int, int]:
    return (year - 1, 12) if month == 1 else (year, month - 1)


MONTHS_AHEAD = 24


def month_bounds(events, now=None) -> tuple[tuple[int, int], tuple[int, int]]:
    """The months the month view answers: the first event's month to two years ahead.

    Without events the first month is the current one.  Beyond the bounds the
    view is not found, so crawlers following the arrows stop.
    """
    today = (now or timezone.now()).astimezone(WARSAW)
    current = (today.year, today.month)
    first_start = events.aggregate(first=Min("start"))["first"]
    if first_start is None:
        first = current
    else:
        local = first_start.astimezone(WARSAW)
        first = min((local.year, local.month), current)
    months = current[0] * 12 + current[1] - 1 + MONTHS_AHEAD
    return first, (months // 12, months % 12 + 1)


def in_month(queryset, year: int, month: int):
    """Events that take place (start, end or span) in a month of Warsaw time."""
    start = month_start(year, month)
    end = month_start(*next_month(year, month))
    return queryset.with_finish().filter(start__lt=end, finishes_at__gte=start)


# The query parameters that filter the calendar (the month view's arrows keep them).
FILTER_PARAMETERS = ("area", "group", "kind", "organiser", "language")


@dataclass
class EventFilters:
    """What the reader asked for; unknown values are dropped, never an error page."""

    month: tuple[int, int] | None = None
    area: str = ""
    group: str = ""
    kind: str = ""
    organiser: str = ""
    language: str = ""
    labels: dict = field(default_factory=dict)

    @classmethod
    def from_request(cls, request, areas, organisations):
        get = request.GET
        filters = cls()
        area_names = {area.code: area.name for area in areas}
        organisation_names = {org.slug: org.name for org in organisations}
        month = get.get("month", "")
        try:
            year, number = (int(part) for part in month.split("-"))
            if 2000 <= year <= 2100 and 1 <= number <= 12:
                filters.month = (year, number)
        except ValueError:
            pass
        if get.get("area") in area_names:
            filters.area = get["area"]
        if get.get("group") in area_names:
            filters.group = get["group"]
        if get.get("kind") in EventKind.values:
            filters.kind = get["kind"]
        if get.get("organiser") in organisation_names:
            filters.organiser = get["organiser"]
        if get.get("language") in dict(EVENT_LANGUAGES):
            filters.language = get["language"]
        filters.labels = {
            "area": area_names.get(filters.area, ""),
            "group": area_names.get(filters.group, ""),
            "kind": EventKind(filters.kind).label if filters.kind else "",
            "organiser": organisation_names.get(filters.organiser, ""),
            "language": dict(EVENT_LANGUAGES).get(filters.language, ""),
        }
        return filters

    def apply(self, queryset, with_month=True):
        if with_month and self.month:
            queryset = in_month(queryset, *self.month)
        if self.area:
            pages = EventPageArea.objects.filter(area__code=self.area).values("page_id")
            queryset = queryset.filter(pk__in=pages)
        if self.group:
            pages = EventPageWorkingGroup.objects.filter(area__code=self.group).values("page_id")
            queryset = queryset.filter(pk__in=pages)
        if self.kind:
            queryset = queryset.filter(kind=self.kind)
        if self.organiser:
            queryset = queryset.filter(organiser__slug=self.organiser)
        if self.language:
            queryset = queryset.filter(languages__iregex=rf"(^|[^a-z]){self.language}([^a-z]|$)")
        return queryset

    def admits(self, occurrence):
        """Whether a generated occurrence (``events.occurrences``) passes the filters.

        Occurrences have no areas, working groups or member organisation, so any
        of those filters leaves them out; the month is the caller's window.
        """
        if self.area or self.group or self.organiser:
            return False
        if self.kind and occurrence.kind != self.kind:
            return False
        return not self.language or self.language in occurrence.language_codes

    def params(self, with_month=True):
        values = {
            "month": f"{self.month[0]:04d}-{self.month[1]:02d}" if self.month else "",
            "area": self.area,
            "group": self.group,
            "kind": self.kind,
            "organiser": self.organiser,
            "language": self.language,
        }
        if not with_month:
            values.pop("month")
        return {key: value for key, value in values.items() if value}

    def querystring(self, with_month=True, **extra):
        params = self.params(with_month)
        params.update({key: value for key, value in extra.items() if value})
        return urlencode(params)

    @property
    def active(self):
        return bool(self.params())

    def feed_scope(self):
        """The one subscribable feed that matches these filters, if any."""
        chosen = [
            (scope, value)
            for scope, value in (
                ("area", self.area),
                ("group", self.group),
                ("organisation", self.organiser),
                ("kind", self.kind),
            )
            if value
        ]
        return chosen[0] if len(chosen) == 1 and not self.language else None


def month_choices(archive: bool, now=None, count=12):
    """The months a reader can pick: coming ones for the calendar, past ones for the archive."""
    now = (now or timezone.now()).astimezone(WARSAW)
    year, month = now.year, now.month
    months = []
    for _i in range(count):
        if archive:
            year, month = previous_month(year, month)
        months.append((year, month))
        if not archive:
            year, month = next_month(year, month)
    return [(f"{y:04d}-{m:02d}", month_start(y, m)) for y, m in months]


@dataclass
class Day:
    date: datetime.date
    events: list
    today: bool


def month_grid(year: int, month: int, events, now=None) -> list[list[Day | None]]:
    """Weeks (Monday first) of ``Day`` cells, None outside the month."""
    today = (now or timezone.now()).astimezone(WARSAW).date()
    by_day: dict[datetime.date, list] = {}
    first = datetime.date(year, month, 1)
    last = datetime.date(year, month, calendar.monthrange(year, month)[1])
    for event in events:
        start = event.start_local.date()
        end = event.end_local.date() if event.end else start
        day = max(start, first)
        while day <= min(end, last):
            by_day.setdefault(day, []).append(event)
            day += datetime.timedelta(days=1)
    weeks = []
    for week in calendar.Calendar(firstweekday=0).monthdatescalendar(year, month):
        weeks.append(
            [
                Day(day, by_day.get(day, []), day == today) if day.month == month else None
                for day in week
            ]
        )
    return weeks
