"""Joining an organisation, proposing a new one; an organisation admin's members and profile.

The join pages are the account's own: anonymous visitors are sent to sign in,
and they need a verified address.  The members and profile pages are the
organisation's: like the dashboard and the items, they answer 404 to anyone
without an approved admin membership, signed out included.
Everything a partner asks for or does is logged (``audit``).
"""

from django.contrib import messages
from django.db import transaction
from django.http import HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from . import audit
from .membership_forms import InvitationForm, JoinForm, OrganisationRequestForm, ProfileChangeForm
from .models import Decision, Invitation, Membership, MembershipRequest, ProfileChange
from .signed_in import admin_membership_or_404, signed_in, verified_or_404


def _requests_of(user):
    return {
        "memberships": Membership.objects.filter(user=user)
        .select_related("organisation")
        .order_by("-created_at"),
        "organisation_requests": MembershipRequest.objects.filter(user=user).order_by(
            "-created_at"
        ),
    }


def ask_to_join(user, organisation, language):
    """``user``'s pending request to join ``organisation`` (a refused one made pending again)."""
    with transaction.atomic():
        # A refused request may be made again: the same row, pending once more.
        membership, _created = Membership.objects.update_or_create(
            user=user,
            organisation=organisation,
            defaults={
                "status": Decision.PENDING,
                "reason": "",
                "decided_by": None,
                "decided_at": None,
                "is_admin": False,
                "language": language,
                "created_at": timezone.now(),
            },
        )
        audit.log(membership, audit.JOIN_REQUEST, user, person=str(user))
    return membership


@signed_in
def join(request):
    """Ask to join a member organisation of the directory; see what was asked before."""
    verified_or_404(request.user)
    form = JoinForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        ask_to_join(request.user, form.cleaned_data["organisation"], translation.get_language())
        messages.success(
            request, _("Thank you. An editor will decide on your request; we will write to you.")
        )
        return redirect("portal:join")
    return TemplateResponse(
        request, "portal/members/join.html", {"form": form, **_requests_of(request.user)}
    )


@signed_in
def propose(request):
    """Propose a new member organisation, with the details for its public profile."""
    verified_or_404(request.user)
    form = OrganisationRequestForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            proposal = form.save(commit=False)
            proposal.user = request.user
            proposal.language = translation.get_language()
            proposal.save()
            audit.log(proposal, audit.ORGANISATION_REQUEST, request.user, person=str(request.user))
        messages.success(
            request, _("Thank you. An editor will decide on your proposal; we will write to you.")
        )
        return redirect("portal:join")
    return TemplateResponse(
        request,
        "portal/members/propose.html",
        {"form": form},
    )


def _members_page(request, membership, invitation_form=None, status=200):
    organisation = membership.organisation
    return TemplateResponse(
        request,
        "portal/members/members.html",
        {
            "membership": membership,
            "organisation": organisation,
            "members": Membership.objects.approved()
            .filter(organisation=organisation)
            .select_related("user")
            .order_by("user__email"),
            "invitations": Invitation.objects.filter(
                organisation=organisation, accepted_at__isnull=True
            ),
            "form": invitation_form or InvitationForm(),
        },
        status=status,
    )


def members(request):
    return _members_page(request, admin_membership_or_404(request.user))


def is_last_admin(membership):
    return (
        membership.is_admin
        and not Membership.objects.approved()
        .filter(organisation=membership.organisation, is_admin=True)
        .exclude(pk=membership.pk)
        .exists()
    )


def remove_member(request, pk):
    """Remove a member of the admin's organisation (never the last admin)."""
    admin = admin_membership_or_404(request.user)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    member = get_object_or_404(
        Membership.objects.approved().select_related("user"),
        pk=pk,
        organisation=admin.organisation,
    )
    if is_last_admin(member):
        messages.error(
            request,
            _("You are the organisation's last admin: make someone else an admin first."),
        )
        return redirect("portal:members")
    with transaction.atomic():
        audit.log(admin.organisation, audit.REMOVE_MEMBER, request.user, person=str(member.user))
        member.delete()
    messages.success(
        request, _("%(user)s no longer acts for the organisation.") % {"user": member.user.email}
    )
    return redirect("portal:members")


def propose_profile_change(form, organisation, user, language):
    """The pending profile change an organisation admin proposed with a valid form."""
    with transaction.atomic():
        change = form.save(commit=False)
        change.organisation = organisation
        change.proposed_by = user
        change.language = language
        change.save()
        audit.log(organisation, audit.PROPOSE_PROFILE_CHANGE, user)
    return change


def profile(request):
    """Propose changes to the organisation's public profile; editors review them."""
    admin = admin_membership_or_404(request.user)
    organisation = admin.organisation
    initial = {field: getattr(organisation, field) for field in ProfileChange.FIELDS}
    form = ProfileChangeForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        propose_profile_change(form, organisation, request.user, translation.get_language())
        messages.success(request, _("Thank you. The change goes live once an editor approves it."))
        return redirect("portal:profile")
    return TemplateResponse(
        request,
        "portal/members/profile.html",
        {
            "membership": admin,
            "organisation": organisation,
            "form": form,
            "pending": ProfileChange.objects.filter(
                organisation=organisation, status=Decision.PENDING
            ),
        },
    )
