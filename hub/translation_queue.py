"""The translators' queue (issue 12, item 5): what waits in their languages.

A translator sees the translations they may fill in (wagtail-localize translations of
pages in the sections open to them and of the snippets they translate, in their
languages) that are in progress, outdated or machine-made and not reviewed: the nearest
due date (an editor's request) first, then the longest waiting. Starting a translation
stays the editors' (wagtail-localize's *submit translation* permission, or a request).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils.translation import gettext_lazy, pgettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.ui.components import Component
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from hub.permissions import is_translator, target_language_codes, translator_languages
from hub.translation_board import edit_url
from hub.translation_status import Cell, Row, State, language_name, translation_rows

WAITING = (State.OUTDATED, State.IN_PROGRESS, State.MACHINE)


@dataclass
class Task:
    row: Row
    cell: Cell
    url: str
    action: str
    language: str
    review_url: str | None = None


def queue_languages(user) -> frozenset[str]:
    if is_translator(user):
        return translator_languages(user)
    return frozenset(target_language_codes())


def tasks_for(user) -> list[Task]:
    """The translations waiting for ``user``, the longest waiting first."""
    languages = queue_languages(user)
    editable_pages = set(
        PagePermissionPolicy()
        .instances_user_has_permission_for(user, "change")
        .values_list("pk", flat=True)
    )
    tasks = []
    for row in translation_rows():
        for cell in row.cells:
            if cell.state not in WAITING or cell.locale.language_code not in languages:
                continue
            if cell.translation_id is None:
                continue  # not a wagtail-localize translation: not the translators'
            target = cell.target
            if target.model is Page:
                if target.pk not in editable_pages:
                    continue
            else:
                meta = target.model._meta
                if not user.has_perm(f"{meta.app_label}.change_{meta.model_name}"):
                    continue
            review_url = None
            if cell.state == State.MACHINE:
                review_url = reverse(
                    "hub_translation_review",
                    args=[row.source.translation_key, cell.locale.language_code],
                )
            action = pgettext_lazy("translation action", "Translate")
            language = language_name(cell.locale.language_code)
            tasks.append(Task(row, cell, edit_url(target), action, language, review_url))
    # Due dates first (the nearest first), then the longest waiting.
    tasks.sort(
        key=lambda task: (
            task.cell.due_date or datetime.date.max,
            task.cell.waiting_since,
            task.row.source.title,
        )
    )
    return tasks


class TranslationQueueView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "hub/admin/translation_queue.html"
    page_title = gettext_lazy("Translations waiting for me")
    header_icon = "list-ul"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("wagtailadmin.access_admin"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            tasks=tasks_for(self.request.user),
            languages=[language_name(code) for code in sorted(queue_languages(self.request.user))],
            next_url=self.request.get_full_path(),
        )
        return context


class TranslationQueuePanel(Component):
    """On a translator's dashboard: how many translations wait for them, and the queue."""

    name = "translation_queue"
    template_name = "hub/admin/translation_queue_panel.html"
    order = 90

    def get_context_data(self, parent_context):
        user = parent_context["request"].user
        return {"count": len(tasks_for(user)), "queue_url": reverse("hub_translation_queue")}
