"""Staff rights need a session that passed the second factor.

A user with admin access (``wagtailadmin.access_admin``) whose session has not
passed MFA (allauth records each way a session signed in; a second factor is
the ``mfa`` record, also written when the factor is set up in this session):

- in the admin (pages, previews of drafts, exports, reports) is sent to set up
  the second factor, or to confirm it;
- anywhere else (documents of restricted collections under ``/documents/``,
  pages restricted to groups) is served as an anonymous visitor, except the
  account pages where the second factor is set up.

Also: only people allowed the site history report open it (Wagtail opens it to
anyone with admin access).
"""

import re

from allauth.account.internal.flows.login import get_authentication_records, record_authentication
from allauth.mfa.utils import is_mfa_enabled
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from hub.permissions import SITE_HISTORY_PERMISSION

ADMIN_PREFIX = "/admin/"
ACCOUNT_PATH = re.compile(r"^/[a-z]{2}(?:-[a-z]+)?/accounts/")
SITE_HISTORY_VIEWS = {
    "wagtailadmin_reports:site_history",
    "wagtailadmin_reports:site_history_results",
}


def has_staff_rights(user):
    return user.is_authenticated and user.has_perm("wagtailadmin.access_admin")


def session_passed_mfa(request):
    records = get_authentication_records(request, request.user)
    return any(record.get("method") == "mfa" for record in records)


def record_mfa_set_up(sender, request, user, authenticator, **kwargs):
    """Setting up the factor proves it (the code was typed): the session passed MFA."""
    if request is not None:
        record_authentication(request, user, "mfa", type=authenticator.type, id=authenticator.pk)


class StaffMFAMiddleware:
    ADMIN_PREFIX = ADMIN_PREFIX

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            settings.HUB_REQUIRE_STAFF_MFA
            and has_staff_rights(request.user)
            and not session_passed_mfa(request)
        ):
            if request.path.startswith(ADMIN_PREFIX):
                if not request.path.startswith(ADMIN_PREFIX + "logout"):
                    return self.second_factor_first(request)
            elif not ACCOUNT_PATH.match(request.path):
                request.user = AnonymousUser()
        return self.get_response(request)

    def second_factor_first(self, request):
        if not is_mfa_enabled(request.user):
            messages.warning(
                request,
                _("Set up two-factor authentication before using the administration area."),
            )
            return redirect("mfa_activate_totp")
        messages.warning(
            request, _("Confirm your second factor before using the administration area.")
        )
        return redirect(
            reverse("mfa_reauthenticate") + "?" + urlencode({"next": request.get_full_path()})
        )

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if (
            match is not None
            and match.view_name in SITE_HISTORY_VIEWS
            and not request.user.has_perm(SITE_HISTORY_PERMISSION)
        ):
            raise PermissionDenied
        return None
