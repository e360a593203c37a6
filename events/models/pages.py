"""The one calendar: an index per language and the subclassable event page.

Plenary sessions (forum) and Council meetings (council) subclass ``EventPage``,
so the calendar, the feeds and search see one kind of event.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import PageManager, PageQuerySet
from wagtail.search import index

from events import views
from events.choices import WARSAW, EventKind, EventStatus
from hub.blocks import BodyBlock
from hub.models import BasePage
from hub.models.base import SitemapSubpage


class EventPageQuerySet(PageQuerySet):
    def for_listing(self):
        """Everything an event card shows, in a fixed number of queries."""
        return (
            self.live()
            .public()
            .select_related("locale", "organiser")
            .prefetch_related("area_links__area", "group_links__area")
        )

    def with_finish(self):
        """Annotate ``finishes_at``: the end, or the start when there is no end."""
        return self.annotate(finishes_at=Coalesce("end", "start"))

    def upcoming(self, now=None):
        now = now or timezone.now()
        return self.with_finish().filter(finishes_at__gte=now).order_by("start", "pk")

    def past(self, now=None):
        now = now or timezone.now()
        return self.with_finish().filter(finishes_at__lt=now).order_by("-start", "-pk")


EventPageManager = PageManager.from_queryset(EventPageQuerySet)


class EventIndexPage(RoutablePageMixin, BasePage):
    """The calendar of one language: upcoming events, the archive, a month view, feeds.

    It lists every live ``EventPage`` of its locale, wherever it lives in the
    tree, so plenary sessions and Council meetings (subclasses kept in their
    own sections) appear here too.
    """

    introduction = models.CharField(_("introduction"), max_length=400, blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("introduction")]

    parent_page_types = ["hub.HomePage"]
    subpage_types = ["events.EventPage"]
    # One calendar per language tree.
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("calendar")

    def events(self):
        return EventPage.objects.filter(locale_id=self.locale_id).for_listing()

    def sitemap_subpages(self):
        """The archive of past events; month views (noindex) and feeds are not pages to list."""
        return [
            SitemapSubpage(self.reverse_subpage("past_route"), ("archive", self.translation_key))
        ]

    @path("")
    def upcoming_route(self, request):
        return views.event_list(self, request, archive=False)

    @path("past/")
    def past_route(self, request):
        return views.event_list(self, request, archive=True)

    @path("month/")
    def this_month_route(self, request):
        return views.this_month(self, request)

    @path("month/<int:year>/<int:month>/")
    def month_route(self, request, year, month):
        return views.month(self, request, year, month)

    @path("ical/")
    def feed_route(self, request):
        return views.feed(self, request)

    @path("ical/<str:scope>/<str:value>/")
    def scoped_feed_route(self, request, scope, value):
        return views.feed(self, request, scope, value)


class EventPage(RoutablePageMixin, BasePage):
    """A dated thing on the hub; concrete, and subclassed by other apps.

    Routes: the page itself, ``ical/`` (the .ics), ``register/`` (the form's
    POST), ``registration/?token=…`` (see or cancel one's registration) and
    ``registration/confirm/?token=…`` (the e-mailed link that confirms it).
    """

    summary = models.CharField(_("summary"), max_length=400)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    kind = models.CharField(
        _("kind"), max_length=20, choices=EventKind.choices, default=EventKind.OTHER
    )
    status = models.CharField(
        _("status"), max_length=20, choices=EventStatus.choices, default=EventStatus.SCHEDULED
    )
    start = models.DateTimeField(_("start"), help_text=_("Date and time in Warsaw time."))
    end = models.DateTimeField(_("end"), null=True, blank=True)
    all_day = models.BooleanField(_("all-day event"), default=False)
    venue_name = models.CharField(_("venue"), max_length=250, blank=True)
    venue_address = models.CharField(_("venue address"), max_length=300, blank=True)
    venue_accessibility = models.TextField(
        _("accessibility of the venue"),
        blank=True,
        help_text=_("Step-free access, hearing loop, quiet room, how to get there…"),
    )
    online_url = models.URLField(_("online link"), blank=True)
    organiser = models.ForeignKey(
        "hub.Organisation",
        verbose_name=_("organising member organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    organising_body = models.CharField(
        _("organising body"),
        max_length=200,
        blank=True,
        help_text=_("When a body of the Model, not a member organisation, organises it."),
    )
    languages = models.CharField(
        _("languages spoken"),
        max_length=100,
        blank=True,
        help_text=_("Language codes separated by commas, e.g. 'pl, uk'."),
    )

    registration_enabled = models.BooleanField(
        _("registration required"),
        default=False,
        help_text=_("Residents register on the event page; seats are shared by all languages."),
    )
    capacity = models.PositiveIntegerField(
        _("seats"),
        null=True,
        blank=True,
        help_text=_("How many people can come. Required when registration is on."),
    )
    waitlist_enabled = models.BooleanField(
        _("waiting list"),
        default=True,
        help_text=_("When the seats are taken, people can join a waiting list."),
    )

    require_email_confirmation = models.BooleanField(
        _("require e-mail confirmation"),
        default=False,
        help_text=_(
            "For events that robots or pranksters target: a registration holds its seat "
            "only until the person opens the link we e-mail them and confirms."
        ),
    )

    objects = EventPageManager()

    # The panels every kind of event shares, named once: plenary sessions and Council
    # meetings (subclasses in forum and council) build their forms from them.
    @staticmethod
    def when_panel(*fields):
        """Start and end, then the kind's own fields about time (status, all day…)."""
        return MultiFieldPanel(
            [FieldRowPanel([FieldPanel("start"), FieldPanel("end")]), *fields], _("When")
        )

    @staticmethod
    def where_panel(*fields):
        return MultiFieldPanel(
            [
                FieldPanel("venue_name"),
                FieldPanel("venue_address"),
                FieldPanel("venue_accessibility"),
                FieldPanel("online_url"),
                *fields,
            ],
            _("Where"),
        )

    @staticmethod
    def who_panel(*fields):
        return MultiFieldPanel(list(fields), _("Who"))

    area_panel = InlinePanel("area_links", label=_("Thematic areas"))
    group_panel = InlinePanel("group_links", label=_("Working groups"))

    content_panels = BasePage.content_panels + [
        FieldPanel("summary"),
        when_panel(FieldPanel("all_day"), FieldPanel("status"), FieldPanel("kind")),
        where_panel(),
        who_panel(FieldPanel("organiser"), FieldPanel("organising_body"), FieldPanel("languages")),
        FieldPanel("body"),
        area_panel,
        group_panel,
        MultiFieldPanel(
            [
                FieldPanel("registration_enabled"),
                FieldRowPanel([FieldPanel("capacity"), FieldPanel("waitlist_enabled")]),
                FieldPanel("require_email_confirmation"),
            ],
            _("Registration"),
        ),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("venue_name"),
        index.FilterField("start"),
        index.FilterField("kind"),
        index.FilterField("status"),
    ]

    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("The end cannot come before the start.")})
        if not (self.venue_name or self.venue_address or self.online_url):
            raise ValidationError({"venue_name": _("Give a venue, an online link, or both.")})
        if self.registration_enabled and not self.capacity:
            raise ValidationError({"capacity": _("Say how many seats there are.")})
        if self.kind == EventKind.DUTY_HOURS:
            # The calendar shows duty hours generated from their schedule; an event
            # page of its own would be a second source that can contradict it.
            raise ValidationError(
                {
                    "kind": _(
                        "Duty hours are not added as events: change the weekly schedule "
                        "on the duty-hours page, and the calendar shows it."
                    )
                }
            )

    @property
    def meta_description(self):
        return self.search_description or self.listing_summary or self.summary

    @property
    def start_local(self):
        return self.start.astimezone(WARSAW) if self.start else None

    @property
    def end_local(self):
        return self.end.astimezone(WARSAW) if self.end else None

    @property
    def finish(self):
        return self.end or self.start

    @property
    def is_past(self):
        return self.finish < timezone.now()

    @property
    def is_cancelled(self):
        return self.status == EventStatus.CANCELLED

    @property
    def spans_days(self):
        end = self.end_local
        return bool(end and end.date() != self.start_local.date())

    @property
    def language_codes(self):
        return [code.strip().lower() for code in self.languages.split(",") if code.strip()]

    @property
    def areas(self):
        return [link.area for link in self.area_links.all()]

    @property
    def groups(self):
        return [link.area for link in self.group_links.all()]

    @property
    def registration_open(self):
        return (
            self.registration_enabled
            and bool(self.capacity)
            and self.status != EventStatus.CANCELLED
            and self.start > timezone.now()
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(views.event_context(self, request))
        return context

    @path("")
    def event_route(self, request):
        return self.render(request)

    @path("ical/")
    def ical_route(self, request):
        return views.event_ical(self, request)

    @path("register/")
    def register_route(self, request):
        return views.register(self, request)

    @path("registration/")
    def registration_route(self, request):
        return views.registration(self, request)

    @path("registration/confirm/")
    def confirm_registration_route(self, request):
        return views.confirm_registration(self, request)
