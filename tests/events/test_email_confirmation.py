"""Events that require e-mail confirmation: a held seat, the e-mailed link, holds that run out."""

import datetime
import re
from urllib.parse import unquote

import pytest
import time_machine
from django.core import mail
from django.utils import timezone

from events.factories import create_registration_event
from events.models import EventPage, Registration, RegistrationStatus, SharedEvent
from events.registration import (
    Confirmation,
    confirm,
    make_confirm_token,
    register,
    seats_taken,
)
from hub.factories import translate_page
from hub.retention import apply_retention

FORM = {"name": "Olena Kowalenko", "email": "olena@example.org", "consent": "on"}
HOLD = datetime.timedelta(minutes=30)


@pytest.fixture(autouse=True)
def hold_minutes(settings):
    settings.EVENTS_CONFIRMATION_HOLD_MINUTES = 30


@pytest.fixture
def guarded(calendar):
    """Two seats; registrations must be confirmed by e-mail."""
    return create_registration_event(
        calendar, title="Warsztaty z pułapką", capacity=2, require_email_confirmation=True
    )


def shared_of(page):
    return SharedEvent.objects.get(translation_key=page.translation_key)


def confirm_url(page, registration):
    return f"{page.url}registration/confirm/?token={make_confirm_token(registration)}"


def test_a_registration_holds_its_seat_until_the_emailed_link_confirms_it(
    client, guarded, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(guarded.url + "register/", FORM)
    registration = Registration.objects.get(email="olena@example.org")
    assert registration.status == RegistrationStatus.PENDING
    assert abs(registration.hold_expires_at - (timezone.now() + HOLD)) < datetime.timedelta(
        seconds=30
    )
    assert seats_taken(shared_of(guarded)) == 1, "the held seat counts"

    # The page after the form says to check the e-mail, and cannot confirm by itself.
    after = client.get(response["Location"]).content.decode()
    assert "Sprawdź skrzynkę e-mail" in after
    assert "registration/confirm/" not in after and "Potwierdź moją rejestrację" not in after

    (message,) = mail.outbox
    assert message.to == ["olena@example.org"] and "Potwierdź rejestrację" in message.subject
    link = re.search(r"http://testserver(\S+registration/confirm/\?token=\S+)", message.body)
    link = unquote(link.group(1))

    # Opening the link (or a mail scanner fetching it) only shows the button.
    shown = client.get(link)
    assert shown.status_code == 200 and "Potwierdź moją rejestrację" in shown.content.decode()
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.PENDING
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        confirmed = client.post(link, {"token": link.split("token=")[1]})
    assert "Twój adres e-mail jest potwierdzony" in confirmed.content.decode()
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.CONFIRMED
    assert registration.email_confirmed_at is not None
    assert [m.to for m in mail.outbox] == [["olena@example.org"]]  # the usual confirmation

    # A second click changes nothing.
    again = client.post(link, {"token": link.split("token=")[1]})
    assert "Ta rejestracja jest już potwierdzona" in again.content.decode()


def test_without_the_option_the_seat_is_confirmed_at_once(calendar):
    plain = create_registration_event(calendar, capacity=2)
    registration = register(plain, name="Ala", email="ala@example.org").registration
    assert registration.status == RegistrationStatus.CONFIRMED
    assert registration.hold_expires_at is None


def test_the_manage_token_cannot_confirm(client, guarded):
    registration = register(guarded, name="Bot", email="bot@example.org").registration
    response = client.post(
        f"{guarded.url}registration/confirm/?token={registration.token}",
        {"token": registration.token},
    )
    assert response.status_code == 404
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.PENDING


def test_an_expired_hold_frees_its_seat_for_the_next_person(client, guarded):
    first = register(guarded, name="A", email="a@example.org").registration
    register(guarded, name="B", email="b@example.org")
    html = client.get(guarded.url).content.decode()
    assert "Wszystkie miejsca są zajęte" in html  # two holds fill two seats

    with time_machine.travel(timezone.now() + HOLD + datetime.timedelta(minutes=1)):
        assert seats_taken(shared_of(guarded)) == 0, "counting ignores run-out holds"
        assert "Zostały 2 miejsca." in client.get(guarded.url).content.decode()
        newcomer = register(guarded, name="C", email="c@example.org").registration
        assert newcomer.status == RegistrationStatus.PENDING
        first.refresh_from_db()
        assert first.status == RegistrationStatus.EXPIRED  # released on access
        # The same address may register again once its hold ran out.
        again = register(guarded, name="A", email="a@example.org")
        assert again.created and again.registration.status == RegistrationStatus.PENDING


def test_confirming_late_registers_again_when_a_seat_is_free(client, guarded):
    registration = register(guarded, name="A", email="a@example.org").registration
    with time_machine.travel(timezone.now() + HOLD + datetime.timedelta(minutes=1)):
        shown = client.get(confirm_url(guarded, registration)).content.decode()
        assert "Czas na potwierdzenie minął" in shown
        response = client.post(
            confirm_url(guarded, registration), {"token": make_confirm_token(registration)}
        )
    html = response.content.decode()
    assert "Czas na potwierdzenie minął, ale miejsce było jeszcze wolne" in html
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.CONFIRMED


def test_confirming_late_when_full_puts_on_the_waiting_list(guarded):
    late = register(guarded, name="Late", email="late@example.org").registration
    with time_machine.travel(timezone.now() + HOLD + datetime.timedelta(minutes=1)):
        for n in range(2):  # two others take both seats meanwhile, and confirm
            confirm(register(guarded, name=f"P{n}", email=f"p{n}@example.org").registration)
        outcome = confirm(late)
        assert outcome.kind == Confirmation.LATE_WAITLISTED
        assert outcome.registration.status == RegistrationStatus.WAITLISTED
    assert seats_taken(shared_of(guarded)) == 2, "never more than the seats"


def test_confirming_late_with_no_seat_and_no_waiting_list_says_so(client, calendar):
    event = create_registration_event(
        calendar, capacity=1, require_email_confirmation=True, waitlist_enabled=False
    )
    late = register(event, name="Late", email="late@example.org").registration
    with time_machine.travel(timezone.now() + HOLD + datetime.timedelta(minutes=1)):
        confirm(register(event, name="Quick", email="quick@example.org").registration)
        response = client.post(confirm_url(event, late), {"token": make_confirm_token(late)})
    assert "wszystkie miejsca zostały zajęte" in response.content.decode()
    late.refresh_from_db()
    assert late.status == RegistrationStatus.EXPIRED
    assert seats_taken(shared_of(event)) == 1


def test_the_cleanup_command_releases_run_out_holds_and_promotes_the_people_waiting(
    calendar, django_capture_on_commit_callbacks
):
    event = create_registration_event(calendar, capacity=1, require_email_confirmation=True)
    holder = register(event, name="Holder", email="holder@example.org").registration
    waiting = register(event, name="Waiting", email="waiting@example.org").registration
    assert waiting.status == RegistrationStatus.PENDING_WAITLIST
    assert confirm(waiting).registration.status == RegistrationStatus.WAITLISTED
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        results = apply_retention(now=timezone.now() + datetime.timedelta(minutes=10))
    holder.refresh_from_db()
    assert holder.status == RegistrationStatus.PENDING, "not before its time"
    with django_capture_on_commit_callbacks(execute=True):
        results = apply_retention(now=timezone.now() + HOLD + datetime.timedelta(minutes=1))
    holder.refresh_from_db()
    waiting.refresh_from_db()
    assert holder.status == RegistrationStatus.EXPIRED
    assert waiting.status == RegistrationStatus.CONFIRMED and waiting.promoted_at
    assert any(
        r.label == "unconfirmed event registrations released" and r.count == 1 for r in results
    )
    assert [m.to for m in mail.outbox] == [["waiting@example.org"]]


def test_the_confirmation_is_in_the_registrants_language(
    client, guarded, django_capture_on_commit_callbacks
):
    ukrainian = translate_page(guarded, "uk", title="Семінар", slug="seminar-z-pastkoiu")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(ukrainian.url + "register/", dict(FORM, email="iryna@example.org"))
    (message,) = mail.outbox
    assert "Підтвердіть реєстрацію" in message.subject
    assert ukrainian.url + "registration/confirm/" in unquote(message.body)
    registration = Registration.objects.get(email="iryna@example.org")
    html = client.get(confirm_url(ukrainian, registration)).content.decode()
    assert '<html lang="uk"' in html and "Підтвердити мою реєстрацію" in html


def test_editors_find_the_option_in_the_registration_panel(guarded):
    panel = EventPage.content_panels[-1]
    names = [getattr(child, "field_name", None) for child in panel.children]
    assert names[0] == "registration_enabled" and "require_email_confirmation" in names
