"""schema.org ``Event`` data for an event page (a JSON-LD data block, not a script)."""

from __future__ import annotations

import json

from django.utils.html import _json_script_escapes
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from events.choices import EventStatus

SCHEMA_STATUS = {
    EventStatus.SCHEDULED: "https://schema.org/EventScheduled",
    EventStatus.CANCELLED: "https://schema.org/EventCancelled",
    EventStatus.POSTPONED: "https://schema.org/EventPostponed",
    EventStatus.MOVED_ONLINE: "https://schema.org/EventMovedOnline",
}


def attendance_mode(page) -> str:
    in_person = bool(page.venue_name or page.venue_address)
    if page.status == EventStatus.MOVED_ONLINE or not in_person:
        return "https://schema.org/OnlineEventAttendanceMode"
    if page.online_url:
        return "https://schema.org/MixedEventAttendanceMode"
    return "https://schema.org/OfflineEventAttendanceMode"


def event_data(page, request) -> dict:
    locations = []
    if (page.venue_name or page.venue_address) and page.status != EventStatus.MOVED_ONLINE:
        place = {"@type": "Place", "name": page.venue_name or page.venue_address}
        if page.venue_address:
            place["address"] = {
                "@type": "PostalAddress",
                "streetAddress": page.venue_address,
                "addressLocality": "Gdańsk",
                "addressCountry": "PL",
            }
        locations.append(place)
    if page.online_url:
        locations.append({"@type": "VirtualLocation", "url": page.online_url})
    if page.organiser_id and page.organiser.live:
        organizer = {"@type": "Organization", "name": page.organiser.name}
        if page.organiser.website:
            organizer["url"] = page.organiser.website
    else:
        organizer = {
            "@type": "Organization",
            "name": page.organising_body or _("Forum for Integration and Migration"),
        }
    if page.all_day:
        start = page.start_local.date().isoformat()
        end = (page.end_local or page.start_local).date().isoformat()
    else:
        start = page.start_local.isoformat()
        end = page.end_local.isoformat() if page.end else None
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": page.title,
        "description": page.summary,
        "startDate": start,
        "eventStatus": SCHEMA_STATUS.get(page.status, SCHEMA_STATUS[EventStatus.SCHEDULED]),
        "eventAttendanceMode": attendance_mode(page),
        "location": locations[0] if len(locations) == 1 else locations,
        "organizer": organizer,
        "url": page.get_full_url(request),
        "inLanguage": page.language_codes or [page.locale.language_code],
    }
    if end:
        data["endDate"] = end
    return data


def event_json_ld(page, request) -> str:
    """The JSON, escaped so that it cannot close its <script> element."""
    text = json.dumps(event_data(page, request), ensure_ascii=False)
    return mark_safe(text.translate(_json_script_escapes))  # noqa: S308 - escaped above
