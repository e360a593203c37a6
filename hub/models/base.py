"""Small mixins and the abstract base every public page type is built from."""

from typing import NamedTuple

from django.conf import settings
from django.db import models
from django.http import Http404
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Page,
    PreviewableMixin,
    RevisionMixin,
)
from wagtail.search import index

from hub.choosers import SameLocalePageForm
from hub.permissions import HubPagePermissionTester


class SitemapSubpage(NamedTuple):
    """A routable sub-page residents should find, as a page lists it for the sitemap.

    ``route`` is the path below the page (``"past/"``); ``key`` is the same for
    the sub-page in every language (it pairs the hreflang alternates).
    """

    route: str
    key: tuple
    lastmod: object = None


class SocialFields(models.Model):
    """Open Graph data: a share image (the listing image is the fallback)."""

    social_image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("share image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown when the page is shared on social media."),
    )

    promote_panels = [FieldPanel("social_image")]

    class Meta:
        abstract = True


class ListingFields(models.Model):
    """What a page shows of itself in lists and cards."""

    listing_summary = models.CharField(
        _("listing summary"),
        max_length=300,
        blank=True,
        help_text=_("One or two sentences shown in lists; the meta description if that is empty."),
    )

    promote_panels = [FieldPanel("listing_summary")]

    class Meta:
        abstract = True


class LiveQuerySet(models.QuerySet):
    def live(self):
        """Published objects only: what every public page may show."""
        return self.filter(live=True)


class EditorialMixin(PreviewableMixin, LockableMixin, DraftStateMixin, RevisionMixin):
    """Drafts, revisions (history, revert), locking, preview and scheduled publishing.

    Only the live version is public: public reads go through ``objects.live()``;
    rows that existed before drafts came were migrated as live.
    """

    class Meta:
        abstract = True

    @property
    def revisions(self):
        return self._revisions


class BasePage(SocialFields, ListingFields, Page):
    """Abstract base of the hub's pages.

    A page type with routable sub-pages that residents should find (not feeds,
    forms or noindex views) lists them in ``sitemap_subpages()``.
    """

    search_fields = Page.search_fields + [
        index.SearchField("listing_summary"),
        index.FilterField("locale_id"),
    ]

    promote_panels = [
        MultiFieldPanel(Page.promote_panels, _("Common page configuration")),
        MultiFieldPanel(
            ListingFields.promote_panels + SocialFields.promote_panels,
            _("Lists and sharing"),
        ),
    ]

    # Areas, people and organisations are chosen in the page's own language.
    base_form_class = SameLocalePageForm

    class Meta:
        abstract = True

    def permissions_for_user(self, user):
        # Wagtail's tester, minus what translators must never do (hub/permissions.py).
        return HubPagePermissionTester(user, self)

    def sitemap_subpages(self) -> list[SitemapSubpage]:
        return []

    @property
    def meta_description(self):
        return self.search_description or self.listing_summary

    def serve(self, request, *args, **kwargs):
        # Wagtail falls back to the default-language tree when a locale has no
        # page; a URL under /uk/ or /en/ must never show Polish content.
        if self.locale.language_code != translation.get_language():
            raise Http404
        return super().serve(request, *args, **kwargs)
