"""Editors decide on memberships, new organisations and profile changes (oldest first).

Each request's edit form carries its status and reason: saving a pending request
as approved or refused carries out the decision (``decisions.decided``: the new
organisation, the profile change applied, the requester's e-mail, the log).
"""

from django.contrib.auth.models import Permission
from django.db.models import Count, Min
from django.forms import modelform_factory
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.admin.views.generic import EditView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from hub.hooks import AFTER_SETUP_HOOK, SEEDERS_HOOK
from hub.setup import ADMINISTRATORS, EDITORS

from . import audit, decisions
from .membership_forms import DecisionForm
from .models import Decision, Membership, MembershipRequest, ProfileChange

# Editors and administrators see and decide requests; partners make them in the portal.
DECISION_PERMISSIONS = [
    f"{action}_{model}"
    for model in ("membership", "membershiprequest", "profilechange")
    for action in ("view", "change")
]


class DecisionEditView(EditView):
    def save_instance(self):
        decides = self.form.decides
        instance = super().save_instance()
        if decides:
            decisions.decided(instance, self.request.user)
        return instance


class DecisionViewSet(ModelViewSet):
    edit_view_class = DecisionEditView
    list_filter = ["status"]
    ordering = ["created_at"]

    def get_form_class(self, for_update=False):
        return modelform_factory(self.model, form=DecisionForm, fields=self.form_fields)


class MembershipViewSet(DecisionViewSet):
    model = Membership
    icon = "user"
    form_fields = ["status", "reason", "is_admin"]
    list_display = ["user", "organisation", "is_admin", "status", "created_at"]
    list_filter = ["status", "is_admin"]


class MembershipRequestViewSet(DecisionViewSet):
    model = MembershipRequest
    icon = "group"
    form_fields = ["name", "website", "description", "status", "reason"]
    list_display = ["name", "user", "status", "created_at", "organisation"]


class ProfileChangeViewSet(DecisionViewSet):
    model = ProfileChange
    icon = "edit"
    form_fields = [*ProfileChange.FIELDS, "status", "reason"]
    list_display = ["organisation", "proposed_by", "status", "created_at"]


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


@hooks.register("register_log_actions")
def register_portal_log_actions(actions):
    audit.register(actions)


class PendingRequestsPanel(Component):
    """The admin dashboard's count of pending requests, each linking to its listing."""

    name = "portal_pending_requests"
    template_name = "portal/admin/pending_panel.html"
    order = 120
    viewsets = (
        ("portal_memberships", Membership),
        ("portal_organisation_requests", MembershipRequest),
        ("portal_profile_changes", ProfileChange),
    )

    def get_context_data(self, parent_context):
        user = parent_context["request"].user
        rows = []
        for name, model in self.viewsets:
            if not user.has_perm(f"portal.change_{model._meta.model_name}"):
                continue
            pending = model.objects.filter(status=Decision.PENDING).aggregate(
                count=Count("pk"), oldest=Min("created_at")
            )
            if pending["count"]:
                url = reverse(f"{name}:index") + "?" + urlencode({"status": Decision.PENDING})
                label = model._meta.verbose_name_plural
                rows.append({"url": url, "label": label, **pending})
        return {"rows": rows}


@hooks.register("construct_homepage_panels")
def add_pending_requests_panel(request, panels):
    panels.append(PendingRequestsPanel())


@hooks.register(AFTER_SETUP_HOOK)
def portal_permissions(context):
    permissions = Permission.objects.filter(
        content_type__app_label="portal", codename__in=DECISION_PERMISSIONS
    )
    for name in (EDITORS, ADMINISTRATORS):
        context["groups"][name].permissions.add(*permissions)


@hooks.register(SEEDERS_HOOK)
def portal_seeders():
    # A dotted path: the demo is imported by seed_demo only, never by the running site.
    return ["hub.site.portal.demo.seed.SEEDERS"]
