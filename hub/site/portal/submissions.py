"""Partners create, edit, preview, submit and withdraw their organisation's news and events.

Every view starts from the user's approved membership and the organisation's own
item (``own_item_or_404``): anything else, another organisation's item included,
answers 404, signed-out visitors included (like the rest of the organisation's
pages).

Items are real Wagtail pages in the chosen language's tree, saved as revisions
by the partner's user and never published by them: submitting starts the
"Partner review" workflow (``hub.setup.PARTNER_REVIEW``); editors approve or
request changes in Wagtail's own moderation.  Withdrawing cancels a review in
progress; with nothing in review, it takes a published item off the site.

Every action is in Wagtail's log with the partner as the actor: ``wagtail.create``
and ``wagtail.edit`` (revisions), ``wagtail.workflow.start`` / ``.resume`` /
``.cancel`` and ``wagtail.unpublish``.
"""

from dataclasses import dataclass

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.actions.unpublish_page import UnpublishPageAction
from wagtail.coreutils import find_available_slug
from wagtail.log_actions import log
from wagtail.models import Locale, Workflow, WorkflowState
from wagtail.rich_text import RichText

from events.models import EventIndexPage, EventPage, EventPageArea
from hub.models import NewsIndexPage, NewsPage, NewsPageArea, ThematicArea
from hub.ratelimit import limit_key, over_limit
from hub.setup import PARTNER_REVIEW

from .access import membership_or_404
from .forms import PARTNER_UPLOADS, EventForm, NewsForm
from .items import item_state
from .notifications import acknowledge_submission


@dataclass(frozen=True)
class Kind:
    """How the portal reads and writes one page type."""

    name: str
    model: type
    index_model: type
    area_model: type
    form_class: type
    organisation_field: str
    lead_field: str

    def index_in(self, locale):
        return self.index_model.objects.filter(locale=locale).first()


NEWS = Kind("news", NewsPage, NewsIndexPage, NewsPageArea, NewsForm, "organisation", "lead")
EVENT = Kind("event", EventPage, EventIndexPage, EventPageArea, EventForm, "organiser", "summary")
KINDS = {kind.name: kind for kind in (NEWS, EVENT)}
EVENT_FIELDS = ["start", "end", "venue_name", "venue_address", "online_url", "capacity"]


# Letters Django's slugify drops (it keeps only what decomposes to ASCII): Polish ł
# and the Ukrainian alphabet (the national romanisation, simplified), so a partner's
# title gives a readable address in every language of the site.
TRANSLITERATION = str.maketrans(
    {
        "ł": "l",
        **dict(zip("абвгґдезиіклмнопрстуф", "abvhgdezyiklmnoprstuf", strict=True)),
        **{"є": "ie", "ж": "zh", "ї": "i", "й": "i", "х": "kh", "ц": "ts", "ч": "ch"},
        **{"ш": "sh", "щ": "shch", "ю": "iu", "я": "ia", "ь": "", "ʼ": "", "'": ""},
    }
)


def item_slug(title, kind):
    return slugify(title.lower().translate(TRANSLITERATION))[:70].strip("-") or kind


def kind_of(page):
    return EVENT if isinstance(page, EventPage) else NEWS


def own_item_or_404(membership, pk):
    """The organisation's own news item or event (its latest draft), or 404.

    Only plain news pages and plain events count: a plenary session or a Council
    meeting (subclasses of the event page) is never a partner's item.
    """
    key = membership.organisation.translation_key
    page = NewsPage.objects.filter(pk=pk, organisation__translation_key=key).first()
    if page is None:
        page = EventPage.objects.filter(pk=pk, organiser__translation_key=key).first()
        if page is not None and page.specific_class is not EventPage:
            page = None
    if page is None:
        raise Http404
    draft = page.get_latest_revision_as_object()
    owner = getattr(draft, kind_of(page).organisation_field)
    if owner is None or owner.translation_key != key:
        raise Http404
    return page, draft


def _rate_limited(request):
    key = limit_key("portal-submission", str(request.user.pk))
    return over_limit(
        key, settings.PORTAL_SUBMISSION_RATE_LIMIT, settings.PORTAL_SUBMISSION_RATE_WINDOW
    )


# Reading and writing a page's fields ------------------------------------------------


def _image_block(page):
    for child in page.body:
        if child.block_type == "image":
            return child
    return None


def current_image(page):
    """The item's image: a news item's lead image, an event's first image block."""
    if isinstance(page, NewsPage):
        return page.lead_image
    block = _image_block(page)
    return block.value["image"] if block else None


def initial_from(page):
    kind = kind_of(page)
    image = current_image(page)
    if isinstance(page, NewsPage):
        alt_text = image.description if image else ""
    else:
        block = _image_block(page)
        alt_text = block.value["alt_text"] if block else ""
    initial = {
        "title": page.title,
        "lead": getattr(page, kind.lead_field),
        "body": "".join(
            child.value.source for child in page.body if child.block_type == "paragraph"
        ),
        "alt_text": alt_text,
        "areas": [link.area.code for link in page.area_links.all()],
    }
    if isinstance(page, EventPage):
        initial.update({name: getattr(page, name) for name in EVENT_FIELDS})
        initial["start"] = page.start_local
        initial["end"] = page.end_local
        initial["languages"] = page.language_codes
        initial["registration_enabled"] = page.registration_enabled
    return initial


def apply(page, data):
    """Set the page's fields from a valid form's ``cleaned_data``."""
    kind = kind_of(page)
    page.title = data["title"]
    setattr(page, kind.lead_field, data["lead"])
    areas = ThematicArea.objects.filter(locale=page.locale, code__in=data["areas"])
    page.area_links = [kind.area_model(area=area, locale=page.locale) for area in areas]
    image = data.get("stored_image")
    if image is None and not data.get("remove_image"):
        image = current_image(page)
    if image is not None and image.collection.name == PARTNER_UPLOADS:
        # The partner's own upload carries its description as the default alt text.
        image.title = data["alt_text"][:255] or image.title
        image.description = data["alt_text"][:255]
        image.save(update_fields=["title", "description"])
    kept = [
        (child.block_type, child.value)
        for child in page.body
        if child.block_type not in ("paragraph", "image")
    ]
    stream = page.body.stream_block
    blocks = []
    if isinstance(page, NewsPage):
        page.lead_image = image
    elif image is not None:
        value = {"image": image.pk, "alt_text": data["alt_text"], "caption": ""}
        blocks.append(("image", stream.child_blocks["image"].to_python(value)))
    blocks.append(("paragraph", RichText(data["body"])))
    page.body = blocks + kept
    if isinstance(page, EventPage):
        for name in EVENT_FIELDS:
            setattr(page, name, data[name])
        page.languages = ", ".join(data["languages"])
        page.registration_enabled = data["registration_enabled"]


def _add_model_errors(form, error):
    """Put the page's own validation (``EventPage.clean`` …) on the form's fields."""
    renamed = {"summary": "lead", "lead_image": "image"}
    for field, field_messages in error.message_dict.items():
        name = renamed.get(field, field)
        form.add_error(name if name in form.fields else None, field_messages)


def create_item(user, membership, kind, form):
    """A new draft page of ``kind`` from a valid form, its first revision by ``user``
    (None, with the form's errors, when the page's own validation refuses it)."""
    data = form.cleaned_data
    locale = Locale.objects.get(language_code=data["language"])
    index = kind.index_in(locale)
    if index is None:
        form.add_error("language", _("This language's site has no section for it yet."))
        return None
    organisation = membership.organisation.get_translation_or_none(locale)
    page = kind.model(locale=locale, owner=user, live=False)
    setattr(page, kind.organisation_field, organisation or membership.organisation)
    if isinstance(page, NewsPage):
        page.body = []
    apply(page, data)
    page.slug = find_available_slug(index, item_slug(data["title"], kind.name))
    try:
        with transaction.atomic():
            index.add_child(instance=page)
            revision = page.save_revision(user=user, log_action=False)
            log(instance=page, action="wagtail.create", user=user, revision=revision)
    except ValidationError as error:
        _add_model_errors(form, error)
        return None
    return page


def save_item(user, draft, form):
    """A new revision of the item's latest draft by ``user`` from a valid form."""
    apply(draft, form.cleaned_data)
    try:
        with transaction.atomic():
            draft.save_revision(user=user, log_action=True)
    except ValidationError as error:
        _add_model_errors(form, error)
        return None
    return draft


def _form_response(request, membership, kind, form, page=None):
    return TemplateResponse(
        request,
        "portal/items/form.html",
        {
            "membership": membership,
            "organisation": membership.organisation,
            "form": form,
            "kind": kind.name,
            "page": page,
            "current_image": form.current_image,
            "kept_image": form.kept,
        },
        status=400 if form.is_bound and form.errors else 200,
    )


def _after_save(request, page):
    if "preview" in request.POST:
        return redirect("portal:item_preview", pk=page.pk)
    messages.success(request, _("Saved as a draft. Nothing is public until an editor approves it."))
    return redirect("portal:dashboard")


def new_item(request, kind):
    membership = membership_or_404(request.user)
    if kind not in KINDS:
        raise Http404
    kind = KINDS[kind]
    organisation = membership.organisation
    if request.method == "POST":
        form = kind.form_class(request.POST, request.FILES, organisation=organisation)
        if _rate_limited(request):
            form.is_valid()
            form.add_error(None, _("Too many saves in a short time. Please wait and try again."))
        elif form.is_valid():
            page = create_item(request.user, membership, kind, form)
            if page is not None:
                return _after_save(request, page)
    else:
        form = kind.form_class(organisation=organisation)
    return _form_response(request, membership, kind, form)


def edit_item(request, pk):
    membership = membership_or_404(request.user)
    page, draft = own_item_or_404(membership, pk)
    item = item_state(page)
    kind = kind_of(page)
    if "edit" not in item.actions:
        messages.info(request, _("An item in review cannot be changed: withdraw it first."))
        return redirect("portal:dashboard")
    options = {
        "organisation": membership.organisation,
        "current_image": current_image(draft),
        "editing": True,
    }
    if request.method == "POST":
        form = kind.form_class(request.POST, request.FILES, **options)
        if _rate_limited(request):
            form.is_valid()
            form.add_error(None, _("Too many saves in a short time. Please wait and try again."))
        elif form.is_valid():
            if save_item(request.user, draft, form) is not None:
                return _after_save(request, page)
    else:
        form = kind.form_class(initial=initial_from(draft), **options)
    return _form_response(request, membership, kind, form, page=draft)


def preview_item(request, pk):
    """The item's latest draft exactly as the public page will show it."""
    membership = membership_or_404(request.user)
    _page, draft = own_item_or_404(membership, pk)
    # Rendered for a visitor without the partner's session (no cookies): what the
    # public will see, without the portal's messages or the partner's account menu.
    with translation.override(draft.locale.language_code):
        response = draft.make_preview_request(None, draft.default_preview_mode)
    response["X-Robots-Tag"] = "noindex"
    return response


def _confirm(request, membership, page, action):
    return TemplateResponse(
        request,
        "portal/items/confirm.html",
        {
            "membership": membership,
            "organisation": membership.organisation,
            "page": page,
            "action": action,
        },
    )


def partner_review():
    return Workflow.objects.get(name=PARTNER_REVIEW)


def submit(page, user):
    """Send the item to the editors: resume a review sent back, or start "Partner review"."""
    with transaction.atomic():
        state = page.current_workflow_state
        if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
            state.resume(user=user)
        else:
            partner_review().start(page, user)
        acknowledge_submission(page, user)


def withdraw(page, user):
    """Cancel the item's review in progress or, with none, take the published item off."""
    with transaction.atomic():
        state = page.current_workflow_state
        if state is not None:
            state.cancel(user=user)
        elif page.live:
            UnpublishPageAction(page, user=user, log_action=True).execute(
                skip_permission_checks=True
            )


def submit_item(request, pk):
    membership = membership_or_404(request.user)
    page, draft = own_item_or_404(membership, pk)
    if "submit" not in item_state(page).actions:
        messages.info(request, _("This item is already in review."))
        return redirect("portal:dashboard")
    if request.method != "POST":
        return _confirm(request, membership, draft, "submit")
    if _rate_limited(request):
        messages.error(request, _("Too many saves in a short time. Please wait and try again."))
        return redirect("portal:dashboard")
    submit(page, request.user)
    messages.success(request, _("Sent to the editors for review. We will tell you by e-mail."))
    return redirect("portal:dashboard")


def withdraw_item(request, pk):
    membership = membership_or_404(request.user)
    page, draft = own_item_or_404(membership, pk)
    item = item_state(page)
    if "withdraw" not in item.actions:
        messages.info(request, _("There is nothing to withdraw."))
        return redirect("portal:dashboard")
    if request.method != "POST":
        return _confirm(request, membership, draft, "withdraw")
    withdraw(page, request.user)
    messages.success(request, _("Withdrawn. You can edit the item and submit it again."))
    return redirect("portal:dashboard")
