"""Partner review: partners submit, editors decide in Wagtail, the portal tells partners."""

import pytest
from django.core import mail
from wagtail.models import PageLogEntry, WorkflowState

from events.models import EventPage
from hub.factories import OrganisationFactory
from hub.models import NewsPage
from hub.setup import PARTNER_REVIEW, setup_hub
from hub.site.portal import notifications
from tests.portal.partners import event_data, image_file, member, news_data, sent_mail

DASHBOARD = "/pl/partners/"


@pytest.fixture
def organisation(locales):
    return OrganisationFactory(locale=locales["pl"], name="Fundacja Beta")


@pytest.fixture
def partner(client, organisation):
    user = member(organisation, "beta@example.org")
    client.force_login(user)
    return user


def create_news(client, **fields):
    response = client.post("/pl/partners/items/new/news/", news_data(**fields))
    assert response.status_code == 302
    return NewsPage.objects.get(title=fields.get("title", news_data()["title"]))


def submit(client, page):
    confirm = client.get(f"/pl/partners/items/{page.pk}/submit/")
    assert confirm.status_code == 200 and "<form" in confirm.content.decode()
    assert client.post(f"/pl/partners/items/{page.pk}/submit/").status_code == 302


def main_of(response):
    html = response.content.decode()
    return html[html.index("<main") : html.index("</main>")]


def task_state(page):
    return (
        WorkflowState.objects.for_instance(page)
        .get(status__in=["in_progress", "needs_changes"])
        .current_task_state.specific
    )


def test_setup_hub_makes_the_partner_review_workflow_once(hub):
    workflow = hub["partner_review"]
    assert workflow.name == PARTNER_REVIEW and workflow.active
    (task,) = [task.specific for task in workflow.tasks]
    assert [group.name for group in task.groups.all()] == ["Editors"]
    setup_hub()
    assert workflow.tasks.count() == 1
    assert type(workflow).objects.filter(name=PARTNER_REVIEW).count() == 1


def test_submit_starts_partner_review_and_tells_the_editors(
    client, partner, editor, news_indexes, mailoutbox
):
    page = create_news(client)
    submit(client, page)
    state = WorkflowState.objects.for_instance(page).get()
    assert state.workflow.name == PARTNER_REVIEW and state.status == "in_progress"
    assert state.requested_by == partner
    assert PageLogEntry.objects.filter(
        page=page, action="wagtail.workflow.start", user=partner
    ).exists()
    dashboard = client.get(DASHBOARD).content.decode()
    assert "W recenzji" in dashboard
    # Wagtail's own "awaits your review" e-mail goes to the Editors group; the partner gets
    # the portal's "received for review", linking to the portal only.
    messages = [m for m in sent_mail() if "Kurs" in m.subject or "Kurs" in m.body]
    assert sorted(m.to[0] for m in messages) == sorted([editor.email, partner.email])
    (received,) = [m for m in messages if m.to == [partner.email]]
    assert received.subject == "Przyjęte do sprawdzenia: Kurs językowy dla dorosłych"
    assert "/pl/partners/" in received.body and "/admin/" not in received.body
    # In review, the item cannot be edited (the dashboard says why) nor submitted twice.
    response = client.get(f"/pl/partners/items/{page.pk}/edit/", follow=True)
    assert response.redirect_chain[-1][0] == DASHBOARD
    client.post(f"/pl/partners/items/{page.pk}/submit/")
    assert WorkflowState.objects.for_instance(page).count() == 1
    # The editor sees it waiting on the admin dashboard.
    client.force_login(editor)
    assert "Kurs językowy dla dorosłych" in client.get("/admin/").content.decode()


def test_approval_in_the_admin_publishes_and_tells_the_partner(
    client, partner, editor, news_indexes, hub, organisation
):
    page = create_news(
        client, title="Dzień kultury ukraińskiej", image=image_file(), alt_text="Tancerki na scenie"
    )
    submit(client, page)
    preview = main_of(client.get(f"/pl/partners/items/{page.pk}/preview/"))
    sent_mail()
    mail.outbox.clear()
    client.force_login(editor)
    state = task_state(page)
    response = client.post(
        f"/admin/pages/workflow/action/{page.pk}/approve/{state.pk}/", {"comment": ""}
    )
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.live
    assert "Dzień kultury ukraińskiej" in client.get(news_indexes["pl"].url).content.decode()
    feed = client.get(news_indexes["pl"].url + "feed/").content.decode()
    assert "Dzień kultury ukraińskiej" in feed
    # The public page shows the image with its description, and shares it.
    # The preview showed exactly what the public page now shows.
    client.logout()
    assert main_of(client.get(page.url)) == preview
    client.force_login(editor)
    public = client.get(page.url).content.decode()
    assert 'alt="Tancerki na scenie"' in public and 'property="og:image"' in public
    # …and the organisation's profile in the directory lists it.
    directory = hub["sections"]["forum.OrganisationDirectoryPage"]["pl"].specific
    profile = client.get(directory.profile_url(organisation))
    assert profile.status_code == 200
    assert "Dzień kultury ukraińskiej" in profile.content.decode()
    messages = sent_mail()
    (message,) = [m for m in messages if m.to == [partner.email]]
    assert "Dzień kultury ukraińskiej" in message.subject
    assert "http://testserver/pl/accounts/login/?next=/pl/partners/" in message.body
    assert page.full_url in message.body
    assert "/admin/" not in message.body
    assert "W recenzji" not in client.get(DASHBOARD).content.decode()
    client.force_login(partner)
    assert "Opublikowano" in client.get(DASHBOARD).content.decode()


def test_request_changes_round_trip(client, partner, editor, hub, mailoutbox):
    response = client.post(
        "/uk/partners/items/new/event/",
        event_data(language="uk", title="Вечір культури"),
    )
    assert response.status_code == 302
    page = EventPage.objects.get(title="Вечір культури")
    submit(client, page)
    task_state(page).reject(user=editor, comment="Додайте, будь ласка, адресу.")
    # The partner sees the comment on the dashboard…
    dashboard = client.get(DASHBOARD).content.decode()
    assert "Wymaga poprawek" in dashboard and "Додайте, будь ласка, адресу." in dashboard
    # …and gets it by e-mail in the item's language, with the portal's link to the item.
    messages = [m for m in sent_mail() if m.to == [partner.email]]
    received, message = messages  # "received for review", then the request for changes
    assert received.subject == "Прийнято на перевірку: Вечір культури"
    assert "Вечір культури" in message.subject
    assert "Додайте, будь ласка, адресу." in message.body
    link = f"http://testserver/uk/accounts/login/?next=/uk/partners/items/{page.pk}/edit/"
    assert link in message.body
    assert "/admin/" not in message.body
    # Signed in, the link goes straight on to the item's form (signed out: sign in first).
    response = client.get(link.removeprefix("http://testserver"), follow=True)
    assert response.redirect_chain[-1][0] == f"/uk/partners/items/{page.pk}/edit/"
    assert "Вечір культури" in response.content.decode()
    mail.outbox.clear()
    # The partner edits and resubmits; the same workflow resumes.
    response = client.post(
        f"/uk/partners/items/{page.pk}/edit/",
        event_data(title="Вечір культури", venue_address="вул. Довга 1, Гданськ"),
    )
    assert response.status_code == 302
    submit(client, page)
    state = WorkflowState.objects.for_instance(page).get()
    assert state.status == "in_progress"
    assert PageLogEntry.objects.filter(
        page=page, action="wagtail.workflow.resume", user=partner
    ).exists()
    # The second approval publishes the corrected version.
    task_state(page).approve(user=editor)
    page.refresh_from_db()
    assert page.live and page.venue_address == "вул. Довга 1, Гданськ"
    calendar = hub["sections"]["events.EventIndexPage"]["uk"]
    assert "Вечір культури" in client.get(calendar.url).content.decode()
    assert "Вечір культури" in client.get(calendar.url + "ical/").content.decode()
    messages = [m for m in sent_mail() if m.to == [partner.email]]
    received, message = messages  # the second submission acknowledged, then the approval
    assert received.subject.startswith("Прийнято на перевірку")
    assert page.full_url in message.body and "/admin/" not in received.body + message.body


def test_withdraw_stops_a_review(client, partner, editor, news_indexes):
    page = create_news(client)
    submit(client, page)
    assert client.get(f"/pl/partners/items/{page.pk}/withdraw/").status_code == 200
    assert client.post(f"/pl/partners/items/{page.pk}/withdraw/").status_code == 302
    assert WorkflowState.objects.for_instance(page).get().status == "cancelled"
    assert PageLogEntry.objects.filter(
        page=page, action="wagtail.workflow.cancel", user=partner
    ).exists()
    assert "Wycofane" in client.get(DASHBOARD).content.decode()
    # Withdrawn, it can be edited and submitted again.
    assert client.get(f"/pl/partners/items/{page.pk}/edit/").status_code == 200
    submit(client, page)
    assert WorkflowState.objects.for_instance(page).filter(status="in_progress").exists()


def test_withdraw_takes_a_published_item_off_the_site(client, partner, editor, news_indexes):
    page = create_news(client, title="Zbiórka darów")
    submit(client, page)
    task_state(page).approve(user=editor)
    page.refresh_from_db()
    assert client.get(page.url).status_code == 200
    assert client.post(f"/pl/partners/items/{page.pk}/withdraw/").status_code == 302
    page.refresh_from_db()
    assert not page.live
    assert client.get(page.url).status_code == 404
    assert PageLogEntry.objects.filter(page=page, action="wagtail.unpublish", user=partner).exists()
    assert "Wycofane" in client.get(DASHBOARD).content.decode()


def test_editing_a_published_item_keeps_the_live_version_until_approval(
    client, partner, editor, news_indexes
):
    page = create_news(client, title="Porady dla rodziców")
    submit(client, page)
    task_state(page).approve(user=editor)
    response = client.post(
        f"/pl/partners/items/{page.pk}/edit/", news_data(title="Porady dla rodziców (nowe)")
    )
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.live and page.title == "Porady dla rodziców"
    assert "Porady dla rodziców (nowe)" not in client.get(page.url).content.decode()
    submit(client, page)
    task_state(page).approve(user=editor)
    page.refresh_from_db()
    assert page.title == "Porady dla rodziców (nowe)"


def test_partners_never_enter_the_admin(client, partner, editor, news_indexes):
    assert not partner.has_perm("wagtailadmin.access_admin")
    response = client.get("/admin/")
    assert response.status_code == 302 and "/admin/" not in response["Location"].split("?")[0]
    page = create_news(client)
    assert client.get(f"/admin/pages/{page.pk}/edit/").status_code == 302


def test_the_history_in_the_admin_names_the_partner(client, partner, editor, news_indexes):
    partner.first_name, partner.last_name = "Olena", "Partnerka"
    partner.save()
    page = create_news(client)
    client.post(f"/pl/partners/items/{page.pk}/edit/", news_data(title="Kurs (poprawiony)"))
    page = NewsPage.objects.get(pk=page.pk)
    submit(client, page)
    client.post(f"/pl/partners/items/{page.pk}/withdraw/")
    actions = set(
        PageLogEntry.objects.filter(page=page, user=partner).values_list("action", flat=True)
    )
    assert {"wagtail.create", "wagtail.edit", "wagtail.workflow.start"} <= actions
    assert "wagtail.workflow.cancel" in actions
    client.force_login(editor)
    history = client.get(f"/admin/pages/{page.pk}/history/").content.decode()
    assert "Olena Partnerka" in history


def test_a_failing_partner_e_mail_never_costs_the_editors_decision(
    client, partner, editor, news_indexes, monkeypatch
):
    page = create_news(client, title="Spotkanie informacyjne")
    submit(client, page)

    def broken(*args, **kwargs):
        raise RuntimeError("template missing")

    monkeypatch.setattr(notifications, "queue_mail", broken)
    task_state(page).approve(user=editor)
    page.refresh_from_db()
    assert page.live
