"""One honeypot (hub.forms.HoneypotForm) guards both public forms: registrations and answers."""

import re

import pytest
from django.core import mail

from events.forms import RegistrationForm
from events.models import Registration
from forum.consultations.forms import ResponseForm
from forum.consultations.models import Response
from hub.forms import HoneypotForm
from hub.models import OutgoingEmail
from tests.consultations.conftest import Answering, build_consultation, respond_url

FORM = {"name": "Olena Kowalenko", "email": "olena@example.org", "consent": "on"}
TRAP = re.compile(r'<div class="honeypot" aria-hidden="true">.*?name="website".*?</div>', re.S)


@pytest.fixture
def workshop(make_event):
    return make_event(title="Warsztaty CV", registration_enabled=True, capacity=5)


@pytest.fixture
def consultation(hub):
    return build_consultation(hub["sections"]["consultations.ConsultationIndexPage"]["pl"])


def test_both_forms_share_the_one_trap():
    assert issubclass(RegistrationForm, HoneypotForm)
    assert issubclass(ResponseForm, HoneypotForm)


def test_both_pages_render_the_shared_trap_once(client, workshop, consultation):
    for url in (workshop.url, respond_url(consultation)):
        html = client.get(url).content.decode()
        assert len(TRAP.findall(html)) == 1, url
        assert html.count('name="website"') == 1, url


def test_a_filled_trap_stores_no_registration_and_sends_no_email(
    client, workshop, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        refused = client.post(workshop.url + "register/", dict(FORM, website="http://spam.example"))
    assert refused.status_code == 400
    html = refused.content.decode()
    assert "pole, które powinno zostać puste" in html  # a plain message, in Polish
    assert 'value="Olena Kowalenko"' in html  # what was typed is not lost
    assert not Registration.objects.filter(email="olena@example.org").exists()
    assert not OutgoingEmail.objects.exists() and mail.outbox == []

    # The same person, with the trap left empty, is registered and written to.
    with django_capture_on_commit_callbacks(execute=True):
        accepted = client.post(workshop.url + "register/", dict(FORM, website=""))
    assert accepted.status_code == 302
    assert Registration.objects.filter(email="olena@example.org").count() == 1
    assert [message.to for message in mail.outbox] == [["olena@example.org"]]


def test_a_filled_trap_stores_no_consultation_answer(client, consultation):
    answering = Answering(consultation)
    refused = client.post(
        respond_url(consultation), answering.valid_data(website="http://spam.example")
    )
    assert refused.status_code == 400
    assert Response.objects.filter(page=consultation).count() == 0
    accepted = client.post(respond_url(consultation), answering.valid_data(website=""))
    assert accepted.status_code == 303
    assert Response.objects.filter(page=consultation).count() == 1
