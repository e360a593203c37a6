"""The Council section page, its composition, and the minutes residents read."""

import io
from datetime import timedelta

import pypdf
from django.utils import timezone
from wagtail.models import Locale

from council import factories
from council.factories import CouncilMembershipFactory, add_members
from council.models import CouncilRole
from hub.demo.pdf import minimal_pdf
from hub.factories import PersonFactory, translate_page
from hub.translation import translate_into

from .conftest import add_meeting, make_pdf


def test_the_council_page_shows_composition_contact_and_upcoming_meetings(client, council):
    root = council["root"]["pl"]
    root.contact_email = "rada.testowa@example.org"
    add_members(
        root,
        [
            CouncilMembershipFactory.build(person=PersonFactory(name="Bogdan Członek")),
            CouncilMembershipFactory.build(
                person=PersonFactory(name="Zofia Przewodnicząca"), role=CouncilRole.CHAIR
            ),
            CouncilMembershipFactory.build(
                person=PersonFactory(name="Anna Sekretarz"), role=CouncilRole.SECRETARY
            ),
            CouncilMembershipFactory.build(
                person=PersonFactory(name="Piotr Dawny"), role=CouncilRole.CHAIR, past_term=True
            ),
        ],
    )
    upcoming = add_meeting(council["meetings"]["pl"], 921, start=timezone.now() + timedelta(days=2))
    past = add_meeting(council["meetings"]["pl"], 922)
    html = client.get(root.url).content.decode()
    current, past_terms = root.compositions()
    assert len(current) == 3
    # The chair first, then by role.
    assert [row.role for row in current] == ["chair", "secretary", "member"]
    for membership in current:
        assert membership.person.name in html
    assert [[row.person.name for row in members] for _start, _end, members in past_terms] == [
        ["Piotr Dawny"]
    ]
    composition, past_section = html.split('id="past-heading"')
    assert "Piotr Dawny" in past_section and "Piotr Dawny" not in composition
    assert root.contact_email in html
    assert upcoming.title in html
    assert past.title not in html


def test_members_are_shown_in_the_readers_language(client, council):
    uk = Locale.objects.get(language_code="uk")
    person = PersonFactory(name="Olena Testowa", affiliation="Fundacja Testowa")
    ukrainian = translate_into(
        person, uk, {"Olena Testowa": "Олена Тестова", "Fundacja Testowa": "Фонд Тестовий"}
    )
    # The Polish section's composition, translated into Ukrainian as a translator would.
    add_members(council["root"]["pl"], [CouncilMembershipFactory.build(person=person)])
    root = translate_into(council["root"]["pl"], uk, {}, strict=False)
    current, _past = root.compositions()
    assert [row.person for row in current] == [ukrainian]
    assert all(row.person.locale_id == root.locale_id for row in current)
    html = client.get(root.url).content.decode()
    assert "Олена Тестова" in html and "Фонд Тестовий" in html
    assert "Fundacja Testowa" not in html
    assert "українська" in html.lower()


def test_the_minutes_page_shows_attendance_guests_items_and_votes(client, council):
    en = council["meetings"]["en"]
    # The minutes are approved at a Polish meeting that has an English translation.
    yesterday = timezone.now() - timedelta(days=1)
    approving = add_meeting(council["meetings"]["pl"], 931, start=yesterday)
    approving_en = translate_page(approving, "en")
    meeting = add_meeting(en, 930, start=timezone.now() - timedelta(days=30))
    present = PersonFactory(name="Present Member", locale=en.locale)
    absent = PersonFactory(name="Absent Member", locale=en.locale)
    minutes = factories.add_minutes(
        meeting,
        publish=True,
        attendance=[(present, True), (absent, False)],
        title="Minutes of meeting 930",
        approved_on=timezone.localdate(approving.start),
        approved_at=approving,
        guests="A Guest From The City",
        items=[
            (
                "item",
                {
                    "title": "Budget",
                    "discussion": "<p>Discussion.</p>",
                    "decisions": "<p>Decision.</p>",
                    "votes": {"in_favour": 7, "against": 1, "abstaining": 0},
                },
            )
        ],
        signed_pdf=make_pdf("Minutes of meeting 930"),
    )
    html = client.get(minutes.url).content.decode()
    for name in ("Present Member", "Absent Member", "A Guest From The City"):
        assert name in html
    members_present, members_absent = html.split("Members absent")
    assert "Present Member" in members_present and "Absent Member" in members_absent
    assert "In favour" in html
    assert minutes.signed_pdf.url in html
    # The approving meeting is linked in the reader's language.
    assert approving_en.url in html
    assert f'href="{approving.url}"' not in html


def test_the_signed_pdf_the_tests_attach_is_a_valid_pdf():
    reader = pypdf.PdfReader(io.BytesIO(minimal_pdf(["Protokół z posiedzenia nr 1"])))
    assert "Protokol z posiedzenia nr 1" in reader.pages[0].extract_text()
