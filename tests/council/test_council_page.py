"""The Council section page and the demo content residents see."""

import io
from datetime import timedelta

import pypdf
import pytest
from django.utils import timezone

from council.models import CouncilMeetingPage, CouncilMinutesPage, CouncilOpinionPage
from hub.demo.pdf import minimal_pdf
from hub.models import Person

from .conftest import add_meeting

# Reads the seeded demo hub; drop this mark once the module builds its own data.
pytestmark = pytest.mark.demo


def test_the_council_page_shows_composition_contact_and_upcoming_meetings(client, council):
    root = council["root"]["pl"]
    upcoming = add_meeting(council["meetings"]["pl"], 921, start=timezone.now() + timedelta(days=2))
    past = add_meeting(council["meetings"]["pl"], 922)
    html = client.get(root.url).content.decode()
    current, past_terms = root.compositions()
    assert len(current) == 12
    assert current[0].role == "chair"
    for membership in current:
        assert membership.person.name in html
    assert past_terms and past_terms[0][2]
    assert root.contact_email in html
    assert upcoming.title in html
    assert past.title not in html


def test_members_are_shown_in_the_readers_language(client, council):
    root = council["root"]["uk"]
    current, _past = root.compositions()
    assert current
    assert all(row.person.locale_id == root.locale_id for row in current)
    html = client.get(root.url).content.decode()
    assert current[0].person.affiliation in html
    assert "українська" in html.lower()


def test_small_demo_has_twelve_members_four_meetings_with_minutes_one_draft(hub):
    pl = {"locale__language_code": "pl"}
    minutes = CouncilMinutesPage.objects.filter(**pl)
    assert minutes.count() == 4
    assert minutes.filter(live=False).count() == 1
    assert CouncilMeetingPage.objects.filter(**pl, start__gt=timezone.now()).exists()
    assert CouncilOpinionPage.objects.filter(**pl).count() == 3
    assert Person.objects.filter(**pl, name="Olena Kovalenko").exists()


def test_the_minutes_page_shows_attendance_guests_items_and_votes(client, hub):
    minutes = CouncilMinutesPage.objects.live().filter(locale__language_code="en").first()
    html = client.get(minutes.url).content.decode()
    present = [row.person.name for row in minutes.attendance.all() if row.present]
    absent = [row.person.name for row in minutes.attendance.all() if not row.present]
    assert present and absent
    for name in present + absent:
        assert name in html
    assert "In favour" in html
    assert minutes.signed_pdf.url in html
    # The approving meeting is linked in the reader's language.
    assert minutes.approved_at.localized.url in html


def test_the_demo_pdf_is_a_valid_pdf():
    reader = pypdf.PdfReader(io.BytesIO(minimal_pdf(["Protokół z posiedzenia nr 1"])))
    assert "Protokol z posiedzenia nr 1" in reader.pages[0].extract_text()
