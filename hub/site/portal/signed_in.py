"""Who may open the portal's pages beyond the organisation's own.

The organisation's pages (dashboard, items, members, profile) answer 404 to
anyone without the membership they need, signed out included.  The pages of
one's own account (joining, the account's data) send anonymous visitors to sign
in, then back (the sign-in page says nothing about any organisation).  A staff
session that has not passed its second factor is anonymous outside the account
pages (``hub.middleware``): it gets 404 here rather than a sign-in page that
would send it straight back.  A signed-in account without a verified e-mail
address, or without the membership a page needs, gets 404 like everyone else.
"""

from functools import wraps

from allauth.account.models import EmailAddress
from django.contrib.auth import SESSION_KEY
from django.contrib.auth.views import redirect_to_login
from django.http import Http404

from .access import membership_or_404


def signed_in(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            if SESSION_KEY in request.session:
                raise Http404
            return redirect_to_login(request.get_full_path())
        return view(request, *args, **kwargs)

    return wrapper


def verified_or_404(user):
    if not EmailAddress.objects.filter(user=user, verified=True).exists():
        raise Http404


def admin_membership_or_404(user):
    """The user's membership as an organisation admin (404 for anyone else)."""
    return membership_or_404(user, admin=True)
