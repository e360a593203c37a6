"""The portal's forms for a news item and an event (no Wagtail admin).

Text fields are plain text (Django escapes them wherever they are shown); the
body is rich text limited to ``richtext.TAGS`` and sanitised here, on the
server.  An image is checked by its content (Willow/Pillow through Wagtail's
``WagtailImageField``): JPEG, PNG or WebP, at most 5 MB.  An image that passed
is stored at once and carried through a failed submit by a signed token, so a
form sent back with errors keeps it (a browser never refills a file input).
"""

from django import forms
from django.conf import settings
from django.core import signing
from django.core.validators import FileExtensionValidator
from django.template.defaultfilters import filesizeformat
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.images import get_image_model
from wagtail.images.fields import WagtailImageField
from wagtail.models import Collection

from events.listing import EVENT_LANGUAGES
from hub.models import ThematicArea

from .richtext import has_text, sanitise

IMAGE_EXTENSIONS = ["jpg", "jpeg", "png", "webp"]
IMAGE_MAX_SIZE = 5 * 1024 * 1024
KEPT_IMAGE_SALT = "hub.portal.kept-image"
BODY_MAX_LENGTH = 50_000
PARTNER_UPLOADS = "Partner uploads"


class PartnerImageField(WagtailImageField):
    """Wagtail's image field limited to JPEG, PNG and WebP of at most 5 MB."""

    default_validators = [FileExtensionValidator(IMAGE_EXTENSIONS)]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.allowed_image_extensions = IMAGE_EXTENSIONS
        self.max_upload_size = IMAGE_MAX_SIZE
        self.max_upload_size_text = filesizeformat(IMAGE_MAX_SIZE)
        self.supported_formats_text = "JPEG, PNG, WebP"
        self.help_text = _("JPEG, PNG or WebP, at most 5 MB.")
        self.error_messages["invalid_image_extension"] = _(
            "Choose a JPEG, PNG or WebP image (SVG and GIF are not accepted)."
        )
        self.error_messages["invalid_image"] = _(
            "This file is not an image we can use: choose a JPEG, PNG or WebP image."
        )
        self.error_messages["file_too_large_unknown_size"] = _(
            "This file is too big: an image may have at most 5 MB."
        )
        self.widget.attrs["accept"] = "image/jpeg,image/png,image/webp"


def partner_collection():
    """The "Partner uploads" collection (made the first time a partner uploads)."""
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=PARTNER_UPLOADS).first()
    return collection or root.add_child(name=PARTNER_UPLOADS)


def store_partner_image(upload, organisation, alt_text):
    """A Wagtail image from a validated upload; Wagtail renders (re-encodes) what is shown."""
    alt_text = " ".join(str(alt_text).split())[:250]
    return get_image_model().objects.create(
        title=alt_text or organisation.name,
        description=alt_text,
        file=upload,
        collection=partner_collection(),
    )


def kept_image_token(image, organisation):
    return signing.dumps(
        {"image": image.pk, "org": str(organisation.translation_key)}, salt=KEPT_IMAGE_SALT
    )


def kept_image(token, organisation):
    """The image a signed token names, if it was uploaded for ``organisation``."""
    if not token:
        return None
    try:
        data = signing.loads(token, salt=KEPT_IMAGE_SALT, max_age=24 * 3600)
    except signing.BadSignature:
        return None
    if data.get("org") != str(organisation.translation_key):
        return None
    return get_image_model().objects.filter(pk=data.get("image")).first()


def area_choices():
    """The thematic areas by code, named in the language of the interface."""
    language = translation.get_language() or settings.LANGUAGE_CODE
    areas = ThematicArea.objects.filter(locale__language_code=language)
    if not areas.exists():
        areas = ThematicArea.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
    return [(area.code, area.name) for area in areas]


class ItemForm(forms.Form):
    """What a news item and an event share."""

    language = forms.ChoiceField(
        label=_("Language of the item"),
        choices=settings.LANGUAGES,
        help_text=_("Write the item in this language; it appears on that language's site."),
    )
    title = forms.CharField(label=_("Title"), max_length=255)
    lead = forms.CharField(
        label=_("Lead"),
        max_length=400,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("One or two sentences that open the item (at most 400 characters)."),
    )
    body = forms.CharField(
        label=_("Text"),
        max_length=BODY_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 14}),
        help_text=_(
            "Plain text: a blank line starts a new paragraph. You may also use these HTML "
            'tags: <p>, <h2>, <h3>, <b>, <i>, <ul>, <ol>, <li> and <a href="https://…">. '
            "Anything else is removed."
        ),
    )
    image = PartnerImageField(label=_("Image"), required=False)
    kept_image = forms.CharField(required=False, widget=forms.HiddenInput)
    remove_image = forms.BooleanField(label=_("Remove the image"), required=False)
    alt_text = forms.CharField(
        label=_("Alternative text of the image"),
        max_length=250,
        required=False,
        help_text=_("Describe what the image shows for people who cannot see it."),
    )
    areas = forms.MultipleChoiceField(
        label=_("Thematic areas"), required=False, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, organisation, current_image=None, editing=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.organisation = organisation
        self.current_image = current_image
        self.fields["areas"].choices = area_choices()
        if current_image is None:
            del self.fields["remove_image"]
        if editing:
            # A page stays in the language tree it was created in.
            del self.fields["language"]
        else:
            self.fields["language"].initial = translation.get_language()

    def clean_body(self):
        body = sanitise(self.cleaned_data["body"])
        if not has_text(body):
            raise forms.ValidationError(
                _("Write the text of the item (what remains once disallowed markup is removed).")
            )
        return body

    def clean(self):
        cleaned = super().clean()
        upload = cleaned.get("image")
        if upload:
            cleaned["stored_image"] = self._store(upload)
        else:
            cleaned["stored_image"] = kept_image(cleaned.get("kept_image"), self.organisation)
        image = cleaned["stored_image"]
        if image is None and not cleaned.get("remove_image"):
            image = self.current_image
        if (
            image is not None
            and not cleaned.get("alt_text", "").strip()
            and "alt_text" not in (self.errors)
        ):
            self.add_error("alt_text", _("Describe the image for people who cannot see it."))
        return cleaned

    def _store(self, upload):
        """Store an upload that passed validation, so it survives a failed submit."""
        image = store_partner_image(upload, self.organisation, self.data.get("alt_text", ""))
        self.data = self.data.copy()
        self.data["kept_image"] = kept_image_token(image, self.organisation)
        return image

    @property
    def kept(self):
        """The image uploaded earlier in this round-trip, if any (shown beside the input)."""
        return kept_image(self.data.get("kept_image"), self.organisation) if self.is_bound else None


class NewsForm(ItemForm):
    pass


class EventForm(ItemForm):
    start = forms.DateTimeField(
        label=_("Start"),
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        help_text=_("Date and time in Gdańsk (Warsaw) time."),
    )
    end = forms.DateTimeField(
        label=_("End"),
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
    )
    venue_name = forms.CharField(label=_("Venue"), max_length=250, required=False)
    venue_address = forms.CharField(label=_("Venue address"), max_length=300, required=False)
    online_url = forms.URLField(
        label=_("Online link"), required=False, assume_scheme="https", max_length=200
    )
    languages = forms.MultipleChoiceField(
        label=_("Languages spoken"),
        choices=EVENT_LANGUAGES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    registration_enabled = forms.BooleanField(label=_("Registration required"), required=False)
    capacity = forms.IntegerField(
        label=_("Seats"),
        min_value=1,
        max_value=100_000,
        required=False,
        help_text=_("How many people can come. Required when registration is on."),
    )
