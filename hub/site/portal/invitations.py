"""An organisation admin invites colleagues; the signed link makes them members.

Editors already trust the organisation admin, so an accepted invitation is an
approved membership at once (not an admin one; editors grant that).  The link is
signed and expires after ``Invitation.MAX_AGE``; it is used once, by an account
whose verified address is the invited one.  A visitor who is not signed in is
asked to sign in or sign up; the invitation waits in their session, so the first
sign-in after the address is verified comes back to it.
"""

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib import messages
from django.db import transaction
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from hub.addresses import absolute_url
from hub.ratelimit import client_key, limit_key, over_limit

from . import audit, notify
from .membership import _members_page
from .membership_forms import InvitationForm
from .models import Decision, Invitation, Membership
from .signed_in import admin_membership_or_404

SESSION_KEY = "portal_invitation"


def invitations_limited(request):
    """Too many invitations from this account, or from this client (shared cache)."""
    limit = settings.PORTAL_INVITATION_RATE_LIMIT
    window = settings.PORTAL_INVITATION_RATE_WINDOW
    by_account = over_limit(limit_key("portal-invite-user", str(request.user.pk)), limit, window)
    by_client = over_limit(client_key(request, "portal-invite"), limit, window)
    return by_account or by_client


def invitation_url(invitation):
    return absolute_url(reverse("portal:invitation", args=[invitation.token]))


def invite(request):
    admin = admin_membership_or_404(request.user)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    organisation = admin.organisation
    form = InvitationForm(request.POST)
    if form.is_valid():
        email = form.cleaned_data["email"]
        if (
            Membership.objects.approved()
            .filter(organisation=organisation, user__emailaddress__email__iexact=email)
            .exists()
        ):
            form.add_error("email", _("This person is already a member."))
    if form.is_valid() and invitations_limited(request):
        form.add_error(None, _("You have sent too many invitations. Please try again in an hour."))
        return _members_page(request, admin, form, status=429)
    if not form.is_valid():
        return _members_page(request, admin, form)
    with transaction.atomic():
        invitation = Invitation.objects.create(
            organisation=organisation, email=email, invited_by=request.user
        )
        audit.log(organisation, audit.INVITE, request.user, email=email)
        notify.send(
            "invitation",
            email,
            translation.get_language(),
            organisation=organisation,
            invited_by=request.user,
            accept_url=invitation_url(invitation),
            days=Invitation.MAX_AGE // 86400,
        )
    messages.success(request, _("The invitation is on its way to %(email)s.") % {"email": email})
    return redirect("portal:members")


def _address_invited(user, invitation):
    return EmailAddress.objects.filter(
        user=user, email__iexact=invitation.email, verified=True
    ).exists()


def accept(request, token):
    """The invitation link: sign in or up, then join with one button."""
    invitation = Invitation.from_token(token)
    if invitation is None:
        request.session.pop(SESSION_KEY, None)
        return TemplateResponse(request, "portal/members/invitation_invalid.html", status=404)
    context = {"invitation": invitation, "organisation": invitation.organisation}
    if not request.user.is_authenticated:
        request.session[SESSION_KEY] = token
        context["next"] = request.get_full_path()
        return TemplateResponse(request, "portal/members/invitation.html", context)
    context["address_invited"] = _address_invited(request.user, invitation)
    if request.method == "POST" and context["address_invited"]:
        with transaction.atomic():
            Membership.objects.update_or_create(
                user=request.user,
                organisation=invitation.organisation,
                defaults={
                    "status": Decision.APPROVED,
                    "language": translation.get_language(),
                    "decided_at": timezone.now(),
                },
            )
            invitation.accepted_at = timezone.now()
            invitation.save(update_fields=["accepted_at"])
            audit.log(
                invitation.organisation,
                audit.ACCEPT_INVITATION,
                request.user,
                email=invitation.email,
            )
        request.session.pop(SESSION_KEY, None)
        messages.success(
            request,
            _("Welcome: you now act for %(name)s.") % {"name": invitation.organisation.name},
        )
        return redirect("portal:dashboard")
    return TemplateResponse(request, "portal/members/invitation.html", context)


def pending_invitation_url(request):
    """Where to go after signing in when an invitation waits in the session (or None)."""
    token = request.session.get(SESSION_KEY)
    if token and Invitation.from_token(token) is not None:
        return reverse("portal:invitation", args=[token])
    return None
