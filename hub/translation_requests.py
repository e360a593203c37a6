"""Translation requests (issue 12, item 5): an editor asks for a translation by a date.

A request for a translation that has not been started starts it, as wagtail-localize's
"Translate" action does, so the translators find it in their queue
(``hub.translation_queue``); the board and the queue show the due date until the
translation is complete.
"""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext, gettext_lazy
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets import AdminDateInput
from wagtail.log_actions import log
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.operations import TranslationCreator

from hub.models import TranslationRequest
from hub.translation_board import REQUESTED_ACTION, find_translation, may_see_board, next_url
from hub.translation_status import language_name


def find_source(translation_key):
    """The object that ``translation_key``'s translations are made from (404 if none)."""
    source = TranslationSource.objects.filter(object_id=translation_key).first()
    if source is not None:
        try:
            return source.get_source_instance()
        except ObjectDoesNotExist:
            pass
    default = Locale.get_default()
    return find_translation(translation_key, default.language_code)


class RequestForm(forms.Form):
    due_date = forms.DateField(label=gettext_lazy("Due date"), widget=AdminDateInput)

    def clean_due_date(self):
        due = self.cleaned_data["due_date"]
        if due < timezone.localdate():
            raise forms.ValidationError(gettext("The due date cannot be in the past."))
        return due


class RequestTranslationView(WagtailAdminTemplateMixin, FormView):
    """An editor asks for a translation by a date; a missing one is started for translators."""

    template_name = "hub/admin/translation_request.html"
    form_class = RequestForm
    page_title = gettext_lazy("Request a translation")
    header_icon = "calendar-alt"

    def dispatch(self, request, translation_key, language_code):
        if not may_see_board(request.user):
            raise PermissionDenied
        self.source = find_source(translation_key)
        self.locale = get_object_or_404(Locale, language_code=language_code)
        if self.locale.pk == self.source.locale_id:
            raise Http404
        return super().dispatch(
            request, translation_key=translation_key, language_code=language_code
        )

    def next_url(self):
        return next_url(self.request, "hub_translation_board")

    def get_initial(self):
        existing = TranslationRequest.objects.filter(
            translation_key=self.source.translation_key, locale=self.locale
        ).first()
        return {"due_date": existing.due_date} if existing else {}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            instance=self.source,
            language=language_name(self.locale.language_code),
            next_url=self.next_url(),
        )
        return context

    def form_valid(self, form):
        TranslationRequest.objects.update_or_create(
            translation_key=self.source.translation_key,
            locale=self.locale,
            defaults={"due_date": form.cleaned_data["due_date"], "requested_by": self.request.user},
        )
        log(
            self.source,
            REQUESTED_ACTION,
            user=self.request.user,
            data={"language": self.locale.language_code, "due": str(form.cleaned_data["due_date"])},
        )
        started = Translation.objects.filter(
            source__object_id=self.source.translation_key, target_locale=self.locale
        ).exists()
        if not started:
            # What wagtail-localize's "Translate" does: the translators find it in their queue.
            TranslationCreator(self.request.user, [self.locale]).create_translations(self.source)
        messages.success(
            self.request,
            gettext("The %(language)s translation of “%(title)s” is requested by %(date)s.")
            % {
                "language": language_name(self.locale.language_code),
                "title": self.source,
                "date": date_format(form.cleaned_data["due_date"]),
            },
        )
        return redirect(self.next_url())
