"""The Model's 11 thematic areas: translatable data used to tag everything."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index


class ThematicArea(TranslatableMixin, index.Indexed, models.Model):
    """One of the Immigrant Integration Model's thematic areas.

    ``code`` is the same in every language (``work``, ``health``…), so filters
    and feeds keep one URL whatever the language of the page.
    """

    code = models.SlugField(
        _("code"),
        max_length=40,
        help_text=_("Stable identifier shared by all translations, e.g. 'health'."),
    )
    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(_("description"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("description"),
        index.FilterField("code"),
        index.FilterField("locale_id"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("thematic area")
        verbose_name_plural = _("thematic areas")
        ordering = ["sort_order", "name"]
        constraints = [
            models.UniqueConstraint(fields=["code", "locale"], name="unique_area_code_per_locale"),
        ]

    def __str__(self):
        return self.name


class ThematicAreaLink(TranslatableMixin, Orderable):
    """Base of the inline rows that tag a page or snippet with a thematic area.

    Rows are translatable so that wagtail-localize points each translation at
    the area's translation in the same language (it does not localise plain
    rows, nor many-to-many fields).  Subclasses add the ``ParentalKey``.
    """

    area = models.ForeignKey(
        "hub.ThematicArea",
        verbose_name=_("thematic area"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("area")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        abstract = True
        verbose_name = _("thematic area")
