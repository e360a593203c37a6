"""Signed links to a registration: seeing or cancelling it, and confirming it.

Below the records, so a registration can give its own link.
"""

from django.core import signing

TOKEN_SALT = "events.registration"
# The confirmation link is only ever e-mailed: the page shown after registering
# carries the other token, so a robot cannot confirm an address it does not read.
CONFIRM_SALT = "events.registration.confirm"


def make_token(registration, salt: str = TOKEN_SALT) -> str:
    # No timestamp in the signature: the link is the same every time it is made.
    return signing.Signer(salt=salt).sign_object({"r": registration.pk}, compress=True)


def make_confirm_token(registration) -> str:
    return make_token(registration, CONFIRM_SALT)


def registration_id(token: str, salt: str = TOKEN_SALT):
    """The registration's primary key a signed link carries, or None for a bad link."""
    try:
        data = signing.Signer(salt=salt).unsign_object(token or "")
    except signing.BadSignature:
        return None
    return data.get("r") if isinstance(data, dict) else None
