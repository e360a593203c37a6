"""Member organisations: their areas and working groups, the directory and the profiles.

The organisation itself (``hub.Organisation``) lives in the foundations because
news and events point at it; the Forum adds the inline rows that tie it to the
Model's areas and to the working groups, and the public directory.
"""

from django.db import models
from django.db.models import Q
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.models import Orderable, TranslatableMixin

from events.models import EventPage
from hub.models import BasePage, NewsPage, Organisation, ThematicArea
from hub.models.areas import ThematicAreaLink
from hub.models.base import SitemapSubpage
from hub.pagination import paginate

from .groups import WorkingGroupPage

ORGANISATIONS_PER_PAGE = 30
PROFILE_NEWS = 5
PROFILE_EVENTS = 5


class OrganisationArea(ThematicAreaLink):
    """Inline row: the organisation works in a thematic area."""

    organisation = ParentalKey(
        "hub.Organisation", on_delete=models.CASCADE, related_name="area_links"
    )

    class Meta(ThematicAreaLink.Meta):
        verbose_name = _("area of work")
        verbose_name_plural = _("areas of work")
        constraints = [
            models.UniqueConstraint(fields=["organisation", "area"], name="unique_org_area"),
        ]


class OrganisationWorkingGroup(TranslatableMixin, Orderable):
    """Inline row: the organisation takes part in the working group of an area.

    Each of the Forum's working groups works on one thematic area, so the group
    is named by its area, as the calendar's event rows do.
    """

    organisation = ParentalKey(
        "hub.Organisation", on_delete=models.CASCADE, related_name="group_links"
    )
    area = models.ForeignKey(
        "hub.ThematicArea",
        verbose_name=_("working group of the area"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("area")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("working group")
        verbose_name_plural = _("working groups")
        constraints = [
            models.UniqueConstraint(fields=["organisation", "area"], name="unique_org_group"),
        ]


def organisations_for_listing(locale):
    """Published, active organisations of a language with everything a card shows."""
    return (
        Organisation.objects.live()
        .filter(locale=locale, active=True)
        .prefetch_related("area_links__area", "group_links__area")
        .order_by("name", "pk")
    )


class OrganisationDirectoryPage(RoutablePageMixin, BasePage):
    """The directory of member organisations, and each organisation's profile.

    A profile's address is ``<directory>/<organisation slug>/``; the slug is the
    same in every language, so only the directory's own slug changes.
    """

    introduction = models.CharField(_("introduction"), max_length=400, blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("introduction")]

    parent_page_types = ["hub.HomePage"]
    subpage_types = []
    # One directory per language tree.
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("organisation directory")

    # Filters ---------------------------------------------------------------

    def filter_values(self, request):
        kind = request.GET.get("kind", "")
        if kind not in Organisation.Kind.values:
            kind = ""
        return {
            "kind": kind,
            "area": request.GET.get("area", "")[:40],
            "group": request.GET.get("group", "")[:40],
            "q": request.GET.get("q", "").strip()[:100],
        }

    def filtered_organisations(self, values):
        organisations = organisations_for_listing(self.locale)
        if values["kind"]:
            organisations = organisations.filter(kind=values["kind"])
        if values["area"]:
            organisations = organisations.filter(area_links__area__code=values["area"])
        if values["group"]:
            organisations = organisations.filter(group_links__area__code=values["group"])
        if values["q"]:
            text = values["q"]
            organisations = organisations.filter(
                Q(name__icontains=text)
                | Q(short_name__icontains=text)
                | Q(description__icontains=text)
            )
        # The row joins can repeat an organisation; keep each once.
        return organisations.distinct()

    def working_groups(self):
        return (
            WorkingGroupPage.objects.live()
            .public()
            .filter(locale=self.locale)
            .select_related("area")
            .order_by("area__sort_order", "title")
        )

    @path("")
    def index_route(self, request):
        values = self.filter_values(request)
        page_obj = paginate(request, self.filtered_organisations(values), ORGANISATIONS_PER_PAGE)
        return self.render(
            request,
            context_overrides={
                "page_obj": page_obj,
                "filters": values,
                "filtered": any(values.values()),
                "kinds": Organisation.Kind.choices,
                "areas": list(ThematicArea.objects.filter(locale=self.locale)),
                "groups": list(self.working_groups()),
            },
        )

    @re_path(r"^(?P<slug>[-\w]+)/$", name="profile")
    def profile_route(self, request, slug):
        # Only the published organisation's translation in this directory's
        # language: never a draft, never a Polish profile under /uk/.
        organisation = (
            Organisation.objects.live()
            .filter(slug=slug, locale=self.locale)
            .select_related("logo")
            .prefetch_related("area_links__area", "group_links__area")
            .first()
        )
        if organisation is None:
            raise Http404
        return self.render_profile(request, organisation)

    def render_profile(self, request, organisation):
        """The profile page of ``organisation``: the live one, or a preview's draft."""
        news, events = [], []
        if organisation.pk is not None:  # a new organisation's preview has neither
            news = list(
                NewsPage.objects.filter(
                    organisation=organisation, locale=self.locale
                ).for_listing()[:PROFILE_NEWS]
            )
            events = list(
                EventPage.objects.filter(
                    organiser=organisation, locale=self.locale, start__gte=timezone.now()
                )
                .for_listing()
                .order_by("start")[:PROFILE_EVENTS]
            )
        group_pages = {group.area_id: group for group in self.working_groups()}
        return self.render(
            request,
            template="forum/organisation_profile.html",
            context_overrides={
                "language_alternates": self.profile_alternates(request, organisation),
                "canonical_url": self.profile_url(organisation),
                "organisation": organisation,
                "organisation_news": news,
                "organisation_events": events,
                "organisation_groups": [
                    (link.area, group_pages.get(link.area_id))
                    for link in organisation.group_links.all()
                ],
            },
        )

    def sitemap_subpages(self):
        """Every active organisation's profile (the translations share a key)."""
        return [
            SitemapSubpage(
                self.reverse_subpage("profile", kwargs={"slug": organisation.slug}),
                ("organisation", organisation.translation_key),
            )
            for organisation in organisations_for_listing(self.locale).prefetch_related(None)
        ]

    def profile_alternates(self, request, organisation):
        """The profile's address in each language it is translated into."""
        directories = {
            page.locale_id: page
            for page in self.get_translations(inclusive=True).live().select_related("locale")
        }
        alternates = {}
        translations = organisation.get_translations(inclusive=True).filter(live=True)
        for translation in translations.select_related("locale"):
            directory = directories.get(translation.locale_id)
            if directory is not None:
                alternates[translation.locale.language_code] = directory.specific.profile_url(
                    translation
                )
        return alternates

    def profile_url(self, organisation):
        return self.url + self.reverse_subpage("profile", kwargs={"slug": organisation.slug})
