"""The standard content page."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from hub.blocks import BodyBlock

from .base import BasePage


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
