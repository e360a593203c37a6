"""Form pieces every public form shares.

``HoneypotForm`` adds the spam trap the consultations' form and the event
registration form both use: a text field people never see (``display: none``
from the site's stylesheet, out of the tab order, hidden from screen readers)
that robots fill in.  A form whose trap is filled is refused without storing
anything or sending any e-mail; ``templates/components/honeypot.html`` renders
the field.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

HONEYPOT_FIELD = "website"


class HoneypotForm(forms.Form):
    website = forms.CharField(required=False, max_length=200, label=_("Leave this field empty"))

    def is_spam(self) -> bool:
        """True when the trap was filled in (read from the raw data, valid or not)."""
        value = self.data.get(self.add_prefix(HONEYPOT_FIELD), "") if self.is_bound else ""
        return bool(str(value).strip())

    def visible_fields(self):
        """The fields to lay out one by one: all but the trap, which has its own template."""
        return [field for field in super().visible_fields() if field.name != HONEYPOT_FIELD]
