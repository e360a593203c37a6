"""Council meetings (calendar events), their minutes, and the archive of minutes."""

from datetime import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Substr
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index

from council.blocks import AgendaBlock, MinutesItemsBlock
from council.documents import publish_document, restrict_document
from council.feeds import MinutesFeed
from council.forms import MinutesPageForm
from events.models import WARSAW, EventKind, EventPage
from hub.models import BasePage, ThematicArea

from .records import PublicRecordMixin

UPCOMING_ON_INDEX = 5
FEED_LENGTH = 30


class CouncilMeetingIndexPage(RoutablePageMixin, BasePage):
    """Upcoming meetings and the archive of minutes, by year, filterable by area."""

    introduction = models.CharField(_("introduction"), max_length=400, blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("introduction")]

    parent_page_types = ["council.CouncilIndexPage"]
    subpage_types = ["council.CouncilMeetingPage"]
    # One list of meetings per Council section.
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Council meetings and minutes")

    def meetings(self):
        return CouncilMeetingPage.objects.live().public().child_of(self)

    def published_minutes(self):
        return CouncilMinutesPage.objects.live().public().descendant_of(self)

    def archive_years(self):
        return [
            moment.year
            for moment in self.meetings()
            .filter(start__lt=timezone.now())
            .datetimes("start", "year", order="DESC", tzinfo=WARSAW)
        ]

    def archive(self, year, area=None):
        """Past meetings of ``year`` with their published minutes, in a fixed number of queries."""
        meetings = self.meetings().filter(
            start__gte=datetime(year, 1, 1, tzinfo=WARSAW),
            start__lt=min(timezone.now(), datetime(year + 1, 1, 1, tzinfo=WARSAW)),
        )
        if area is not None:
            meetings = meetings.filter(area_links__area=area).distinct()
        meetings = list(
            meetings.select_related("locale")
            .prefetch_related("area_links__area")
            .order_by("-start")
        )
        parent_length = len(self.path) + CouncilMeetingPage.steplen
        minutes = (
            self.published_minutes()
            .annotate(parent_path=Substr("path", 1, parent_length))
            .filter(parent_path__in=[meeting.path for meeting in meetings])
            .select_related("signed_pdf", "locale")
        )
        by_meeting = {record.parent_path: record for record in minutes}
        for meeting in meetings:
            meeting.published_minutes = by_meeting.get(meeting.path)
        return meetings

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        areas = list(ThematicArea.objects.filter(locale=self.locale))
        years = self.archive_years()
        try:
            year = int(request.GET.get("year", ""))
        except ValueError:
            year = None
        if year not in years:
            year = years[0] if years else None
        area = next((a for a in areas if a.code == request.GET.get("area")), None)
        context.update(
            areas=areas,
            years=years,
            active_year=year,
            active_area=area,
            archive=self.archive(year, area) if year else [],
            upcoming_meetings=list(
                self.meetings()
                .filter(start__gte=timezone.now())
                .select_related("locale")
                .order_by("start")[:UPCOMING_ON_INDEX]
            ),
        )
        return context

    @path("")
    def index_route(self, request):
        return self.render(request)

    @path("feed/")
    def feed_route(self, request):
        return MinutesFeed(self)(request)


class CouncilMeetingPage(EventPage):
    """A meeting of the Council; an event, so it appears in the one calendar."""

    number = models.PositiveIntegerField(
        _("meeting number"), null=True, blank=True, help_text=_("The meeting's number in the term.")
    )
    agenda = StreamField(AgendaBlock(), verbose_name=_("agenda"), blank=True)

    content_panels = BasePage.content_panels + [
        FieldPanel("number"),
        FieldPanel("summary"),
        EventPage.when_panel(FieldPanel("status")),
        EventPage.where_panel(FieldPanel("languages")),
        FieldPanel("agenda"),
        FieldPanel("body"),
        EventPage.area_panel,
    ]
    search_fields = EventPage.search_fields + [index.SearchField("agenda")]

    parent_page_types = ["council.CouncilMeetingIndexPage"]
    subpage_types = ["council.CouncilMinutesPage"]

    class Meta:
        verbose_name = _("Council meeting")
        verbose_name_plural = _("Council meetings")

    def save(self, *args, **kwargs):
        self.kind = EventKind.COUNCIL_MEETING
        if not self.organising_body and self.locale_id:
            with translation.override(self.locale.language_code):
                self.organising_body = str(_("Immigrants' Council"))
        return super().save(*args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["minutes"] = (
            CouncilMinutesPage.objects.child_of(self).live().public().select_related("signed_pdf")
        ).first()
        context["agenda_items"] = list(self.agenda)
        return context


class CouncilMinutesPage(PublicRecordMixin, BasePage):
    """The minutes of one meeting.

    Wagtail's draft and live states carry the lifecycle: a draft is seen only in
    the admin; once approved (date and approving meeting filled in) it may be
    published, and only then do the page and its signed PDF become public.
    """

    approved_on = models.DateField(_("approved on"), null=True, blank=True)
    approved_at = models.ForeignKey(
        "council.CouncilMeetingPage",
        verbose_name=_("approved at the meeting"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    guests = models.TextField(_("guests"), blank=True, help_text=_("One guest per line."))
    items = StreamField(MinutesItemsBlock(), verbose_name=_("items of the minutes"), blank=True)
    signed_pdf = models.ForeignKey(
        settings.WAGTAILDOCS_DOCUMENT_MODEL,
        verbose_name=_("signed PDF"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Until the minutes are published, the file is kept in the restricted "
            "collection; publishing moves it to the public one."
        ),
    )

    base_form_class = MinutesPageForm
    content_panels = (
        BasePage.content_panels
        + [
            MultiFieldPanel(
                [FieldPanel("approved_on"), PageChooserPanel("approved_at")],
                _("Approval"),
            ),
            InlinePanel("attendance", label=_("Members present and absent")),
            FieldPanel("guests"),
            FieldPanel("items"),
            FieldPanel("signed_pdf"),
        ]
        + PublicRecordMixin.record_panels
    )
    search_fields = BasePage.search_fields + [
        index.SearchField("guests"),
        index.SearchField("items"),
        index.FilterField("approved_on"),
    ]

    parent_page_types = ["council.CouncilMeetingPage"]
    subpage_types = []
    # A meeting has one set of minutes.
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("minutes")
        verbose_name_plural = _("minutes")

    @property
    def guest_list(self):
        return [line.strip() for line in self.guests.splitlines() if line.strip()]

    def minuted_meeting(self):
        """The meeting these minutes record: the parent page, or the one the editor is under."""
        if self.path and self.depth:
            parent = self.get_parent()
            return parent.specific if parent else None
        return getattr(self, "_minuted_meeting", None)

    def approval_errors(self, now=None):
        """Why the approval cannot stand: a meeting that has not happened, a future date."""
        now = now or timezone.now()
        today = timezone.localdate(now)
        errors = {}
        meeting = self.minuted_meeting()
        approving = self.approved_at
        if self.approved_on and self.approved_on > today:
            errors["approved_on"] = _("The approval date cannot be in the future.")
        elif (self.approved_on or approving) and meeting and meeting.start > now:
            errors["approved_on"] = _(
                "This meeting has not taken place yet: its minutes cannot be approved."
            )
        elif self.approved_on and meeting and self.approved_on < timezone.localdate(meeting.start):
            errors["approved_on"] = _("Minutes cannot be approved before the meeting they record.")
        if approving and approving.start > now:
            errors["approved_at"] = _(
                "The meeting that approves the minutes has not taken place yet."
            )
        return errors

    def clean(self):
        super().clean()
        errors = self.approval_errors()
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        # Whatever path publishes the minutes (the editor, a scheduled or
        # workflow publication, an import, a command), it cannot make public
        # the approval of a meeting that has not happened.
        if self.live:
            errors = self.approval_errors()
            if not self.approved_on:
                errors.setdefault(
                    "approved_on", _("Minutes can be published only after they are approved.")
                )
            if errors:
                raise ValidationError(errors)
        # Whatever saves the minutes (the editor, a revision, publishing,
        # unpublishing, an import, a command), their PDF ends up where it belongs.
        super().save(*args, **kwargs)
        self.sync_signed_pdf_privacy()

    def sync_signed_pdf_privacy(self):
        """The signed PDF is public only while live minutes show it.

        ``self`` may be a draft held in memory (a revision being saved): its PDF is
        checked against the live rows in the database, which are what the public
        sees; a file shared by the live minutes in another language stays public.
        """
        if self.signed_pdf_id is None:
            return
        shown = CouncilMinutesPage.objects.filter(
            live=True, signed_pdf_id=self.signed_pdf_id
        ).exists()
        if shown:
            publish_document(self.signed_pdf)
        else:
            restrict_document(self.signed_pdf)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        rows = list(self.attendance.select_related("person"))
        context["present"] = [row for row in rows if row.present]
        context["absent"] = [row for row in rows if not row.present]
        context["meeting"] = self.get_parent().specific
        context["record"] = self.public_record()
        return context


class MinutesAttendance(TranslatableMixin, Orderable):
    """A member present at, or absent from, the meeting."""

    page = ParentalKey(CouncilMinutesPage, on_delete=models.CASCADE, related_name="attendance")
    person = models.ForeignKey(
        "hub.Person", verbose_name=_("member"), on_delete=models.PROTECT, related_name="+"
    )
    present = models.BooleanField(_("present"), default=True)

    panels = [FieldPanel("person"), FieldPanel("present")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = pgettext_lazy("council minutes", "attendance")
