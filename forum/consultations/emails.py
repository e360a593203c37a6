"""The confirmation e-mail, queued after the response is committed.

``hub.mail`` sends it and retries while the mail server is down.  A failure is
logged with the reference number only (never the address or the answers) and
never undoes the stored response.
"""

import logging

from django.template.loader import render_to_string
from django.utils import translation

from hub.mail import queue_mail

logger = logging.getLogger(__name__)


def send_receipt(response, receipt_url):
    """Send the receipt of ``response``, read again once it is committed."""
    response = type(response).objects.select_related("page").filter(pk=response.pk).first()
    if response is None or not response.email:
        return False
    try:
        with translation.override(response.language):
            context = {"response": response, "page": response.page, "receipt_url": receipt_url}
            subject = render_to_string("consultations/email/receipt_subject.txt", context)
            body = render_to_string("consultations/email/receipt_body.txt", context)
            queue_mail(subject, body, response.email)
    except Exception as error:  # noqa: BLE001 - the response is already safe
        logger.warning(
            "Confirmation for consultation response %s not sent: %s",
            response.reference,
            type(error).__name__,
        )
        return False
    return True
