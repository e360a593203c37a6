"""The calendar's routes: list, archive, month view, feeds, and an event's own routes."""

from __future__ import annotations

import dataclasses
import datetime
import heapq
from urllib.parse import urlencode

from django.conf import settings
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.translation import get_language_info
from django.utils.translation import gettext as _

from events import feed_cache, ical
from events.choices import WARSAW, EventKind, RegistrationStatus
from events.forms import RegistrationForm
from events.jsonld import event_json_ld
from events.listing import (
    EVENT_LANGUAGES,
    FILTER_PARAMETERS,
    EventFilters,
    in_month,
    month_bounds,
    month_choices,
    month_grid,
    month_start,
    next_month,
    previous_month,
)
from events.occurrences import EventsWithOccurrences, OccurrenceWindow, calendar_occurrences
from events.records import SharedEvent
from events.registration import (
    RegistrationClosed,
    cancel,
    confirm,
    registration_for_token,
    seats_taken,
    waitlist_position,
)
from events.registration import register as register_person
from events.tokens import CONFIRM_SALT, TOKEN_SALT, make_token
from hub.models import Organisation, ThematicArea
from hub.pagination import paginate
from hub.ratelimit import client_key, limit_key, over_limit
from hub.retention import retention_days

EVENTS_PER_PAGE = 20


def _filter_choices(index):
    areas = list(ThematicArea.objects.filter(locale_id=index.locale_id))
    organisations = list(
        Organisation.objects.live()
        .filter(locale_id=index.locale_id, active=True)
        .only("pk", "name", "slug")
    )
    return areas, organisations


FEED_LABELS = {"area": "area", "group": "group", "organisation": "organiser", "kind": "kind"}


def _common_context(index, request, filters, areas, organisations):
    scope = filters.feed_scope()
    return {
        "filter_label": filters.labels[FEED_LABELS[scope[0]]] if scope else "",
        "query": filters.querystring(),
        "filters": filters,
        "areas": areas,
        "organisations": organisations,
        "kinds": EventKind.choices,
        "event_languages": EVENT_LANGUAGES,
        "feed_scope": filters.feed_scope(),
    }


def _occurrences(index, filters, window):
    """The calendar's generated occurrences (duty hours) that pass the filters."""
    if filters.area or filters.group or filters.organiser:
        return []
    if filters.language:  # filtered here, so the limit applies after it
        window = dataclasses.replace(window, limit=None)
    found = [o for o in calendar_occurrences(index.locale, window) if filters.admits(o)]
    return found[: window.limit] if window.limit is not None else found


def event_list(index, request, archive: bool):
    areas, organisations = _filter_choices(index)
    filters = EventFilters.from_request(request, areas, organisations)
    events = index.events()
    events = events.past() if archive else events.upcoming()
    now = timezone.now()
    window = OccurrenceWindow(
        ends_from=None if archive else now,
        ends_before=now if archive else None,
        descending=archive,
    )
    if filters.month:
        window = dataclasses.replace(
            window,
            ends_from=max(filter(None, [window.ends_from, month_start(*filters.month)])),
            starts_before=month_start(*next_month(*filters.month)),
        )
    listed = EventsWithOccurrences(
        filters.apply(events),
        lambda limit: _occurrences(index, filters, dataclasses.replace(window, limit=limit)),
        descending=archive,
    )
    page_obj = paginate(request, listed, EVENTS_PER_PAGE)
    context = _common_context(index, request, filters, areas, organisations)
    context.update(
        page_obj=page_obj,
        archive=archive,
        months=month_choices(archive),
    )
    return index.render(request, context_overrides=context)


def this_month(index, request):
    now = timezone.now().astimezone(WARSAW)
    url = index.reverse_subpage("month_route", args=(now.year, now.month))
    # Only the filters go along, one short value each: whatever else was sent (a
    # page-long query) would make the redirect's address too long to follow.
    kept = {name: request.GET.get(name, "") for name in FILTER_PARAMETERS}
    query = urlencode({name: value for name, value in kept.items() if 0 < len(value) <= 100})
    return HttpResponseRedirect(index.url + url + (f"?{query}" if query else ""))


def month(index, request, year, month):
    first, last = month_bounds(index.events())
    if not (1 <= month <= 12 and first <= (year, month) <= last):
        raise Http404
    areas, organisations = _filter_choices(index)
    filters = EventFilters.from_request(request, areas, organisations)
    filters.month = None
    events = filters.apply(in_month(index.events(), year, month)).order_by("start", "pk")
    occurrences = _occurrences(
        index,
        filters,
        OccurrenceWindow(
            ends_from=month_start(year, month),
            starts_before=month_start(*next_month(year, month)),
        ),
    )
    events = heapq.merge(events, occurrences, key=lambda item: item.start)
    context = _common_context(index, request, filters, areas, organisations)
    previous, following = previous_month(year, month), next_month(year, month)
    context.update(
        month_date=month_start(year, month),
        weeks=month_grid(year, month, events),
        weekdays=[datetime.date(2024, 1, day) for day in range(1, 8)],  # a Monday to Sunday
        previous_url=(
            index.reverse_subpage("month_route", args=previous) if previous >= first else ""
        ),
        next_url=index.reverse_subpage("month_route", args=following) if following <= last else "",
        previous_date=month_start(*previous),
        next_date=month_start(*following),
        filter_query=filters.querystring(with_month=False),
        list_query=filters.querystring(month=f"{year:04d}-{month:02d}"),
        month_url=index.url + index.reverse_subpage("month_route", args=(year, month)),
    )
    return index.render(request, template="events/event_month.html", context_overrides=context)


def _ics_response(content: bytes, filename: str):
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = content_disposition_header(False, filename)
    response["Cache-Control"] = "public, max-age=900"
    return response


FEED_SCOPES = ("area", "group", "organisation", "kind")


def feed(index, request, scope=None, value=None):
    filters = EventFilters()
    name = _("Forum for Integration and Migration: calendar")
    if scope is not None:
        if scope not in FEED_SCOPES:
            raise Http404
        if scope in ("area", "group"):
            area = ThematicArea.objects.filter(locale_id=index.locale_id, code=value).first()
            if area is None:
                raise Http404
            setattr(filters, scope, value)
            label = area.name if scope == "area" else _("working group: %s") % area.name
        elif scope == "organisation":
            org = Organisation.objects.live().filter(locale_id=index.locale_id, slug=value).first()
            if org is None:
                raise Http404
            filters.organiser, label = value, org.name
        else:
            if value not in EventKind.values:
                raise Http404
            filters.kind, label = value, EventKind(value).label
        name = f"{name} · {label}"
    suffix = f"-{scope}-{value}" if scope else ""

    def build():
        window = ical.feed_window()
        events = filters.apply(index.events().with_finish().filter(finishes_at__gte=window))
        occurrences = _occurrences(index, filters, OccurrenceWindow(ends_from=window))
        return ical.build_calendar(
            events.order_by("start", "pk"), request, name, occurrences=occurrences
        )

    content = feed_cache.cached_feed(index, f"feed{suffix}", build)
    return _ics_response(content, f"calendar{suffix}-{index.locale.language_code}.ics")


def event_ical(page, request):
    content = ical.build_calendar([page], request, page.title)
    return _ics_response(content, f"{page.slug}.ics")


def event_context(page, request):
    context = {
        "json_ld": event_json_ld(page, request),
        "languages_spoken": [_language_name(code) for code in page.language_codes],
    }
    if page.registration_enabled:
        shared = SharedEvent.objects.filter(translation_key=page.translation_key).first()
        taken = seats_taken(shared) if shared else 0
        capacity = page.capacity or 0
        context.update(
            registration_form=RegistrationForm(),
            seats_left=max(capacity - taken, 0),
            waitlist_open=page.waitlist_enabled,
            information_days=_retention_days(),
        )
    return context


def _language_name(code):
    names = dict(EVENT_LANGUAGES)
    if code in names:
        return str(names[code])
    try:
        return get_language_info(code)["name_translated"]
    except KeyError:
        return code


def _retention_days():
    return retention_days("event_registrations", 30)


def _form_again(page, request, form, status=200):
    """The event page with the registration form as it was sent, and its messages."""
    response = page.render(
        request, context_overrides={"registration_form": form, "form_has_errors": True}
    )
    response.status_code = status
    return response


def register(page, request):
    if request.method != "POST":
        return HttpResponseRedirect(page.url + "#registration")
    form = RegistrationForm(request.POST)
    if form.is_spam():
        # The trap was filled: nothing is stored, counted or sent; what was typed stays.
        form.is_valid()
        form._errors = {}
        form.add_error(
            None,
            _(
                "We could not accept this registration because a field meant to stay "
                "empty was filled in. If you filled in the form yourself, please write to us."
            ),
        )
        return _form_again(page, request, form, status=400)
    if not page.registration_open:
        form.add_error(None, _("Registration for this event is closed."))
    if not form.is_valid():
        return _form_again(page, request, form)
    data = form.cleaned_data
    if registrations_limited(request, data["email"]):
        form.add_error(
            None,
            _(
                "Too many registrations were sent from here or for this e-mail address. "
                "Please try again in an hour."
            ),
        )
        return _form_again(page, request, form, status=429)
    try:
        outcome = register_person(
            page,
            name=data["name"],
            email=data["email"],
            organisation=data["organisation"],
            accessibility_needs=data["accessibility_needs"],
        )
    except RegistrationClosed:
        form.add_error(None, _("Sorry, all seats are taken and there is no waiting list."))
        return _form_again(page, request, form)
    query = urlencode({"token": outcome.registration.token, "new": "1" if outcome.created else ""})
    return HttpResponseRedirect(page.url + "registration/?" + query)


def registrations_limited(request, email):
    """Count one registration for this client and this address; True when over a limit."""
    window = settings.EVENTS_REGISTRATION_RATE_WINDOW
    by_client = over_limit(
        client_key(request, "events:registrations"),
        settings.EVENTS_REGISTRATION_RATE_LIMIT,
        window,
    )
    by_email = over_limit(
        limit_key("events:registrations:email", email.strip().lower()),
        settings.EVENTS_REGISTRATION_EMAIL_LIMIT,
        window,
    )
    return by_client or by_email


def _registration_for_request(page, request, salt):
    token = request.POST.get("token") or request.GET.get("token", "")
    shared = SharedEvent.objects.filter(translation_key=page.translation_key).first()
    return token, (registration_for_token(token, shared, salt) if shared else None)


def _registration_page(page, request, found, context, template="events/registration.html"):
    """A registration's own page: noindex; 404 for no registration, 410 once the event is over."""
    context = {"registration": found, "statuses": RegistrationStatus, **context}
    response = page.render(request, template=template, context_overrides=context)
    response["X-Robots-Tag"] = "noindex"
    if found is None:
        response.status_code = 404
    elif context.get("event_over"):
        response.status_code = 410
    return response


def registration(page, request):
    token, found = _registration_for_request(page, request, TOKEN_SALT)
    # Once the event is over the link has done its work: it shows only that.
    event_over = found is not None and page.is_past
    cancelled_now = False
    if found is not None and not event_over and request.method == "POST" and found.is_active:
        cancel(found)
        found.refresh_from_db()
        cancelled_now = True
    context = {
        "event_over": event_over,
        "token": token,
        "just_registered": request.GET.get("new") == "1",
        "cancelled_now": cancelled_now,
        "waitlist_position": waitlist_position(found) if found else None,
    }
    return _registration_page(page, request, found, context)


def confirm_registration(page, request):
    """The e-mailed link: a GET shows a button (mail scanners open links), the POST confirms."""
    token, found = _registration_for_request(page, request, CONFIRM_SALT)
    event_over = found is not None and page.is_past
    outcome = None
    if found is not None and not event_over and request.method == "POST":
        outcome = confirm(found)
        found = outcome.registration
    context = {
        "event_over": event_over,
        "token": token,
        "outcome": outcome.kind if outcome else None,
        "hold_over": found is not None and found.hold_over,
        "manage_token": make_token(found) if found else "",
    }
    return _registration_page(
        page, request, found, context, template="events/registration_confirm.html"
    )
