"""Create views do not autosave, edit views do (issue 10, item 22; hub/wagtail_hooks.py).

Pages, and the snippets with revisions (Wagtail autosaves every model with
``RevisionMixin``, on its create and copy views as on its edit view).
"""

from bs4 import BeautifulSoup
from wagtail.models import RevisionMixin
from wagtail.snippets.models import get_snippet_models

from events.factories import create_event
from hub.factories import (
    OrganisationFactory,
    PersonFactory,
    StandardPageFactory,
    ThematicAreaFactory,
)
from hub.models import AlertBanner, Organisation, Person


def form_controllers(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    form = BeautifulSoup(response.content, "html.parser").select_one("form[data-edit-form]")
    return form["data-controller"].split()


def test_create_views_of_hub_pages_have_no_autosave_and_edit_views_have(editor_client, hub):
    calendar = hub["sections"]["events.EventIndexPage"]["pl"]
    home = hub["homes"]["pl"]
    for url in (
        f"/admin/pages/add/events/eventpage/{calendar.pk}/",
        f"/admin/pages/add/hub/standardpage/{home.pk}/",
    ):
        controllers = form_controllers(editor_client, url)
        assert "w-unsaved" in controllers and "w-autosave" not in controllers, url
    for page in (create_event(calendar), StandardPageFactory(parent=home)):
        assert "w-autosave" in form_controllers(editor_client, f"/admin/pages/{page.pk}/edit/")


def test_create_and_copy_views_of_snippets_with_revisions_have_no_autosave_and_edit_views_have(
    editor_client, locales
):
    banner = AlertBanner.objects.create(message="Zmiana godzin dyżuru", locale=locales["pl"])
    snippets = {
        AlertBanner: banner,
        Organisation: OrganisationFactory(),
        Person: PersonFactory(),
    }
    with_revisions = {model for model in get_snippet_models() if issubclass(model, RevisionMixin)}
    assert with_revisions == set(snippets)  # a new one is added here
    for model, snippet in snippets.items():
        admin = f"/admin/snippets/hub/{model._meta.model_name}"
        for url in (f"{admin}/add/", f"{admin}/copy/{snippet.pk}/"):
            controllers = form_controllers(editor_client, url)
            assert "w-unsaved" in controllers and "w-autosave" not in controllers, url
        assert "w-autosave" in form_controllers(editor_client, f"{admin}/edit/{snippet.pk}/"), model


def test_a_snippet_without_revisions_autosaves_on_no_view(editor_client):
    admin = "/admin/snippets/hub/thematicarea"
    for url in (f"{admin}/add/", f"{admin}/edit/{ThematicAreaFactory().pk}/"):
        assert form_controllers(editor_client, url) == ["w-unsaved"], url
