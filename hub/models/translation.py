"""A translator's word that a translation has been read and approved (issue 12).

wagtail-localize keeps the machine origin of every string, even when a translator
accepts it unedited, so "reviewed" cannot be read from the strings: it is this row,
written by the translator's explicit action. A machine string saved after
``reviewed_at`` makes the translation *machine* again.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class TranslationReview(models.Model):
    translation_key = models.UUIDField(_("translation key"))
    locale = models.ForeignKey(
        "wagtailcore.Locale", verbose_name=_("language"), on_delete=models.CASCADE, related_name="+"
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reviewed_at = models.DateTimeField(_("reviewed at"))

    class Meta:
        verbose_name = _("translation review")
        verbose_name_plural = _("translation reviews")
        constraints = [
            models.UniqueConstraint(
                fields=["translation_key", "locale"], name="one_review_per_translation"
            )
        ]

    def __str__(self):
        return f"{self.translation_key} ({self.locale_id})"
