"""Duty hours: a weekly schedule with exceptions, stored as generated occurrences.

Editors keep the schedule and its exceptions as inline rows of the duty-hours
page; publishing the page regenerates its occurrences (``council.signals``), so
listings and the iCal feed read one small table instead of expanding rules.
"""

from datetime import datetime, timedelta

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from council.ical import duty_hours_calendar
from events.models import WARSAW
from events.occurrences import WarsawTimes
from hub.addresses import ical_uid
from hub.models import BasePage

from .languages import language_codes, language_name

UPCOMING_ON_PAGE = 12
# How far a schedule may reach: occurrences stay a small table.
MAX_SCHEDULE_DAYS = 3 * 366


class Weekday(models.IntegerChoices):
    MONDAY = 0, _("Monday")
    TUESDAY = 1, _("Tuesday")
    WEDNESDAY = 2, _("Wednesday")
    THURSDAY = 3, _("Thursday")
    FRIDAY = 4, _("Friday")
    SATURDAY = 5, _("Saturday")
    SUNDAY = 6, _("Sunday")


class CouncilDutyHoursPage(RoutablePageMixin, BasePage):
    introduction = models.CharField(_("introduction"), max_length=400, blank=True)

    content_panels = BasePage.content_panels + [
        FieldPanel("introduction"),
        InlinePanel("schedules", label=_("Weekly duty hours")),
        InlinePanel("exceptions", label=_("Exceptions (cancelled or extra dates)")),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("introduction")]

    parent_page_types = ["council.CouncilIndexPage"]
    subpage_types = []
    # One duty-hours page per Council section.
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Council duty hours")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["schedules"] = list(self.schedules.select_related("member"))
        context["occurrences"] = list(
            DutyHoursOccurrence.objects.filter(page=self, end__gte=timezone.now())
            .select_related("member")
            .order_by("start")[:UPCOMING_ON_PAGE]
        )
        return context

    @path("")
    def index_route(self, request):
        return self.render(request)

    @path("ical/")
    def ical_route(self, request):
        return duty_hours_calendar(self, request)

    def generate_occurrences(self):
        """Replace this page's occurrences with those of its current (live) rows."""
        exceptions = list(self.exceptions.select_related("member"))
        cancelled = {row.date for row in exceptions if row.kind == DutyHoursException.CANCELLED}
        occurrences = []
        for row in self.schedules.select_related("member"):
            day = row.valid_from + timedelta(days=(row.weekday - row.valid_from.weekday()) % 7)
            last = min(row.valid_until, row.valid_from + timedelta(days=MAX_SCHEDULE_DAYS))
            while day <= last:
                occurrences.append(
                    row.occurrence(self, day, cancelled=day in cancelled, key=row.translation_key)
                )
                day += timedelta(days=7)
        for row in exceptions:
            if row.kind == DutyHoursException.EXTRA and row.start_time and row.end_time:
                occurrences.append(row.occurrence(self, row.date, key=row.translation_key))
        with transaction.atomic():
            DutyHoursOccurrence.objects.filter(page=self).delete()
            DutyHoursOccurrence.objects.bulk_create(occurrences)
        return occurrences


class DutyHoursRowMixin(models.Model):
    start_time = models.TimeField(_("from"), null=True, blank=True)
    end_time = models.TimeField(_("until"), null=True, blank=True)
    place = models.CharField(_("place"), max_length=250, blank=True)
    languages = models.CharField(
        _("languages"),
        max_length=100,
        blank=True,
        help_text=_("Codes of the languages spoken at the duty hours, e.g. 'uk, ru, pl'."),
    )
    member = models.ForeignKey(
        "hub.Person",
        verbose_name=_("member on duty"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    override_translatable_fields = [SynchronizedField("languages")]

    class Meta:
        abstract = True

    def occurrence(self, page, day, key, cancelled=False):
        start = datetime.combine(day, self.start_time, tzinfo=WARSAW)
        end = datetime.combine(day, self.end_time, tzinfo=WARSAW)
        return DutyHoursOccurrence(
            page=page,
            locale_id=page.locale_id,
            start=start,
            end=end,
            place=self.place,
            languages=self.languages,
            member=self.member,
            cancelled=cancelled,
            uid=ical_uid(f"council-duty-{key}-{day.isoformat()}"),
        )

    def clean(self):
        if self.start_time and self.end_time and self.end_time <= self.start_time:
            raise ValidationError({"end_time": _("The end must come after the start.")})


class DutyHoursSchedule(TranslatableMixin, DutyHoursRowMixin, Orderable):
    """Every <weekday> from .. until .., between two times, at a place."""

    page = ParentalKey(CouncilDutyHoursPage, on_delete=models.CASCADE, related_name="schedules")
    weekday = models.PositiveSmallIntegerField(_("weekday"), choices=Weekday.choices)
    valid_from = models.DateField(_("from date"))
    valid_until = models.DateField(
        _("until date"), help_text=_("Usually the end of the Council's term.")
    )

    panels = [
        FieldPanel("weekday"),
        FieldRowPanel([FieldPanel("start_time"), FieldPanel("end_time")]),
        FieldRowPanel([FieldPanel("valid_from"), FieldPanel("valid_until")]),
        FieldPanel("place"),
        FieldPanel("languages"),
        FieldPanel("member"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("weekly duty hours")

    def __str__(self):
        return f"{self.get_weekday_display()} {self.start_time}–{self.end_time}"

    def clean(self):
        super().clean()
        if not (self.start_time and self.end_time):
            raise ValidationError({"start_time": _("Give the start and the end time.")})
        if self.valid_from and self.valid_until and self.valid_until < self.valid_from:
            raise ValidationError({"valid_until": _("The schedule cannot end before it starts.")})

    @property
    def language_names(self):
        return [language_name(code) for code in language_codes(self.languages)]


class DutyHoursException(TranslatableMixin, DutyHoursRowMixin, Orderable):
    """A cancelled date of the schedule, or an extra date (with its times)."""

    CANCELLED = "cancelled"
    EXTRA = "extra"
    KINDS = [(CANCELLED, _("Cancelled date")), (EXTRA, _("Extra date"))]

    page = ParentalKey(CouncilDutyHoursPage, on_delete=models.CASCADE, related_name="exceptions")
    date = models.DateField(_("date"))
    kind = models.CharField(_("kind"), max_length=12, choices=KINDS, default=CANCELLED)

    panels = [
        FieldRowPanel([FieldPanel("date"), FieldPanel("kind")]),
        FieldRowPanel([FieldPanel("start_time"), FieldPanel("end_time")]),
        FieldPanel("place"),
        FieldPanel("languages"),
        FieldPanel("member"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("duty-hours exception")

    def __str__(self):
        return f"{self.date} ({self.get_kind_display()})"

    def clean(self):
        super().clean()
        if self.kind == self.EXTRA and not (self.start_time and self.end_time):
            raise ValidationError({"start_time": _("An extra date needs its start and end time.")})


class DutyHoursOccurrenceQuerySet(models.QuerySet):
    def upcoming(self, locale):
        return (
            self.filter(locale=locale, page__live=True, cancelled=False, end__gte=timezone.now())
            .select_related("member")
            .order_by("start")
        )


class DutyHoursOccurrence(WarsawTimes, models.Model):
    """One dated duty hour, generated from the live rows of a duty-hours page."""

    page = models.ForeignKey(
        CouncilDutyHoursPage, on_delete=models.CASCADE, related_name="occurrences"
    )
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    start = models.DateTimeField(_("start"))
    end = models.DateTimeField(_("end"))
    place = models.CharField(_("place"), max_length=250, blank=True)
    languages = models.CharField(_("languages"), max_length=100, blank=True)
    member = models.ForeignKey(
        "hub.Person", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    cancelled = models.BooleanField(pgettext_lazy("duty hour", "cancelled"), default=False)
    uid = models.CharField(max_length=200)

    objects = DutyHoursOccurrenceQuerySet.as_manager()

    class Meta:
        verbose_name = _("duty hour")
        verbose_name_plural = _("duty hours")
        ordering = ["start"]
        indexes = [models.Index(fields=["locale", "start"])]

    def __str__(self):
        return f"{self.start:%Y-%m-%d %H:%M} {self.place}"

    @property
    def title(self) -> str:
        """What calendars call this duty hour, in the active language."""
        title = gettext("Duty hours of the Immigrants' Council")
        return f"{title}: {self.member.name}" if self.member else title

    @property
    def language_names(self):
        return [language_name(code) for code in language_codes(self.languages)]
