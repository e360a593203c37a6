"""The hub's own image and document models.

Both are custom from the first migration, because Wagtail cannot swap them later
without losing existing files' records.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument, Document
from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtail.search import index


class HubImage(AbstractImage):
    """An image; ``description`` is the default alt text."""

    credit = models.CharField(
        _("credit"),
        max_length=255,
        blank=True,
        help_text=_("Author or source, shown under the image where it is credited."),
    )

    admin_form_fields = Image.admin_form_fields + ("credit",)

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")


class HubRendition(AbstractRendition):
    image = models.ForeignKey(HubImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class HubDocument(AbstractDocument):
    """A document with room for its extracted text and its language.

    Draft-only documents (e.g. unsigned minutes) live in a restricted collection
    created by ``setup_hub``; documents are always served through Django
    (``WAGTAILDOCS_SERVE_METHOD = "serve_view"``) so that restriction is
    checked on every download.
    """

    language = models.CharField(
        _("language"),
        max_length=8,
        blank=True,
        help_text=_("Language of the document's text, if it has one."),
    )
    extracted_text = models.TextField(
        _("extracted text"),
        blank=True,
        editable=False,
        help_text=_("Plain text taken from the file, used by search."),
    )
    text_extracted_at = models.DateTimeField(_("text extracted at"), null=True, editable=False)

    admin_form_fields = Document.admin_form_fields + ("language",)

    search_fields = AbstractDocument.search_fields + [
        index.SearchField("extracted_text"),
        index.FilterField("language"),
    ]

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")
