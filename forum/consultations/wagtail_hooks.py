"""Consultations plug into the hub: section root, permissions, demo content, retention, admin."""

from django.contrib.auth.models import Permission
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from hub.hooks import AFTER_SETUP_HOOK, RETENTION_HOOK, SECTION_ROOTS_HOOK, SEEDERS_HOOK
from hub.setup import ADMINISTRATORS, EDITORS, SectionRoot

from .admin_views import ConsultationResultsViewSet
from .models import Response
from .retention import anonymise_responses

RESPONSE_PERMISSIONS = ["view_response", "change_response"]


@hooks.register(SECTION_ROOTS_HOOK)
def consultations_section():
    return [
        SectionRoot(
            model="consultations.ConsultationIndexPage",
            title=pgettext_lazy("section", "Public consultations"),
            slugs={"pl": "konsultacje", "en": "consultations", "uk": "konsultatsii"},
        )
    ]


@hooks.register(AFTER_SETUP_HOOK)
def grant_response_permissions(context):
    permissions = Permission.objects.filter(
        content_type__app_label="consultations", codename__in=RESPONSE_PERMISSIONS
    )
    for name in (EDITORS, ADMINISTRATORS):
        context["groups"][name].permissions.add(*permissions)


@hooks.register(SEEDERS_HOOK)
def consultation_seeders():
    return ["forum.consultations.demo.seed.seed_consultations"]


hooks.register(RETENTION_HOOK, anonymise_responses)


class ResponsePermissionPolicy(ModelPermissionPolicy):
    """Responses come only from residents: editors review them, never add or delete."""

    def user_has_permission(self, user, action):
        if action in {"add", "delete"}:
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


register_permission_policy(Response, ResponsePermissionPolicy(Response))


class ResponseViewSet(ModelViewSet):
    model = Response
    name = "consultation_responses"
    icon = "form"
    menu_label = _("Responses")
    list_display = ["reference", "page", "language", "status", "submitted_at"]
    list_filter = ["status", "language", "page", "submitted_at"]
    search_fields = ["reference", "organisation"]
    form_fields = ["status"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "reference",
        "page",
        "language",
        "submitted_at",
        "status",
        "name",
        "organisation",
        "email",
        "answers",
        "comments",
        "anonymised_at",
    ]


class ConsultationsGroup(ViewSetGroup):
    menu_label = _("Consultations")
    menu_icon = "comment"
    items = (ResponseViewSet, ConsultationResultsViewSet)


@hooks.register("register_admin_viewset")
def register_consultations_admin():
    return ConsultationsGroup()
