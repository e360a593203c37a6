"""What follows an editor's decision on a membership, a new organisation or a profile change.

The decision is made in the admin (the request's edit form: status and reason);
``decided`` then does the rest, once, when a pending request becomes approved or
refused:

- an approved new-organisation request creates the organisation, published in
  the requester's language, and makes the requester its admin member;
- an approved profile change is applied to the live profile (a published revision);
- the requester is told by e-mail in the language they asked in, with the reason
  and a link to the portal (never to the admin);
- the decision is logged (``hub.site.portal.audit``).
"""

from django.db import transaction
from django.utils.text import slugify
from wagtail.models import Locale

from hub.models import Organisation

from . import audit, notify
from .models import Decision, Membership, MembershipRequest, ProfileChange


def unique_slug(name):
    """A slug no organisation has in any language (translations share their slug)."""
    base = (slugify(name) or "organizacja")[:90]
    slug, n = base, 1
    while Organisation.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


def create_organisation(request, editor):
    """The organisation a new-organisation request proposed, published, with its admin."""
    locale = Locale.objects.filter(language_code=request.language).first() or Locale.get_default()
    organisation = Organisation(
        name=request.name,
        slug=unique_slug(request.name),
        website=request.website,
        description=request.description,
        locale=locale,
        live=False,
    )
    organisation.save()
    organisation.save_revision(user=editor).publish(user=editor)
    Membership.objects.update_or_create(
        user=request.user,
        organisation=organisation,
        defaults={
            "status": Decision.APPROVED,
            "is_admin": True,
            "language": request.language,
            "decided_by": editor,
            "decided_at": request.decided_at,
        },
    )
    request.organisation = organisation
    request.save(update_fields=["organisation"])
    return organisation


def recipient(decided):
    """The account told about the decision."""
    if isinstance(decided, ProfileChange):
        return decided.proposed_by
    return decided.user


@transaction.atomic
def decided(decided, editor):
    """Carry out ``decided``'s new status (approved or refused) and tell the requester."""
    approved = decided.status == Decision.APPROVED
    if approved and isinstance(decided, MembershipRequest) and decided.organisation_id is None:
        create_organisation(decided, editor)
    if approved and isinstance(decided, ProfileChange):
        decided.apply(editor)
    audit.log(
        decided,
        audit.APPROVE if approved else audit.REFUSE,
        editor,
        reason=decided.reason,
    )
    user = recipient(decided)
    if user is not None and user.email:
        notify.send(
            f"{decided._meta.model_name}_decided",
            user.email,
            decided.language,
            decided=decided,
            approved=approved,
            organisation=getattr(decided, "organisation", None),
        )
