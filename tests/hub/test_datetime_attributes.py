"""Every ``<time datetime>`` is a valid HTML date/time string, never with microseconds.

Pages of every type are built with moments that carry microseconds (as ``now()``
does), then every public page of the sitemap is read.
"""

import datetime
import re

from bs4 import BeautifulSoup
from django.utils import timezone

from hub.templatetags.hub_tags import html_datetime
from tests.public_pages import build_public_site, public_paths

# The HTML standard's valid date, time, and (local or global) date-and-time strings.
DATE = r"\d{4,}-\d{2}-\d{2}"
TIME = r"\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?"
OFFSET = r"(?:Z|[+-]\d{2}:?\d{2})"
VALID = re.compile(rf"{DATE}|{TIME}|{DATE}[T ]{TIME}{OFFSET}?")


def datetime_attributes(html):
    return [t["datetime"] for t in BeautifulSoup(html, "html.parser").select("[datetime]")]


def test_no_page_shows_a_moment_with_a_fraction_of_a_second(client, hub):
    # Every moment of every page carries microseconds, as ``now()`` gives them.
    site = build_public_site(hub, now=timezone.now().replace(microsecond=123456))
    seen, invalid = {}, {}
    for path in public_paths(client):
        response = client.get(path)
        seen[path] = datetime_attributes(response.content)
        for value in seen[path]:
            if not VALID.fullmatch(value) or re.search(r":\d{2}\.\d", value):
                invalid.setdefault(path, []).append(value)
    assert not invalid, invalid
    # The pages that show a moment were read, and they did show it.
    for name in ("news", "event", "plenary", "meeting", "minutes", "opinion", "consultation"):
        assert seen[site[name].url], name
    assert sum(len(values) for values in seen.values()) > 20


def test_a_moment_is_given_to_the_second_with_its_offset_and_a_date_as_a_date():
    winter = datetime.datetime(2026, 12, 2, 13, 5, 9, 987654, tzinfo=datetime.UTC)
    assert html_datetime(winter) == "2026-12-02T14:05:09+01:00"
    assert html_datetime(winter, "date") == "2026-12-02"
    assert html_datetime(datetime.date(2026, 6, 30)) == "2026-06-30"
    assert html_datetime(None) == ""
    for value in (html_datetime(winter), "2026-12-02", "17:00", "2026-12-02T14:05:09.5Z"):
        assert VALID.fullmatch(value), value
    assert not VALID.fullmatch("2026-12-02T14:05:09.987654+01:00")
