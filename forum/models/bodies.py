"""The bodies that steer the Model: the Steering Committee and the Management Group."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index

from hub.models import BasePage

from ..blocks import ForumDocumentsBlock

TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link", "document-link"]


class GoverningBodiesIndexPage(BasePage):
    """The page that presents the bodies running the Model."""

    introduction = models.CharField(_("introduction"), max_length=400, blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("introduction")]

    parent_page_types = ["hub.HomePage"]
    subpage_types = ["forum.GoverningBodyPage"]
    # One such section per language tree.
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("governing bodies index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["bodies"] = GoverningBodyPage.objects.child_of(self).live().public()
        return context


class GoverningBodyPage(BasePage):
    """A governing body: its role, its members and their terms, its documents."""

    role = RichTextField(_("role"), features=TEXT_FEATURES)
    meeting_rhythm = models.CharField(
        _("meeting rhythm"),
        max_length=200,
        blank=True,
        help_text=_("For example 'at least every six months'."),
    )
    documents = StreamField(
        ForumDocumentsBlock(),
        verbose_name=_("decisions and plans"),
        blank=True,
        help_text=_("Decisions, annual plans and amendments, as documents."),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("role"),
        FieldPanel("meeting_rhythm"),
        InlinePanel("memberships", label=_("Composition")),
        FieldPanel("documents"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("role")]

    parent_page_types = ["forum.GoverningBodiesIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("governing body")
        verbose_name_plural = _("governing bodies")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["members"] = list(
            self.memberships.filter(person__live=True).select_related("person", "person__photo")
        )
        return context


class BodyMembership(TranslatableMixin, Orderable):
    """Inline row: a person's seat in the body, for the institution they represent."""

    page = ParentalKey(GoverningBodyPage, on_delete=models.CASCADE, related_name="memberships")
    person = models.ForeignKey(
        "hub.Person", verbose_name=_("person"), on_delete=models.CASCADE, related_name="+"
    )
    institution = models.CharField(_("institution"), max_length=250, blank=True)
    role_in_body = models.CharField(
        _("role in the body"),
        max_length=120,
        blank=True,
        help_text=_("For example 'chair' or 'member'."),
    )
    term_start = models.DateField(_("term from"), null=True, blank=True)
    term_end = models.DateField(
        _("term to"), null=True, blank=True, help_text=_("Empty while the term is open.")
    )

    panels = [
        FieldPanel("person"),
        FieldPanel("institution"),
        FieldPanel("role_in_body"),
        FieldRowPanel([FieldPanel("term_start"), FieldPanel("term_end")]),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("member")
        verbose_name_plural = _("composition")

    def clean(self):
        super().clean()
        if self.term_start and self.term_end and self.term_end < self.term_start:
            raise ValidationError({"term_end": _("The term cannot end before it starts.")})
