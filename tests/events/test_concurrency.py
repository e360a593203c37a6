"""No overbooking when many people take the last seats at once (PostgreSQL row locks)."""

import datetime
import threading

import pytest
import time_machine
from django.db import connection, connections
from django.utils import timezone

from events.factories import create_event, create_registration_event
from events.models import Registration, RegistrationStatus, SharedEvent
from events.registration import RegistrationClosed, confirm, register, seats_taken
from hub.setup import setup_hub

SEATS = 15
EXTRA = 10


def run_at_once(tasks):
    """Run the callables in threads released together; return their results and errors."""
    barrier = threading.Barrier(len(tasks))
    results, errors = [], []

    def run(task):
        try:
            barrier.wait(timeout=30)
            results.append(task())
        except Exception as error:  # noqa: BLE001 - reported to the caller
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(task,)) for task in tasks]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results, errors


def calendar_for_threads():
    # Transactional tests start from empty tables: build the hub this test needs.
    return setup_hub()["sections"]["events.EventIndexPage"]["pl"]


@pytest.mark.postgres
def test_n_plus_10_simultaneous_registrations_fill_n_seats_and_waitlist_10(transactional_db):
    event = create_event(
        calendar_for_threads(),
        title="Ostatnie miejsca",
        registration_enabled=True,
        capacity=SEATS,
        start=timezone.now() + datetime.timedelta(days=3),
    )

    def take_a_seat(number):
        # Half the people also press the button twice at the same moment.
        for _attempt in range(2 if number % 2 else 1):
            register(event, name=f"Osoba {number}", email=f"osoba{number}@example.org")

    _results, errors = run_at_once([lambda n=n: take_a_seat(n) for n in range(SEATS + EXTRA)])
    assert not errors, errors
    registrations = Registration.objects.filter(event__translation_key=event.translation_key)
    emails = list(registrations.values_list("email", flat=True))
    assert len(emails) == len(set(emails)) == SEATS + EXTRA, "no duplicates"
    assert registrations.filter(status=RegistrationStatus.CONFIRMED).count() == SEATS
    assert registrations.filter(status=RegistrationStatus.WAITLISTED).count() == EXTRA
    assert connection.vendor == "postgresql"


@pytest.mark.postgres
def test_holds_take_the_last_seats_exactly_and_late_confirmations_never_overbook(
    transactional_db, settings
):
    settings.EVENTS_CONFIRMATION_HOLD_MINUTES = 30
    seats = 5
    event = create_registration_event(
        calendar_for_threads(),
        capacity=seats,
        require_email_confirmation=True,
        waitlist_enabled=False,
    )
    shared = SharedEvent.for_page(event)

    def attempt(email):
        try:
            return register(event, name="Osoba", email=email).registration.pk
        except RegistrationClosed:
            return "full"

    # Round 1: more people than seats at once; holds take exactly the seats.
    results, errors = run_at_once(
        [lambda n=n: attempt(f"hold{n}@example.org") for n in range(seats + EXTRA)]
    )
    assert not errors, errors
    assert results.count("full") == EXTRA
    held = Registration.objects.filter(event=shared, status=RegistrationStatus.PENDING)
    holders = list(held)
    assert len(holders) == seats == seats_taken(shared)

    # Round 2: the holds have run out; the holders confirm late while newcomers register.
    with time_machine.travel(timezone.now() + datetime.timedelta(minutes=31)):
        tasks = [lambda r=r: confirm(r).kind for r in holders]
        tasks += [lambda n=n: attempt(f"new{n}@example.org") for n in range(EXTRA)]
        results, errors = run_at_once(tasks)
        assert not errors, errors
        taken = seats_taken(shared)
        confirmed = Registration.objects.filter(
            event=shared, status=RegistrationStatus.CONFIRMED
        ).count()
        pending = Registration.objects.filter(
            event=shared,
            status=RegistrationStatus.PENDING,
            hold_expires_at__gt=timezone.now(),
        ).count()
    assert taken == confirmed + pending == seats, "exactly the seats, never more"
    assert "late_full" in results or "full" in results, "someone was turned away"
    assert connection.vendor == "postgresql"
