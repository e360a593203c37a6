"""A consultation's timeline: the announced date is the editor's, and the phases come in order."""

import re
from datetime import datetime, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone, translation

from forum.consultations.demo.seed import CONSULTATIONS, _build_page
from forum.consultations.models import Phase
from forum.consultations.models.pages import WARSAW

from .conftest import build_consultation

ANNOUNCED = datetime(2016, 2, 22, 12, 0, tzinfo=WARSAW)
OPENS = datetime(2016, 3, 7, 9, 0, tzinfo=WARSAW)
CLOSES = datetime(2016, 6, 5, 23, 59, tzinfo=WARSAW)


def phases_list(html):
    match = re.search(r'<ol class="phases".*?</ol>', html, re.S)
    assert match, "the page shows its phases"
    return match.group(0)


def step_dates(page):
    return {step["phase"]: step["date"] for step in page.phase_steps()}


def test_a_consultation_published_today_shows_the_date_the_editor_gave_as_announced(
    client, consultation_index
):
    page = build_consultation(
        consultation_index, "from-2016", opens=OPENS, closes=CLOSES, announced_at=ANNOUNCED
    )
    # Loaded (published) today: the publish timestamp is not the announcement.
    assert page.first_published_at.date() == timezone.now().date()
    assert step_dates(page)[Phase.ANNOUNCED] == ANNOUNCED

    phases = phases_list(client.get(page.url).content.decode())
    assert 'datetime="2016-02-22T12:00:00+01:00"' in phases
    assert 'datetime="2016-03-07T09:00:00+01:00"' in phases
    assert phases.index("2016-02-22") < phases.index("2016-03-07")
    assert timezone.localdate().isoformat() not in phases


def test_without_an_announced_date_the_opening_date_stands_for_it(consultation_index):
    page = build_consultation(consultation_index, "unannounced", opens=OPENS, closes=CLOSES)
    assert page.announced_at is None
    assert step_dates(page)[Phase.ANNOUNCED] == OPENS


def test_a_consultation_cannot_be_announced_after_it_opens(consultation_index):
    page = build_consultation(consultation_index, "late-notice", opens=OPENS, closes=CLOSES)
    page.announced_at = OPENS + timedelta(days=1)
    with translation.override("en"):
        with pytest.raises(ValidationError) as raised:
            page.full_clean()
        # On the field, in the editor's language.
        assert raised.value.message_dict["announced_at"] == [
            "A consultation must be announced before it opens."
        ]
        with translation.override("pl"):
            assert raised.value.message_dict["announced_at"] == [
                "Konsultacje muszą zostać ogłoszone, zanim się rozpoczną."
            ]
    page.announced_at = OPENS  # announced on the day it opens: in order
    page.full_clean()


def test_the_report_cannot_be_published_before_the_consultation_closes(consultation_index):
    page = build_consultation(consultation_index, "early-report", opens=OPENS, closes=CLOSES)
    page.report_published_at = CLOSES - timedelta(days=1)
    with pytest.raises(ValidationError) as raised:
        page.full_clean()
    with translation.override("uk"):
        assert raised.value.message_dict["report_published_at"] == [
            "Звіт можна опублікувати лише після завершення консультацій."
        ]
    page.report_published_at = CLOSES + timedelta(days=15)
    page.full_clean()


@pytest.mark.parametrize("spec", CONSULTATIONS, ids=lambda spec: spec["key"])
def test_every_demo_consultation_is_announced_before_it_opens(spec):
    page = _build_page(spec, timezone.now())
    assert page.announced_at is not None
    assert page.announced_at <= page.opens_at < page.closes_at
    if page.report_published_at:
        assert page.closes_at <= page.report_published_at
