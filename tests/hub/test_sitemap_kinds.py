"""The sitemap lists every public kind of URL, in every language, and nothing private.

Every page type with a live public page is in it, and so is every routable
sub-page residents should find (organisation profiles, the calendar's
archive); the sub-routes left out are named here with the reason, so a new
route of any page type fails this test until someone decides.
"""

import xml.etree.ElementTree as ET

from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Locale, Page, PageViewRestriction, get_page_models

from hub.factories import NewsPageFactory, OrganisationFactory, StandardPageFactory
from hub.models import BasePage
from tests.public_pages import build_public_site

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}

# Routes that are not pages to list, and why.
NOT_LISTED = {
    "index_route": "the page itself",
    "upcoming_route": "the page itself",
    "event_route": "the page itself",
    "this_month_route": "a redirect to the current month",
    "month_route": "noindex, and bounded: a crawler must not walk it",
    "feed_route": "a feed (iCal or Atom), not a page",
    "scoped_feed_route": "a feed (iCal), not a page",
    "ical_route": "a calendar file, not a page",
    "respond": "the answer form: noindex",
    "receipt": "a person's own receipt: noindex",
    "register_route": "a form's POST",
    "registration_route": "a person's own registration (a token): noindex",
    "confirm_registration_route": "a person's own e-mail confirmation (a token): noindex",
}
LISTED = {"profile": "an organisation's profile", "past_route": "the calendar's archive"}


def sitemap(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    entries = {}
    for url in root.findall("s:url", NS):
        entries[url.findtext("s:loc", namespaces=NS)] = {
            link.get("hreflang"): link.get("href") for link in url.findall("x:link", NS)
        }
    return entries


def translate(obj, code):
    translated = obj.copy_for_translation(Locale.objects.get(language_code=code))
    translated.save()
    return translated


def test_every_route_of_every_page_type_is_listed_or_left_out_for_a_reason():
    names = set()
    for model in get_page_models():
        if issubclass(model, RoutablePageMixin):
            names |= {pattern.name for pattern in model.get_subpage_urls()}
    assert names <= set(NOT_LISTED) | set(LISTED), names - set(NOT_LISTED) - set(LISTED)


def test_the_sitemap_has_every_public_kind_of_url(client, hub):
    sections = hub["sections"]
    pl = hub["locales"]["pl"]
    site = build_public_site(hub)
    built = [page for page in site.values() if isinstance(page, Page)]
    organisation = site["organisation"]
    translate(organisation, "en")
    translate(organisation, "uk")
    inactive = OrganisationFactory(locale=pl, slug="organizacja-nieaktywna", active=False)
    draft = OrganisationFactory(locale=pl, slug="organizacja-szkic", live=False)
    entries = sitemap(client)
    locations = set(entries)

    for page in built:
        assert page.get_full_url() in locations, page.url

    # One live public page of every page type is listed (what the builder and setup made),
    # so no type is left out of the sitemap.
    for model in get_page_models():
        if not issubclass(model, BasePage):
            continue
        example = model.objects.live().public().filter(depth__gt=2).first()
        example = example or model.objects.live().public().first()
        assert example is not None, model.__name__
        assert example.get_full_url() in locations, model.__name__

    # Organisation profiles, in every language, with hreflang alternates.
    directories = sections["forum.OrganisationDirectoryPage"]
    profiles = {
        code: directory.get_full_url() + organisation.slug + "/"
        for code, directory in directories.items()
    }
    for code, profile in profiles.items():
        assert profile in locations, code
        assert entries[profile] == profiles
    assert directories["pl"].get_full_url() + "organizacja-nieaktywna/" not in locations
    assert directories["pl"].get_full_url() + "organizacja-szkic/" not in locations
    assert inactive.pk and draft.pk

    # The calendar's archive, in every language, with alternates; month views are not listed.
    archives = {
        code: calendar.get_full_url() + "past/"
        for code, calendar in sections["events.EventIndexPage"].items()
    }
    for code, archive in archives.items():
        assert entries[archive] == archives, code
    assert not any("/month/" in location for location in locations)


def test_drafts_and_private_pages_and_their_sub_pages_are_not_in_the_sitemap(client, hub):
    sections = hub["sections"]
    homes = hub["homes"]
    shown = StandardPageFactory(parent=homes["pl"], slug="widoczna-mapa")
    draft = StandardPageFactory(parent=homes["pl"], slug="szkic-mapa", live=False)
    news_draft = NewsPageFactory(
        parent=sections["hub.NewsIndexPage"]["pl"], slug="szkic-wiadomosci", live=False
    )
    private = StandardPageFactory(parent=homes["pl"], slug="prywatna-mapa")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    OrganisationFactory(locale=hub["locales"]["pl"], slug="organizacja-za-haslem")
    directory = sections["forum.OrganisationDirectoryPage"]["pl"]
    profile = directory.get_full_url() + "organizacja-za-haslem/"

    locations = set(sitemap(client))
    assert shown.get_full_url() in locations and profile in locations
    assert draft.get_full_url() not in locations
    assert news_draft.get_full_url() not in locations
    assert private.get_full_url() not in locations

    PageViewRestriction.objects.create(
        page=Page.objects.get(pk=directory.pk), restriction_type="login"
    )
    locations = set(sitemap(client))
    assert directory.get_full_url() not in locations and profile not in locations
    assert shown.get_full_url() in locations
