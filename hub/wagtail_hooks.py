"""Admin registration of the foundations' snippets, and the create views of pages and snippets."""

from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.models import CopyViewMixin
from wagtail.admin.views.pages.create import CreateView as WagtailCreatePageView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.models import Page
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.chooser import SnippetChooserViewSet
from wagtail.snippets.views.snippets import CreateView as WagtailCreateSnippetView
from wagtail.snippets.views.snippets import SnippetViewSet

from hub.choosers import LocalisedSnippetChooser
from hub.models import AlertBanner, BasePage, Organisation, Person, ThematicArea
from hub.permissions import is_translator, translator_may_edit
from hub.translation_board import (
    REQUESTED_ACTION,
    REVIEWED_ACTION,
    ReviewTranslationView,
    TranslationBoardView,
    TranslationCountsPanel,
    may_see_board,
)
from hub.translation_queue import TranslationQueuePanel, TranslationQueueView
from hub.translation_requests import RequestTranslationView


class NoAutosaveOnCreate:
    """A create view without autosave (issue 10, item 22), for pages and snippets.

    In Wagtail 8.0 an autosave on a create view creates the object (a page, or a
    snippet with revisions) in the background, and only once its answer is back
    does the form turn into the edit form. An editor who presses Publish (or Save
    draft) before then posts to the create view again: for a page the slug is
    taken by the page just autosaved, so nothing is published and what they
    changed since (a ticked registration setting) is not stored; a snippet's
    Save posts to its create view again the same way. With no autosave here,
    the first explicit Save draft or Publish creates the object; from then on
    its edit view autosaves as usual. ``WAGTAIL_AUTOSAVE_INTERVAL`` is one
    setting for both views, hence
    these views.
    """

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["autosave_enabled"] = False
        return context


class CreatePageView(NoAutosaveOnCreate, WagtailCreatePageView):
    """Wagtail's page create view without autosave."""


class CreateSnippetView(NoAutosaveOnCreate, WagtailCreateSnippetView):
    """Wagtail's snippet create view without autosave."""


class CopySnippetView(CopyViewMixin, CreateSnippetView):
    """The snippet copy view creates a new snippet too (filled in from the original)."""


class EditorialSnippetViewSet(SnippetViewSet):
    """Snippets with drafts and revisions (``EditorialMixin``): Wagtail autosaves them."""

    add_view_class = CreateSnippetView
    copy_view_class = CopySnippetView


class LocalisedChooserViewSet(SnippetChooserViewSet):
    """The chooser of a translatable snippet: pinned to the edited object's locale."""

    base_widget_class = LocalisedSnippetChooser


class ThematicAreaViewSet(SnippetViewSet):
    model = ThematicArea
    chooser_viewset_class = LocalisedChooserViewSet
    icon = "tag"
    menu_label = _("Thematic areas")
    list_display = ["name", "code"]
    search_fields = ["name", "description"]
    ordering = ["sort_order"]


class AlertBannerViewSet(EditorialSnippetViewSet):
    model = AlertBanner
    icon = "warning"
    menu_label = _("Alert banners")
    list_display = ["message", "level", "active", "starts_at", "ends_at"]
    list_filter = ["level", "active"]


class PersonViewSet(EditorialSnippetViewSet):
    model = Person
    chooser_viewset_class = LocalisedChooserViewSet
    icon = "user"
    menu_label = _("People")
    list_display = ["name", "affiliation", "languages_spoken"]
    search_fields = ["name", "affiliation"]


class OrganisationViewSet(EditorialSnippetViewSet):
    model = Organisation
    chooser_viewset_class = LocalisedChooserViewSet
    icon = "group"
    menu_label = _("Organisations")
    list_display = ["name", "kind", "active", "member_since"]
    list_filter = ["kind", "active"]
    search_fields = ["name", "short_name", "description"]


class FoundationsGroup(ViewSetGroup):
    menu_label = _("Site data")
    menu_icon = "folder-open-inverse"
    items = (
        ThematicAreaViewSet,
        OrganisationViewSet,
        PersonViewSet,
        AlertBannerViewSet,
    )


register_snippet(FoundationsGroup)


# Before wagtail-localize's own hooks (order 0), which open its translation editor.
@hooks.register("before_edit_page", order=-1)
def translators_edit_only_translations_of_pages(request, page):
    if not translator_may_edit(request.user, page):
        raise PermissionDenied


@hooks.register("before_edit_snippet", order=-1)
def translators_edit_only_translations_of_snippets(request, instance):
    if hasattr(instance, "locale_id") and not translator_may_edit(request.user, instance):
        raise PermissionDenied


class HubPageViewSet(PageViewSet):
    """Every page type of the hub (they all derive from ``BasePage``)."""

    model = BasePage
    add_view_class = CreatePageView

    def get_common_view_kwargs(self, **kwargs):
        # BasePage is abstract: the other views (history, revisions, delete…) look
        # pages up as Wagtail's own viewset does, through ``Page``.
        return super().get_common_view_kwargs(**{"model": Page, **kwargs})


@hooks.register("register_admin_viewset")
def register_hub_page_viewset():
    return HubPageViewSet()


# The translation status board (issue 12) -----------------------------------------


@hooks.register("register_admin_urls")
def register_translation_board_urls():
    return [
        path("translations/", TranslationBoardView.as_view(), name="hub_translation_board"),
        path("translations/queue/", TranslationQueueView.as_view(), name="hub_translation_queue"),
        path(
            "translations/review/<uuid:translation_key>/<str:language_code>/",
            ReviewTranslationView.as_view(),
            name="hub_translation_review",
        ),
        path(
            "translations/request/<uuid:translation_key>/<str:language_code>/",
            RequestTranslationView.as_view(),
            name="hub_translation_request",
        ),
    ]


class TranslationBoardMenuItem(MenuItem):
    def is_shown(self, request):
        return may_see_board(request.user)


@hooks.register("register_reports_menu_item")
def register_translation_board_menu_item():
    return TranslationBoardMenuItem(
        _("Translation status"), reverse("hub_translation_board"), icon_name="site", order=650
    )


@hooks.register("construct_homepage_panels")
def add_translation_counts_panel(request, panels):
    if may_see_board(request.user):
        panels.append(TranslationCountsPanel())
    if is_translator(request.user):
        panels.append(TranslationQueuePanel())


class TranslationQueueMenuItem(MenuItem):
    def is_shown(self, request):
        return is_translator(request.user)


@hooks.register("register_admin_menu_item")
def register_translation_queue_menu_item():
    return TranslationQueueMenuItem(
        _("My translations"), reverse("hub_translation_queue"), icon_name="list-ul", order=150
    )


@hooks.register("register_log_actions")
def register_translation_log_actions(actions):
    actions.register_action(
        REVIEWED_ACTION, _("Mark a translation reviewed"), _("Translation marked reviewed")
    )
    actions.register_action(
        REQUESTED_ACTION, _("Request a translation"), _("Translation requested by a date")
    )
