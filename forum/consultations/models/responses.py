"""One resident's answer to a consultation.

Answers are keyed by StreamField block ids (questions, draft sections) and by
list-item ids (choice options), which every translation of the page shares, so
answers given in any language count together.  Personal fields are optional and
are anonymised by the retention policy once the report has been out long enough.
"""

import secrets
import uuid

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..choices import ResponseStatus

# Crockford's base32 without easily confused letters: a reference is read aloud.
REFERENCE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def new_reference() -> str:
    code = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(8))
    return f"{timezone.now():%Y}-{code[:4]}-{code[4:]}"


class ResponseQuerySet(models.QuerySet):
    def for_consultation(self, page):
        """Responses to a consultation in every language."""
        return self.filter(translation_key=page.translation_key)


class Response(models.Model):
    page = models.ForeignKey(
        "consultations.ConsultationPage",
        verbose_name=_("consultation (language version answered)"),
        # A response is never lost with its page: delete the responses first.
        on_delete=models.PROTECT,
        related_name="responses",
    )
    translation_key = models.UUIDField(_("consultation key"), db_index=True, editable=False)
    language = models.CharField(_("language"), max_length=8)
    reference = models.CharField(
        _("reference number"), max_length=20, unique=True, default=new_reference
    )
    token = models.UUIDField(
        _("submission token"),
        unique=True,
        default=uuid.uuid4,
        editable=False,
        help_text=_("Sent with the form; a second submission of the same form is not stored."),
    )
    submitted_at = models.DateTimeField(_("submitted"), default=timezone.now, db_index=True)
    answers = models.JSONField(_("answers"), default=dict, blank=True)
    comments = models.JSONField(_("comments on the draft"), default=dict, blank=True)
    name = models.CharField(_("name"), max_length=200, blank=True)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    consent_at = models.DateTimeField(_("information clause accepted"))
    status = models.CharField(
        _("status"),
        max_length=12,
        choices=ResponseStatus.choices,
        default=ResponseStatus.NEW,
        help_text=_("Published comments are shown on the page when it shows comments publicly."),
    )
    anonymised_at = models.DateTimeField(_("anonymised"), null=True, blank=True)

    objects = ResponseQuerySet.as_manager()

    class Meta:
        verbose_name = _("consultation response")
        verbose_name_plural = _("consultation responses")
        ordering = ["-submitted_at", "-pk"]
        indexes = [models.Index(fields=["translation_key", "status"])]

    def __str__(self):
        return self.reference

    def anonymise(self, now):
        self.name = ""
        self.organisation = ""
        self.email = ""
        self.anonymised_at = now

    def personal_data(self) -> dict:
        """What the hub holds about the respondent, for a subject-access request."""
        return {
            "reference": self.reference,
            "consultation": self.page.title,
            "language": self.language,
            "submitted_at": self.submitted_at.isoformat(),
            "name": self.name,
            "organisation": self.organisation,
            "email": self.email,
            "consent_at": self.consent_at.isoformat(),
            "answers": self.answers,
            "comments": self.comments,
            "status": self.status,
            "anonymised_at": self.anonymised_at.isoformat() if self.anonymised_at else None,
        }
