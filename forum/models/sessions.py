"""Plenary sessions of the Forum: events of the one calendar, under their own index."""

from itertools import groupby

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index

from events.models import EventKind, EventPage
from hub.models import BasePage

from ..blocks import ForumDocumentsBlock

TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link", "document-link"]


class PlenarySessionIndexPage(BasePage):
    """The Forum's plenary sessions in one language: upcoming first, then by year."""

    introduction = models.CharField(_("introduction"), max_length=400, blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("introduction")]

    parent_page_types = ["hub.HomePage"]
    subpage_types = ["forum.PlenarySessionPage"]
    # One list of sessions per language tree.
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("plenary sessions index")

    def sessions(self):
        return (
            PlenarySessionPage.objects.child_of(self)
            .live()
            .public()
            .select_related("locale")
            .order_by("start")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        sessions = list(self.sessions())
        context["upcoming_sessions"] = [s for s in sessions if s.start >= now]
        past = sorted((s for s in sessions if s.start < now), key=lambda s: s.start, reverse=True)
        context["past_sessions_by_year"] = [
            (year, list(items)) for year, items in groupby(past, key=lambda s: s.start_local.year)
        ]
        return context


class PlenarySessionPage(EventPage):
    """One plenary session: a calendar event with an agenda and, afterwards, its outcome."""

    outcome = RichTextField(
        _("summary of the session"),
        features=TEXT_FEATURES,
        blank=True,
        help_text=_("After the session: what was presented and agreed."),
    )
    attendance = models.PositiveIntegerField(
        _("attendance"),
        null=True,
        blank=True,
        help_text=_("After the session: how many people took part."),
    )
    attending_organisations = models.PositiveIntegerField(
        _("organisations represented"), null=True, blank=True
    )
    documents = StreamField(ForumDocumentsBlock(), verbose_name=_("documents"), blank=True)

    content_panels = BasePage.content_panels + [
        FieldPanel("summary"),
        EventPage.when_panel(FieldPanel("status")),
        EventPage.where_panel(),
        EventPage.who_panel(FieldPanel("organising_body"), FieldPanel("languages")),
        FieldPanel("body"),
        InlinePanel("agenda_items", label=pgettext_lazy("plenary session", "Agenda")),
        FieldPanel("documents"),
        MultiFieldPanel(
            [
                FieldPanel("outcome"),
                FieldRowPanel([FieldPanel("attendance"), FieldPanel("attending_organisations")]),
            ],
            _("After the session"),
        ),
        EventPage.area_panel,
        EventPage.group_panel,
    ]
    search_fields = EventPage.search_fields + [index.SearchField("outcome")]

    parent_page_types = ["forum.PlenarySessionIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("plenary session")
        verbose_name_plural = _("plenary sessions")

    def save(self, *args, **kwargs):
        # A plenary session is always of the plenary kind, whatever the editor did.
        self.kind = EventKind.PLENARY_SESSION
        return super().save(*args, **kwargs)

    def full_clean(self, *args, **kwargs):
        self.kind = EventKind.PLENARY_SESSION
        return super().full_clean(*args, **kwargs)

    @property
    def is_past(self):
        return self.start is not None and self.start < timezone.now()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["agenda"] = list(self.agenda_items.select_related("group_area"))
        return context


class PlenaryAgendaItem(TranslatableMixin, Orderable):
    """Inline row: one point of a session's agenda, in order."""

    page = ParentalKey(PlenarySessionPage, on_delete=models.CASCADE, related_name="agenda_items")
    time = models.TimeField(_("time"), null=True, blank=True, help_text=_("Warsaw time."))
    title = models.CharField(_("title"), max_length=250)
    speaker = models.CharField(
        _("speaker"),
        max_length=250,
        blank=True,
        help_text=_("Name and institution, e.g. 'Anna Nowak (City Hall)'."),
    )
    group_area = models.ForeignKey(
        "hub.ThematicArea",
        verbose_name=_("working group"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The working group (by its area) presenting this point, if any."),
    )

    panels = [
        FieldRowPanel([FieldPanel("time"), FieldPanel("title")]),
        FieldPanel("speaker"),
        FieldPanel("group_area"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("agenda item")
        verbose_name_plural = _("agenda items")
