"""Organisers see and export the registrations of their own events, with the admin's columns."""

import csv
import io

import pytest
from openpyxl import load_workbook
from wagtail.models import PageLogEntry

from events.factories import create_registration_event
from events.models import Registration, RegistrationStatus, SharedEvent
from events.wagtail_hooks import RegistrationViewSet
from hub.factories import OrganisationFactory
from tests.portal.partners import member

NAME = RegistrationViewSet.list_export.index("name")


@pytest.fixture
def event(hub, locales):
    organisation = OrganisationFactory(locale=locales["pl"], name="Organizacja Gamma")
    page = create_registration_event(
        hub["sections"]["events.EventIndexPage"]["pl"], title="Warsztaty CV", organiser=organisation
    )
    shared = SharedEvent.for_page(page)
    for name, email in (("Iryna Kowal", "iryna@example.org"), ("=HYPERLINK(1)", "x@example.org")):
        Registration.objects.create(
            event=shared,
            page=page,
            language="pl",
            name=name,
            email=email,
            status=RegistrationStatus.CONFIRMED,
        )
    return page


def url(page, export=""):
    return f"/pl/partners/items/{page.pk}/registrations/" + (f"?export={export}" if export else "")


def admin_csv_header(client, editor):
    client.force_login(editor)
    response = client.get("/admin/event_registrations/?export=csv")
    assert response.status_code == 200
    return next(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))


def test_members_list_their_events_registrations(client, event):
    user = member(event.organiser, "gamma@example.org")
    client.force_login(user)
    html = client.get(url(event)).content.decode()
    assert "Iryna Kowal" in html and "iryna@example.org" in html
    assert url(event) in client.get("/pl/partners/").content.decode()


def test_csv_and_xlsx_have_the_admins_columns(client, event, editor):
    header = admin_csv_header(client, editor)
    client.force_login(member(event.organiser, "gamma@example.org"))
    response = client.get(url(event, "csv"))
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0] == header
    names = [row[NAME] for row in rows[1:]]
    # A formula-like name is neutralised, as in the admin's export.
    assert names == ["Iryna Kowal", "'=HYPERLINK(1)"]
    response = client.get(url(event, "xlsx"))
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    values = list(sheet.values)
    assert list(values[0]) == header
    assert values[1][NAME] == "Iryna Kowal"
    exports = PageLogEntry.objects.filter(page=event, action="portal.registrations.export")
    assert [entry.data["format"] for entry in exports.order_by("pk")] == ["csv", "xlsx"]
    assert {entry.user for entry in exports} == {response.wsgi_request.user}
    # Editors see the exports in the event's history in the admin.
    client.force_login(editor)
    history = client.get(f"/admin/pages/{event.pk}/history/").content.decode()
    assert "Wyeksportowano zgłoszenia (csv)" in history
    assert "Wyeksportowano zgłoszenia (xlsx)" in history


def test_other_organisations_never_see_the_registrations(client, event, locales):
    other = OrganisationFactory(locale=locales["pl"], name="Organizacja Delta")
    client.force_login(member(other, "delta@example.org"))
    for export in ("", "csv", "xlsx"):
        response = client.get(url(event, export))
        assert response.status_code == 404
        assert "Iryna" not in response.content.decode()
    assert not PageLogEntry.objects.filter(action="portal.registrations.export").exists()
    # The organisation's member, in contrast, gets them.
    client.force_login(member(event.organiser, "gamma@example.org"))
    assert "Iryna Kowal" in client.get(url(event)).content.decode()


def test_events_without_registration_have_no_list(client, event):
    client.force_login(member(event.organiser, "gamma@example.org"))
    event.registration_enabled = False
    event.save_revision().publish()
    assert client.get(url(event)).status_code == 404
