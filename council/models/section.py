"""The Council section root: what the Council is, who sits on it, how to reach it."""

from itertools import groupby

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from hub.blocks import BodyBlock
from hub.models import BasePage

from .duty_hours import CouncilDutyHoursPage, DutyHoursOccurrence
from .languages import language_codes, language_name
from .meetings import CouncilMeetingIndexPage, CouncilMeetingPage
from .opinions import CouncilOpinionIndexPage, CouncilOpinionPage

UPCOMING_MEETINGS = 3
NEXT_DUTY_HOURS = 5
LATEST_OPINIONS = 3


class CouncilRole(models.TextChoices):
    CHAIR = "chair", _("Chair")
    VICE_CHAIR = "vice_chair", _("Vice-chair")
    SECRETARY = "secretary", _("Secretary")
    MEMBER = "member", _("Member")


ROLE_ORDER = {role: position for position, role in enumerate(CouncilRole.values)}


class CouncilIndexPage(BasePage):
    """The Council's section in one language (created by ``setup_hub``)."""

    introduction = models.CharField(_("introduction"), max_length=400, blank=True)
    body = StreamField(
        BodyBlock(),
        verbose_name=_("what the Council is and does"),
        blank=True,
    )
    contact_email = models.EmailField(_("e-mail"), blank=True)
    contact_phone = models.CharField(_("phone"), max_length=40, blank=True)
    contact_address = models.TextField(_("postal address"), blank=True)
    contact_note = models.CharField(
        _("how to reach the Council"),
        max_length=400,
        blank=True,
        help_text=_("E.g. in which languages residents may write."),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")]),
                FieldPanel("contact_address"),
                FieldPanel("contact_note"),
            ],
            _("Contact"),
        ),
        InlinePanel("memberships", label=_("Members")),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    parent_page_types = ["hub.HomePage"]
    subpage_types = [
        "council.CouncilMeetingIndexPage",
        "council.CouncilOpinionIndexPage",
        "council.CouncilDutyHoursPage",
    ]
    # One Council section per language tree.
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Council section")

    @property
    def meta_description(self):
        return self.search_description or self.listing_summary or self.introduction

    def compositions(self, today=None):
        """(current members, [(term start, term end, members)] of past terms), one query."""
        today = today or timezone.localdate()
        rows = sorted(
            self.memberships.filter(person__live=True).select_related("person", "person__photo"),
            key=lambda row: (-row.term_start.toordinal(), row.role_order, row.person.name),
        )
        current = [row for row in rows if row.term_start <= today <= row.term_end]
        past = [
            (start, end, list(members))
            for (start, end), members in groupby(
                (row for row in rows if row.term_end < today),
                key=lambda row: (row.term_start, row.term_end),
            )
        ]
        return current, past

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        current, past = self.compositions()
        context["current_members"] = current
        context["past_compositions"] = past
        context["upcoming_meetings"] = list(
            CouncilMeetingPage.objects.live()
            .public()
            .descendant_of(self)
            .filter(start__gte=timezone.now())
            .select_related("locale")
            .order_by("start")[:UPCOMING_MEETINGS]
        )
        context["duty_hours"] = DutyHoursOccurrence.objects.upcoming(self.locale)[:NEXT_DUTY_HOURS]
        context["latest_opinions"] = list(
            CouncilOpinionPage.objects.live()
            .public()
            .descendant_of(self)
            .select_related("locale")
            .order_by("-adopted_on", "-number")[:LATEST_OPINIONS]
        )
        children = {
            type(page): page
            for page in self.get_children()
            .live()
            .public()
            .type(CouncilMeetingIndexPage, CouncilOpinionIndexPage, CouncilDutyHoursPage)
            .specific()
        }
        context["meetings_index"] = children.get(CouncilMeetingIndexPage)
        context["opinions_index"] = children.get(CouncilOpinionIndexPage)
        context["duty_hours_page"] = children.get(CouncilDutyHoursPage)
        return context


class CouncilMembership(TranslatableMixin, Orderable):
    """A row of the composition: a person, their role and their term.

    Translatable, so each translation of the section points at the person's
    translation in the same language.
    """

    page = ParentalKey(CouncilIndexPage, on_delete=models.CASCADE, related_name="memberships")
    person = models.ForeignKey(
        "hub.Person", verbose_name=_("person"), on_delete=models.PROTECT, related_name="+"
    )
    role = models.CharField(
        pgettext_lazy("council member", "role"),
        max_length=20,
        choices=CouncilRole.choices,
        default=CouncilRole.MEMBER,
    )
    term_start = models.DateField(_("term start"))
    term_end = models.DateField(_("term end"))
    languages = models.CharField(
        _("languages"),
        max_length=100,
        blank=True,
        help_text=_(
            "Codes of the languages the member works in, separated by commas: 'uk, ru, pl'."
        ),
    )

    override_translatable_fields = [SynchronizedField("languages")]

    panels = [
        FieldPanel("person"),
        FieldPanel("role"),
        FieldRowPanel([FieldPanel("term_start"), FieldPanel("term_end")]),
        FieldPanel("languages"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("Council member")
        verbose_name_plural = _("Council members")

    def clean(self):
        if self.term_start and self.term_end and self.term_end < self.term_start:
            raise ValidationError({"term_end": _("The term cannot end before it starts.")})

    @property
    def role_order(self):
        return ROLE_ORDER.get(self.role, len(ROLE_ORDER))

    @property
    def language_names(self):
        return [language_name(code) for code in language_codes(self.languages)]
