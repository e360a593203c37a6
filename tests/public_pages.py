"""The public pages a test walks: every URL of the sitemap, plus views it does not list.

``build_public_site`` creates one published page of every public kind (and what
their routable sub-pages need: an organisation for the directory's profiles, a
registration form on the event, questions on the consultation, minutes with
their signed PDF under a past meeting); ``public_paths`` then lists them as the
sitemap does.
"""

import datetime
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

from django.utils import timezone
from wagtail.models import Collection

from council.documents import DRAFTS_COLLECTION
from council.factories import CouncilMeetingPageFactory, add_minutes, add_opinion
from events.factories import create_event
from forum.factories import (
    GoverningBodyPageFactory,
    PlenarySessionPageFactory,
    WorkingGroupPageFactory,
)
from hub.factories import (
    DocumentFactory,
    NewsPageFactory,
    OrganisationFactory,
    PersonFactory,
    StandardPageFactory,
    ThematicAreaFactory,
)
from hub.models import NewsPageArea
from tests.consultations.conftest import build_consultation

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def public_paths(client):
    """Every path of the sitemap (so every page type every app adds), search, sign-in, a 404."""
    root = ET.fromstring(client.get("/sitemap.xml").content)
    paths = [urlsplit(loc.text).path for loc in root.findall("s:url/s:loc", NS)]
    return paths + ["/pl/search/?q=forum", "/uk/accounts/login/", "/en/no-such-page/"]


def build_public_site(hub, now=None):
    """One published page of every public kind under the Polish home, and their sub-pages' needs.

    ``setup_hub`` made the home pages and section roots; this adds a standard page,
    an attributed news item with an area, an event taking registrations, a plenary
    session, a Council meeting in the future and one in the past with published
    minutes (signed PDF), a Council opinion, a governing body, a working group, a
    consultation with questions, and a published organisation (its profile is a
    sub-page of the directory).  Every moment is derived from ``now`` (default: the
    current time, with its microseconds).  Returns the built objects by name.
    """
    now = now or timezone.now()
    day = datetime.timedelta(days=1)
    sections = hub["sections"]
    pl = hub["locales"]["pl"]

    def index(name):
        return sections[name]["pl"]

    area = ThematicAreaFactory(locale=pl, code="obszar-kazdego-rodzaju")
    organisation = OrganisationFactory(locale=pl, slug="organizacja-kazdego-rodzaju")
    news = NewsPageFactory.build(
        locale=pl,
        slug="wiadomosc-kazdego-rodzaju",
        publication_date=now - day,
        organisation=organisation,
    )
    news.area_links.add(NewsPageArea(area=area))
    index("hub.NewsIndexPage").add_child(instance=news)
    meeting_index = index("council.CouncilMeetingIndexPage")
    past_meeting = create_event(
        meeting_index,
        factory=CouncilMeetingPageFactory,
        slug="posiedzenie-minione",
        start=now - 10 * day,
        end=now - 10 * day,
    )
    return {
        "area": area,
        "organisation": organisation,
        "standard": StandardPageFactory(parent=hub["homes"]["pl"], slug="strona-kazdego-rodzaju"),
        "news": news,
        "event": create_event(
            index("events.EventIndexPage"),
            slug="wydarzenie-kazdego-rodzaju",
            start=now + 7 * day,
            end=now + 7 * day,
            registration_enabled=True,
            capacity=100,
            organiser=organisation,
            areas=[area],
            groups=[area],
        ),
        "plenary": create_event(
            index("forum.PlenarySessionIndexPage"),
            factory=PlenarySessionPageFactory,
            slug="sesja-kazdego-rodzaju",
            start=now + 8 * day,
            end=now + 8 * day,
        ),
        "meeting": create_event(
            meeting_index,
            factory=CouncilMeetingPageFactory,
            slug="posiedzenie-kazdego-rodzaju",
            start=now + 9 * day,
            end=now + 9 * day,
        ),
        "past_meeting": past_meeting,
        "minutes": add_minutes(
            past_meeting,
            publish=True,
            attendance=[(PersonFactory(locale=pl), True)],
            approved_on=timezone.localdate(now),
            approved_at=past_meeting,
            signed_pdf=DocumentFactory(collection=Collection.objects.get(name=DRAFTS_COLLECTION)),
        ),
        "opinion": add_opinion(
            index("council.CouncilOpinionIndexPage"),
            slug="opinia-kazdego-rodzaju",
            adopted_on=timezone.localdate(now) - day,
        ),
        "body": GoverningBodyPageFactory(
            parent=index("forum.GoverningBodiesIndexPage"), slug="organ-kazdego-rodzaju"
        ),
        "group": WorkingGroupPageFactory(
            parent=index("forum.WorkingGroupIndexPage"), slug="grupa-kazdego-rodzaju", area=area
        ),
        "consultation": build_consultation(
            index("consultations.ConsultationIndexPage"),
            slug="konsultacja-kazdego-rodzaju",
            opens=now - 2 * day,
            closes=now + 5 * day,
        ),
    }
