"""What the portal writes into Wagtail's log, so editors see who did what and when.

Every action is registered with Wagtail (``register_log_actions``, from
``wagtail_hooks.py``) and logged against the object editors look it up by:

- membership requests and decisions against the membership, the new-organisation
  request or the profile change (the portal's admin listings and their history);
- invitations, removals and profile change proposals against the organisation
  (its history in the directory's admin, and the site history report);
- exports of an event's registrations against the event page (its history);
- data exports and account deletions against the account (administrators, who
  manage users, see those; the deleted account's entry keeps only its number).

The messages are plain text; the admin escapes them like any other log message.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import LogFormatter
from wagtail.log_actions import log as wagtail_log

JOIN_REQUEST = "portal.membership.request"
ORGANISATION_REQUEST = "portal.organisation.request"
APPROVE = "portal.approve"
REFUSE = "portal.refuse"
INVITE = "portal.invite"
ACCEPT_INVITATION = "portal.invitation.accept"
REMOVE_MEMBER = "portal.member.remove"
PROPOSE_PROFILE_CHANGE = "portal.profile.propose"
EXPORT_ACCOUNT = "portal.account.export"
DELETE_ACCOUNT = "portal.account.delete"
EXPORT_REGISTRATIONS = "portal.registrations.export"


class PortalFormatter(LogFormatter):
    """A message with the entry's ``data`` filled in (``{email}``, ``{reason}``...)."""

    template = ""

    def format_message(self, log_entry):
        data = {key: value for key, value in (log_entry.data or {}).items() if value}
        try:
            return str(self.template).format(**data)
        except (KeyError, IndexError, ValueError):
            return str(self.message)


def formatter(label, message, template=""):
    return type(
        "PortalLogFormatter",
        (PortalFormatter,),
        {"label": label, "message": message, "template": template or message},
    )


ACTIONS = {
    JOIN_REQUEST: formatter(
        _("Ask to join an organisation"), _("Asked to join"), _("Request to join from {person}")
    ),
    ORGANISATION_REQUEST: formatter(
        _("Propose a new organisation"),
        _("Proposed a new organisation"),
        _("New organisation proposed by {person}"),
    ),
    APPROVE: formatter(_("Approve a request"), _("Approved"), _("Approved: {reason}")),
    REFUSE: formatter(_("Refuse a request"), _("Refused"), _("Refused: {reason}")),
    INVITE: formatter(_("Invite a member"), _("Invited a member"), _("Invited {email}")),
    ACCEPT_INVITATION: formatter(
        _("Accept an invitation"), _("Accepted an invitation"), _("Invitation accepted by {email}")
    ),
    REMOVE_MEMBER: formatter(_("Remove a member"), _("Removed a member"), _("Removed {person}")),
    PROPOSE_PROFILE_CHANGE: formatter(
        _("Propose a profile change"), _("Proposed a profile change")
    ),
    EXPORT_ACCOUNT: formatter(_("Download account data"), _("Downloaded the account's data")),
    DELETE_ACCOUNT: formatter(_("Delete an account"), _("Deleted the account")),
    EXPORT_REGISTRATIONS: formatter(
        _("Export registrations"),
        _("Exported the registrations"),
        _("Exported the registrations ({format})"),
    ),
}


def register(actions):
    for action, formatter_class in ACTIONS.items():
        actions.register_action(action)(formatter_class)


def log(instance, action, by, title=None, **data):
    """Log ``action`` done by the account ``by`` on ``instance`` (``data`` fills the message)."""
    return wagtail_log(instance, action, user=by, title=title, data=data or None)
