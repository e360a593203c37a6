"""Registrations for the organisation's own events: the list, and CSV and XLSX exports.

The exports have the columns of the editors' export in the admin (the calendar's
``RegistrationViewSet``), written by the same neutralising spreadsheet code.
Personal data is shown only to members of the event's organisation (404 for
everyone else); retention erases it on schedule as it does for editors.
"""

from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.text import slugify

from events.models import EventPage, Registration
from events.wagtail_hooks import RegistrationViewSet
from hub.spreadsheets import SafeSpreadsheetExportMixin

from . import audit
from .access import membership_or_404
from .submissions import own_item_or_404


class RegistrationExport(SafeSpreadsheetExportMixin):
    list_export = RegistrationViewSet.list_export
    export_headings = RegistrationViewSet.export_headings

    def __init__(self, filename):
        self.export_filename = filename


def event_registrations(page):
    """Registrations of the event in every language (they share one row of seats)."""
    return (
        Registration.objects.filter(event__translation_key=page.translation_key)
        .select_related("event")
        .order_by("created_at", "pk")
    )


def registrations(request, pk):
    membership = membership_or_404(request.user)
    page, draft = own_item_or_404(membership, pk)
    if not isinstance(page, EventPage) or not (
        page.registration_enabled or draft.registration_enabled
    ):
        raise Http404
    rows = event_registrations(page)
    export = request.GET.get("export")
    if export in RegistrationExport.FORMATS:
        audit.log(page, audit.EXPORT_REGISTRATIONS, request.user, format=export)
        exporter = RegistrationExport(f"{slugify(page.slug) or 'event'}-registrations")
        return exporter.as_spreadsheet(rows, export)
    return TemplateResponse(
        request,
        "portal/items/registrations.html",
        {
            "membership": membership,
            "organisation": membership.organisation,
            "page": draft,
            "registrations": rows,
        },
    )
