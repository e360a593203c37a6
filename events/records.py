"""The calendar's records below its pages: registrations and the pages' inline rows.

Registrations are shared by an event's language copies and never overbooked.

``SharedEvent`` is one row per event (per ``translation_key``, whatever the
language): its seats, the iCal ``SEQUENCE`` and the dates retention needs.
Registering locks that row (``select_for_update``), so on PostgreSQL two
people can never take the same last seat.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable, TranslatableMixin

from events.choices import ACTIVE, PENDING, WARSAW, RegistrationStatus
from events.tokens import make_token
from hub.models.areas import ThematicAreaLink


class SharedEvent(models.Model):
    """What the language copies of one event share."""

    translation_key = models.UUIDField(_("translation key"), unique=True)
    title = models.CharField(_("title"), max_length=255, blank=True)
    start = models.DateTimeField(_("start"), null=True, blank=True)
    finish = models.DateTimeField(_("end"), null=True, blank=True)
    capacity = models.PositiveIntegerField(_("seats"), null=True, blank=True)
    sequence = models.PositiveIntegerField(
        _("revision number in calendars"),
        default=0,
        help_text=_("Raised on every publication, so calendar apps take the change."),
    )

    class Meta:
        verbose_name = _("event (all languages)")
        verbose_name_plural = _("events (all languages)")
        ordering = ["-start"]

    def __str__(self):
        if self.start:
            return f"{self.title} ({self.start.astimezone(WARSAW):%Y-%m-%d %H:%M})"
        return self.title

    @classmethod
    def for_page(cls, page, bump=False):
        """The shared row of ``page``, created or brought up to date from it."""
        shared, _created = cls.objects.get_or_create(
            translation_key=page.translation_key,
            defaults={
                "title": page.title,
                "start": page.start,
                "finish": page.end or page.start,
                "capacity": page.capacity,
            },
        )
        updates = {
            "start": page.start,
            "finish": page.end or page.start,
            "capacity": page.capacity,
        }
        if page.locale.language_code == _source_language() or not shared.title:
            updates["title"] = page.title
        changed = [name for name, value in updates.items() if getattr(shared, name) != value]
        for name in changed:
            setattr(shared, name, updates[name])
        if bump:
            shared.sequence = models.F("sequence") + 1
            changed.append("sequence")
        if changed:
            shared.save(update_fields=changed)
            if bump:
                shared.refresh_from_db(fields=["sequence"])
        return shared


def _source_language():
    return settings.LANGUAGE_CODE


class Registration(models.Model):
    """One person's registration for an event, in any of its languages."""

    event = models.ForeignKey(
        SharedEvent,
        verbose_name=_("event"),
        on_delete=models.CASCADE,
        related_name="registrations",
    )
    page = models.ForeignKey(
        "events.EventPage",
        verbose_name=_("registered through"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    language = models.CharField(_("language"), max_length=10)
    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("e-mail"), blank=True)
    organisation = models.CharField(_("organisation"), max_length=250, blank=True)
    accessibility_needs = models.TextField(_("accessibility needs"), blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=RegistrationStatus.choices, db_index=True
    )
    consent_at = models.DateTimeField(_("consent given"), null=True, blank=True)
    created_at = models.DateTimeField(_("registered"), auto_now_add=True, db_index=True)
    promoted_at = models.DateTimeField(_("moved from the waiting list"), null=True, blank=True)
    hold_expires_at = models.DateTimeField(
        _("confirmation due by"),
        null=True,
        blank=True,
        help_text=_("Until then a registration waiting for e-mail confirmation holds its seat."),
    )
    email_confirmed_at = models.DateTimeField(_("e-mail confirmed"), null=True, blank=True)
    cancelled_at = models.DateTimeField(
        pgettext_lazy("registration", "cancelled"), null=True, blank=True
    )
    erased_at = models.DateTimeField(_("personal data erased"), null=True, blank=True)

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["created_at", "pk"]
        constraints = [
            # A double submit (or a second tab) can never register the same person twice.
            models.UniqueConstraint(
                fields=["event", "email"],
                condition=Q(status__in=["confirmed", "waitlisted", "pending", "pending_waitlist"])
                & ~Q(email=""),
                name="one_active_registration_per_email",
            )
        ]

    def __str__(self):
        return f"{self.name or '—'} · {self.event}"

    @property
    def is_active(self):
        return self.status in ACTIVE

    @property
    def hold_over(self):
        """Waiting for confirmation too long (expired, or about to be marked so)."""
        if self.status == RegistrationStatus.EXPIRED:
            return True
        return self.status in PENDING and self.hold_expires_at <= timezone.now()

    @property
    def token(self):
        return make_token(self)


class EventPageArea(ThematicAreaLink):
    """Inline row: the event concerns a thematic area."""

    page = ParentalKey("events.EventPage", on_delete=models.CASCADE, related_name="area_links")

    class Meta(ThematicAreaLink.Meta):
        verbose_name = _("thematic area")


class EventPageWorkingGroup(TranslatableMixin, Orderable):
    """Inline row: the event belongs to the working group of an area.

    Each of the Forum's 11 working groups works on one thematic area, so the
    group is named by its area; the calendar stays independent of the Forum app.
    """

    page = ParentalKey("events.EventPage", on_delete=models.CASCADE, related_name="group_links")
    area = models.ForeignKey(
        "hub.ThematicArea",
        verbose_name=_("working group of the area"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    panels = [FieldPanel("area")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("working group")
