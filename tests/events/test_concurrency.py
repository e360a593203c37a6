"""No overbooking when many people take the last seats at once (PostgreSQL row locks)."""

import datetime
import threading

import pytest
from django.db import connection, connections
from django.utils import timezone

from events.factories import create_event
from events.models import Registration, RegistrationStatus
from events.registration import register

SEATS = 15
EXTRA = 10


@pytest.mark.postgres
def test_n_plus_10_simultaneous_registrations_fill_n_seats_and_waitlist_10(transactional_db):
    from hub.setup import setup_hub

    # Transactional tests start from empty tables: build the hub this test needs.
    calendar = setup_hub()["sections"]["events.EventIndexPage"]["pl"]
    event = create_event(
        calendar,
        title="Ostatnie miejsca",
        registration_enabled=True,
        capacity=SEATS,
        start=timezone.now() + datetime.timedelta(days=3),
    )
    barrier = threading.Barrier(SEATS + EXTRA)
    errors = []

    def take_a_seat(number):
        try:
            barrier.wait(timeout=30)
            # Half the people also press the button twice at the same moment.
            for _attempt in range(2 if number % 2 else 1):
                register(event, name=f"Osoba {number}", email=f"osoba{number}@example.org")
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=take_a_seat, args=(n,)) for n in range(SEATS + EXTRA)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert not errors, errors
    registrations = Registration.objects.filter(event__translation_key=event.translation_key)
    emails = list(registrations.values_list("email", flat=True))
    assert len(emails) == len(set(emails)) == SEATS + EXTRA, "no duplicates"
    assert registrations.filter(status=RegistrationStatus.CONFIRMED).count() == SEATS
    assert registrations.filter(status=RegistrationStatus.WAITLISTED).count() == EXTRA
    assert connection.vendor == "postgresql"
