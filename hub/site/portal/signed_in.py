"""Who may open the portal's pages beyond the dashboard.

Anonymous visitors are sent to sign in (``login_required``: the sign-in page says
nothing about any organisation); a signed-in account without a verified e-mail
address, or without the membership a page needs, gets 404 like everyone else in
the portal.
"""

from allauth.account.models import EmailAddress
from django.http import Http404

from .access import membership_or_404


def verified_or_404(user):
    if not EmailAddress.objects.filter(user=user, verified=True).exists():
        raise Http404


def admin_membership_or_404(user):
    """The user's membership as an organisation admin (404 for anyone else)."""
    return membership_or_404(user, admin=True)
