"""Admin page forms of the Council's public records (minutes, opinions)."""

from django.utils.translation import gettext_lazy as _

from hub.choosers import SameLocalePageForm


class PublicRecordPageForm(SameLocalePageForm):
    """Publishing a change to an already-published record needs a change note.

    Revisions carry no message, so the note is a field of the page (saved in the
    revision) and the public change history is read from the publish log.
    The field starts empty on every edit: each publication says what it changed.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "change_note" in self.fields and not self.is_bound:
            self.initial["change_note"] = ""

    @property
    def publishing(self):
        return "action-publish" in self.data

    def clean(self):
        cleaned_data = super().clean()
        already_published = bool(self.instance.pk and self.instance.first_published_at)
        if (
            self.publishing
            and already_published
            and not (cleaned_data.get("change_note") or "").strip()
        ):
            self.add_error(
                "change_note",
                _(
                    "This record is already public. Say briefly what you changed; "
                    "the note is shown in its public change history."
                ),
            )
        return cleaned_data


class MinutesPageForm(PublicRecordPageForm):
    """Minutes are published only once the Council has approved them."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # New minutes are not in the tree yet; the model checks against this meeting.
        if self.parent_page is not None and not self.instance.pk:
            self.instance._minuted_meeting = self.parent_page.specific

    def clean(self):
        cleaned_data = super().clean()
        if self.publishing:
            if not cleaned_data.get("approved_on"):
                self.add_error(
                    "approved_on", _("Minutes can be published only after they are approved.")
                )
            if not cleaned_data.get("approved_at"):
                self.add_error("approved_at", _("Choose the meeting that approved the minutes."))
        return cleaned_data
