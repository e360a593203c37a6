"""Partner accounts, memberships, the e-mails they get and the items they write, for tests."""

import datetime
import io

from django.contrib.auth import get_user_model
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone
from PIL import Image

from hub.factories import can_sign_in
from hub.mail import send_due
from hub.models import OutgoingEmail
from hub.site.portal.models import Decision, Membership

PASSWORD = "partner-password-2026"


def partner(email, verified=True):
    """An account that signs in with ``email`` (a verified address unless told otherwise)."""
    user = get_user_model().objects.create_user(username=email, email=email)
    can_sign_in(user, PASSWORD)
    if not verified:
        user.emailaddress_set.update(verified=False)
    return user


def member(organisation, email, admin=False, status=Decision.APPROVED):
    user = partner(email)
    Membership.objects.create(user=user, organisation=organisation, is_admin=admin, status=status)
    return user


def mail_to(address):
    """The e-mails queued for ``address``, oldest first."""
    return list(OutgoingEmail.objects.filter(to=address).order_by("pk"))


def last_mail_to(address):
    emails = mail_to(address)
    assert emails, f"no e-mail to {address}"
    return emails[-1]


def browser(user):
    """A client of its own signed in as ``user`` (the ``client`` fixture is someone else's)."""
    other = Client()
    other.force_login(user)
    return other


FORM_START = (timezone.localtime() + datetime.timedelta(days=10)).replace(second=0, microsecond=0)


def image_file(name="photo.png", image_format="PNG", size=(40, 30)):
    buffer = io.BytesIO()
    Image.new("RGB", size, (200, 40, 40)).save(buffer, image_format)
    content_type = {"PNG": "image/png", "JPEG": "image/jpeg", "WEBP": "image/webp"}
    return SimpleUploadedFile(
        name, buffer.getvalue(), content_type=content_type.get(image_format, "image/gif")
    )


def news_data(**fields):
    data = {
        "language": "pl",
        "title": "Kurs językowy dla dorosłych",
        "lead": "Zapraszamy na bezpłatny kurs.",
        "body": "Pierwszy akapit.\n\nDrugi akapit.",
        "alt_text": "",
    }
    data.update(fields)
    return data


def event_data(**fields):
    data = news_data(
        title="Dyżur prawny",
        lead="Bezpłatne porady prawne.",
        start=FORM_START.strftime("%Y-%m-%dT%H:%M"),
        end=(FORM_START + datetime.timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M"),
        venue_name="Biblioteka Manhattan",
        venue_address="al. Grunwaldzka 82, Gdańsk",
    )
    data.update(fields)
    return data


def sent_mail():
    """Send the queued e-mails; the messages the test backend received."""
    send_due(everything=True)
    return list(mail.outbox)
