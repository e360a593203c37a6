"""Admin registration of the foundations' snippets, and the page create view."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.views.pages.create import CreateView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.models import Page
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from hub.models import AlertBanner, BasePage, Organisation, Person, ThematicArea
from hub.permissions import translator_may_edit


class ThematicAreaViewSet(SnippetViewSet):
    model = ThematicArea
    icon = "tag"
    menu_label = _("Thematic areas")
    list_display = ["name", "code"]
    search_fields = ["name", "description"]
    ordering = ["sort_order"]


class AlertBannerViewSet(SnippetViewSet):
    model = AlertBanner
    icon = "warning"
    menu_label = _("Alert banners")
    list_display = ["message", "level", "active", "starts_at", "ends_at"]
    list_filter = ["level", "active"]


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    menu_label = _("People")
    list_display = ["name", "affiliation", "languages_spoken"]
    search_fields = ["name", "affiliation"]


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
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


class CreatePageView(CreateView):
    """Wagtail's page create view without autosave (issue 10, item 22).

    In Wagtail 8.0 an autosave on the create view creates the page in the
    background, and only once its answer is back does the form turn into the
    edit form. An editor who presses Publish (or Save draft) before then posts to
    the create view again: the slug is taken by the page just autosaved, so
    nothing is published and what they changed since (a ticked registration
    setting) is not stored. With no autosave here, the first explicit Save draft
    or Publish creates the page; from then on the edit view autosaves as usual.
    ``WAGTAIL_AUTOSAVE_INTERVAL`` is one setting for both views, hence this view.
    """

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["autosave_enabled"] = False
        return context


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
