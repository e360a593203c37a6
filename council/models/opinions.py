"""The Council's opinions and resolutions, numbered per year (3/2026)."""

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Max
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.fields import StreamField
from wagtail.search import index

from council.forms import PublicRecordPageForm
from hub.blocks import BodyBlock
from hub.models import BasePage, ThematicArea
from hub.models.areas import ThematicAreaLink

from .records import PublicRecordMixin

OPINIONS_PER_PAGE = 20


class OpinionKind(models.TextChoices):
    OPINION = "opinion", _("Opinion")
    RESOLUTION = "resolution", _("Resolution")


class CouncilOpinionIndexPage(BasePage):
    """The list of opinions and resolutions, filterable by year, kind and area."""

    introduction = models.CharField(_("introduction"), max_length=400, blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("introduction")]

    parent_page_types = ["council.CouncilIndexPage"]
    subpage_types = ["council.CouncilOpinionPage"]
    # One list of opinions per Council section.
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Council opinions and resolutions")

    def opinions(self):
        return (
            CouncilOpinionPage.objects.live()
            .public()
            .child_of(self)
            .select_related("locale")
            .prefetch_related("area_links__area")
            .order_by("-year", "-number", "kind")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        opinions = self.opinions()
        areas = list(ThematicArea.objects.filter(locale=self.locale))
        years = sorted(
            set(CouncilOpinionPage.objects.live().child_of(self).values_list("year", flat=True)),
            reverse=True,
        )
        try:
            year = int(request.GET.get("year", ""))
        except ValueError:
            year = None
        if year in years:
            opinions = opinions.filter(year=year)
        else:
            year = None
        kind = request.GET.get("kind", "")
        if kind in OpinionKind.values:
            opinions = opinions.filter(kind=kind)
        else:
            kind = ""
        area = next((a for a in areas if a.code == request.GET.get("area")), None)
        if area is not None:
            opinions = opinions.filter(area_links__area=area).distinct()
        page_obj = Paginator(opinions, OPINIONS_PER_PAGE).get_page(request.GET.get("page"))
        context.update(
            page_obj=page_obj,
            areas=areas,
            years=years,
            kinds=OpinionKind.choices,
            active_year=year,
            active_kind=kind,
            active_area=area,
        )
        return context


class CouncilOpinionPage(PublicRecordMixin, BasePage):
    kind = models.CharField(
        _("kind"), max_length=20, choices=OpinionKind.choices, default=OpinionKind.OPINION
    )
    number = models.PositiveIntegerField(
        _("number"),
        null=True,
        blank=True,
        help_text=_("Leave empty to give the next number of the year."),
    )
    year = models.PositiveIntegerField(_("year"), editable=False)
    adopted_on = models.DateField(_("adopted on"))
    adopted_at = models.ForeignKey(
        "council.CouncilMeetingPage",
        verbose_name=_("adopted at the meeting"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    subject = models.CharField(_("subject"), max_length=300)
    text = StreamField(BodyBlock(), verbose_name=_("text"))

    base_form_class = PublicRecordPageForm
    content_panels = (
        BasePage.content_panels
        + [
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("kind"), FieldPanel("number")]),
                    FieldPanel("adopted_on"),
                    PageChooserPanel("adopted_at"),
                ],
                _("Adoption"),
            ),
            FieldPanel("subject"),
            FieldPanel("text"),
            InlinePanel("area_links", label=_("Thematic areas")),
        ]
        + PublicRecordMixin.record_panels
    )
    search_fields = BasePage.search_fields + [
        index.SearchField("subject"),
        index.SearchField("text"),
        index.FilterField("kind"),
        index.FilterField("year"),
        index.FilterField("adopted_on"),
    ]

    parent_page_types = ["council.CouncilOpinionIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Council opinion or resolution")
        verbose_name_plural = _("Council opinions and resolutions")

    @property
    def reference(self):
        return f"{self.number}/{self.year}"

    @property
    def meta_description(self):
        return self.search_description or self.listing_summary or self.subject

    @property
    def areas(self):
        return [link.area for link in self.area_links.all()]

    def _number(self):
        """The year comes from the date; a missing number is the next of that year."""
        if not self.locale_id:
            self.locale = self.get_default_locale()
        if self.adopted_on:
            self.year = self.adopted_on.year
        if self.number is None and self.year:
            latest = (
                CouncilOpinionPage.objects.filter(
                    locale_id=self.locale_id, kind=self.kind, year=self.year
                )
                .exclude(pk=self.pk)
                .aggregate(latest=Max("number"))["latest"]
            )
            self.number = (latest or 0) + 1

    def clean(self):
        super().clean()
        self._number()
        taken = (
            CouncilOpinionPage.objects.filter(
                locale_id=self.locale_id, kind=self.kind, year=self.year, number=self.number
            )
            .exclude(pk=self.pk)
            .exists()
        )
        if self.number is not None and taken:
            raise ValidationError(
                {"number": _("This number is already taken this year; leave it empty.")}
            )

    def full_clean(self, *args, **kwargs):
        self._number()
        return super().full_clean(*args, **kwargs)

    def save(self, *args, **kwargs):
        self._number()
        return super().save(*args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["record"] = self.public_record()
        return context


class CouncilOpinionArea(ThematicAreaLink):
    """Inline row: the opinion concerns a thematic area."""

    page = ParentalKey(CouncilOpinionPage, on_delete=models.CASCADE, related_name="area_links")

    class Meta(ThematicAreaLink.Meta):
        verbose_name = _("thematic area")
