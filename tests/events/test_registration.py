"""Registration: seats, waiting list, double submits, signed cancel links, e-mails."""

import datetime
import re
from urllib.parse import unquote

import pytest
from django.core import mail
from django.utils import timezone, translation
from django.utils.html import escape
from django.utils.translation import gettext

from events.models import Registration, RegistrationStatus, SharedEvent
from events.registration import cancel, register
from hub.factories import translate_page

FORM = {"name": "Olena Kowalenko", "email": "olena@example.org", "consent": "on"}


@pytest.fixture
def workshop(make_event):
    return make_event(
        title="Warsztaty CV",
        slug="warsztaty-cv-test",
        registration_enabled=True,
        capacity=2,
        start=timezone.now() + datetime.timedelta(days=5),
    )


def people(count, prefix="osoba"):
    return [(f"Osoba {n}", f"{prefix}{n}@example.org") for n in range(count)]


def statuses(page):
    shared = SharedEvent.objects.get(translation_key=page.translation_key)
    return list(shared.registrations.order_by("pk").values_list("status", flat=True))


def test_seats_then_waiting_list(workshop):
    for name, email in people(4):
        register(workshop, name=name, email=email)
    assert statuses(workshop) == ["confirmed", "confirmed", "waitlisted", "waitlisted"]


def test_a_full_event_without_waiting_list_refuses(client, workshop):
    workshop.waitlist_enabled = False
    workshop.save_revision().publish()
    for name, email in people(2):
        register(workshop, name=name, email=email)
    response = client.post(workshop.url + "register/", FORM)
    assert Registration.objects.filter(email="olena@example.org").count() == 0
    assert "Wszystkie miejsca są zajęte." in response.content.decode()


def test_registering_through_the_form_confirms_and_emails_a_signed_cancel_link(
    client, workshop, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(workshop.url + "register/", FORM)
    assert response.status_code == 302
    registration = Registration.objects.get(email="olena@example.org")
    assert registration.status == RegistrationStatus.CONFIRMED
    assert registration.language == "pl" and registration.consent_at is not None
    follow = client.get(response["Location"])
    confirmation = follow.content.decode()
    assert "Twoje miejsce jest potwierdzone" in confirmation or "Jesteś zapisany" in confirmation
    (message,) = mail.outbox
    assert message.to == ["olena@example.org"]
    assert "Warsztaty CV" in message.subject
    link = re.search(r"http://testserver(\S+registration/\?token=\S+)", message.body).group(1)
    assert link.startswith(workshop.url + "registration/?token=")
    assert "Olena Kowalenko" in message.body


def test_double_submit_registers_once_and_sends_one_email(
    client, workshop, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        first = client.post(workshop.url + "register/", FORM)
    with django_capture_on_commit_callbacks(execute=True):
        second = client.post(workshop.url + "register/", dict(FORM, email="OLENA@example.org "))
    assert Registration.objects.filter(event__translation_key=workshop.translation_key).count() == 1
    assert first["Location"].split("&")[0] == second["Location"].split("&")[0]
    assert len(mail.outbox) == 1


def test_seats_are_shared_by_the_language_copies(
    client, workshop, django_capture_on_commit_callbacks
):
    english = translate_page(workshop, "en", title="CV workshop", slug="cv-workshop-test")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(workshop.url + "register/", FORM)
        client.post(english.url + "register/", dict(FORM, email="john@example.org", name="John"))
        client.post(english.url + "register/", dict(FORM, email="ann@example.org", name="Ann"))
    by_email = dict(
        Registration.objects.filter(event__translation_key=workshop.translation_key).values_list(
            "email", "status"
        )
    )
    assert by_email == {
        "olena@example.org": "confirmed",
        "john@example.org": "confirmed",
        "ann@example.org": "waitlisted",
    }
    # The English registrant is written to in English, through the English page.
    john = Registration.objects.get(email="john@example.org")
    assert john.language == "en"
    english_mail = [m for m in mail.outbox if m.to == ["john@example.org"]][0]
    assert english.url + "registration/" in unquote(english_mail.body)
    html = client.get(english.url).content.decode()
    assert "All seats are taken" in html


def test_cancelling_through_the_link_promotes_the_first_on_the_waiting_list(
    client, workshop, django_capture_on_commit_callbacks
):
    first = register(workshop, name="Pierwsza", email="pierwsza@example.org").registration
    register(workshop, name="Druga", email="druga@example.org")
    waiting = register(workshop, name="Trzecia", email="trzecia@example.org").registration
    register(workshop, name="Czwarta", email="czwarta@example.org")
    assert waiting.status == RegistrationStatus.WAITLISTED
    mail.outbox.clear()

    url = f"{workshop.url}registration/?token={first.token}"
    page = client.get(url)
    assert page.status_code == 200 and "Anuluj moją rejestrację" in page.content.decode()
    first.refresh_from_db()
    assert first.status == RegistrationStatus.CONFIRMED, "a GET (a mail scanner) cancels nothing"

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"token": first.token})
    assert "Twoja rejestracja została anulowana." in response.content.decode()
    first.refresh_from_db()
    waiting.refresh_from_db()
    assert first.status == RegistrationStatus.CANCELLED
    assert waiting.status == RegistrationStatus.CONFIRMED and waiting.promoted_at
    assert statuses(workshop).count("confirmed") == 2
    promoted_mail = [m for m in mail.outbox if m.to == ["trzecia@example.org"]]
    assert len(promoted_mail) == 1 and "registration/?token=" in promoted_mail[0].body


def test_a_tampered_link_finds_nothing(client, workshop):
    registration = register(workshop, name="Ala", email="ala@example.org").registration
    token = registration.token[:-2] + ("AA" if not registration.token.endswith("AA") else "BB")
    response = client.post(f"{workshop.url}registration/?token={token}", {"token": token})
    assert response.status_code == 404
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.CONFIRMED


def test_cancelling_twice_promotes_only_once(workshop):
    first = register(workshop, name="A", email="a@example.org").registration
    register(workshop, name="B", email="b@example.org")
    register(workshop, name="C", email="c@example.org")
    register(workshop, name="D", email="d@example.org")
    assert len(cancel(first)) == 1
    assert cancel(first) == []
    assert statuses(workshop) == ["cancelled", "confirmed", "confirmed", "waitlisted"]


def test_form_errors_keep_what_was_typed_and_are_tied_to_the_fields(client, workshop):
    response = client.post(
        workshop.url + "register/",
        {"name": "Olena", "email": "not-an-address", "organisation": "Fundacja X"},
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert Registration.objects.count() == Registration.objects.exclude(email="").count()
    assert 'value="Olena"' in html and 'value="not-an-address"' in html
    assert 'value="Fundacja X"' in html
    assert 'id="registration-email-error"' in html
    assert re.search(r'aria-describedby="registration-email-error[^"]*"', html)
    assert 'aria-invalid="true"' in html
    assert "Zaznacz pole zgody" in html
    assert 'href="#registration-consent"' in html


def test_errors_are_in_the_readers_language(client, workshop):
    ukrainian = translate_page(workshop, "uk", title="Семінар CV", slug="seminar-cv-test")
    response = client.post(ukrainian.url + "register/", {"name": ""})
    html = response.content.decode()
    with translation.override("uk"):
        assert escape(gettext("Enter your name.")) in html
    assert '<html lang="uk"' in html


def test_no_registration_for_a_cancelled_event(client, workshop):
    workshop.status = "cancelled"
    workshop.save_revision().publish()
    response = client.post(workshop.url + "register/", FORM)
    assert response.status_code == 200
    assert not Registration.objects.filter(email="olena@example.org").exists()
    assert "rejestracja jest zamknięta" in response.content.decode().lower()


def test_the_page_shows_seats_left_and_the_information_clause(client, workshop):
    register(workshop, name="A", email="a@example.org")
    html = client.get(workshop.url).content.decode()
    assert "Zostało 1 miejsce." in html
    assert 'id="registration-clause"' in html
    assert "Usuwamy Twoje dane 30 dni po wydarzeniu." in html


def test_publishing_more_seats_promotes_the_people_waiting(
    workshop, django_capture_on_commit_callbacks
):
    for name, email in people(4):
        register(workshop, name=name, email=email)
    workshop.capacity = 3
    with django_capture_on_commit_callbacks(execute=True):
        workshop.save_revision().publish()
    assert statuses(workshop) == ["confirmed", "confirmed", "confirmed", "waitlisted"]
    assert [m.to for m in mail.outbox if "osoba2" in m.to[0]]


def test_registrations_are_limited_per_client_and_per_email_address(client, make_event, settings):
    settings.EVENTS_REGISTRATION_RATE_LIMIT = 3
    settings.EVENTS_REGISTRATION_EMAIL_LIMIT = 2
    events = [make_event(registration_enabled=True, capacity=5) for _ in range(4)]

    def send(event, email, address="203.0.113.5"):
        data = {"name": "Anna Kowalska", "email": email, "consent": "on"}
        return client.post(event.url + "register/", data, REMOTE_ADDR=address)

    assert send(events[0], "victim@example.org").status_code == 302
    assert send(events[1], "victim@example.org", "203.0.113.6").status_code == 302
    refused = send(events[2], "victim@example.org", "203.0.113.7")
    assert refused.status_code == 429  # a third event for the same address, from anywhere
    body = refused.content.decode()
    assert "Zbyt wiele zgłoszeń" in body and 'value="Anna Kowalska"' in body
    # Writing the address differently does not get round its limit.
    assert send(events[2], " Victim@EXAMPLE.org ", "203.0.113.9").status_code == 429
    assert not Registration.objects.filter(event__translation_key=events[2].translation_key)
    assert send(events[2], "other@example.org").status_code == 302
    assert send(events[3], "third@example.org").status_code == 302  # 3rd from 203.0.113.5
    assert send(events[3], "fourth@example.org").status_code == 429  # 4th from it
    assert send(events[3], "fourth@example.org", "203.0.113.8").status_code == 302
