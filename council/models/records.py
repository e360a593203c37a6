"""Public-record metadata shared by the minutes and the opinions.

Polish public-information practice (the BIP) states who produced a record, who
published it and when, and lists every change made after publication.  Who
published it and when come from Wagtail's publish log; what changed comes from
the change note each later publication must carry (see ``council.forms``).
"""

from dataclasses import dataclass
from datetime import date, datetime

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import PageLogEntry

from hub.setup import ADMINISTRATORS, COUNCIL_SECRETARIES, EDITORS


@dataclass(frozen=True)
class PublicChange:
    when: datetime
    who: str
    what: str


@dataclass(frozen=True)
class PublicRecord:
    produced_by: str
    produced_on: date | None
    published_by: str
    published_at: datetime | None
    changes: list[PublicChange]


# The function a staff member publishes in, named after their group; the first that
# matches wins.  Staff outside these groups are shown by their name alone.
PUBLIC_FUNCTIONS = [
    (COUNCIL_SECRETARIES, _("Council secretary")),
    (EDITORS, _("Editor of the hub")),
    (ADMINISTRATORS, _("Administrator of the hub")),
]


def public_name(user) -> str:
    """Who acted, as the public record shows it: name and function, never a login.

    The name is the account's first and last name (never its user name or
    e-mail address); the function comes from the account's group.  Without a
    name the function stands alone, and without either the secretariat does.
    """
    if user is None:
        return str(_("Council secretariat"))
    name = user.get_full_name().strip()
    if "@" in name or name == user.get_username():
        name = ""  # a login or an address typed into the name fields is not a name
    groups = {group.name for group in user.groups.all()}
    function = next((str(label) for group, label in PUBLIC_FUNCTIONS if group in groups), "")
    if name and function:
        return f"{name}, {function}"
    return name or function or str(_("Council secretariat"))


class PublicRecordMixin(models.Model):
    prepared_by = models.CharField(
        _("produced by"),
        max_length=200,
        help_text=_("The person or body that produced the record, e.g. the Council's secretary."),
    )
    prepared_on = models.DateField(_("date produced"))
    change_note = models.CharField(
        _("change note"),
        max_length=300,
        blank=True,
        help_text=_(
            "Required when you publish a change to a record that is already public: "
            "say briefly what changed. It appears in the public change history."
        ),
    )

    record_panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("prepared_by"), FieldPanel("prepared_on")]),
                FieldPanel("change_note"),
            ],
            _("Public record"),
        )
    ]

    class Meta:
        abstract = True

    def public_record(self) -> PublicRecord:
        """Who produced and published the record, and every later change (3 queries)."""
        entries = list(
            PageLogEntry.objects.filter(page_id=self.pk, action="wagtail.publish")
            .select_related("user", "revision")
            .prefetch_related("user__groups")
            .order_by("timestamp", "pk")
        )
        first = entries[0] if entries else None
        changes = []
        for entry in entries[1:]:
            content = entry.revision.content if entry.revision_id else {}
            note = (content.get("change_note") or "").strip()
            changes.append(
                PublicChange(
                    when=entry.timestamp,
                    who=public_name(entry.user),
                    what=note or str(_("Updated without a change note (translation update).")),
                )
            )
        return PublicRecord(
            produced_by=self.prepared_by,
            produced_on=self.prepared_on,
            published_by=public_name(first.user) if first else "",
            published_at=self.first_published_at,
            changes=list(reversed(changes)),
        )
