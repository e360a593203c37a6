"""People and member organisations: shared by the Forum, the calendar and the Council.

They live in the foundations because several content apps point at them
(an event's organiser, a news item's author organisation, a Council member).
"""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.models import ClusterableModel
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from hub.choosers import SameLocaleSnippetForm
from hub.hooks import ORGANISATION_PREVIEW_HOOK
from hub.models.base import EditorialMixin, LiveQuerySet


class Person(EditorialMixin, TranslatableMixin, index.Indexed, models.Model):
    """A person who appears on the hub: a group leader, a body member, a councillor."""

    name = models.CharField(_("name"), max_length=200)
    photo = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    photo_alt_text = models.CharField(
        _("photo description"),
        max_length=250,
        blank=True,
        help_text=_("What the photo shows, for people who cannot see it. Required with a photo."),
    )
    affiliation = models.CharField(_("institution or organisation"), max_length=250, blank=True)
    languages_spoken = models.CharField(
        _("languages spoken"),
        max_length=200,
        blank=True,
        help_text=_("As residents should read them, e.g. 'polski, українська, English'."),
    )

    panels = [
        FieldPanel("name"),
        MultiFieldPanel([FieldPanel("photo"), FieldPanel("photo_alt_text")], _("Photo")),
        FieldPanel("affiliation"),
        FieldPanel("languages_spoken"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("affiliation"),
        index.FilterField("locale_id"),
        index.FilterField("live"),
    ]

    objects = LiveQuerySet.as_manager()
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="person")

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def clean(self):
        if self.photo_id and not self.photo_alt_text.strip():
            raise ValidationError({"photo_alt_text": _("Describe the photo for screen readers.")})

    def get_preview_template(self, request, mode_name):
        return "hub/person_preview.html"


class Organisation(EditorialMixin, TranslatableMixin, index.Indexed, ClusterableModel):
    """A member organisation of the Forum (or a public body, or an individual member).

    ``slug`` is the same in every language, so a profile keeps one URL across
    translations.  The Forum app adds the inline rows for areas and groups.
    """

    class Kind(models.TextChoices):
        PUBLIC_INSTITUTION = "public", _("Public institution")
        NGO = "ngo", _("Non-governmental organisation")
        COMPANY = "company", _("Company")
        INFORMAL_GROUP = "informal", _("Informal group")
        INDIVIDUAL = "individual", _("Individual member")

    name = models.CharField(_("name"), max_length=250)
    short_name = models.CharField(_("short name"), max_length=60, blank=True)
    slug = models.SlugField(
        _("address slug"),
        max_length=100,
        help_text=_("Part of the profile's address; the same in every language."),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.NGO)
    description = models.TextField(_("description"), blank=True)
    logo = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    website = models.URLField(_("website"), blank=True)
    contact_email = models.EmailField(_("public e-mail"), blank=True)
    contact_phone = models.CharField(_("public phone"), max_length=40, blank=True)
    address = models.TextField(_("address"), blank=True)
    member_since = models.DateField(_("member since"), null=True, blank=True)
    active = models.BooleanField(_("active member"), default=True)

    # Its areas and working groups (rows the forum adds) are chosen in its own language.
    base_form_class = SameLocaleSnippetForm

    panels = [
        FieldPanel("name"),
        FieldPanel("short_name"),
        FieldPanel("slug"),
        FieldPanel("kind"),
        FieldPanel("description"),
        FieldPanel("logo"),
        MultiFieldPanel(
            [
                FieldPanel("website"),
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
                FieldPanel("address"),
            ],
            _("Public contact"),
        ),
        FieldPanel("member_since"),
        FieldPanel("active"),
    ]
    # The slug and phone number are the same in every language: a profile keeps its
    # address across translations, and translators are not asked to copy them.
    override_translatable_fields = [
        SynchronizedField("slug"),
        SynchronizedField("contact_phone"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("short_name"),
        index.SearchField("description"),
        index.FilterField("kind"),
        index.FilterField("active"),
        index.FilterField("locale_id"),
        index.FilterField("live"),
    ]

    objects = LiveQuerySet.as_manager()
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="organisation")

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_organisation_slug"),
        ]

    def __str__(self):
        return self.name

    @classmethod
    def add_panels(cls, *panels):
        """Panels for rows another app defines about an organisation.

        Called from that app's ``wagtail_hooks.py`` (the Forum adds the areas and
        working groups of an organisation), which Wagtail imports before any admin
        form is built: the foundations name no content app's rows.
        """
        cls.panels = [*cls.panels, *panels]

    def serve_preview(self, request, mode_name):
        """The public profile as the content app that shows it renders it."""
        for render_profile in hooks.get_hooks(ORGANISATION_PREVIEW_HOOK):
            response = render_profile(request, self)
            if response is not None:
                return response
        return super().serve_preview(request, mode_name)

    def get_preview_template(self, request, mode_name):
        # Only when no content app shows profiles (or this language has no directory).
        return "hub/organisation_preview.html"
