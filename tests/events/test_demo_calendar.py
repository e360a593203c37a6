"""The seeded demo calendar covers what the browser tests visit.

This module checks the demo itself, so it reads the seeded demo hub by design.
"""

import pytest

from events.models import EventKind, EventPage, Registration, RegistrationStatus, SharedEvent

pytestmark = pytest.mark.demo


def test_demo_calendar_covers_what_the_browser_tests_visit(calendar):
    events = EventPage.objects.filter(locale=calendar.locale, content_type__model="eventpage")
    kinds = set(events.values_list("kind", flat=True))
    # Every kind but duty hours, which the calendar reads from the Council's schedule.
    assert kinds == set(EventKind.values) - {EventKind.DUTY_HOURS}
    assert events.filter(status="cancelled").exists()
    workshop = events.get(slug="warsztaty-cv-po-polsku")
    shared = SharedEvent.objects.get(translation_key=workshop.translation_key)
    statuses = list(shared.registrations.values_list("status", flat=True))
    assert statuses.count(RegistrationStatus.CONFIRMED) == workshop.capacity
    assert statuses.count(RegistrationStatus.WAITLISTED) >= 1
    october = events.get(slug="nocny-maraton-filmowy")
    assert october.start_local.utcoffset() != october.end_local.utcoffset()
    march = events.get(slug="wiosenny-bieg-integracyjny")
    assert (march.start_local.month, march.start_local.day) == (3, 28)
    for code in ("en", "uk"):
        assert workshop.get_translation_or_none(
            workshop.locale.__class__.objects.get(language_code=code)
        ), code
    assert Registration.objects.filter(email__endswith="@example.org").exists()
