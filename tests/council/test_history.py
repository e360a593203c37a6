"""Public-record metadata and the public change history of minutes and opinions."""

from django.utils import timezone
from wagtail.test.utils.form_data import querydict_from_html

from council.factories import add_opinion
from council.models import CouncilMinutesPage
from council.models.records import public_name

from .conftest import add_meeting, add_minutes


def edit_form(client, page):
    html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    form = querydict_from_html(html, form_id="page-edit-form")
    # StreamFields are drawn by JavaScript; post the items of the minutes as an empty stream.
    form["items-count"] = "0"
    return form


def test_a_published_record_states_who_produced_and_published_it_and_when(client, council):
    meeting = add_meeting(council["meetings"]["pl"], 911)
    minutes = add_minutes(meeting, publish=True)
    html = client.get(minutes.url).content.decode()
    assert "Sekretarz Rady" in html
    assert minutes.first_published_at.astimezone().strftime("%Y") in html
    record = minutes.public_record()
    assert record.produced_by == "Sekretarz Rady"
    assert record.published_at == minutes.first_published_at
    assert record.changes == []


def test_publishing_an_edit_of_published_minutes_needs_a_change_note(
    client, council, council_secretary
):
    meeting = add_meeting(council["meetings"]["pl"], 912)
    minutes = add_minutes(meeting, publish=True)
    client.force_login(council_secretary)
    form = edit_form(client, minutes)
    assert form.get("change_note", "") == ""
    form["guests"] = "Gość z Urzędu Wojewódzkiego"
    form["action-publish"] = "action-publish"
    response = client.post(f"/admin/pages/{minutes.pk}/edit/", form)
    assert response.status_code == 200
    assert "Napisz krótko, co zmieniasz" in response.content.decode()
    assert CouncilMinutesPage.objects.get(pk=minutes.pk).guests != "Gość z Urzędu Wojewódzkiego"


def test_editing_published_minutes_adds_a_dated_public_entry(client, council, council_secretary):
    meeting = add_meeting(council["meetings"]["pl"], 913)
    minutes = add_minutes(meeting, publish=True)
    client.force_login(council_secretary)
    form = edit_form(client, minutes)
    form["guests"] = "Gość z Urzędu Wojewódzkiego"
    form["change_note"] = "Poprawiono listę gości."
    form["action-publish"] = "action-publish"
    response = client.post(f"/admin/pages/{minutes.pk}/edit/", form)
    assert response.status_code == 302, response.content.decode()[:2000]
    client.logout()
    page = CouncilMinutesPage.objects.get(pk=minutes.pk)
    [change] = page.public_record().changes
    assert change.what == "Poprawiono listę gości."
    assert change.who == public_name(council_secretary)
    assert council_secretary.get_username() not in change.who
    assert change.when.date() == timezone.now().date()
    html = client.get(page.url).content.decode()
    assert "Poprawiono listę gości." in html
    assert timezone.localtime(change.when).strftime("%H:%M") in html
    # The next edit starts with an empty note again.
    client.force_login(council_secretary)
    assert edit_form(client, page).get("change_note", "") == ""


def test_saving_a_draft_of_published_minutes_needs_no_note(client, council, council_secretary):
    meeting = add_meeting(council["meetings"]["pl"], 914)
    minutes = add_minutes(meeting, publish=True)
    client.force_login(council_secretary)
    form = edit_form(client, minutes)
    form["guests"] = "Szkic zmiany"
    response = client.post(f"/admin/pages/{minutes.pk}/edit/", form)
    assert response.status_code == 302
    assert CouncilMinutesPage.objects.get(pk=minutes.pk).guests != "Szkic zmiany"


def test_minutes_cannot_be_published_before_approval(client, council, council_secretary):
    meeting = add_meeting(council["meetings"]["pl"], 915)
    minutes = add_minutes(meeting, publish=False)
    client.force_login(council_secretary)
    form = edit_form(client, minutes)
    form["action-publish"] = "action-publish"
    response = client.post(f"/admin/pages/{minutes.pk}/edit/", form)
    assert response.status_code == 200
    assert "Protokół można opublikować dopiero po jego przyjęciu." in response.content.decode()
    assert not CouncilMinutesPage.objects.get(pk=minutes.pk).live


def test_opinions_carry_the_same_public_record(client, council):
    opinion = add_opinion(council["opinions"]["pl"], prepared_by="Zespół ds. edukacji")
    html = client.get(opinion.url).content.decode()
    assert opinion.prepared_by in html
    assert opinion.reference in html
    assert "public-record" in html


def test_a_correction_appears_in_the_change_history(client, council, council_secretary):
    meeting = add_meeting(council["meetings"]["pl"], 916)
    minutes = add_minutes(meeting, publish=True)
    assert minutes.public_record().changes == []
    minutes.guests = "Gość dopisany"
    minutes.change_note = "Dopisano gościa z Urzędu Miasta."
    minutes.save_revision(user=council_secretary).publish(user=council_secretary)
    corrected = CouncilMinutesPage.objects.get(pk=minutes.pk)
    [change] = corrected.public_record().changes
    assert change.what == "Dopisano gościa z Urzędu Miasta."
    html = client.get(corrected.url).content.decode()
    assert change.what in html
