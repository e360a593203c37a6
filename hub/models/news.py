"""News: one index per locale, news pages under it, tagged with thematic areas."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import PageManager, PageQuerySet
from wagtail.search import index

from hub.blocks import BodyBlock
from hub.feeds import NewsFeed
from hub.pagination import paginate

from .areas import ThematicArea, ThematicAreaLink
from .base import BasePage

NEWS_PER_PAGE = 12


class NewsPageQuerySet(PageQuerySet):
    def for_listing(self):
        """Everything a news card shows, in a fixed number of queries."""
        return (
            self.live()
            .public()
            .select_related("locale", "lead_image", "organisation")
            # The cards' image renditions in one query, not one lookup per card.
            .prefetch_related("area_links__area", "lead_image__renditions")
            .order_by("-publication_date", "-pk")
        )


class NewsPageManager(PageManager.from_queryset(NewsPageQuerySet)):
    def latest_for_locale(self, locale, limit):
        return list(self.get_queryset().filter(locale=locale).for_listing()[:limit])


class NewsIndexPage(RoutablePageMixin, BasePage):
    """The list of news in one language, with an Atom feed."""

    introduction = models.CharField(_("introduction"), max_length=400, blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("introduction")]

    parent_page_types = ["hub.HomePage"]
    subpage_types = ["hub.NewsPage"]
    # One news section per language tree.
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news index")

    def news(self):
        return NewsPage.objects.child_of(self).for_listing()

    def filtered_news(self, request):
        news = self.news()
        area_code = request.GET.get("area", "")
        area = None
        if area_code:
            area = ThematicArea.objects.filter(code=area_code, locale=self.locale).first()
            if area:
                news = news.filter(area_links__area__code=area_code).distinct()
        return news, area

    @path("")
    def index_route(self, request):
        news, area = self.filtered_news(request)
        page_obj = paginate(request, news, NEWS_PER_PAGE)
        return self.render(
            request,
            context_overrides={"page_obj": page_obj, "active_area": area},
        )

    @path("feed/")
    def feed_route(self, request):
        return NewsFeed(self)(request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["areas"] = ThematicArea.objects.filter(locale=self.locale)
        return context


class NewsPage(BasePage):
    publication_date = models.DateTimeField(
        _("publication date"),
        default=timezone.now,
        help_text=_("Shown on the page and used to order the news."),
    )
    lead = models.CharField(
        _("lead"), max_length=400, help_text=_("One or two sentences that open the story.")
    )
    lead_image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("lead image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    organisation = models.ForeignKey(
        "hub.Organisation",
        verbose_name=_("published by member organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="news",
        help_text=_("Leave empty for the Forum's own news."),
    )

    objects = NewsPageManager()

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("publication_date"),
                FieldPanel("lead"),
                FieldPanel("lead_image"),
                FieldPanel("organisation"),
            ],
            _("Opening"),
        ),
        FieldPanel("body"),
        InlinePanel("area_links", label=_("Thematic areas")),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("lead"),
        index.SearchField("body"),
        index.FilterField("publication_date"),
        index.RelatedFields("area_links", [index.FilterField("area_id")]),
    ]

    parent_page_types = ["hub.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news page")
        verbose_name_plural = _("news pages")

    @property
    def meta_description(self):
        return self.search_description or self.listing_summary or self.lead

    @property
    def areas(self):
        return [link.area for link in self.area_links.all()]


class NewsPageArea(ThematicAreaLink):
    """Inline row tagging a news page with a thematic area.

    The row is translatable so that wagtail-localize points each translation
    of the page at the area's translation in the same language.
    """

    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="area_links")

    class Meta(ThematicAreaLink.Meta):
        verbose_name = _("thematic area")
        constraints = [
            models.UniqueConstraint(fields=["page", "area"], name="unique_news_area"),
        ]
