"""allauth's account adapter for the hub.

Failed sign-ins are counted per account *and* address (``login_failed``'s
``key`` in ``ACCOUNT_RATE_LIMITS``), besides per address: someone guessing one
account's password from their address locks only themselves out, never the
account's owner or anyone else signing in from elsewhere.
"""

from allauth.account.adapter import DefaultAccountAdapter

from hub.ratelimit import client_address


class HubAccountAdapter(DefaultAccountAdapter):
    def _get_login_attempts_cache_key(self, request, **credentials):
        account = super()._get_login_attempts_cache_key(request, **credentials)
        return f"{account}:{client_address(request)}"
