"""schema.org Event JSON-LD on event pages."""

import json
import re

from hub.models import Organisation


def json_ld(client, page):
    html = client.get(page.url).content.decode()
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert match, "no JSON-LD on the page"
    return json.loads(match.group(1))


def test_event_json_ld_describes_a_place_and_the_organiser(client, calendar, make_event):
    organisation = Organisation.objects.create(
        name="Fundacja Dane",
        slug="fundacja-dane",
        website="https://dane.example.org",
        locale=calendar.locale,
    )
    page = make_event(
        title="Warsztat z danymi",
        venue_name="Biblioteka Manhattan",
        venue_address="al. Grunwaldzka 82, 80-244 Gdańsk",
        organiser=organisation,
        languages="pl, uk",
    )
    data = json_ld(client, page)
    assert data["@type"] == "Event"
    assert data["name"] == "Warsztat z danymi"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["location"]["@type"] == "Place"
    assert data["location"]["address"]["streetAddress"] == "al. Grunwaldzka 82, 80-244 Gdańsk"
    assert data["organizer"] == {
        "@type": "Organization",
        "name": "Fundacja Dane",
        "url": "https://dane.example.org",
    }
    assert data["startDate"] == page.start_local.isoformat()
    assert data["inLanguage"] == ["pl", "uk"]


def test_cancelled_event_is_cancelled_in_json_ld(client, make_event):
    page = make_event(title="Odwołane", status="cancelled")
    assert json_ld(client, page)["eventStatus"] == "https://schema.org/EventCancelled"


def test_online_event_has_a_virtual_location(client, make_event):
    page = make_event(
        title="Online", venue_name="", venue_address="", online_url="https://meet.example.org/a"
    )
    data = json_ld(client, page)
    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert data["location"] == {"@type": "VirtualLocation", "url": "https://meet.example.org/a"}
    assert data["organizer"]["name"]


def test_hybrid_event_has_both_locations(client, make_event):
    page = make_event(title="Hybrydowe", online_url="https://meet.example.org/h")
    data = json_ld(client, page)
    assert data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    assert [place["@type"] for place in data["location"]] == ["Place", "VirtualLocation"]


def test_json_ld_cannot_close_its_script_element(client, make_event):
    page = make_event(title="</script><b>x</b>", slug="proba-skryptu")
    html = client.get(page.url).content.decode()
    block = html.split('<script type="application/ld+json">', 1)[1].split("</script>", 1)[0]
    assert "<b>" not in block
    assert json.loads(block)["name"] == "</script><b>x</b>"
