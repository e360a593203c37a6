"""A registration's signed link (see / cancel) stops working once the event is over."""

import datetime

import time_machine
from django.utils import timezone

from events.factories import create_registration_event
from events.models import RegistrationStatus
from events.registration import register

CANCEL_BUTTON = "Anuluj moją rejestrację"


def test_the_manage_link_shows_only_that_the_event_is_over_after_it_ends(client, calendar):
    start = timezone.now().replace(microsecond=0) + datetime.timedelta(days=2)
    event = create_registration_event(
        calendar, capacity=5, start=start, end=start + datetime.timedelta(hours=2)
    )
    registration = register(event, name="Ala", email="ala@example.org").registration
    url = f"{event.url}registration/?token={registration.token}"

    before = client.get(url)
    assert before.status_code == 200 and CANCEL_BUTTON in before.content.decode()

    with time_machine.travel(start + datetime.timedelta(hours=1)):  # still running
        assert CANCEL_BUTTON in client.get(url).content.decode()

    with time_machine.travel(start + datetime.timedelta(hours=3)):
        after = client.get(url)
        html = after.content.decode()
        assert after.status_code == 410
        assert "To wydarzenie już się odbyło." in html
        assert CANCEL_BUTTON not in html and 'name="token"' not in html
        assert "ala@example.org" not in html
        posted = client.post(url, {"token": registration.token})
        assert posted.status_code == 410
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.CONFIRMED, "nothing cancelled after the end"
