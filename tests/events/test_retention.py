"""Registrants' personal data are erased the configured number of days after the event."""

import datetime

from django.core.management import call_command
from django.utils import timezone

from events.models import Registration, SharedEvent
from events.registration import register
from hub.retention import apply_retention


def test_registrations_are_erased_after_the_period_and_not_before(settings, make_event):
    settings.HUB_RETENTION_DAYS = {"event_registrations": 10}
    event = make_event(
        title="Spotkanie z zapisami",
        registration_enabled=True,
        capacity=5,
        start=timezone.now() + datetime.timedelta(days=1),
    )
    registration = register(
        event, name="Iryna", email="iryna@example.org", accessibility_needs="Pętla indukcyjna"
    ).registration
    finish = event.end

    results = apply_retention(now=finish + datetime.timedelta(days=9))
    registration.refresh_from_db()
    assert registration.email == "iryna@example.org"

    results = apply_retention(now=finish + datetime.timedelta(days=10, minutes=1))
    registration.refresh_from_db()
    assert (registration.name, registration.email, registration.accessibility_needs) == ("", "", "")
    assert registration.erased_at is not None
    assert registration.status == "confirmed", "counts for the organisers stay"
    assert any(r.label == "event registrations erased" and r.count >= 1 for r in results)


def test_the_shared_command_runs_the_calendar_policy(capsys, make_event):
    soon = timezone.now() + datetime.timedelta(days=1)
    long_over = make_event(registration_enabled=True, capacity=5, start=soon)
    coming = make_event(registration_enabled=True, capacity=5, start=soon)
    old = register(long_over, name="Ola", email="ola@example.org").registration
    kept = register(coming, name="Taras", email="taras@example.org").registration
    # The first event ended long before the default period (30 days).
    ended = timezone.now() - datetime.timedelta(days=40)
    SharedEvent.objects.filter(pk=old.event_id).update(start=ended, finish=ended)

    call_command("apply_retention")

    assert "event registrations erased: 1" in capsys.readouterr().out
    old.refresh_from_db()
    kept.refresh_from_db()
    assert (old.name, old.email, old.erased_at is not None) == ("", "", True)
    assert (kept.name, kept.email, kept.erased_at) == ("Taras", "taras@example.org", None)
    assert Registration.objects.filter(erased_at__isnull=True, email="").count() == 0
