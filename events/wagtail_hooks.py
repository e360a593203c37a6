from django.contrib.auth.models import Permission
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet

from events.models import Registration
from events.retention import erase_event_registrations, release_unconfirmed_holds
from hub.hooks import AFTER_SETUP_HOOK, RETENTION_HOOK, SECTION_ROOTS_HOOK, SEEDERS_HOOK
from hub.setup import ADMINISTRATORS, EDITORS, SectionRoot
from hub.spreadsheets import SafeExportIndexView


@hooks.register(SECTION_ROOTS_HOOK)
def calendar_section():
    return [
        SectionRoot(
            model="events.EventIndexPage",
            title=pgettext_lazy("section", "Calendar"),
            slugs={"pl": "kalendarz", "en": "calendar", "uk": "kalendar"},
        )
    ]


REGISTRATION_PERMISSIONS = ["view_registration", "change_registration", "delete_registration"]


@hooks.register(AFTER_SETUP_HOOK)
def registration_permissions(context):
    """Editors and administrators see, correct and export registrations."""
    permissions = Permission.objects.filter(
        content_type__app_label="events", codename__in=REGISTRATION_PERMISSIONS
    )
    for name in (EDITORS, ADMINISTRATORS):
        context["groups"][name].permissions.add(*permissions)


class RegistrationViewSet(ModelViewSet):
    """Registrations of every event, filterable by event and exportable as CSV."""

    model = Registration
    index_view_class = SafeExportIndexView
    icon = "list-ul"
    menu_label = _("Event registrations")
    menu_order = 250
    add_to_admin_menu = True
    exclude_form_fields = []
    form_fields = ["name", "email", "organisation", "accessibility_needs"]
    list_display = ["name", "email", "event", "status", "created_at"]
    list_filter = ["status", "event"]
    search_fields = ["name", "email", "organisation"]
    ordering = ["-created_at"]
    list_export = [
        "event.title",
        "event.start",
        "name",
        "email",
        "organisation",
        "accessibility_needs",
        "language",
        "get_status_display",
        "created_at",
        "promoted_at",
        "cancelled_at",
    ]
    export_headings = {
        "event.title": _("Event"),
        "event.start": _("Start"),
        "get_status_display": _("Status"),
    }
    export_filename = "registrations"
    inspect_view_enabled = True


registration_viewset = RegistrationViewSet("event_registrations")


@hooks.register("register_admin_viewset")
def register_registration_viewset():
    return registration_viewset


@hooks.register(RETENTION_HOOK)
def erase_registrations(now):
    return erase_event_registrations(now)


@hooks.register(RETENTION_HOOK)
def release_unconfirmed_registrations(now):
    return release_unconfirmed_holds(now)


@hooks.register(SEEDERS_HOOK)
def calendar_seeders():
    return ["events.demo.seed.seed_events"]
