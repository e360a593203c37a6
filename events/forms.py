"""The registration form residents fill in on an event page."""

from django import forms
from django.utils.translation import gettext_lazy as _

from hub.forms import HONEYPOT_FIELD, HoneypotForm


class RegistrationForm(HoneypotForm):
    # Errors come from the server, in the reader's language, next to each field.
    use_required_attribute = False

    name = forms.CharField(
        label=_("Your name"),
        max_length=200,
        error_messages={"required": _("Enter your name.")},
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=_("E-mail address"),
        help_text=_("We send the confirmation and the link to cancel here."),
        error_messages={
            "required": _("Enter your e-mail address."),
            "invalid": _("Enter an e-mail address like name@example.org."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    organisation = forms.CharField(
        label=_("Organisation (optional)"),
        max_length=250,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    accessibility_needs = forms.CharField(
        label=_("Accessibility needs (optional)"),
        help_text=_("Interpreting, step-free access, a hearing loop, a quiet place…"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    consent = forms.BooleanField(
        label=_(
            "I have read the information clause and agree that my data are used "
            "to organise this event."
        ),
        error_messages={"required": _("Tick the box to agree, or we cannot register you.")},
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "registration-%s")
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            if name == HONEYPOT_FIELD:
                continue
            described_by = []
            if field.help_text:
                described_by.append(f"registration-{name}-help")
            if self.is_bound and name in self.errors:
                described_by.insert(0, f"registration-{name}-error")
                field.widget.attrs["aria-invalid"] = "true"
            if name == "consent":
                described_by.append("registration-clause")
            if described_by:
                field.widget.attrs["aria-describedby"] = " ".join(described_by)
