"""Signing staff in for a test as allauth does: password, then the second factor.

``force_login`` alone makes a session that never passed MFA; staff rights need
one that did (hub/middleware.py).
"""

import time

from allauth.account.internal.flows.login import (
    _AUTHENTICATION_METHODS_USER_SESSION_KEY,
    AUTHENTICATION_METHODS_SESSION_KEY,
)
from allauth.account.internal.userkit import user_id_to_str
from allauth.mfa.models import Authenticator


def sign_in(client, user, *, mfa=True):
    """Sign ``user`` in; with ``mfa`` (the default) the session has passed the second factor."""
    if mfa:
        Authenticator.objects.get_or_create(
            user=user, type=Authenticator.Type.TOTP, defaults={"data": {"secret": "x"}}
        )
    client.force_login(user)
    if mfa:
        session = client.session
        now = time.time()
        session[AUTHENTICATION_METHODS_SESSION_KEY] = [
            {"method": "password", "at": now, "email": user.email},
            {"method": "mfa", "at": now, "type": "totp"},
        ]
        session[_AUTHENTICATION_METHODS_USER_SESSION_KEY] = user_id_to_str(user)
        session.save()
    return client
