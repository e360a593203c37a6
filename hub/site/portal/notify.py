"""The portal's e-mails: plain text, in the recipient's language, links to the portal only.

Templates live in ``templates/portal/members/email/<name>.txt`` (body) and
``<name>_subject.txt``; bodies are rendered with autoescaping off because they
are plain text (what a partner typed stays as typed, and no mail client reads it
as HTML).  Links point at the public site (``BASE_URL``), never at the admin.
"""

from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from hub.addresses import absolute_url
from hub.mail import queue_mail


def portal_url(language):
    with translation.override(language):
        return absolute_url(reverse("portal:dashboard"))


def send(name, to, language, **context):
    """Queue the e-mail ``name`` to ``to`` in ``language``."""
    with translation.override(language):
        context = {"portal_url": portal_url(language), "language": language, **context}
        subject = render_to_string(f"portal/members/email/{name}_subject.txt", context).strip()
        body = render_to_string(f"portal/members/email/{name}.txt", context)
    return queue_mail(subject, body, to)
