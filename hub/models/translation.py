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


class TranslationRequest(models.Model):
    """An editor's request to translate an object into a language by a date.

    Requesting starts the wagtail-localize translation when there is none yet, so the
    translators find it in their queue; the board and the queue show the due date
    until the translation is complete.
    """

    translation_key = models.UUIDField(_("translation key"))
    locale = models.ForeignKey(
        "wagtailcore.Locale", verbose_name=_("language"), on_delete=models.CASCADE, related_name="+"
    )
    due_date = models.DateField(_("due date"))
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("requested by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    requested_at = models.DateTimeField(_("requested at"), auto_now=True)

    class Meta:
        verbose_name = _("translation request")
        verbose_name_plural = _("translation requests")
        constraints = [
            models.UniqueConstraint(
                fields=["translation_key", "locale"], name="one_request_per_translation"
            )
        ]

    def __str__(self):
        return f"{self.translation_key} ({self.locale_id}) by {self.due_date}"
