"""Who may act for which member organisation, and the requests editors decide on."""

from django.conf import settings
from django.core import signing
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

INVITATION_SALT = "hub.portal.invitation"


class Decision(models.TextChoices):
    PENDING = "pending", _("Pending")
    APPROVED = "approved", _("Approved")
    REFUSED = "refused", _("Refused")


class DecidedModel(models.Model):
    """A request an editor approves or refuses, with a reason sent to the requester."""

    status = models.CharField(
        _("status"), max_length=10, choices=Decision.choices, default=Decision.PENDING
    )
    reason = models.TextField(
        _("reason"), blank=True, help_text=_("Sent by e-mail to the person who asked.")
    )
    language = models.CharField(_("language"), max_length=10, default="pl")
    created_at = models.DateTimeField(_("requested at"), default=timezone.now)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)

    class Meta:
        abstract = True
        ordering = ["created_at"]

    def decide(self, status, user, reason=""):
        self.status = status
        self.reason = reason or self.reason
        self.decided_by = user
        self.decided_at = timezone.now()
        self.save()


class MembershipQuerySet(models.QuerySet):
    def approved(self):
        return self.filter(status=Decision.APPROVED)


class Membership(DecidedModel):
    """A user acting for a member organisation, once an editor has approved it."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    organisation = models.ForeignKey(
        "hub.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    is_admin = models.BooleanField(
        _("organisation admin"),
        default=False,
        help_text=_("May invite and remove members and propose profile changes."),
    )

    objects = MembershipQuerySet.as_manager()

    class Meta(DecidedModel.Meta):
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [
            models.UniqueConstraint(fields=["user", "organisation"], name="portal_unique_member")
        ]

    def __str__(self):
        return f"{self.user} · {self.organisation}"


class MembershipRequest(DecidedModel):
    """A verified user proposing a new member organisation."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="organisation_requests",
    )
    name = models.CharField(_("organisation name"), max_length=250)
    website = models.URLField(_("website"), blank=True)
    description = models.TextField(_("description"), blank=True)
    organisation = models.ForeignKey(
        "hub.Organisation",
        verbose_name=_("created organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta(DecidedModel.Meta):
        verbose_name = _("new organisation request")
        verbose_name_plural = _("new organisation requests")

    def __str__(self):
        return self.name


class ProfileChange(DecidedModel):
    """An organisation admin's proposed change to the public profile."""

    organisation = models.ForeignKey(
        "hub.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="profile_changes",
    )
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("proposed by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    description = models.TextField(_("description"), blank=True)
    website = models.URLField(_("website"), blank=True)
    contact_email = models.EmailField(_("public e-mail"), blank=True)
    contact_phone = models.CharField(_("public phone"), max_length=40, blank=True)
    address = models.TextField(_("address"), blank=True)

    FIELDS = ["description", "website", "contact_email", "contact_phone", "address"]

    class Meta(DecidedModel.Meta):
        verbose_name = _("profile change")
        verbose_name_plural = _("profile changes")

    def __str__(self):
        return str(self.organisation)

    def apply(self, user=None):
        """Publish the proposed fields as a new revision of the organisation's live profile.

        The change is made to the live version (what the organisation admin saw),
        so the profile's history shows it and an editor can revert it; an editor's
        unpublished draft stays in that history.
        """
        organisation = type(self.organisation).objects.get(pk=self.organisation_id)
        for field in self.FIELDS:
            setattr(organisation, field, getattr(self, field))
        revision = organisation.save_revision(user=user or self.decided_by)
        revision.publish(user=user or self.decided_by)
        self.organisation = type(organisation).objects.get(pk=organisation.pk)
        return revision


class Invitation(models.Model):
    """An organisation admin's invitation of a colleague, by a signed, expiring link."""

    organisation = models.ForeignKey(
        "hub.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="invitations",
    )
    email = models.EmailField(_("e-mail"))
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("invited by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("sent at"), default=timezone.now)
    accepted_at = models.DateTimeField(_("accepted at"), null=True, blank=True)

    MAX_AGE = 7 * 24 * 3600

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        ordering = ["-created_at"]

    def __str__(self):
        return self.email

    @property
    def token(self):
        return signing.dumps({"id": self.pk, "email": self.email}, salt=INVITATION_SALT)

    @classmethod
    def from_token(cls, token):
        """The open invitation a token names, or None if it is forged, expired or used."""
        try:
            data = signing.loads(token, salt=INVITATION_SALT, max_age=cls.MAX_AGE)
        except signing.BadSignature:
            return None
        return cls.objects.filter(
            pk=data.get("id"), email=data.get("email"), accepted_at__isnull=True
        ).first()
