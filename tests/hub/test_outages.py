"""Cache and mail outages degrade the site: pages render, answers are stored, /health/ says so."""

import io
import socket
from datetime import timedelta
from unittest import mock

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import GroupApprovalTask, Workflow, WorkflowTask

from events.factories import create_event
from events.models import Registration
from forum.consultations.models import Response
from hub import cache as hub_cache
from hub.factories import StandardPageFactory, can_sign_in
from hub.mail import queue_mail, send_queued
from hub.models import OutgoingEmail
from hub.settings.base import cache_settings
from hub.setup import ADMINISTRATORS
from tests.consultations.conftest import Answering, build_consultation, respond_url


def closed_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]  # nothing listens once the probe is closed


@pytest.fixture
def redis_down(settings):
    """REDIS_URL points at a port where nothing listens."""
    hub_cache._down_since.clear()
    settings.CACHES = cache_settings(f"redis://127.0.0.1:{closed_port()}/0")
    yield
    hub_cache._down_since.clear()


def test_pages_render_without_the_cache(client, hub, redis_down):
    home = client.get("/pl/")
    assert home.status_code == 200
    assert 'hreflang="uk"' in home.content.decode()  # the language switcher read the sites
    calendar = hub["sections"]["events.EventIndexPage"]["en"]
    assert client.get(calendar.url).status_code == 200
    consultations = hub["sections"]["consultations.ConsultationIndexPage"]["uk"]
    assert client.get(consultations.url).status_code == 200
    assert client.get("/pl/search/", {"q": "praca"}).status_code == 200


def test_a_consultation_answer_is_stored_without_the_cache(client, hub, redis_down):
    page = build_consultation(hub["sections"]["consultations.ConsultationIndexPage"]["pl"])
    answering = Answering(page)
    response = client.post(respond_url(page), answering.valid_data(name="Olha Bondar"))
    assert response.status_code == 303
    assert Response.objects.filter(page=page, name="Olha Bondar").count() == 1
    receipt = client.get(response["Location"])
    assert receipt.status_code == 200


def test_an_event_registration_is_stored_without_the_cache(client, hub, redis_down):
    calendar = hub["sections"]["events.EventIndexPage"]["pl"]
    event = create_event(calendar, registration_enabled=True, capacity=5)
    response = client.post(
        event.url + "register/",
        {"name": "Ivan Petrenko", "email": "ivan@example.org", "consent": "on"},
    )
    assert response.status_code == 302
    assert client.get(response["Location"]).status_code == 200
    assert Registration.objects.filter(email="ivan@example.org").count() == 1


def test_sign_in_is_refused_while_its_limits_cannot_be_counted(client, editor, redis_down):
    user = can_sign_in(editor, "editor-password-2026")
    response = client.post(
        "/pl/accounts/login/", {"login": user.email, "password": "editor-password-2026"}
    )
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_health_reports_the_cache_down_and_the_rest_up(client, hub, redis_down):
    response = client.get("/health/")
    assert response.status_code == 200
    assert response.json() == {
        "status": "degraded",
        "checks": {"database": "up", "cache": "down", "search": "up", "mail_queue": "up"},
    }


def test_health_reports_everything_up(client, hub):
    response = client.get("/health/")
    assert response.status_code == 200
    assert response.json()["status"] == "ok"
    assert response.json()["checks"]["cache"] == "up"
    assert response["Cache-Control"].startswith("max-age=0")


@pytest.fixture
def smtp_down(settings):
    """EMAIL_HOST points at a port where nothing listens."""
    settings.EMAIL_BACKEND = "hub.mail.QueuedEmailBackend"
    settings.HUB_EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", closed_port()
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_TIMEOUT = 2
    return settings


def test_a_mail_outage_shows_the_confirmation_and_sends_it_later(
    client, hub, smtp_down, django_capture_on_commit_callbacks
):
    calendar = hub["sections"]["events.EventIndexPage"]["pl"]
    event = create_event(calendar, registration_enabled=True, capacity=5)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            event.url + "register/",
            {"name": "Ivan Petrenko", "email": "ivan@example.org", "consent": "on"},
        )
    assert response.status_code == 302
    confirmation = client.get(response["Location"])
    assert confirmation.status_code == 200
    assert event.title in confirmation.content.decode()
    queued = OutgoingEmail.objects.get(to="ivan@example.org")
    assert queued.sent_at is None and queued.attempts == 1
    assert queued.last_error == "ConnectionRefusedError"
    assert client.get("/health/").json()["checks"]["mail_queue"] == "down"

    # The mail server is back: the next run of the cron command sends it, once.
    smtp_down.HUB_EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    mail.outbox.clear()
    call_command("send_queued_mail", "--all", stdout=io.StringIO())
    call_command("send_queued_mail", "--all", stdout=io.StringIO())
    assert [message.to for message in mail.outbox] == [["ivan@example.org"]]
    assert event.title in mail.outbox[0].subject + mail.outbox[0].body
    assert client.get("/health/").json()["checks"]["mail_queue"] == "up"


def test_the_retry_waits_for_the_pause_unless_told_otherwise(hub, smtp_down):
    with mock.patch("hub.mail.send_mail", side_effect=ConnectionRefusedError):
        email = queue_mail("Temat", "Treść", "anna@example.org")
        send_queued(email.pk)
    smtp_down.HUB_EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    mail.outbox.clear()
    call_command("send_queued_mail", stdout=io.StringIO())
    assert mail.outbox == []  # the first pause (2 minutes) is not over
    with time_machine.travel(timezone.now() + timedelta(minutes=3)):
        call_command("send_queued_mail", stdout=io.StringIO())
    assert len(mail.outbox) == 1


def test_sign_up_and_password_reset_survive_a_mail_outage_and_mail_later(
    client, editor, smtp_down, django_capture_on_commit_callbacks
):
    """allauth's e-mails go through the queue too: no error page while SMTP is down."""
    with django_capture_on_commit_callbacks(execute=True):
        signed_up = client.post(
            "/pl/accounts/signup/",
            {
                "email": "nowa.osoba@example.org",
                "password1": "Długie-hasło-2026!",
                "password2": "Długie-hasło-2026!",
            },
        )
    assert signed_up.status_code == 302
    assert get_user_model().objects.filter(email="nowa.osoba@example.org").exists()
    client.logout()
    can_sign_in(editor, "editor-password-2026")
    with django_capture_on_commit_callbacks(execute=True):
        reset = client.post("/pl/accounts/password/reset/", {"email": "editor@example.org"})
    assert reset.status_code == 302
    queued = OutgoingEmail.objects.order_by("pk")
    assert [(email.to, email.attempts, email.sent_at) for email in queued] == [
        ("nowa.osoba@example.org", 1, None),
        ("editor@example.org", 1, None),
    ]
    assert {email.last_error for email in queued} == {"ConnectionRefusedError"}

    smtp_down.HUB_EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    mail.outbox.clear()
    call_command("send_queued_mail", "--all", stdout=io.StringIO())
    assert [message.to for message in mail.outbox] == [
        ["nowa.osoba@example.org"],
        ["editor@example.org"],
    ]
    assert "/accounts/confirm-email/" in mail.outbox[0].body
    assert "/accounts/password/reset/key/" in mail.outbox[1].body


def test_wagtails_workflow_notifications_go_through_the_queue_too(
    homes, editor, administrator, smtp_down, django_capture_on_commit_callbacks
):
    """A page sent for moderation e-mails its moderators: queued while SMTP is down, sent later."""
    moderators = Group.objects.get(name=ADMINISTRATORS)
    task = GroupApprovalTask.objects.create(name="Sprawdzenie")
    task.groups.set([moderators])
    workflow = Workflow.objects.create(name="Z akceptacją")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    page = StandardPageFactory(parent=homes["pl"], title="Strona do akceptacji", live=False)
    page.save_revision(user=editor)
    with django_capture_on_commit_callbacks(execute=True):
        workflow.start(page, editor)
    # Wagtail tells the moderators twice: the page entered the workflow, and its task.
    queued = OutgoingEmail.objects.order_by("pk")
    assert [(email.to, email.attempts, email.sent_at) for email in queued] == [
        (administrator.email, 1, None),
        (administrator.email, 1, None),
    ]
    assert {email.last_error for email in queued} == {"ConnectionRefusedError"}
    assert all("Strona do akceptacji" in email.subject for email in queued)

    smtp_down.HUB_EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    mail.outbox.clear()
    call_command("send_queued_mail", "--all", stdout=io.StringIO())
    assert [message.to for message in mail.outbox] == [[administrator.email]] * 2
    assert OutgoingEmail.objects.filter(sent_at__isnull=True).count() == 0
