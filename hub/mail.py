"""Every e-mail the hub sends: queued with the data it is about, sent after the commit.

``queue_mail`` stores the message as an ``OutgoingEmail`` row in the caller's
transaction (so a registration and its confirmation are saved together) and
tries to send it once the transaction commits.  A mail server that is down
never fails the request: the row stays, and ``manage.py send_queued_mail``
(run by cron every few minutes) retries it with a growing pause.  Failures
are logged by row id and exception class only, never by address or content.

``EMAIL_BACKEND`` is ``QueuedEmailBackend``, so what the hub does not send
itself goes through the same queue: Wagtail's workflow and comment
notifications, Django's own e-mails.  The queue delivers through
``HUB_EMAIL_DELIVERY_BACKEND`` (SMTP when ``EMAIL_HOST`` is set).
"""

from __future__ import annotations

import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import get_connection, send_mail
from django.core.mail.backends.base import BaseEmailBackend
from django.db import transaction
from django.utils import timezone

from hub.models import OutgoingEmail

logger = logging.getLogger(__name__)

MAX_PAUSE = timedelta(hours=1)
KEEP_SENT = timedelta(days=7)  # sent e-mails hold personal data: erased after a week


def queue_mail(subject: str, body: str, to: str, from_email: str = "") -> OutgoingEmail:
    email = OutgoingEmail.objects.create(
        subject=" ".join(subject.split())[:300],
        body=body,
        to=to,
        from_email=from_email or settings.DEFAULT_FROM_EMAIL,
    )
    transaction.on_commit(lambda: send_queued(email.pk))
    return email


class QueuedEmailBackend(BaseEmailBackend):
    """Django's e-mail backend that queues: one row per recipient, sent after the commit.

    The plain-text body is what is queued (Wagtail's notifications are plain
    text unless ``WAGTAILADMIN_NOTIFICATION_USE_HTML`` is set).
    """

    def send_messages(self, email_messages):
        count = 0
        for message in email_messages:
            for recipient in message.recipients():
                queue_mail(message.subject, message.body, recipient, message.from_email)
            count += 1
        return count


def pause_after(attempts: int) -> timedelta:
    return min(timedelta(minutes=2 ** max(attempts - 1, 0)), MAX_PAUSE)


def send_queued(pk: int) -> bool:
    """Send one queued e-mail if it is still unsent; True when it went out."""
    with transaction.atomic():
        email = (
            OutgoingEmail.objects.select_for_update(skip_locked=True)
            .filter(pk=pk, sent_at__isnull=True)
            .first()
        )
        if email is None:
            return False
        now = timezone.now()
        try:
            send_mail(
                email.subject,
                email.body,
                email.from_email or None,
                [email.to],
                connection=get_connection(settings.HUB_EMAIL_DELIVERY_BACKEND),
            )
        except Exception as error:  # noqa: BLE001 - any mail failure: retry later
            email.attempts += 1
            email.last_error = type(error).__name__[:100]
            email.next_attempt_at = now + pause_after(email.attempts)
            email.save(update_fields=["attempts", "last_error", "next_attempt_at"])
            logger.warning("E-mail %s not sent (%s); will retry", email.pk, email.last_error)
            return False
        email.sent_at = now
        email.attempts += 1
        email.last_error = ""
        email.save(update_fields=["sent_at", "attempts", "last_error"])
        return True


def pending():
    return OutgoingEmail.objects.filter(sent_at__isnull=True)


def send_due(now=None, everything=False) -> tuple[int, int]:
    """Send the unsent e-mails whose pause is over (all of them with ``everything``)."""
    now = now or timezone.now()
    due = pending()
    if not everything:
        due = due.exclude(next_attempt_at__gt=now)
    sent = failed = 0
    for pk in due.order_by("created_at", "pk").values_list("pk", flat=True):
        if send_queued(pk):
            sent += 1
        else:
            failed += 1
    return sent, failed


def erase_sent(now=None) -> int:
    now = now or timezone.now()
    deleted, _ = OutgoingEmail.objects.filter(sent_at__lt=now - KEEP_SENT).delete()
    return deleted


def mail_is_up() -> bool:
    """False while an unsent e-mail's last attempt failed."""
    return not pending().filter(attempts__gt=0).exists()
