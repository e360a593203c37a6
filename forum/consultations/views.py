"""Answering a consultation: the form, the submission and the receipt.

The submission is POST → redirect → GET.  The form carries a token that is
unique in the database, so a double click, a refresh or a resend stores one
response and leads to the same receipt.

The consultation page routes here and passes itself: the stored responses are
reached through its relation (``page.responses``), so this module does not import
the models.
"""

import uuid
from functools import partial

from django.conf import settings
from django.db import IntegrityError, transaction
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import timezone

from hub.addresses import absolute_url

from .choices import Phase
from .emails import send_receipt
from .forms import ResponseForm
from .ratelimit import limit_reached

FORM_TEMPLATE = "consultations/response_form.html"
RECEIPT_TEMPLATE = "consultations/receipt.html"
REFERENCE_ATTEMPTS = 5


def _render(page, request, form=None, status=200, refusal=None):
    context = page.get_context(request)
    context.update(
        {
            "form": form,
            "refusal": refusal,
            "phase": page.phase(),
            "settings_retention_days": settings.HUB_RETENTION_DAYS.get(
                "consultation_responses", 90
            ),
        }
    )
    return TemplateResponse(request, FORM_TEMPLATE, context, status=status)


def _responses(page):
    """Every stored response (of any consultation), through the page's relation."""
    return page.responses.model.objects


def _receipt_redirect(page, response):
    url = page.url + page.reverse_subpage("receipt", kwargs={"reference": response.reference})
    return HttpResponseRedirect(url, status=303)


def _submitted_token(request):
    try:
        return uuid.UUID(request.POST.get("token", ""))
    except ValueError:
        return None


def _store(page, form, token):
    """Save the response once; on a repeated token return the stored one."""
    now = timezone.now()
    for _attempt in range(REFERENCE_ATTEMPTS):
        try:
            with transaction.atomic():
                return _responses(page).create(
                    page=page,
                    translation_key=page.translation_key,
                    language=page.locale.language_code,
                    token=token,
                    submitted_at=now,
                    answers=form.answers(),
                    comments=form.comments(),
                    name=form.cleaned_data["name"],
                    organisation=form.cleaned_data["organisation"],
                    email=form.cleaned_data["email"],
                    consent_at=now,
                )
        except IntegrityError:
            existing = _responses(page).filter(token=token).first()
            if existing is not None:
                return existing
            # Otherwise the reference number collided: draw another.
    raise IntegrityError("Could not give the response a unique reference number.")


def respond(page, request):
    # Answers are personal data: keep them out of error reports.
    request.sensitive_post_parameters = "__ALL__"
    phase = page.phase()
    if phase != Phase.OPEN:
        return _render(
            page,
            request,
            status=403 if request.method == "POST" else 200,
            refusal="not_yet" if phase == Phase.ANNOUNCED else "closed",
        )
    if request.method != "POST":
        return _render(page, request, ResponseForm(page, initial={"token": uuid.uuid4()}))

    token = _submitted_token(request)
    if token is not None:
        existing = _responses(page).filter(token=token).first()
        if existing is not None and existing.translation_key == page.translation_key:
            return _receipt_redirect(page, existing)

    form = ResponseForm(page, request.POST)
    if limit_reached(request):
        form.is_valid()  # keep what was typed, shown again with the message
        form._errors = {}
        return _render(page, request, form, status=429, refusal="rate_limited")
    if form.is_spam():
        return _render(page, request, status=400, refusal="spam")
    if not form.is_valid():
        return _render(page, request, form)

    response = _store(page, form, form.cleaned_data["token"])
    if response.email:
        receipt_url = absolute_url(
            page.url + page.reverse_subpage("receipt", kwargs={"reference": response.reference})
        )
        transaction.on_commit(partial(send_receipt, response, receipt_url))
    return _receipt_redirect(page, response)


def receipt(page, request, reference):
    response = (
        _responses(page)
        .filter(reference=reference, translation_key=page.translation_key)
        .only("reference", "submitted_at", "language", "email", "translation_key")
        .first()
    )
    if response is None:
        raise Http404
    context = page.get_context(request)
    context.update({"response": response})
    return TemplateResponse(request, RECEIPT_TEMPLATE, context)
