"""The organisation's news and events, with the state a partner sees on the dashboard."""

import datetime
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, WorkflowState

from events.models import EventPage
from hub.models import NewsPage

STATES = {
    "draft": _("Draft"),
    "in_review": _("In review"),
    "changes_requested": _("Changes requested"),
    "published": _("Published"),
    "withdrawn": _("Withdrawn"),
}


# What a partner may do with an item in each state (the dashboard's links).
ACTIONS = {
    "draft": ("edit", "preview", "submit"),
    "in_review": ("preview", "withdraw"),
    "changes_requested": ("edit", "preview", "submit", "withdraw"),
    "published": ("edit", "preview", "withdraw"),
    "withdrawn": ("edit", "preview", "submit"),
}


@dataclass
class Item:
    page: Page
    kind: str
    state: str
    comment: str = ""

    @property
    def state_label(self):
        return STATES[self.state]

    @property
    def actions(self):
        actions = ACTIONS[self.state]
        if self.state == "published" and self.page.has_unpublished_changes:
            # Edits to a published item go live once an editor approves them.
            actions = (*actions, "submit")
        return actions


def organisation_items(organisation):
    """Every news item and event of the organisation (all its locales), newest first.

    Three queries whatever the number of items: news, events, workflow states.
    """
    key = organisation.translation_key
    news = list(NewsPage.objects.filter(organisation__translation_key=key).select_related("locale"))
    # Plain events only: sessions and Council meetings (subclasses) stay the editors'.
    events = list(
        EventPage.objects.filter(
            organiser__translation_key=key,
            content_type=ContentType.objects.get_for_model(EventPage),
        ).select_related("locale")
    )
    pages = [(page, "news") for page in news] + [(page, "event") for page in events]
    latest = {}
    if pages:
        states = (
            WorkflowState.objects.filter(
                base_content_type=ContentType.objects.get_for_model(Page),
                object_id__in=[str(page.pk) for page, _kind in pages],
            )
            .select_related("current_task_state")
            .order_by("created_at", "pk")
        )
        latest = {state.object_id: state for state in states}
    items = [_item(page, kind, latest.get(str(page.pk))) for page, kind in pages]
    items.sort(key=_newest_first_key, reverse=True)
    return items


# A page created without a revision or a publication (an import, a command) sorts last.
_UNDATED = datetime.datetime.min.replace(tzinfo=datetime.UTC)


def _newest_first_key(item):
    page = item.page
    return page.latest_revision_created_at or page.first_published_at or _UNDATED


def item_state(page):
    """One item (a news page or an event) with its state, as the dashboard shows it."""
    kind = "event" if isinstance(page, EventPage) else "news"
    workflow_state = (
        WorkflowState.objects.for_instance(page)
        .select_related("current_task_state")
        .order_by("created_at", "pk")
        .last()
    )
    return _item(page, kind, workflow_state)


def _item(page, kind, workflow_state):
    if workflow_state is not None:
        if workflow_state.status == WorkflowState.STATUS_IN_PROGRESS:
            return Item(page, kind, "in_review")
        if workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES:
            task = workflow_state.current_task_state
            return Item(page, kind, "changes_requested", (task.comment if task else "") or "")
        if workflow_state.status == WorkflowState.STATUS_CANCELLED and not page.live:
            return Item(page, kind, "withdrawn")
    if not page.live and page.first_published_at:
        # Published once, then taken off the site (withdrawn by the partner).
        return Item(page, kind, "withdrawn")
    if page.live:
        return Item(page, kind, "published")
    return Item(page, kind, "draft")
