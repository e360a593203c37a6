"""Staff must use a second factor before they reach the Wagtail admin."""

from allauth.mfa.utils import is_mfa_enabled
from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _


class StaffMFAMiddleware:
    ADMIN_PREFIX = "/admin/"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            settings.HUB_REQUIRE_STAFF_MFA
            and request.path.startswith(self.ADMIN_PREFIX)
            and request.user.is_authenticated
            and not request.path.startswith(self.ADMIN_PREFIX + "logout")
            and request.user.has_perm("wagtailadmin.access_admin")
            and not is_mfa_enabled(request.user)
        ):
            messages.warning(
                request,
                _("Set up two-factor authentication before using the administration area."),
            )
            return redirect("mfa_activate_totp")
        return self.get_response(request)
