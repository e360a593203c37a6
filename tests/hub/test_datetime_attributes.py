"""Every ``<time datetime>`` is a valid HTML date/time string, never with microseconds.

Pages of every type are built with moments that carry microseconds (as ``now()``
does), then every public page of the sitemap is read.
"""

import datetime
import re

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from council.factories import CouncilMeetingPageFactory
from events.factories import EventPageFactory, create_event
from forum.factories import ConsultationPageFactory, PlenarySessionPageFactory
from hub.factories import NewsPageFactory
from hub.templatetags.hub_tags import html_datetime
from tests.public_pages import public_paths

# Reads the seeded demo hub; drop this mark once the module builds its own data.
pytestmark = pytest.mark.demo

# The HTML standard's valid date, time, and (local or global) date-and-time strings.
DATE = r"\d{4,}-\d{2}-\d{2}"
TIME = r"\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?"
OFFSET = r"(?:Z|[+-]\d{2}:?\d{2})"
VALID = re.compile(rf"{DATE}|{TIME}|{DATE}[T ]{TIME}{OFFSET}?")


def moment(days):
    return (timezone.now() + datetime.timedelta(days=days)).replace(microsecond=123456)


def datetime_attributes(html):
    return [t["datetime"] for t in BeautifulSoup(html, "html.parser").select("[datetime]")]


def test_no_page_shows_a_moment_with_a_fraction_of_a_second(client, hub):
    sections = hub["sections"]
    NewsPageFactory(parent=sections["hub.NewsIndexPage"]["pl"], publication_date=moment(-1))
    for index, factory in (
        ("events.EventIndexPage", EventPageFactory),
        ("forum.PlenarySessionIndexPage", PlenarySessionPageFactory),
        ("council.CouncilMeetingIndexPage", CouncilMeetingPageFactory),
    ):
        start = moment(3)
        create_event(sections[index]["pl"], factory=factory, start=start, end=start)
    ConsultationPageFactory(
        parent=sections["consultations.ConsultationIndexPage"]["pl"],
        opens_at=moment(-2),
        closes_at=moment(5),
    )
    seen, invalid = 0, {}
    for path in public_paths(client):
        response = client.get(path)
        for value in datetime_attributes(response.content):
            seen += 1
            if not VALID.fullmatch(value) or re.search(r":\d{2}\.\d", value):
                invalid.setdefault(path, []).append(value)
    assert seen > 50
    assert not invalid, invalid


def test_a_moment_is_given_to_the_second_with_its_offset_and_a_date_as_a_date():
    winter = datetime.datetime(2026, 12, 2, 13, 5, 9, 987654, tzinfo=datetime.UTC)
    assert html_datetime(winter) == "2026-12-02T14:05:09+01:00"
    assert html_datetime(winter, "date") == "2026-12-02"
    assert html_datetime(datetime.date(2026, 6, 30)) == "2026-06-30"
    assert html_datetime(None) == ""
    for value in (html_datetime(winter), "2026-12-02", "17:00", "2026-12-02T14:05:09.5Z"):
        assert VALID.fullmatch(value), value
    assert not VALID.fullmatch("2026-12-02T14:05:09.987654+01:00")
