"""Portal pages; every view starts from the user's approved membership (404 otherwise)."""

from django.template.response import TemplateResponse

from .access import membership_or_404
from .items import organisation_items


def dashboard(request):
    membership = membership_or_404(request.user)
    return TemplateResponse(
        request,
        "portal/dashboard.html",
        {
            "membership": membership,
            "organisation": membership.organisation,
            "items": organisation_items(membership.organisation),
        },
    )
