"""The consultations index (one per language) and the consultation page."""

from zoneinfo import ZoneInfo

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from forum.consultations.blocks import DraftStreamBlock, QuestionStreamBlock, StageStreamBlock
from forum.consultations.choices import Phase
from forum.consultations.results import public_results
from forum.consultations.views import receipt, respond
from hub.blocks import RICH_TEXT_FEATURES, BodyBlock, DocumentListBlock
from hub.models import BasePage

WARSAW = ZoneInfo("Europe/Warsaw")


class ConsultationIndexPage(BasePage):
    """The list of consultations in one language: open, then upcoming, then closed."""

    introduction = models.CharField(_("introduction"), max_length=400, blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("introduction")]

    parent_page_types = ["hub.HomePage"]
    subpage_types = ["consultations.ConsultationPage"]
    # One consultations section per language tree.
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("consultations index")

    def consultations(self):
        return (
            ConsultationPage.objects.child_of(self)
            .live()
            .public()
            .select_related("locale")
            .order_by("closes_at", "pk")
        )

    def grouped_consultations(self, now=None):
        now = now or timezone.now()
        groups = {"open": [], "upcoming": [], "closed": []}
        for consultation in self.consultations():
            phase = consultation.phase(now)
            if phase == Phase.OPEN:
                groups["open"].append(consultation)  # closing soonest first
            elif phase == Phase.ANNOUNCED:
                groups["upcoming"].append(consultation)
            else:
                groups["closed"].append(consultation)
        groups["upcoming"].sort(key=lambda c: (c.opens_at, c.pk))
        groups["closed"].sort(key=lambda c: (c.closes_at, c.pk), reverse=True)
        return groups

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.grouped_consultations())
        return context


class ConsultationPage(RoutablePageMixin, BasePage):
    summary = models.CharField(
        _("summary"),
        max_length=400,
        help_text=_("What is being consulted, in one or two sentences."),
    )
    run_by = models.CharField(
        _("run by"),
        max_length=250,
        help_text=_("The office or body that runs the consultation and answers questions."),
    )
    announced_at = models.DateTimeField(
        _("announced"),
        null=True,
        blank=True,
        help_text=_(
            "When the consultation was announced to the public, Warsaw time. "
            "Leave empty to show the opening date."
        ),
    )
    opens_at = models.DateTimeField(_("opens"), help_text=_("Warsaw time."))
    closes_at = models.DateTimeField(
        _("closes"), help_text=_("Warsaw time; responses are refused from this moment.")
    )
    background = StreamField(BodyBlock(), verbose_name=_("background"), blank=True)
    stages = StreamField(StageStreamBlock(), verbose_name=_("stages"), blank=True)
    documents = StreamField(
        [("documents", DocumentListBlock())], verbose_name=_("documents"), blank=True
    )
    draft = StreamField(
        DraftStreamBlock(),
        verbose_name=_("draft under consultation"),
        blank=True,
        help_text=_("The draft in numbered sections; residents can comment on each one."),
    )
    questions = StreamField(QuestionStreamBlock(), verbose_name=_("questions"), blank=True)
    show_comments = models.BooleanField(
        _("show published comments on the page"),
        default=False,
        help_text=_("Comments an editor marks as published appear under the draft."),
    )
    privacy_note = models.TextField(
        _("additional privacy information"),
        blank=True,
        max_length=2000,
        help_text=_("Added to the standard information clause shown above the form."),
    )
    report_text = RichTextField(_("report"), blank=True, features=RICH_TEXT_FEATURES)
    report_published_at = models.DateTimeField(
        _("report published"),
        null=True,
        blank=True,
        help_text=_(
            "Set when the report is ready. The report and the results appear on the page "
            "from this moment, once the consultation has closed."
        ),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("summary"),
        FieldPanel("run_by"),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("announced_at"), FieldPanel("opens_at"), FieldPanel("closes_at")]
                )
            ],
            _("Dates"),
        ),
        FieldPanel("background"),
        FieldPanel("stages"),
        FieldPanel("documents"),
        FieldPanel("draft"),
        MultiFieldPanel(
            [FieldPanel("questions"), FieldPanel("privacy_note"), FieldPanel("show_comments")],
            _("Response form"),
        ),
        MultiFieldPanel(
            [FieldPanel("report_text"), FieldPanel("report_published_at")], _("Report")
        ),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("run_by"),
        index.SearchField("draft"),
        index.SearchField("report_text"),
        index.FilterField("opens_at"),
        index.FilterField("closes_at"),
    ]

    parent_page_types = ["consultations.ConsultationIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("consultation")
        verbose_name_plural = _("consultations")

    def clean(self):
        """The phases come in order: announced ≤ opens < closes ≤ report published."""
        super().clean()
        errors = {}
        if self.announced_at and self.opens_at and self.announced_at > self.opens_at:
            errors["announced_at"] = _("A consultation must be announced before it opens.")
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            errors["closes_at"] = _("A consultation must close after it opens.")
        if (
            self.report_published_at
            and self.closes_at
            and self.report_published_at < self.closes_at
        ):
            errors["report_published_at"] = _(
                "The report can be published only after the consultation closes."
            )
        if errors:
            raise ValidationError(errors)

    @property
    def announced(self):
        """The announcement date residents see: the editor's date, else the opening."""
        return self.announced_at or self.opens_at

    @property
    def meta_description(self):
        return self.search_description or self.listing_summary or self.summary

    def phase(self, now=None):
        now = now or timezone.now()
        if now < self.opens_at:
            return Phase.ANNOUNCED
        if now < self.closes_at:
            return Phase.OPEN
        if self.report_published_at and self.report_published_at <= now:
            return Phase.REPORTED
        return Phase.CLOSED

    def is_open(self, now=None):
        return self.phase(now) == Phase.OPEN

    def phase_steps(self, now=None):
        """The four phases in order, each with its date and whether it is current."""
        current = self.phase(now)
        order = list(Phase)
        dates = {
            Phase.ANNOUNCED: self.announced,
            Phase.OPEN: self.opens_at,
            Phase.CLOSED: self.closes_at,
            Phase.REPORTED: self.report_published_at,
        }
        return [
            {
                "phase": phase,
                "label": phase.label,
                "date": dates[phase],
                "current": phase == current,
                "done": order.index(phase) < order.index(current),
            }
            for phase in order
        ]

    def numbered_sections(self):
        return [
            {"number": number, "id": block.id, "value": block.value}
            for number, block in enumerate(self.draft, start=1)
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        context["phase"] = self.phase(now)
        context["phase_steps"] = self.phase_steps(now)
        context["sections"] = self.numbered_sections()
        if context["phase"] == Phase.REPORTED or self.show_comments:
            context.update(public_results(self, with_results=context["phase"] == Phase.REPORTED))
            published = context.get("published_comments", {})
            for section in context["sections"]:
                section["published_comments"] = published.get(section["id"], [])
        return context

    @path("")
    def index_route(self, request):
        return self.render(request)

    @path("respond/", name="respond")
    def respond_route(self, request):
        return respond(self, request)

    @path("receipt/<str:reference>/", name="receipt")
    def receipt_route(self, request, reference):
        return receipt(self, request, reference)
