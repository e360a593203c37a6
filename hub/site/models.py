"""The home page: one per locale, the root of each language's tree."""

from django.db import models
from django.http import Http404
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import get_page_models
from wagtail.search import index

from hub.blocks import BodyBlock
from hub.models import BasePage, NewsPage


class HomePage(BasePage):
    """The root of one language's tree; ``setup_hub`` makes one per locale.

    It names no child types: every section's page type states ``hub.HomePage``
    among its parents, and Wagtail allows exactly those here.
    """

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

    class Meta:
        app_label = "hub"
        verbose_name = _("home page")

    @classmethod
    def clean_subpage_models(cls):
        # No list of children: Wagtail keeps those whose parent_page_types name the home
        # page. Only Wagtail's base Page names no parents; it is not a section.
        return [m for m in get_page_models() if getattr(m, "parent_page_types", None)]

    def route(self, request, path_components):
        # Every public URL is routed from a home page; refusing a home of another
        # language keeps Wagtail from serving the Polish tree under /uk/ or /en/.
        if self.locale.language_code != translation.get_language():
            raise Http404
        return super().route(request, path_components)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["latest_news"] = NewsPage.objects.latest_for_locale(self.locale, limit=3)
        return context
