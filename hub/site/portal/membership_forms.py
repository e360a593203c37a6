"""Forms of the partners' own pages (joining, invitations, profile changes, the account)
and the editors' decision form in the admin.

Text without a length in the database gets one here, so a pasted 10,000-character
text is refused with Django's message in the partner's language, and the form comes
back with everything typed.  Control characters never reach a form
(``hub.input.ControlCharactersMiddleware`` removes them from every request).
"""

from django import forms
from django.core.validators import MaxLengthValidator
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from hub.models import Organisation

from .models import Decision, Membership, MembershipRequest, ProfileChange

DESCRIPTION_LENGTH = 2000
ADDRESS_LENGTH = 500
REASON_LENGTH = 2000


def limit(form, **lengths):
    """Give the named text fields of ``form`` a maximum length (checked, and in the markup)."""
    for name, length in lengths.items():
        field = form.fields[name]
        field.max_length = length
        field.validators.append(MaxLengthValidator(length))
        field.widget.attrs["maxlength"] = str(length)


class JoinForm(forms.Form):
    organisation = forms.ModelChoiceField(
        label=_("Organisation"),
        queryset=Organisation.objects.none(),
        empty_label=_("Choose your organisation"),
        help_text=_("The member organisations of the Forum, as the directory lists them."),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = (
            Organisation.objects.live()
            .filter(locale=Locale.get_active(), active=True)
            .exclude(
                pk__in=Membership.objects.filter(
                    user=user, status__in=[Decision.PENDING, Decision.APPROVED]
                ).values("organisation")
            )
            .order_by("name")
        )


def website_field():
    return forms.URLField(label=_("website"), required=False, assume_scheme="https")


class OrganisationRequestForm(forms.ModelForm):
    website = website_field()

    class Meta:
        model = MembershipRequest
        fields = ["name", "website", "description"]
        help_texts = {
            "description": _("What the organisation does, for the directory (optional)."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        limit(self, description=DESCRIPTION_LENGTH)


class InvitationForm(forms.Form):
    email = forms.EmailField(
        label=_("Colleague's e-mail"),
        help_text=_("We send an invitation link, valid for 7 days."),
    )


class ProfileChangeForm(forms.ModelForm):
    website = website_field()

    class Meta:
        model = ProfileChange
        fields = ProfileChange.FIELDS

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        limit(self, description=DESCRIPTION_LENGTH, address=ADDRESS_LENGTH)


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, *args, user, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("The password is not correct."))
        return password


class DecisionForm(forms.ModelForm):
    """The admin's edit form of a request: status and reason decide it, once.

    A refusal needs its reason (the requester reads it); a decided request keeps
    its decision (a refused person may ask again).
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "reason" in self.fields:
            limit(self, reason=REASON_LENGTH)
        if self.instance.pk and self.instance.status != Decision.PENDING:
            for name in ("status", "reason"):
                if name in self.fields:
                    self.fields[name].disabled = True

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("status") == Decision.REFUSED and not cleaned.get("reason", "").strip():
            self.add_error("reason", _("Give the reason: it is sent to the person who asked."))
        return cleaned

    @property
    def decides(self):
        """True when this save turns a pending request into a decided one."""
        return (
            self.initial.get("status") == Decision.PENDING
            and self.cleaned_data.get("status") != Decision.PENDING
        )
