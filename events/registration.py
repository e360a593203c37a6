"""Registering, confirming, cancelling and promoting from the waiting list, and the e-mails.

Every change of seats happens inside one transaction that first locks the
event's ``SharedEvent`` row, so seats are counted and taken by one request at
a time for that event (on PostgreSQL; SQLite serialises writers anyway).

On an event that requires e-mail confirmation a new registration is
``pending``: it holds a seat for ``EVENTS_CONFIRMATION_HOLD_MINUTES`` until the
person opens the link e-mailed to them and confirms (``pending_waitlist`` when
the seats were taken: confirmed, it joins the waiting list).  A hold past its
time counts for nothing: ``seats_taken`` ignores it, and under the lock
``_promote`` marks it ``expired`` and gives the seat to the people waiting
(on every registration, confirmation and cancellation of the event, and from
``apply_retention``).  Confirming late registers again if a seat is free.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from urllib.parse import urlencode

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import timezone, translation
from wagtail.models import Page

from events.choices import ACTIVE, PENDING, RegistrationStatus
from events.records import Registration, SharedEvent
from events.tokens import TOKEN_SALT, make_confirm_token, make_token, registration_id
from hub.mail import queue_mail


class RegistrationClosed(Exception):
    """The event takes no registrations now (cancelled, started, or full with no list)."""


@dataclass
class Outcome:
    registration: Registration
    created: bool


def registration_for_token(token: str, shared: SharedEvent | None = None, salt=TOKEN_SALT):
    """The registration a signed link points at, or None for a bad or erased one."""
    pk = registration_id(token, salt)
    if pk is None:
        return None
    registration = Registration.objects.filter(pk=pk, erased_at__isnull=True)
    if shared is not None:
        registration = registration.filter(event=shared)
    return registration.select_related("event").first()


def hold_period() -> timedelta:
    return timedelta(minutes=settings.EVENTS_CONFIRMATION_HOLD_MINUTES)


def seats_taken(shared: SharedEvent, now=None) -> int:
    """Confirmed seats plus the seats held, until their time runs out, for confirmation."""
    now = now or timezone.now()
    holding = Q(status=RegistrationStatus.CONFIRMED) | Q(
        status=RegistrationStatus.PENDING, hold_expires_at__gt=now
    )
    return shared.registrations.filter(holding).count()


def _release_expired(shared: SharedEvent, now) -> int:
    """Inside the lock: unconfirmed registrations past their time become ``expired``."""
    return shared.registrations.filter(status__in=PENDING, hold_expires_at__lte=now).update(
        status=RegistrationStatus.EXPIRED
    )


def register(page, *, name, email, organisation="", accessibility_needs="", language=None):
    """Register a person for ``page``'s event; the same e-mail twice registers once."""
    email = email.strip().lower()
    shared = SharedEvent.for_page(page)
    try:
        with transaction.atomic():
            shared = SharedEvent.objects.select_for_update().get(pk=shared.pk)
            if shared.capacity != page.capacity:
                shared.capacity = page.capacity
                shared.save(update_fields=["capacity"])
            now = timezone.now()
            _promote(shared, now)  # expired holds first go to the people waiting
            existing = shared.registrations.filter(email=email, status__in=ACTIVE).first()
            if existing is not None:
                return Outcome(existing, created=False)
            if not page.registration_open:
                raise RegistrationClosed
            seat_free = seats_taken(shared, now) < (shared.capacity or 0)
            if not seat_free and not page.waitlist_enabled:
                raise RegistrationClosed
            hold_expires_at = None
            if page.require_email_confirmation:
                status = (
                    RegistrationStatus.PENDING if seat_free else RegistrationStatus.PENDING_WAITLIST
                )
                hold_expires_at = now + hold_period()
            else:
                status = (
                    RegistrationStatus.CONFIRMED if seat_free else RegistrationStatus.WAITLISTED
                )
            registration = Registration.objects.create(
                event=shared,
                page=page,
                language=language or translation.get_language() or settings.LANGUAGE_CODE,
                name=name.strip(),
                email=email,
                organisation=organisation.strip(),
                accessibility_needs=accessibility_needs.strip(),
                status=status,
                consent_at=now,
                hold_expires_at=hold_expires_at,
            )
            send_registration_email(registration, "confirm" if status in PENDING else "registered")
    except IntegrityError:
        # Two submits of the same person raced past the check (only without row locks).
        existing = shared.registrations.filter(email=email, status__in=ACTIVE).first()
        if existing is None:
            raise
        return Outcome(existing, created=False)
    return Outcome(registration, created=True)


class Confirmation:
    """What confirming a registration came to (``kind``), and the registration now."""

    CONFIRMED = "confirmed"  # in time: the held seat, or the place on the waiting list
    ALREADY = "already"  # confirmed before (a second click)
    LATE_CONFIRMED = "late_confirmed"  # too late, but a seat was still free: registered again
    LATE_WAITLISTED = "late_waitlisted"  # too late and full: on the waiting list now
    LATE_FULL = "late_full"  # too late, full, and no waiting list
    SUPERSEDED = "superseded"  # too late, and the person has registered again since
    CLOSED = "closed"  # too late, and registration has closed (or it was cancelled)

    def __init__(self, kind, registration):
        self.kind = kind
        self.registration = registration


def confirm(registration: Registration) -> Confirmation:
    """Confirm a registration from its e-mailed link, in time or (if seats allow) late."""
    page = _event_page(registration)
    with transaction.atomic():
        shared = SharedEvent.objects.select_for_update().get(pk=registration.event_id)
        registration = Registration.objects.get(pk=registration.pk)
        if registration.status in (RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED):
            return Confirmation(Confirmation.ALREADY, registration)
        if registration.status == RegistrationStatus.CANCELLED:
            return Confirmation(Confirmation.CLOSED, registration)
        now = timezone.now()
        _promote(shared, now)  # this hold too, if its time is over
        registration.refresh_from_db()
        late = registration.status == RegistrationStatus.EXPIRED
        if late:
            newer = shared.registrations.filter(email=registration.email, status__in=ACTIVE)
            newer = newer.exclude(pk=registration.pk).first()
            if newer is not None:
                return Confirmation(Confirmation.SUPERSEDED, newer)
            if page is None or not page.specific.registration_open:
                return Confirmation(Confirmation.CLOSED, registration)
        waitlist = page is not None and page.specific.waitlist_enabled
        if registration.status == RegistrationStatus.PENDING or (
            seats_taken(shared, now) < (shared.capacity or 0)
        ):
            registration.status = RegistrationStatus.CONFIRMED
            kind = Confirmation.LATE_CONFIRMED if late else Confirmation.CONFIRMED
        elif registration.status == RegistrationStatus.PENDING_WAITLIST or waitlist:
            registration.status = RegistrationStatus.WAITLISTED
            kind = Confirmation.LATE_WAITLISTED if late else Confirmation.CONFIRMED
        else:
            return Confirmation(Confirmation.LATE_FULL, registration)
        registration.email_confirmed_at = now
        registration.save(update_fields=["status", "email_confirmed_at"])
        send_registration_email(registration, "registered")
        return Confirmation(kind, registration)


def release_expired_holds(now=None) -> int:
    """Expire every unconfirmed hold past its time and fill the seats from the waiting lists."""
    now = now or timezone.now()
    overdue = Registration.objects.filter(status__in=PENDING, hold_expires_at__lte=now)
    released = 0
    for shared_id in overdue.values_list("event_id", flat=True).distinct().order_by():
        with transaction.atomic():
            shared = SharedEvent.objects.select_for_update().get(pk=shared_id)
            released += _release_expired(shared, now)
            _promote(shared, now)
    return released


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


def _promote(shared: SharedEvent, now=None) -> list[Registration]:
    """Inside the lock: release expired holds, move the first people waiting into free seats.

    Returns the people promoted (each is told by e-mail).
    """
    now = now or timezone.now()
    _release_expired(shared, now)
    free = (shared.capacity or 0) - seats_taken(shared, now)
    if free <= 0 or (shared.start is not None and shared.start <= now):
        return []
    promoted = []
    waiting = shared.registrations.filter(status=RegistrationStatus.WAITLISTED)
    for person in waiting.order_by("created_at", "pk")[:free]:
        person.status = RegistrationStatus.CONFIRMED
        person.promoted_at = now
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
    page = registration.page
    if page is None or not page.live:
        # Every page with the event's translation key is one of its language copies.
        page = Page.objects.live().filter(translation_key=registration.event.translation_key)
        page = page.filter(locale__language_code=registration.language).first() or page.first()
    return page


def manage_url(registration: Registration, confirm=False) -> str:
    """The absolute link to see or cancel a registration (or, ``confirm``, to confirm it)."""
    page = _event_page(registration)
    if page is None:
        return ""
    if confirm:
        base, token = "registration/confirm/", make_confirm_token(registration)
    else:
        base, token = "registration/", make_token(registration)
    return f"{page.get_full_url()}{base}?{urlencode({'token': token})}"


def send_registration_email(registration: Registration, what: str):
    """Queue the e-mail ``confirm``, ``registered``, ``promoted`` or ``cancelled``.

    In the person's language.

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
            "confirm_url": manage_url(registration, confirm=True) if what == "confirm" else "",
            "what": what,
        }
        subject = render_to_string(f"events/email/{what}_subject.txt", context).strip()
        body = render_to_string(f"events/email/{what}.txt", context)
    queue_mail(subject, body, registration.email)
