"""The home page (one per locale) and the standard content page."""

from django.db import models
from django.http import Http404
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from hub.blocks import BodyBlock

from .base import BasePage


class HomePage(BasePage):
    """The root of one language's tree; ``setup_hub`` makes one per locale."""

    intro = models.CharField(
        _("introduction"),
        max_length=300,
        blank=True,
        help_text=_("One sentence under the site name saying what the hub is for."),
    )
    hero_text = RichTextField(_("welcome text"), blank=True, features=["bold", "italic", "link"])
    featured_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("featured page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = BasePage.content_panels + [
        MultiFieldPanel([FieldPanel("intro"), FieldPanel("hero_text")], _("Welcome")),
        FieldPanel("featured_page"),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("hero_text"),
        index.SearchField("body"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "hub.StandardPage",
        "hub.NewsIndexPage",
        "events.EventIndexPage",
        "council.CouncilIndexPage",
        "forum.OrganisationDirectoryPage",
        "forum.WorkingGroupIndexPage",
        "forum.PlenarySessionIndexPage",
        "forum.GoverningBodiesIndexPage",
        "consultations.ConsultationIndexPage",
    ]

    class Meta:
        verbose_name = _("home page")

    def route(self, request, path_components):
        # Every public URL is routed from a home page; refusing a home of another
        # language keeps Wagtail from serving the Polish tree under /uk/ or /en/.
        if self.locale.language_code != translation.get_language():
            raise Http404
        return super().route(request, path_components)

    def get_context(self, request, *args, **kwargs):
        from hub.models.news import NewsPage

        context = super().get_context(request, *args, **kwargs)
        context["latest_news"] = NewsPage.objects.latest_for_locale(self.locale, limit=3)
        return context


class StandardPage(BasePage):
    """A page of text: about the Model, about the Forum, privacy, how to join."""

    introduction = models.CharField(_("introduction"), max_length=400, blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("introduction"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    parent_page_types = ["hub.HomePage", "hub.StandardPage"]
    subpage_types = ["hub.StandardPage"]

    class Meta:
        verbose_name = _("standard page")

    @property
    def meta_description(self):
        return self.search_description or self.listing_summary or self.introduction
