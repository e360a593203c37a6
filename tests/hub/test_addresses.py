"""Absolute URLs come from BASE_URL (port included); iCal UIDs use one fixed domain."""

import re

import feedparser
import icalendar
import pytest
from django.core import mail
from django.utils import timezone, translation

from events.factories import create_event
from events.registration import register
from hub.factories import NewsPageFactory
from hub.i18n import language_links
from hub.setup import setup_hub
from tests.consultations.conftest import Answering, build_consultation, respond_url
from tests.council.test_duty_hours import schedule_page

PUBLIC = "http://127.0.0.1:8101"


@pytest.fixture
def on_port_8101(hub, settings):
    """The hub served by `make run PORT=8101`: BASE_URL names the port, setup_hub ran."""
    settings.BASE_URL = settings.WAGTAILADMIN_BASE_URL = PUBLIC
    return setup_hub()


def hosts_in(text):
    return set(re.findall(r"https?://[^/\s\"'<>]+", text))


def test_canonical_and_hreflang_links_carry_the_port_of_base_url(client, on_port_8101):
    html = client.get("/pl/").content.decode()
    assert f'<link rel="canonical" href="{PUBLIC}/pl/"' in html
    assert f'hreflang="uk" href="{PUBLIC}/uk/"' in html
    assert "http://testserver" not in html


def test_views_outside_the_page_tree_use_base_url_not_the_request_host(client, rf, on_port_8101):
    request = rf.get("/en/search/?q=praca", HTTP_HOST="localhost")
    with translation.override("en"):
        links = {link.code: link.full_url for link in language_links(request)}
    assert links["pl"] == f"{PUBLIC}/pl/search/?q=praca"
    robots = client.get("/robots.txt", HTTP_HOST="localhost").content.decode()
    assert f"Sitemap: {PUBLIC}/sitemap.xml" in robots


def test_sitemap_lists_every_page_on_base_url(client, on_port_8101):
    xml = client.get("/sitemap.xml").content.decode()
    assert f"<loc>{PUBLIC}/pl/</loc>" in xml
    assert hosts_in(xml) - {"http://www.sitemaps.org", "http://www.w3.org"} == {PUBLIC}


def test_atom_feed_ids_and_links_are_on_base_url(client, on_port_8101):
    index = on_port_8101["sections"]["hub.NewsIndexPage"]["pl"]
    news = NewsPageFactory.build(locale=index.locale)
    index.add_child(instance=news)
    news.save_revision().publish()
    body = client.get(index.url + "feed/", HTTP_HOST="localhost").content.decode()
    feed = feedparser.parse(body)
    assert feed.feed.id == f"{PUBLIC}{index.url}"
    assert feed.entries and all(e.id.startswith(PUBLIC + "/") for e in feed.entries)
    assert all(e.link.startswith(PUBLIC + "/") for e in feed.entries)
    assert "localhost" not in body


def test_ical_urls_use_base_url_and_uids_one_fixed_domain(client, on_port_8101, settings):
    calendar = on_port_8101["sections"]["events.EventIndexPage"]["pl"]
    event = create_event(calendar)
    feed = icalendar.Calendar.from_ical(client.get(calendar.url + "ical/").content)
    ours = next(c for c in feed.walk("VEVENT") if str(c["summary"]) == event.title)
    assert str(ours["url"]) == f"{PUBLIC}{event.url}"
    assert str(ours["uid"]) == f"event-{event.translation_key}@forum-integracji.gdansk.pl"

    duty_hours = on_port_8101["sections"]["council.CouncilDutyHoursPage"]["pl"]
    schedule_page(duty_hours, timezone.localdate())
    duty = icalendar.Calendar.from_ical(client.get(duty_hours.url + "ical/").content)
    uids = {str(c["uid"]) for c in duty.walk("VEVENT")}
    assert uids and all(uid.endswith("@forum-integracji.gdansk.pl") for uid in uids)

    # Moving the site to another address keeps every UID.
    settings.BASE_URL = settings.WAGTAILADMIN_BASE_URL = "https://forum.example.org"
    setup_hub()
    moved = icalendar.Calendar.from_ical(client.get(calendar.url + "ical/").content)
    again = next(c for c in moved.walk("VEVENT") if str(c["summary"]) == event.title)
    assert str(again["uid"]) == str(ours["uid"])
    assert str(again["url"]) == f"https://forum.example.org{event.url}"


def test_emails_link_to_base_url(client, on_port_8101, django_capture_on_commit_callbacks):
    calendar = on_port_8101["sections"]["events.EventIndexPage"]["pl"]
    event = create_event(calendar, registration_enabled=True, capacity=3)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        register(event, name="Iryna Shevchenko", email="iryna@example.org")
    consultation = build_consultation(
        on_port_8101["sections"]["consultations.ConsultationIndexPage"]["pl"]
    )
    answering = Answering(consultation)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            respond_url(consultation),
            answering.valid_data(email="iryna@example.org"),
            HTTP_HOST="localhost",
        )
    assert len(mail.outbox) == 2
    for message in mail.outbox:
        links = hosts_in(message.body)
        assert links == {PUBLIC}, (message.subject, links)
