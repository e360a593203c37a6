"""Registering, cancelling and promoting from the waiting list, and the e-mails.

Every change of seats happens inside one transaction that first locks the
event's ``SharedEvent`` row, so seats are counted and taken by one request at
a time for that event (on PostgreSQL; SQLite serialises writers anyway).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from events.models import ACTIVE, Registration, RegistrationStatus, SharedEvent
from hub.mail import queue_mail

TOKEN_SALT = "events.registration"


class RegistrationClosed(Exception):
    """The event takes no registrations now (cancelled, started, or full with no list)."""


@dataclass
class Outcome:
    registration: Registration
    created: bool


def make_token(registration: Registration) -> str:
    # No timestamp in the signature: the link is the same every time it is made.
    return signing.Signer(salt=TOKEN_SALT).sign_object({"r": registration.pk}, compress=True)


def registration_for_token(token: str, shared: SharedEvent | None = None):
    """The registration a signed link points at, or None for a bad or erased one."""
    try:
        data = signing.Signer(salt=TOKEN_SALT).unsign_object(token or "")
    except signing.BadSignature:
        return None
    if not isinstance(data, dict):
        return None
    registration = Registration.objects.filter(pk=data.get("r"), erased_at__isnull=True)
    if shared is not None:
        registration = registration.filter(event=shared)
    return registration.select_related("event").first()


def seats_taken(shared: SharedEvent) -> int:
    return shared.registrations.filter(status=RegistrationStatus.CONFIRMED).count()


def register(page, *, name, email, organisation="", accessibility_needs="", language=None):
    """Register a person for ``page``'s event; the same e-mail twice registers once."""
    email = email.strip().lower()
    shared = SharedEvent.for_page(page)
    try:
        with transaction.atomic():
            shared = SharedEvent.objects.select_for_update().get(pk=shared.pk)
            existing = shared.registrations.filter(email=email, status__in=ACTIVE).first()
            if existing is not None:
                return Outcome(existing, created=False)
            if not page.registration_open:
                raise RegistrationClosed
            if shared.capacity != page.capacity:
                shared.capacity = page.capacity
                shared.save(update_fields=["capacity"])
            if seats_taken(shared) < (shared.capacity or 0):
                status = RegistrationStatus.CONFIRMED
            elif page.waitlist_enabled:
                status = RegistrationStatus.WAITLISTED
            else:
                raise RegistrationClosed
            registration = Registration.objects.create(
                event=shared,
                page=page,
                language=language or translation.get_language() or settings.LANGUAGE_CODE,
                name=name.strip(),
                email=email,
                organisation=organisation.strip(),
                accessibility_needs=accessibility_needs.strip(),
                status=status,
                consent_at=timezone.now(),
            )
            send_registration_email(registration, "registered")
    except IntegrityError:
        # Two submits of the same person raced past the check (only without row locks).
        existing = shared.registrations.filter(email=email, status__in=ACTIVE).first()
        if existing is None:
            raise
        return Outcome(existing, created=False)
    return Outcome(registration, created=True)


def cancel(registration: Registration) -> list[Registration]:
    """Cancel a registration; fill freed seats from the waiting list. Returns the promoted."""
    with transaction.atomic():
        shared = SharedEvent.objects.select_for_update().get(pk=registration.event_id)
        registration = Registration.objects.get(pk=registration.pk)
        if not registration.is_active:
            return []
        registration.status = RegistrationStatus.CANCELLED
        registration.cancelled_at = timezone.now()
        registration.save(update_fields=["status", "cancelled_at"])
        send_registration_email(registration, "cancelled")
        return _promote(shared)


def fill_free_seats(shared: SharedEvent) -> list[Registration]:
    """Give free seats (more seats published, say) to the people waiting longest."""
    with transaction.atomic():
        shared = SharedEvent.objects.select_for_update().get(pk=shared.pk)
        return _promote(shared)


def _promote(shared: SharedEvent) -> list[Registration]:
    """Inside the lock: move the first people waiting into free seats and tell them."""
    free = (shared.capacity or 0) - seats_taken(shared)
    if free <= 0 or (shared.start is not None and shared.start <= timezone.now()):
        return []
    promoted = []
    waiting = shared.registrations.filter(status=RegistrationStatus.WAITLISTED)
    for person in waiting.order_by("created_at", "pk")[:free]:
        person.status = RegistrationStatus.CONFIRMED
        person.promoted_at = timezone.now()
        person.save(update_fields=["status", "promoted_at"])
        promoted.append(person)
        send_registration_email(person, "promoted")
    return promoted


def waitlist_position(registration: Registration) -> int | None:
    if registration.status != RegistrationStatus.WAITLISTED:
        return None
    ahead = registration.event.registrations.filter(
        status=RegistrationStatus.WAITLISTED, created_at__lte=registration.created_at
    ).exclude(created_at=registration.created_at, pk__gt=registration.pk)
    return ahead.count()


def _event_page(registration: Registration):
    """The language copy the person registered through (or any live copy)."""
    from events.models import EventPage

    page = registration.page
    if page is None or not page.live:
        page = EventPage.objects.live().filter(translation_key=registration.event.translation_key)
        page = page.filter(locale__language_code=registration.language).first() or page.first()
    return page


def manage_url(registration: Registration) -> str:
    from urllib.parse import urlencode

    page = _event_page(registration)
    if page is None:
        return ""
    base = page.get_full_url() + "registration/"
    return f"{base}?{urlencode({'token': make_token(registration)})}"


def send_registration_email(registration: Registration, what: str):
    """Queue the e-mail ``registered``, ``promoted`` or ``cancelled`` in the person's language.

    Called inside the transaction that changes the registration, so the two are
    stored together; ``hub.mail`` sends it after the commit and retries later.
    """
    if not registration.email:
        return
    page = _event_page(registration)
    with translation.override(registration.language):
        context = {
            "registration": registration,
            "page": page.specific if page is not None else None,
            "manage_url": manage_url(registration),
            "what": what,
        }
        subject = render_to_string(f"events/email/{what}_subject.txt", context).strip()
        body = render_to_string(f"events/email/{what}.txt", context)
    queue_mail(subject, body, registration.email)
