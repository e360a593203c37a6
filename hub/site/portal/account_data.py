"""Every account holder's own data: download it (JSON) or delete the account.

The download holds the account, its e-mail addresses, memberships, requests,
proposed profile changes, invitations sent and the event registrations made with
any of the account's verified addresses.

Deleting the account needs its password.  What the person wrote for an
organisation stays, attributed to the organisation: pages name the organisation
(``NewsPage.organisation``, ``EventPage.organiser``), and Wagtail keeps pages and
revisions whose owner or author is gone (``Page.owner`` and ``Revision.user`` are
set to null).  Memberships and the person's requests go with the account; an
organisation created from their request stays.  Staff accounts are removed by an
administrator, not here (they carry the editorial history and the second factor).
"""

import json

from allauth.account.models import EmailAddress
from django.contrib import messages
from django.contrib.auth import logout
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from events.records import Registration
from hub.middleware import has_staff_rights

from . import audit
from .membership_forms import DeleteAccountForm
from .models import Invitation, Membership, MembershipRequest, ProfileChange
from .signed_in import signed_in


def _decision(row):
    return {
        "status": row.status,
        "reason": row.reason,
        "language": row.language,
        "requested_at": row.created_at,
        "decided_at": row.decided_at,
    }


def account_data(user):
    """Everything the hub holds about ``user``'s account, as plain data."""
    addresses = list(EmailAddress.objects.filter(user=user).order_by("email"))
    verified = [address.email for address in addresses if address.verified]
    registrations = Registration.objects.filter(email__in=verified, erased_at__isnull=True)
    return {
        "account": {
            "username": user.get_username(),
            "email": user.email,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "date_joined": user.date_joined,
            "last_login": user.last_login,
        },
        "email_addresses": [
            {"email": a.email, "verified": a.verified, "primary": a.primary} for a in addresses
        ],
        "memberships": [
            {
                "organisation": membership.organisation.name,
                "organisation_admin": membership.is_admin,
                **_decision(membership),
            }
            for membership in Membership.objects.filter(user=user).select_related("organisation")
        ],
        "organisation_requests": [
            {
                "name": proposal.name,
                "website": proposal.website,
                "description": proposal.description,
                **_decision(proposal),
            }
            for proposal in MembershipRequest.objects.filter(user=user)
        ],
        "profile_changes": [
            {
                "organisation": change.organisation.name,
                **{field: getattr(change, field) for field in ProfileChange.FIELDS},
                **_decision(change),
            }
            for change in ProfileChange.objects.filter(proposed_by=user).select_related(
                "organisation"
            )
        ],
        "invitations_sent": [
            {
                "organisation": invitation.organisation.name,
                "email": invitation.email,
                "sent_at": invitation.created_at,
                "accepted_at": invitation.accepted_at,
            }
            for invitation in Invitation.objects.filter(invited_by=user).select_related(
                "organisation"
            )
        ],
        "event_registrations": [
            {
                "event": registration.event.title,
                "start": registration.event.start,
                "name": registration.name,
                "email": registration.email,
                "organisation": registration.organisation,
                "accessibility_needs": registration.accessibility_needs,
                "status": registration.status,
                "language": registration.language,
                "registered_at": registration.created_at,
            }
            for registration in registrations.select_related("event").order_by("created_at")
        ],
    }


@signed_in
def account(request):
    """The page to download the account's data or delete the account."""
    return TemplateResponse(
        request,
        "account/data.html",
        {"form": DeleteAccountForm(user=request.user), "staff": has_staff_rights(request.user)},
    )


@signed_in
@require_POST
def download(request):
    user = request.user
    data = account_data(user)
    audit.log(user, audit.EXPORT_ACCOUNT, user, title=f"#{user.pk}")
    response = HttpResponse(
        json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    stamp = timezone.now().strftime("%Y-%m-%d")
    response["Content-Disposition"] = f'attachment; filename="account-{stamp}.json"'
    return response


@signed_in
@require_POST
def delete(request):
    user = request.user
    staff = has_staff_rights(user)
    form = DeleteAccountForm(request.POST, user=user)
    if staff or not form.is_valid():
        return TemplateResponse(
            request, "account/data.html", {"form": form, "staff": staff}, status=200
        )
    with transaction.atomic():
        audit.log(user, audit.DELETE_ACCOUNT, user, title=f"#{user.pk}")
        logout(request)
        user.delete()
    messages.success(request, _("Your account is deleted."))
    return redirect(f"/{translation.get_language()}/")
