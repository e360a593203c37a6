"""Pages with tables too wide for a phone, built with the factories (issue 10, item 21).

Every cell holds a word too long to wrap, so at 375 px each table scrolls sideways
inside its wrapper: the wrapper must then be reachable by keyboard and named.
"""

import datetime

from django.utils import timezone

from council.factories import CouncilMeetingPageFactory
from events.factories import create_event
from forum.factories import PlenarySessionPageFactory
from forum.models import BodyMembership, GoverningBodyPage, PlenaryAgendaItem
from hub.factories import PersonFactory, StandardPageFactory

# One of the longest Polish words: no line break fits it into a phone's width.
LONG = "Konstantynopolitańczykowianeczka"


def build_wide_table_pages(hub):
    """{kind: (url, accessible name of its table's region)} for four kinds of table."""
    sections = hub["sections"]
    past = timezone.now().replace(microsecond=0) - datetime.timedelta(days=3)
    soon = timezone.now().replace(microsecond=0) + datetime.timedelta(days=9)

    standard = StandardPageFactory(
        parent=hub["homes"]["pl"],
        slug="szeroka-tabela",
        body=[
            (
                "table",
                {
                    "caption": "Dyżury w dzielnicach",
                    "table": {
                        "first_row_is_table_header": True,
                        "data": [[f"{LONG} {n}" for n in range(4)]] * 3,
                    },
                },
            )
        ],
    )

    session = create_event(
        sections["forum.PlenarySessionIndexPage"]["pl"],
        factory=PlenarySessionPageFactory,
        slug="sesja-szeroka",
        start=soon,
        publish=False,
    )
    PlenaryAgendaItem.objects.create(
        page=session, locale=session.locale, title=LONG, speaker=f"{LONG} (Urząd)"
    )
    session.save_revision().publish()

    body = GoverningBodyPage(title="Komitet Sterujący", slug="komitet-szeroki", role="<p>Rola</p>")
    sections["forum.GoverningBodiesIndexPage"]["pl"].add_child(instance=body)
    BodyMembership.objects.create(
        page=body,
        locale=body.locale,
        person=PersonFactory(name=LONG),
        institution=LONG,
        role_in_body=LONG,
    )
    body.save_revision().publish()

    meetings = sections["council.CouncilMeetingIndexPage"]["pl"]
    create_event(
        meetings,
        factory=CouncilMeetingPageFactory,
        slug="posiedzenie-szerokie",
        title=f"{LONG} {LONG}",
        start=past,
        end=past + datetime.timedelta(hours=2),
    )

    return {
        "table block": (standard.url, "Dyżury w dzielnicach"),
        "plenary agenda": (session.url, "Program"),
        "governing body": (body.url, "Skład"),
        "council archive": (
            meetings.url,
            "Posiedzenia wraz z protokołami; protokół pojawia się po jego przyjęciu przez Radę.",
        ),
    }
