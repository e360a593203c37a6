"""Answering a consultation: stored once, refused politely when closed, never lost."""

import logging
import uuid
from datetime import timedelta
from unittest import mock

import pytest
import time_machine
from django.core import mail
from django.utils import timezone
from wagtail.models import Locale

from forum.consultations.forms import ResponseForm
from forum.consultations.models import Response
from forum.consultations.results import editor_results
from forum.consultations.views import _store
from hub.models import OutgoingEmail
from hub.translation import translate_into

from .conftest import build_consultation, reference_from, respond_url


def test_a_valid_response_is_stored_and_leads_to_a_receipt(client, consultation, answering):
    response = client.post(respond_url(consultation), answering.valid_data())
    assert response.status_code == 303
    stored = Response.objects.get(reference=reference_from(response["Location"]))
    assert stored.language == "pl"
    assert stored.translation_key == consultation.translation_key
    question = answering.questions["Czy popierasz projekt?"]
    assert stored.answers[question.id] == answering.option("Czy popierasz projekt?", "Tak")
    assert stored.answers[answering.questions["Ocena projektu"].id] == 4
    assert stored.comments == {answering.sections[0]: "Punkt w Oliwie byłby bardzo przydatny."}
    receipt = client.get(response["Location"])
    assert receipt.status_code == 200
    assert stored.reference in receipt.content.decode()


def test_the_same_submission_twice_stores_one_response(client, consultation, answering):
    data = answering.valid_data()
    first = client.post(respond_url(consultation), data)
    second = client.post(respond_url(consultation), data)
    assert first.status_code == second.status_code == 303
    assert first["Location"] == second["Location"]
    assert Response.objects.for_consultation(consultation).count() == 1


def test_a_stored_token_wins_over_a_concurrent_duplicate(consultation, answering, rf):
    """The unique token in the database settles a race the first look did not see."""
    data = answering.valid_data()
    form = ResponseForm(consultation, data)
    assert form.is_valid()
    first = _store(consultation, form, form.cleaned_data["token"])
    again = _store(consultation, form, form.cleaned_data["token"])
    assert again.pk == first.pk
    assert Response.objects.filter(token=data["token"]).count() == 1


def test_errors_are_shown_next_to_fields_and_everything_typed_is_kept(
    client, consultation, answering
):
    data = answering.valid_data(name="Olena Kowalenko", organisation="Fundacja Most")
    del data[answering.name("Jedno słowo")]  # a required answer left out
    del data["consent"]
    data[answering.name("Uwagi")] = "Proszę o dłuższe godziny pracy punktu."
    response = client.post(respond_url(consultation), data)
    html = response.content.decode()
    assert response.status_code == 200
    assert Response.objects.for_consultation(consultation).count() == 0
    field_id = "id_" + answering.name("Jedno słowo")
    assert f'aria-describedby="{field_id}-error"' in html
    assert f'id="{field_id}-error"' in html
    assert "To pole jest wymagane." in html  # in the reader's language
    assert 'id="id_consent-error"' in html
    # Everything typed or chosen is still there.
    assert 'value="Olena Kowalenko"' in html
    assert 'value="Fundacja Most"' in html
    assert "Proszę o dłuższe godziny pracy punktu.</textarea>" in html
    assert "Punkt w Oliwie byłby bardzo przydatny.</textarea>" in html
    tak = answering.option("Czy popierasz projekt?", "Tak")
    assert f'value="{tak}" checked' in html
    for district in ("Wrzeszcz", "Oliwa"):
        assert f'value="{answering.option("Które dzielnice?", district)}" checked' in html
    assert 'value="4" checked' in html


def test_error_messages_follow_the_language_of_the_page(client, consultation, answering):
    strings = {
        consultation.title: "Тестова консультація",
        consultation.slug: "testova",
        consultation.summary: "Підсумок",
        consultation.run_by: "Відділ",
        "Punkty informacyjne": "Пункти",
        "Punkt.": "Пункт.",
        "Godziny otwarcia": "Години",
        "Godziny.": "Години.",
        "Czy popierasz projekt?": "Чи підтримуєте?",
        "Tak": "Так",
        "Nie": "Ні",
        "Nie wiem": "Не знаю",
        "Które dzielnice?": "Які дільниці?",
        "Wrzeszcz": "Вжещ",
        "Oliwa": "Олива",
        "Przymorze": "Пшиможе",
        "Ocena projektu": "Оцінка",
        "źle": "погано",
        "dobrze": "добре",
        "Jedno słowo": "Одне слово",
        "Uwagi": "Зауваження",
    }
    ukrainian = translate_into(consultation, Locale.objects.get(language_code="uk"), strings)
    response = client.post(respond_url(ukrainian), {"token": str(uuid.uuid4())})
    assert "Це поле необхідно заповнити" in response.content.decode()
    # Answers in Ukrainian count with the Polish ones: the ids are the same.
    data = answering.valid_data()
    assert client.post(respond_url(ukrainian), data).status_code == 303
    assert client.post(respond_url(consultation), answering.valid_data()).status_code == 303
    stored = Response.objects.for_consultation(consultation)
    assert sorted(stored.values_list("language", flat=True)) == ["pl", "uk"]

    results = editor_results(ukrainian)
    first = results["questions"][0]
    assert first.question == "Чи підтримуєте?"
    assert [(o.label, o.count) for o in first.options] == [("Так", 2), ("Ні", 0), ("Не знаю", 0)]


@pytest.mark.parametrize("offset, accepted", [(-1, True), (1, False)])
def test_closing_time_is_exact_to_the_second(client, consultation, answering, offset, accepted):
    moment = consultation.closes_at + timedelta(seconds=offset)
    with time_machine.travel(moment, tick=False):
        form_page = client.get(respond_url(consultation)).content.decode()
        response = client.post(respond_url(consultation), answering.valid_data())
    stored = Response.objects.for_consultation(consultation).count()
    if accepted:
        assert 'name="consent"' in form_page
        assert response.status_code == 303 and stored == 1
    else:
        assert 'name="consent"' not in form_page
        assert "<form" not in response.content.decode().split('id="main"')[1]
        assert response.status_code == 403 and stored == 0
        assert "Te konsultacje zakończyły się" in response.content.decode()


def test_a_consultation_not_yet_open_shows_no_form(client, consultation, consultation_index):
    # An open consultation shows its form...
    assert 'name="consent"' in client.get(respond_url(consultation)).content.decode()
    later = build_consultation(
        consultation_index,
        slug="later",
        opens=timezone.now() + timedelta(days=3),
        closes=timezone.now() + timedelta(days=30),
    )
    html = client.get(respond_url(later)).content.decode()
    assert 'name="consent"' not in html  # ...one not yet open does not.


def test_the_honeypot_stops_robots(client, consultation, answering):
    response = client.post(
        respond_url(consultation), answering.valid_data(website="http://spam.example")
    )
    assert response.status_code == 400
    assert Response.objects.for_consultation(consultation).count() == 0
    # The same answers without the hidden field are stored.
    assert client.post(respond_url(consultation), answering.valid_data()).status_code == 303
    assert Response.objects.for_consultation(consultation).count() == 1


def test_the_rate_limit_stops_a_flood_with_a_friendly_message(
    client, consultation, answering, settings
):
    settings.CONSULTATIONS_RATE_LIMIT = 3
    for _ in range(3):
        assert client.post(respond_url(consultation), answering.valid_data()).status_code == 303
    data = answering.valid_data(name="Ostatnia osoba")
    refused = client.post(respond_url(consultation), data)
    html = refused.content.decode()
    assert refused.status_code == 429
    assert 'id="rate-limit"' in html and 'role="alert"' in html
    assert 'value="Ostatnia osoba"' in html  # nothing typed is lost
    assert Response.objects.for_consultation(consultation).count() == 3
    # Another client is not affected.
    other = client.post(respond_url(consultation), data, REMOTE_ADDR="10.0.0.7")
    assert other.status_code == 303


def test_field_sizes_are_limited(client, consultation, answering):
    data = answering.valid_data(
        **{answering.name("Jedno słowo"): "x" * 501, answering.section(2): "y" * 5001}
    )
    response = client.post(respond_url(consultation), data)
    assert response.status_code == 200
    assert Response.objects.for_consultation(consultation).count() == 0
    assert "500" in response.content.decode() and "5000" in response.content.decode()


def test_the_receipt_email_is_sent_after_commit(
    client, consultation, answering, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        response = client.post(
            respond_url(consultation), answering.valid_data(email="olena@example.org")
        )
    assert response.status_code == 303
    assert len(mail.outbox) == 0 and len(callbacks) == 1  # nothing before the commit
    with django_capture_on_commit_callbacks(execute=True):
        callbacks[0]()
    reference = reference_from(response["Location"])
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["olena@example.org"]
    assert reference in mail.outbox[0].subject and reference in mail.outbox[0].body


def test_a_mail_failure_never_loses_the_response(
    client, consultation, answering, django_capture_on_commit_callbacks, caplog
):
    with (
        mock.patch("hub.mail.send_mail", side_effect=ConnectionRefusedError("smtp")),
        django_capture_on_commit_callbacks(execute=True),
        caplog.at_level(logging.WARNING),
    ):
        response = client.post(
            respond_url(consultation),
            answering.valid_data(email="olena@example.org", name="Olena Tajna"),
        )
    assert response.status_code == 303
    stored = Response.objects.get(reference=reference_from(response["Location"]))
    assert stored.email == "olena@example.org"
    queued = OutgoingEmail.objects.get(to="olena@example.org")
    assert queued.sent_at is None and queued.attempts == 1  # kept for a retry…
    assert f"E-mail {queued.pk} not sent" in caplog.text  # …and the failure is reported…
    # …without the respondent's data.
    assert "olena@example.org" not in caplog.text and "Olena Tajna" not in caplog.text
    assert "Punkt w Oliwie" not in caplog.text


def test_a_receipt_of_another_consultation_is_not_shown(
    client, consultation, consultation_index, answering
):
    other = build_consultation(consultation_index, slug="other-consultation", title="Inna")
    response = client.post(respond_url(consultation), answering.valid_data())
    reference = reference_from(response["Location"])
    # The receipt opens under its own consultation...
    assert client.get(response["Location"]).status_code == 200
    # ...and not under another one.
    url = other.url + other.reverse_subpage("receipt", kwargs={"reference": reference})
    assert client.get(url).status_code == 404


def test_the_error_summary_adds_no_colon_after_a_question_mark(client, consultation, answering):
    data = answering.valid_data()
    del data[answering.name("Czy popierasz projekt?")]  # a question, ending in "?"
    del data[answering.name("Jedno słowo")]  # a label without punctuation of its own
    html = client.post(respond_url(consultation), data).content.decode()
    summary = html.split('id="error-summary"', 1)[1].split("</ul>", 1)[0]
    assert "Czy popierasz projekt? To pole jest wymagane." in summary
    assert "Jedno słowo: To pole jest wymagane." in summary
    assert "?:" not in summary
