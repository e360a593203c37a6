"""allauth's account adapter for the hub.

Failed sign-ins are counted per account *and* address (``login_failed``'s
``key`` in ``ACCOUNT_RATE_LIMITS``), besides per address: someone guessing one
account's password from their address locks only themselves out, never the
account's owner or anyone else signing in from elsewhere.

allauth's e-mails (address confirmation, password reset, security notices) go
through the hub's queue (``hub.mail.queue_mail``) like every other e-mail: a
mail server that is down never turns a sign-up or a password reset into an
error page; the message waits for ``send_queued_mail``.  The queue carries
plain text, which is what allauth's ``*_message.txt`` templates give.

A portal invitation opened before signing in waits in the session: the first
sign-in afterwards (once the address is verified) goes back to it.

allauth labels its address fields "Email"; Wagtail's catalogues, earlier in
``INSTALLED_APPS``, leave the word in English for Polish and Ukrainian, so the
hub's own catalogue (which comes first) carries it.
"""

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context
from django.contrib.sites.shortcuts import get_current_site
from django.utils.translation import gettext_noop

from hub.mail import queue_mail
from hub.ratelimit import client_address
from hub.site.portal.invitations import pending_invitation_url

ALLAUTH_LABELS = [gettext_noop("Email")]


class HubAccountAdapter(DefaultAccountAdapter):
    def _get_login_attempts_cache_key(self, request, **credentials):
        account = super()._get_login_attempts_cache_key(request, **credentials)
        return f"{account}:{client_address(request)}"

    def get_login_redirect_url(self, request):
        return pending_invitation_url(request) or super().get_login_redirect_url(request)

    def send_mail(self, template_prefix, email, context):
        request = allauth_context.request
        message = self.render_mail(
            template_prefix,
            email,
            {
                "request": request,
                "email": email,
                "current_site": get_current_site(request),
                **context,
            },
        )
        for address in message.to:
            queue_mail(message.subject, message.body, address)
