"""Editors decide on memberships, new organisations and profile changes (oldest first)."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from .models import Membership, MembershipRequest, ProfileChange


class MembershipViewSet(ModelViewSet):
    model = Membership
    icon = "user"
    form_fields = ["status", "reason", "is_admin"]
    list_display = ["user", "organisation", "is_admin", "status", "created_at"]
    list_filter = ["status", "is_admin"]
    ordering = ["created_at"]


class MembershipRequestViewSet(ModelViewSet):
    model = MembershipRequest
    icon = "group"
    form_fields = ["name", "website", "description", "status", "reason", "organisation"]
    list_display = ["name", "user", "status", "created_at"]
    list_filter = ["status"]
    ordering = ["created_at"]


class ProfileChangeViewSet(ModelViewSet):
    model = ProfileChange
    icon = "edit"
    form_fields = [*ProfileChange.FIELDS, "status", "reason"]
    list_display = ["organisation", "proposed_by", "status", "created_at"]
    list_filter = ["status"]
    ordering = ["created_at"]


class PortalGroup(ViewSetGroup):
    menu_label = _("Partner portal")
    menu_icon = "group"
    menu_order = 260
    items = (
        MembershipViewSet("portal_memberships"),
        MembershipRequestViewSet("portal_organisation_requests"),
        ProfileChangeViewSet("portal_profile_changes"),
    )


@hooks.register("register_admin_viewset")
def register_portal_viewsets():
    return PortalGroup()
