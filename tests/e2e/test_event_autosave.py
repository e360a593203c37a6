"""Publishing a new event at once after an autosave keeps the editor's input (item 22).

The editor's steps: fill in the event, add a thematic-area row early, choose the
area, tick "registration required", give the seats, and press Publish straight
away. The server is made slow the way a busy one is: an autosave that succeeds
has its answer held back until Publish has been pressed. Before the fix, the autosave of the
area created the page as a draft and Publish posted to the create view again:
"slug already in use", the page stayed a draft without registration.
"""

import datetime

import pytest
from django.test import Client
from django.utils import timezone

from events.models import EventPage
from hub.factories import ThematicAreaFactory

pytestmark = pytest.mark.e2e

TITLE = "Warsztaty z autozapisem"


def is_autosave(request):
    return request.method == "POST" and "application/json" in (request.headers.get("accept") or "")


def sign_in(page, live_server, user):
    client = Client()
    client.force_login(user)  # the editor fixture turns HUB_REQUIRE_STAFF_MFA off
    session = client.cookies["sessionid"].value
    page.context.add_cookies([{"name": "sessionid", "value": session, "url": live_server.url}])


def test_publish_right_after_choosing_an_area_publishes_with_the_registration_setting(
    database_beside_playwright, live_server, hub, editor, page
):
    area = ThematicAreaFactory(code="zdrowie", name="Zdrowie", locale=hub["locales"]["pl"])
    index = hub["sections"]["events.EventIndexPage"]["pl"]
    sign_in(page, live_server, editor)
    autosaves, held = [], []

    def hold_autosave_answers(route):
        if not is_autosave(route.request):
            return route.continue_()
        autosaves.append(route.request.url)
        response = route.fetch()
        if response.ok:
            held.append((route, response))  # the server has saved; the browser waits
        else:
            route.fulfill(response=response)

    page.route("**/admin/pages/**", hold_autosave_answers)
    page.goto(f"{live_server.url}/admin/pages/add/events/eventpage/{index.pk}/")
    start = timezone.localtime().replace(second=0, microsecond=0) + datetime.timedelta(days=7)
    page.fill("[name=title]", TITLE)
    page.fill("[name=summary]", "Jak napisać CV.")
    page.fill("[name=start]", start.strftime("%Y-%m-%d %H:%M"))
    page.fill("[name=end]", (start + datetime.timedelta(hours=2)).strftime("%Y-%m-%d %H:%M"))
    page.keyboard.press("Escape")  # closes the date picker
    page.fill("[name=venue_name]", "Biblioteka Manhattan")
    page.click("#id_area_links-ADD")
    page.locator("#id_area_links-0-area-chooser [data-chooser-action-choose]").click()
    page.locator(".modal").get_by_role("link", name="Zdrowie").click()
    page.wait_for_timeout(1500)  # three times Wagtail's autosave interval (500 ms)
    page.check("[name=registration_enabled]")
    page.fill("[name=capacity]", "12")
    page.locator("footer [data-w-dropdown-target=toggle]").first.click()
    with page.expect_navigation():
        page.click("button[name=action-publish]", no_wait_after=True)
        for route, response in held:
            route.fulfill(response=response)
    page.wait_for_load_state()

    # The editor is told, and the calendar has exactly this event, live, as entered.
    assert page.url == f"{live_server.url}/admin/pages/{index.pk}/"
    assert f"'{TITLE}' została utworzona i opublikowana" in page.locator(".messages").inner_text()
    event = EventPage.objects.get(title=TITLE)
    assert event.live and not event.has_unpublished_changes
    assert event.registration_enabled and event.capacity == 12
    assert [link.area for link in event.area_links.all()] == [area]
    # No autosave ran on the create view; the edit view of the new page autosaves.
    assert autosaves == []
    page.unroute("**/admin/pages/**")
    page.goto(f"{live_server.url}/admin/pages/{event.pk}/edit/")
    assert "w-autosave" in page.locator("form[data-edit-form]").get_attribute("data-controller")
