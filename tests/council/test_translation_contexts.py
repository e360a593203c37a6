"""Short words that mean different things are translated by their context.

The Council's "Agenda" is a "Porządek obrad" while the plenary session's is a "Program";
a cancelled duty hour ("dyżur", masculine) is "Odwołany" while a cancelled event
("wydarzenie", neuter) is "Odwołane".
"""

import re
from datetime import time, timedelta

from django.utils import timezone
from django.utils.translation import override

from council.factories import CouncilMeetingPageFactory
from council.models import DutyHoursException, DutyHoursSchedule, Weekday
from events.factories import create_event
from events.models import EventStatus, RegistrationStatus
from forum.factories import PlenarySessionPageFactory
from forum.models import PlenaryAgendaItem


def headings(html):
    return [re.sub(r"<[^>]+>", "", h).strip() for h in re.findall(r"<h2[^>]*>(.*?)</h2>", html)]


def sections(hub, model, code):
    return hub["sections"][model][code]


def test_the_council_agenda_is_a_porzadek_obrad_and_the_plenary_agenda_a_program(client, hub):
    item = {"title": "Opinia o programie lekcji języka polskiego", "description": ""}
    meeting = create_event(
        sections(hub, "council.CouncilMeetingIndexPage", "pl"),
        factory=CouncilMeetingPageFactory,
        agenda=[("item", item)],
    )
    session = create_event(
        sections(hub, "forum.PlenarySessionIndexPage", "pl"),
        factory=PlenarySessionPageFactory,
        agenda_items=[PlenaryAgendaItem(title="Powitanie uczestników")],
    )

    meeting_html = client.get(meeting.url).content.decode()
    session_html = client.get(session.url).content.decode()

    assert "Opinia o programie lekcji języka polskiego" in meeting_html
    assert "Porządek obrad" in headings(meeting_html)
    assert "Program" not in headings(meeting_html)
    assert "Powitanie uczestników" in session_html
    assert "Program" in headings(session_html)
    assert "Porządek obrad" not in headings(session_html)


def test_a_cancelled_duty_hour_is_odwolany_and_a_cancelled_event_odwolane(client, hub):
    page = sections(hub, "council.CouncilDutyHoursPage", "pl")
    today = timezone.localdate()
    next_monday = today + timedelta(days=(Weekday.MONDAY - today.weekday()) % 7 or 7)
    page.schedules = [
        DutyHoursSchedule(
            weekday=Weekday.MONDAY,
            start_time=time(15, 0),
            end_time=time(17, 0),
            valid_from=today,
            valid_until=today + timedelta(days=21),
            place="Sala 5",
        )
    ]
    page.exceptions = [DutyHoursException(date=next_monday, kind=DutyHoursException.CANCELLED)]
    page.save_revision().publish()
    event = create_event(sections(hub, "events.EventIndexPage", "pl"), status=EventStatus.CANCELLED)

    duty_html = client.get(page.url).content.decode()
    event_html = client.get(event.url).content.decode()

    cancelled = re.findall(r'<strong class="duty-hours__cancelled">([^<]*)</strong>', duty_html)
    assert cancelled == ["Odwołany"]  # one of the three Mondays, the others are on
    assert duty_html.count('<p class="duty-hours__when"><time') == 3
    assert "<strong>Odwołane.</strong>" in event_html
    assert "Odwołany" not in event_html


def test_a_cancelled_registration_agrees_with_its_noun_in_every_language():
    for code, event, registration in [
        ("pl", "Odwołane", "Anulowana"),
        ("uk", "Скасовано", "Скасовано"),
        ("en", "Cancelled", "Cancelled"),
    ]:
        with override(code):
            assert str(EventStatus.CANCELLED.label) == event
            assert str(RegistrationStatus.CANCELLED.label) == registration
