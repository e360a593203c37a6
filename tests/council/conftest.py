"""Fixtures of the Council's tests: its sections, people, and a way to add meetings."""

from datetime import datetime, time, timedelta

import pytest
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.models import Collection

from council import factories
from council.documents import DRAFTS_COLLECTION
from council.models import CouncilMeetingPage
from events.models import WARSAW
from hub.demo.pdf import minimal_pdf
from hub.factories import PersonFactory
from hub.models import HubDocument


@pytest.fixture
def council(hub):
    sections = hub["sections"]
    return {
        "root": sections["council.CouncilIndexPage"],
        "meetings": sections["council.CouncilMeetingIndexPage"],
        "opinions": sections["council.CouncilOpinionIndexPage"],
        "duty_hours": sections["council.CouncilDutyHoursPage"],
    }


def make_pdf(title, collection_name=DRAFTS_COLLECTION):
    content = minimal_pdf([title])
    document = HubDocument(
        title=title,
        collection=Collection.objects.get(name=collection_name),
        file_size=len(content),
    )
    document.file.save("test-minutes.pdf", ContentFile(content), save=False)
    document.save()
    return document


def add_meeting(index, number, start=None):
    start = start or timezone.now() - timedelta(days=3)
    meeting = CouncilMeetingPage(
        title=f"Posiedzenie testowe {number}",
        slug=f"posiedzenie-testowe-{number}",
        number=number,
        summary="Posiedzenie do testów.",
        start=start,
        end=start + timedelta(hours=2),
        venue_name="Sala 101",
    )
    index.add_child(instance=meeting)
    return meeting


def add_minutes(meeting, *, publish, title=None, pdf=True, marker="Zielony-Kapelusz"):
    """Minutes under ``meeting``: a draft, or approved and published through a revision."""
    title = title or f"Protokół testowy {meeting.number}"
    person = PersonFactory(locale=meeting.locale)
    return factories.add_minutes(
        meeting,
        publish=publish,
        attendance=[(person, True)],
        title=title,
        prepared_by="Sekretarz Rady",
        prepared_on=meeting.start.date(),
        # Approved at most 30 days after the meeting, and never later than today.
        approved_on=min(meeting.start.date() + timedelta(days=30), timezone.localdate())
        if publish
        else None,
        approved_at=meeting if publish else None,
        guests=f"Gość {marker}",
        items=[
            (
                "item",
                {
                    "title": f"Sprawa {marker}",
                    "discussion": "<p>Dyskusja.</p>",
                    "decisions": "<p>Decyzja.</p>",
                    "votes": {"in_favour": 7, "against": 1, "abstaining": 0},
                },
            )
        ],
        signed_pdf=make_pdf(title) if pdf else None,
    )


def last_year_at(hour_offset):
    year = timezone.localdate().year - 1
    return datetime.combine(datetime(year, 1, 1).date(), time(8, 0), tzinfo=WARSAW) + timedelta(
        hours=hour_offset
    )
