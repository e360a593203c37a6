"""Site-wide settings edited in the admin: contact details, footer, alert banner."""

from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Locale, TranslatableMixin

from hub.models.base import EditorialMixin


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """Contact details, footer links and social links of the site."""

    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    address = models.TextField(_("postal address"), blank=True)
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Linked in the footer, in the reader's language where translated."),
    )
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("accessibility statement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    facebook_url = models.URLField(_("Facebook"), blank=True)
    instagram_url = models.URLField(_("Instagram"), blank=True)
    youtube_url = models.URLField(_("YouTube"), blank=True)
    linkedin_url = models.URLField(_("LinkedIn"), blank=True)

    panels = [
        MultiFieldPanel(
            [FieldPanel("contact_email"), FieldPanel("contact_phone"), FieldPanel("address")],
            _("Contact"),
        ),
        MultiFieldPanel(
            [FieldPanel("privacy_page"), FieldPanel("accessibility_page")], _("Footer pages")
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("facebook_url"), FieldPanel("instagram_url")]),
                FieldRowPanel([FieldPanel("youtube_url"), FieldPanel("linkedin_url")]),
            ],
            _("Social media"),
        ),
    ]

    class Meta:
        verbose_name = _("site settings")

    def social_links(self):
        return [
            (label, url)
            for label, url in (
                ("Facebook", self.facebook_url),
                ("Instagram", self.instagram_url),
                ("YouTube", self.youtube_url),
                ("LinkedIn", self.linkedin_url),
            )
            if url
        ]


class AlertBannerQuerySet(models.QuerySet):
    def current(self, locale=None):
        now = timezone.now()
        locale = locale or Locale.get_active()
        return self.filter(
            Q(starts_at__isnull=True) | Q(starts_at__lte=now),
            Q(ends_at__isnull=True) | Q(ends_at__gt=now),
            active=True,
            live=True,
            locale=locale,
        ).order_by("-level", "-starts_at")


class AlertBanner(EditorialMixin, TranslatableMixin, models.Model):
    """An urgent notice shown at the top of every page in its language.

    Editors prepare it as a draft, preview it, schedule it and revert it; only
    the live version is shown (existing banners became live when drafts came).
    """

    class Level(models.IntegerChoices):
        INFO = 1, _("Information")
        WARNING = 2, _("Warning")
        URGENT = 3, _("Urgent")

    message = models.CharField(_("message"), max_length=300)
    level = models.PositiveSmallIntegerField(_("level"), choices=Level.choices, default=Level.INFO)
    link_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("read more on"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    active = models.BooleanField(_("shown"), default=True)
    starts_at = models.DateTimeField(_("show from"), null=True, blank=True)
    ends_at = models.DateTimeField(_("show until"), null=True, blank=True)

    objects = AlertBannerQuerySet.as_manager()
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="alertbanner")

    panels = [
        FieldPanel("message"),
        FieldPanel("level"),
        FieldPanel("link_page"),
        FieldPanel("active"),
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("alert banner")
        verbose_name_plural = _("alert banners")

    def __str__(self):
        return self.message

    def get_preview_template(self, request, mode_name):
        return "hub/alert_banner_preview.html"

    def clean(self):
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("The end must come after the start.")})
