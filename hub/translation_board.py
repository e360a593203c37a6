"""The translation status board, its CSV export, the dashboard panel and the review action.

The board is the editors' view of ``hub.translation_status``: every page and snippet
against every language, each cell one click from wagtail-localize's own views (submit
a translation, its editor, its synchronisation) or from the review action here.
wagtail-localize's translations report stays where it is (a log of translations);
the board uses the same "waiting for translations" test and links to it.
"""

from __future__ import annotations

import csv
import datetime
from dataclasses import dataclass

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext, gettext_lazy, pgettext, pgettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.ui.components import Component
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.log_actions import log
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation

from hub.models import TranslationReview
from hub.permissions import translator_may_edit
from hub.spreadsheets import safe_row
from hub.translation_status import (
    Row,
    State,
    language_name,
    state_counts,
    translatable_snippet_models,
    translation_rows,
)

BOARD_PERMISSION = "wagtail_localize.submit_translation"
# Wagtail's log (the object's history, the site history report), registered in wagtail_hooks.
REVIEWED_ACTION = "hub.translation.reviewed"
REQUESTED_ACTION = "hub.translation.requested"
ROWS_PER_PAGE = 100


def may_see_board(user) -> bool:
    return user.is_active and (user.is_superuser or user.has_perm(BOARD_PERMISSION))


@dataclass
class Action:
    label: str
    url: str
    post: bool = False


def edit_url(item) -> str:
    if item.model is Page:
        return reverse("wagtailadmin_pages:edit", args=[item.pk])
    return reverse(item.model.snippet_viewset.get_url_name("edit"), args=[item.pk])


def _start_url(row: Row) -> str:
    source = row.source
    if source.model is Page:
        return reverse("wagtail_localize:submit_page_translation", args=[source.pk])
    meta = source.model._meta
    return reverse(
        "wagtail_localize:submit_snippet_translation",
        args=[meta.app_label, meta.model_name, source.pk],
    )


def cell_actions(row: Row, cell, next_url: str) -> list[Action]:
    """The one-click actions of a cell: start, continue, synchronise or review."""
    if cell.state == State.MISSING:
        actions = [Action(pgettext_lazy("translation action", "Start"), _start_url(row))]
        return [*actions, request_action(row, cell, next_url)]
    actions = []
    if cell.state == State.OUTDATED and cell.source_id:
        url = reverse("wagtail_localize:update_translations", args=[cell.source_id])
        actions.append(
            Action(
                pgettext_lazy("translation action", "Synchronise"),
                f"{url}?{urlencode({'next': next_url})}",
            )
        )
    else:
        actions.append(
            Action(pgettext_lazy("translation action", "Continue"), edit_url(cell.target))
        )
    if cell.state == State.MACHINE:
        url = reverse(
            "hub_translation_review", args=[row.source.translation_key, cell.locale.language_code]
        )
        actions.append(Action(pgettext_lazy("translation action", "Mark reviewed"), url, post=True))
    request = request_action(row, cell, next_url)
    return [*actions, request] if request else actions


def request_action(row: Row, cell, next_url: str) -> Action | None:
    """Ask the translators for this translation by a date (while it is not complete)."""
    if cell.state == State.COMPLETE:
        return None
    url = reverse(
        "hub_translation_request", args=[row.source.translation_key, cell.locale.language_code]
    )
    label = pgettext_lazy("translation action", "Request by a date")
    return Action(label, f"{url}?{urlencode({'next': next_url})}")


class BoardFilterForm(forms.Form):
    section = forms.ChoiceField(label=pgettext_lazy("site section", "Section"), required=False)
    content_type = forms.ChoiceField(label=gettext_lazy("Content type"), required=False)
    locale = forms.ChoiceField(label=gettext_lazy("Language"), required=False)
    state = forms.ChoiceField(label=gettext_lazy("State"), required=False)
    sort = forms.ChoiceField(
        label=gettext_lazy("Sort by"),
        required=False,
        choices=[
            ("", gettext_lazy("Title")),
            ("outdated", gettext_lazy("Longest outdated first")),
        ],
    )

    def __init__(self, data, rows: list[Row], locales):
        super().__init__(data)
        everything = [("", gettext_lazy("All"))]
        sections = {str(r.section.translation_key): r.section.title for r in rows if r.section}
        types = {str(r.content_type.pk): r.content_type.name for r in rows}
        self.fields["section"].choices = everything + sorted(sections.items(), key=lambda c: c[1])
        self.fields["content_type"].choices = everything + sorted(
            ((pk, name.capitalize()) for pk, name in types.items()), key=lambda c: c[1]
        )
        self.fields["locale"].choices = everything + [
            (locale.language_code, language_name(locale.language_code)) for locale in locales
        ]
        self.fields["state"].choices = everything + list(State.choices)

    def filter(self, rows: list[Row]) -> list[Row]:
        if not self.is_valid():
            return rows
        data = self.cleaned_data
        if data["section"]:
            rows = [
                r for r in rows if r.section and str(r.section.translation_key) == data["section"]
            ]
        if data["content_type"]:
            rows = [r for r in rows if str(r.content_type.pk) == data["content_type"]]
        if data["locale"] or data["state"]:
            rows = [
                r
                for r in rows
                if any(
                    (not data["locale"] or c.locale.language_code == data["locale"])
                    and (not data["state"] or c.state == data["state"])
                    for c in r.cells
                )
            ]
        if data["sort"] == "outdated":
            far_future = timezone.now() + datetime.timedelta(days=1)
            rows = sorted(rows, key=lambda r: (r.outdated_since or far_future, r.source.title))
        else:
            rows = sorted(rows, key=lambda r: r.source.title.casefold())
        return rows


def counts_table(rows: list[Row], locales) -> list[dict]:
    """Per target language: the number of translations in each state, with board links."""
    counts = state_counts(rows)
    board = reverse("hub_translation_board")
    table = []
    for locale in locales:
        code = locale.language_code
        cells = [
            {
                "state": state,
                "count": counts[(code, state.value)],
                "url": f"{board}?{urlencode({'locale': code, 'state': state.value})}",
            }
            for state in State
        ]
        if any(cell["count"] for cell in cells):
            table.append({"code": code, "name": language_name(code), "cells": cells})
    return table


def _csv_response(rows: list[Row], locales) -> HttpResponse:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="translation-status-{stamp}.csv"'
    writer = csv.writer(response)
    header = [
        gettext("Title"),
        gettext("Content type"),
        pgettext("site section", "Section"),
        gettext("Source language"),
    ]
    for locale in locales:
        name = language_name(locale.language_code)
        header += [
            gettext("%(language)s: state") % {"language": name},
            gettext("%(language)s: outdated since") % {"language": name},
            gettext("%(language)s: due date") % {"language": name},
        ]
    writer.writerow(safe_row(header))
    for row in rows:
        by_code = {cell.locale.language_code: cell for cell in row.cells}
        values = [
            row.source.title,
            row.content_type.name,
            row.section.title if row.section else "",
            language_name(row.source_locale.language_code),
        ]
        for locale in locales:
            cell = by_code.get(locale.language_code)
            if cell is None:
                values += [gettext("Source"), "", ""]
            else:
                since = cell.outdated_since
                due = cell.due_date.isoformat() if cell.due_date else ""
                values += [cell.label, timezone.localtime(since).isoformat() if since else "", due]
        writer.writerow(safe_row(values))
    return response


class TranslationBoardView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "hub/admin/translation_board.html"
    page_title = gettext_lazy("Translation status")
    header_icon = "site"

    def dispatch(self, request, *args, **kwargs):
        if not may_see_board(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get(self, request, *args, **kwargs):
        self.locales = list(Locale.objects.order_by("pk"))
        self.all_rows = translation_rows()
        self.form = BoardFilterForm(request.GET, self.all_rows, self.locales)
        self.rows = self.form.filter(self.all_rows)
        if request.GET.get("export") == "csv":
            return _csv_response(self.rows, self.locales)
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        page = Paginator(self.rows, ROWS_PER_PAGE).get_page(self.request.GET.get("p"))
        next_url = self.request.get_full_path()
        for row in page.object_list:
            by_code = {cell.locale.language_code: cell for cell in row.cells}
            row.columns = []
            for locale in self.locales:
                cell = by_code.get(locale.language_code)
                if cell is not None:
                    cell.actions = cell_actions(row, cell, next_url)
                row.columns.append((locale, cell))
        query = self.request.GET.copy()
        query.pop("p", None)
        query.pop("export", None)
        context.update(
            form=self.form,
            page_obj=page,
            locales=[(locale, language_name(locale.language_code)) for locale in self.locales],
            counts=counts_table(self.all_rows, self.locales),
            query=query.urlencode(),
            next_url=next_url,
            total=len(self.rows),
            localize_report_url=reverse("wagtail_localize:translations_report"),
        )
        return context


def find_translation(translation_key, language_code):
    """The page or snippet with ``translation_key`` in that language (404 if there is none)."""
    locale = get_object_or_404(Locale, language_code=language_code)
    page = Page.objects.filter(translation_key=translation_key, locale=locale).first()
    if page is not None:
        return page.specific
    for model in translatable_snippet_models():
        instance = model._default_manager.filter(
            translation_key=translation_key, locale=locale
        ).first()
        if instance is not None:
            return instance
    raise Http404


def may_review(user, instance) -> bool:
    """Whoever may edit this translation may mark it reviewed (translators in their languages)."""
    if not Translation.objects.filter(
        source__object_id=instance.translation_key, target_locale_id=instance.locale_id
    ).exists():
        return False  # a source, or an object translated by hand: nothing to review
    if isinstance(instance, Page):
        may_edit = instance.permissions_for_user(user).can_edit()
    else:
        meta = instance._meta
        may_edit = user.has_perm(f"{meta.app_label}.change_{meta.model_name}")
    return may_edit and translator_may_edit(user, instance)


def next_url(request, fallback):
    """The page to go back to (``next``, if it is on this site), or the URL named ``fallback``."""
    url = request.POST.get("next") or request.GET.get("next")
    if url and url_has_allowed_host_and_scheme(url, {request.get_host()}):
        return url
    return reverse(fallback)


class ReviewTranslationView(WagtailAdminTemplateMixin, TemplateView):
    """A translator's explicit word that a translation was read: *machine* becomes *complete*."""

    template_name = "hub/admin/translation_review.html"
    page_title = gettext_lazy("Mark the translation reviewed")
    header_icon = "tick"

    def dispatch(self, request, translation_key, language_code):
        self.instance = find_translation(translation_key, language_code)
        if not may_review(request.user, self.instance):
            raise PermissionDenied
        return super().dispatch(
            request, translation_key=translation_key, language_code=language_code
        )

    def next_url(self):
        board = may_see_board(self.request.user)
        return next_url(self.request, "hub_translation_board" if board else "wagtailadmin_home")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        review = TranslationReview.objects.filter(
            translation_key=self.instance.translation_key, locale_id=self.instance.locale_id
        ).first()
        context.update(
            instance=self.instance,
            language=language_name(self.instance.locale.language_code),
            review=review,
            next_url=self.next_url(),
        )
        return context

    def post(self, request, *args, **kwargs):
        TranslationReview.objects.update_or_create(
            translation_key=self.instance.translation_key,
            locale_id=self.instance.locale_id,
            defaults={"reviewed_by": request.user, "reviewed_at": timezone.now()},
        )
        log(self.instance, REVIEWED_ACTION, user=request.user)
        messages.success(
            request,
            gettext("The %(language)s translation of “%(title)s” is marked reviewed.")
            % {
                "language": language_name(self.instance.locale.language_code),
                "title": self.instance,
            },
        )
        return redirect(self.next_url())


class TranslationCountsPanel(Component):
    """The dashboard's counts of translations per language and state."""

    name = "translation_counts"
    template_name = "hub/admin/translation_counts_panel.html"
    order = 130

    def get_context_data(self, parent_context):
        locales = list(Locale.objects.order_by("pk"))
        return {
            "counts": counts_table(translation_rows(), locales),
            "states": list(State),
            "board_url": reverse("hub_translation_board"),
        }
