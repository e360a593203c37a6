"""Page create views do not autosave, edit views do (issue 10, item 22; hub/wagtail_hooks.py)."""

from bs4 import BeautifulSoup

from events.factories import create_event
from hub.factories import StandardPageFactory


def form_controllers(client, url):
    response = client.get(url)
    assert response.status_code == 200
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
