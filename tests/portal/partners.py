"""Partner accounts, memberships and the e-mails they get, for the portal's tests."""

from django.contrib.auth import get_user_model
from django.test import Client

from hub.factories import can_sign_in
from hub.models import OutgoingEmail
from hub.site.portal.models import Decision, Membership

PASSWORD = "partner-password-2026"


def partner(email, verified=True):
    """An account that signs in with ``email`` (a verified address unless told otherwise)."""
    user = get_user_model().objects.create_user(username=email, email=email)
    can_sign_in(user, PASSWORD)
    if not verified:
        user.emailaddress_set.update(verified=False)
    return user


def member(organisation, email, admin=False, status=Decision.APPROVED):
    user = partner(email)
    Membership.objects.create(user=user, organisation=organisation, is_admin=admin, status=status)
    return user


def mail_to(address):
    """The e-mails queued for ``address``, oldest first."""
    return list(OutgoingEmail.objects.filter(to=address).order_by("pk"))


def last_mail_to(address):
    emails = mail_to(address)
    assert emails, f"no e-mail to {address}"
    return emails[-1]


def browser(user):
    """A client of its own signed in as ``user`` (the ``client`` fixture is someone else's)."""
    other = Client()
    other.force_login(user)
    return other
