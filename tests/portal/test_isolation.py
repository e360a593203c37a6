"""A member of one organisation never reaches another's items, nor pages that are no one's.

Every portal URL of an item, for every kind of visitor: 404 (never 403) and
nothing of the item in the answer; the organisation's own member gets it.
"""

import pytest
from django.contrib.auth import get_user_model

from events.factories import create_event, create_registration_event
from forum.factories import PlenarySessionPageFactory
from hub.factories import OrganisationFactory, create_news
from hub.site.portal.models import Decision
from tests.portal.partners import member

ITEM_URLS = ["edit", "preview", "submit", "withdraw", "registrations"]
SECRET = "Tajny projekt organizacji A"


@pytest.fixture
def world(hub, locales, editor):
    a = OrganisationFactory(locale=locales["pl"], name="Organizacja A")
    b = OrganisationFactory(locale=locales["pl"], name="Organizacja B")
    sections = hub["sections"]
    news = create_news(
        sections["hub.NewsIndexPage"]["pl"], title=f"{SECRET} (news)", organisation=a, live=False
    )
    news.save_revision()
    event = create_registration_event(
        sections["events.EventIndexPage"]["pl"], title=f"{SECRET} (event)", organiser=a
    )
    # A page that is no organisation's: the Forum's own news.
    forum_news = create_news(sections["hub.NewsIndexPage"]["pl"], title="Wiadomość Forum")
    forum_news.save_revision()
    return {
        "a": a,
        "b": b,
        "news": news,
        "event": event,
        "forum_news": forum_news,
        "editor": editor,
    }


def visitor(client, world, who):
    users = get_user_model().objects
    if who == "anonymous":
        return
    if who == "signed_in_non_member":
        user = users.create_user(username="nobody", email="nobody@example.org")
    elif who == "pending_member_of_a":
        user = member(world["a"], "pending@example.org", status=Decision.PENDING)
    elif who == "refused_member_of_a":
        user = member(world["a"], "refused@example.org", status=Decision.REFUSED)
    elif who == "member_of_b":
        user = member(world["b"], "b@example.org")
    elif who == "editor":
        user = world["editor"]
    client.force_login(user)


def item_urls(world, page_key):
    page = world[page_key]
    urls = []
    for action in ITEM_URLS:
        if action == "registrations" and page_key != "event":
            continue
        urls.append(f"/pl/partners/items/{page.pk}/{action}/")
    if page_key == "event":
        urls.append(f"/pl/partners/items/{page.pk}/registrations/?export=csv")
        urls.append(f"/pl/partners/items/{page.pk}/registrations/?export=xlsx")
    return urls


WHO = [
    "anonymous",
    "signed_in_non_member",
    "pending_member_of_a",
    "refused_member_of_a",
    "member_of_b",
    "editor",  # staff moderate in the admin; the portal is not theirs
]


@pytest.mark.parametrize("who", WHO)
@pytest.mark.parametrize("page_key", ["news", "event"])
def test_nobody_but_a_member_of_a_reaches_a_items(client, world, who, page_key):
    visitor(client, world, who)
    for url in item_urls(world, page_key) + [
        "/pl/partners/items/new/news/",
        "/pl/partners/items/new/event/",
    ]:
        if who == "member_of_b" and "/new/" in url:
            continue  # B may write its own items (below)
        for method in ("get", "post"):
            response = getattr(client, method)(url)
            assert response.status_code == 404, (method, url, response.status_code)
            assert SECRET not in response.content.decode()
            assert "Organizacja A" not in response.content.decode()
    # Nothing changed: still a draft (news) and live (event), no review started.
    world["news"].refresh_from_db()
    world["event"].refresh_from_db()
    assert not world["news"].live and world["event"].live
    assert world["news"].current_workflow_state is None


def test_member_of_a_reaches_every_url_of_its_items(client, world):
    client.force_login(member(world["a"], "a@example.org"))
    for page_key in ("news", "event"):
        for url in item_urls(world, page_key):
            response = client.get(url)
            # An action the item's state does not allow goes back to the dashboard, which says why.
            allowed = response.status_code == 200
            assert allowed or response["Location"] == "/pl/partners/", (url, response.status_code)
    edit = client.get(f"/pl/partners/items/{world['news'].pk}/edit/").content.decode()
    assert SECRET in edit


def test_member_of_b_creates_for_b_only(client, world):
    client.force_login(member(world["b"], "b@example.org"))
    assert client.get("/pl/partners/items/new/news/").status_code == 200
    dashboard = client.get("/pl/partners/").content.decode()
    assert "Organizacja B" in dashboard and SECRET not in dashboard


def test_a_page_that_is_no_organisations_is_out_of_reach(client, world):
    client.force_login(member(world["a"], "a@example.org"))
    for action in ITEM_URLS:
        response = client.get(f"/pl/partners/items/{world['forum_news'].pk}/{action}/")
        assert response.status_code == 404
        assert "Wiadomość Forum" not in response.content.decode()
    # Ids that are no page at all, and the home page, answer the same.
    for pk in (999999, world["forum_news"].get_parent().get_parent().pk):
        assert client.get(f"/pl/partners/items/{pk}/preview/").status_code == 404
    assert client.get("/pl/partners/items/new/standard/").status_code == 404


def test_a_plenary_session_naming_the_organisation_is_no_partner_item(client, world, hub):
    """Kinds of event other apps define (sessions, Council meetings) stay the editors'."""
    session = create_event(
        hub["sections"]["forum.PlenarySessionIndexPage"]["pl"],
        factory=PlenarySessionPageFactory,
        title="Sesja z udziałem Organizacji A",
        organiser=world["a"],
    )
    client.force_login(member(world["a"], "a@example.org"))
    for action in ("edit", "preview", "submit", "withdraw"):
        response = client.get(f"/pl/partners/items/{session.pk}/{action}/")
        assert response.status_code == 404
        assert "Sesja z udziałem" not in response.content.decode()
    # Its own event, in contrast, opens; the dashboard lists that one only.
    assert client.get(f"/pl/partners/items/{world['event'].pk}/edit/").status_code == 200
    dashboard = client.get("/pl/partners/").content.decode()
    assert f"{SECRET} (event)" in dashboard and "Sesja z udziałem" not in dashboard
