"""E-mails that tell a partner their item arrived and what the editors decided, with links
to the portal only.

Wagtail's own "approved" and "rejected" notifiers write to the person who
submitted, with links into the admin.  ``connect()`` (from the portal's
``AppConfig.ready``) puts subclasses in their place, under the same signal
``dispatch_uid``: they keep writing to staff and skip partners (users without
access to the admin), and partners get the portal's own message instead, in the
item's language (the language they wrote it in), with the editor's comment and
a link to the item in the portal (or to the public page once it is published).
Editors' "a page awaits your review" e-mail stays Wagtail's (the Editors group of
the "Partner review" task).
"""

import logging
from urllib.parse import urlencode

from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from wagtail.admin.mail import (
    WorkflowStateApprovalEmailNotifier,
    WorkflowStateRejectionEmailNotifier,
)
from wagtail.models import Page, WorkflowState
from wagtail.signals import workflow_approved, workflow_rejected

from hub.addresses import absolute_url
from hub.mail import queue_mail

logger = logging.getLogger(__name__)

APPROVED_UID = "workflow_state_approved_email_notification"
REJECTED_UID = "workflow_state_rejected_email_notification"


def is_partner(user):
    """A user who acts through the portal: someone without access to the admin."""
    return user is not None and not user.has_perm("wagtailadmin.access_admin")


class StaffOnly:
    def get_recipient_users(self, workflow_state, **kwargs):
        users = super().get_recipient_users(workflow_state, **kwargs)
        return {user for user in users if not is_partner(user)}


class StaffApprovalNotifier(StaffOnly, WorkflowStateApprovalEmailNotifier):
    pass


class StaffRejectionNotifier(StaffOnly, WorkflowStateRejectionEmailNotifier):
    pass


def portal_url(name, language, **kwargs):
    """A portal page through the sign-in page: a partner signed out signs in and lands
    there; one signed in goes straight on (the portal answers 404 to signed-out visitors)."""
    with translation.override(language):
        target = reverse(f"portal:{name}", kwargs=kwargs)
        return absolute_url(f"{reverse('account_login')}?{urlencode({'next': target}, safe='/')}")


def notify_partner(workflow_state, decision, user=None):
    partner = workflow_state.requested_by
    if not is_partner(partner) or not partner.email or partner == user:
        return None
    # Read again: the approval has just published it.
    page = Page.objects.filter(pk=workflow_state.object_id).first()
    if page is None:
        return None
    page = page.specific
    language = page.locale.language_code
    context = {
        "page": page,
        "title": page.get_latest_revision_as_object().title,
        "edit_url": portal_url("item_edit", language, pk=page.pk),
        "dashboard_url": portal_url("dashboard", language),
        "public_url": page.full_url if decision == "approved" and page.live else "",
        "comment": "",
    }
    if decision == "rejected" and workflow_state.current_task_state:
        context["comment"] = workflow_state.current_task_state.specific.get_comment()
    return _mail(decision, language, context, partner.email)


def acknowledge_submission(page, user):
    """Tell the partner who sent ``page`` for review that it arrived, in its language."""
    if not is_partner(user) or not user.email:
        return None
    language = page.locale.language_code
    context = {
        "title": page.get_latest_revision_as_object().title,
        "dashboard_url": portal_url("dashboard", language),
    }
    return _mail("submitted", language, context, user.email)


def _mail(name, language, context, address):
    """Queue the portal's e-mail ``name`` (``portal/items/email/<name>*.txt``) in ``language``."""
    with translation.override(language):
        subject = render_to_string(f"portal/items/email/{name}_subject.txt", context)
        body = render_to_string(f"portal/items/email/{name}.txt", context)
    return queue_mail(subject.strip(), body.strip() + "\n", address)


def _notify(decision, notifier):
    def handler(sender, instance, user=None, **kwargs):
        notifier(instance=instance, user=user, **kwargs)
        try:
            with transaction.atomic():  # a savepoint: a failure leaves the decision intact
                notify_partner(instance, decision, user=user)
        except Exception:  # noqa: BLE001 - an e-mail must never cost the editor's decision
            logger.exception("Partner not told of workflow state %s", instance.pk)

    return handler


approved = _notify("approved", StaffApprovalNotifier())
rejected = _notify("rejected", StaffRejectionNotifier())


def connect():
    """Replace Wagtail's two notifiers (whichever app's ``ready`` runs first)."""
    for signal, handler, uid in (
        (workflow_approved, approved, APPROVED_UID),
        (workflow_rejected, rejected, REJECTED_UID),
    ):
        signal.disconnect(sender=WorkflowState, dispatch_uid=uid)
        signal.connect(handler, sender=WorkflowState, dispatch_uid=uid, weak=False)
