"""Who is a partner of which organisation; everything else of the portal answers 404."""

from django.http import Http404

from .models import Membership


def membership_or_404(user, admin=False):
    """The user's approved membership (the first one), or 404 for everyone else."""
    if not user.is_authenticated:
        raise Http404
    memberships = Membership.objects.approved().filter(user=user).select_related("organisation")
    if admin:
        memberships = memberships.filter(is_admin=True)
    membership = memberships.order_by("created_at").first()
    if membership is None:
        raise Http404
    return membership
