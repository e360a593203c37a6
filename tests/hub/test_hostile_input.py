"""Hostile input never breaks a page: the corpus over every public view and form.

The corpus (a NUL, other control characters, invalid UTF-8 escapes, 10,000
characters, repeated parameters) goes into every query parameter a view reads
and into the public forms.  Nothing answers 500 (on PostgreSQL a NUL used to),
no control character comes back in a page, and a form keeps what else was typed.

The GET views are gathered, not listed: every URL of the sitemap (one per kind
of page and routable sub-page, in each language) plus the routes that are not
pages.  A new public kind of URL is in the sitemap, so the corpus reaches it.

In the Polish tree and on the routes outside it, one request carries the
whole corpus at once, a value per parameter; the parameters the view was seen
to read then get every value of the corpus, one request each, and are sent
repeated.  The other languages' trees run the same views: those that read
parameters get the whole corpus at once there too.
"""

import xml.etree.ElementTree as ET
from urllib.parse import quote, urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.http import QueryDict
from django.test import RequestFactory
from django.utils import timezone, translation
from django.utils.datastructures import MultiValueDict
from wagtail.models import Page

from events.factories import create_registration_event
from events.models import Registration
from forum.consultations.models import Response
from hub.input import STRIP_KEEP_LINES, cleaned_querydict
from tests.consultations.conftest import Answering, build_consultation, respond_url
from tests.public_pages import build_public_site

# Every query parameter a public view reads.
PARAMETERS = ["q", "area", "group", "kind", "organiser", "language", "month", "page", "year"]
PARAMETERS += ["token", "new", "next"]

CONTROL = "".join(chr(c) for c in [*range(0x20), 0x7F])
# Values as they go into the query string (already percent-encoded).
CORPUS = {
    "nul": "%00",
    "nul inside": "ab%00cd",
    "controls": quote(CONTROL),
    "invalid utf-8 overlong": "%C0%AF",
    "invalid utf-8 byte": "%FF",
    "invalid utf-8 inside": "zdrowie%FE%FFx",
    "long": "a" * 10_000,
    "long with nul": "%00" + quote("ż") * 5_000,
}
# Parameters repeated, each copy hostile in its own way.
REPEATED = "&".join(f"{{name}}={value}" for value in ("%00", "%FF", "", "a" * 2_000))

ROUTES_OUTSIDE_THE_SITEMAP = [
    "/sitemap.xml",
    "/robots.txt",
    "/{lang}/search/",
    "/{lang}/accounts/login/",
    "/{lang}/accounts/signup/",
    "/{lang}/accounts/password/reset/",
]
# The routes that answer a page's own URL.
PAGE_ITSELF = {"", "index_route", "upcoming_route", "event_route"}
# Sub-pages that are routes of a page rather than pages of the tree.
SUB_ROUTES = {
    "NewsIndexPage": ["feed/"],
    "EventIndexPage": ["past/", "month/", "{this_month}", "ical/", "ical/kind/workshop/"],
    "EventPage": ["ical/", "registration/"],
    "PlenarySessionPage": ["ical/"],
    "CouncilMeetingPage": ["ical/"],
    "CouncilMeetingIndexPage": ["feed/"],
    "CouncilDutyHoursPage": ["ical/"],
    "OrganisationDirectoryPage": ["{organisation}/"],
}


@pytest.fixture
def public_site(hub):
    """One page of each kind residents reach (pl), walked through the sitemap."""
    return build_public_site(hub)


@pytest.fixture
def event(hub):
    """An event taking registrations, for the registration form."""
    return create_registration_event(hub["sections"]["events.EventIndexPage"]["pl"], capacity=100)


@pytest.fixture
def consultation(hub):
    """An open consultation with questions, for the answer form."""
    return build_consultation(hub["sections"]["consultations.ConsultationIndexPage"]["pl"])


def route_kind(path):
    """(page type, route, page) of a URL of the page tree: what kind of URL it is."""
    language, rest = path.split("/", 2)[1:]
    request = RequestFactory().get(path)
    with translation.override(language):
        result = Page.route_for_request(request, "/" + rest)
    assert result is not None, path
    page, args, _kwargs = result
    view = args[0].__name__ if args and callable(args[0]) else ""
    return type(page).__name__, view, page


def sitemap_paths(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    names = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    root = ET.fromstring(response.content)
    return [urlsplit(loc.text).path for loc in root.findall("s:url/s:loc", names)]


def public_get_urls(client, public_site):
    """One URL per kind (page type and route) per language, then the routes outside pages."""
    chosen = {}
    for path in sitemap_paths(client):
        page_type, view, page = route_kind(path)
        language = path.split("/")[1]
        chosen.setdefault((page_type, view, language), (path, page))
    now = timezone.localtime()
    urls = {path for path, _page in chosen.values()}
    for (page_type, view, language), (path, _page) in chosen.items():
        if view not in PAGE_ITSELF:
            continue  # a sub-page the sitemap lists (the calendar's archive): no routes below it
        for route in SUB_ROUTES.get(page_type, []):
            if language != "pl" and "{organisation}" in route:
                continue
            urls.add(
                path
                + route.format(
                    this_month=f"month/{now.year}/{now.month}/",
                    organisation=public_site["organisation"].slug,
                )
            )
    for route in ROUTES_OUTSIDE_THE_SITEMAP:
        for language in ("pl", "en", "uk"):
            urls.add(route.format(lang=language))
    kinds = {page_type for page_type, _view, _language in chosen}
    return sorted(urls), kinds


def in_another_language(path):
    return path.startswith(("/en/", "/uk/")) and "/accounts/" not in path and "/search/" not in path


def url_kind(path):
    """What view answers ``path``: a route outside the pages, or a page type and its route."""
    language = path.split("/")[1]
    for route in ROUTES_OUTSIDE_THE_SITEMAP:
        if route.format(lang=language) == path:
            return route
    page_type, view, _page = route_kind(path)
    return page_type, view


def get(client, path, query):
    # The raw query string: invalid UTF-8 escapes must reach Django as they are.
    return client.generic("GET", path, QUERY_STRING=query)


@pytest.fixture
def parameters_read(monkeypatch):
    """The names of the query parameters a view looks up (all of them if it copies the query).

    Only a finished, immutable ``QueryDict`` counts: Django parsing the query and
    the middleware cleaning it build mutable ones.
    """
    read = set()
    for method in ("get", "getlist", "__getitem__", "__contains__"):
        original = getattr(MultiValueDict, method, None) or getattr(dict, method)

        def recording(self, key, *args, _original=original, **kwargs):
            if not self._mutable and isinstance(key, str):
                read.add(key)
            return _original(self, key, *args, **kwargs)

        monkeypatch.setattr(QueryDict, method, recording)
    for method in ("copy", "urlencode", "dict"):
        original = getattr(QueryDict, method)

        def recording_all(self, *args, _original=original, **kwargs):
            if not self._mutable:
                read.update(PARAMETERS)
            return _original(self, *args, **kwargs)

        monkeypatch.setattr(QueryDict, method, recording_all)
    return read


def spread(values):
    """Every value of the corpus at once, one per parameter (the parameters outnumber them)."""
    return "&".join(
        f"{parameter}={values[number % len(values)]}" for number, parameter in enumerate(PARAMETERS)
    )


def assert_normal_page(response, what):
    assert response.status_code < 500, what
    body = response.content
    for character in CONTROL.replace("\t", "").replace("\n", "").replace("\r", ""):
        assert character.encode() not in body, (what, repr(character))


def test_the_corpus_in_every_query_parameter_of_every_public_view(
    client, public_site, parameters_read
):
    urls, kinds = public_get_urls(client, public_site)
    # The walk found every kind of page the builder made, and the sub-pages of each.
    assert {
        "HomePage",
        "StandardPage",
        "NewsIndexPage",
        "NewsPage",
        "EventIndexPage",
        "EventPage",
        "PlenarySessionIndexPage",
        "PlenarySessionPage",
        "CouncilIndexPage",
        "CouncilMeetingIndexPage",
        "CouncilMeetingPage",
        "CouncilMinutesPage",
        "CouncilOpinionIndexPage",
        "CouncilOpinionPage",
        "CouncilDutyHoursPage",
        "OrganisationDirectoryPage",
        "WorkingGroupIndexPage",
        "WorkingGroupPage",
        "GoverningBodiesIndexPage",
        "GoverningBodyPage",
        "ConsultationIndexPage",
        "ConsultationPage",
    } <= kinds
    assert "/pl/search/" in urls and any("/organizacja-kazdego-rodzaju/" in url for url in urls)
    values = list(CORPUS.values())
    repeated = "&".join(REPEATED.format(name=parameter) for parameter in PARAMETERS)
    reading = {}  # kind of URL -> the parameters its view read
    # The Polish tree and the routes outside it first (the other languages' trees after).
    for path in sorted(urls, key=lambda path: (in_another_language(path), path)):
        kind = url_kind(path)
        if in_another_language(path):
            if reading.get(kind):
                assert_normal_page(get(client, path, spread(values)), (path, "the whole corpus"))
            continue
        parameters_read.clear()
        response = get(client, path, spread(values))
        # A bad request at most (the calendar's month redirect refuses a 100,000-character query).
        assert response.status_code in (200, 302, 400, 404), path
        assert_normal_page(response, (path, "the whole corpus"))
        reading[kind] = read = [p for p in PARAMETERS if p in parameters_read]
        for name, value in CORPUS.items() if read else ():
            every = "&".join(f"{parameter}={value}" for parameter in read)
            assert_normal_page(get(client, path, every), (path, name))
        if read:
            assert_normal_page(get(client, path, repeated), (path, "repeated"))
    # The views were seen reading the parameters the corpus is aimed at, and others none.
    read_somewhere = {parameter for read in reading.values() for parameter in read}
    assert {"q", "area", "group", "kind", "organiser", "month", "page", "next"} <= read_somewhere
    assert reading[("StandardPage", "")] == []


@pytest.mark.parametrize("path", ["/pl/%00/", "/pl/aktualnosci%00/", "/en/%01x/", "/pl/%C0%AF/"])
def test_a_control_character_in_the_path_is_not_found(client, hub, path):
    assert client.get(path).status_code == 404


def test_what_the_views_see_is_the_value_without_control_characters(client, hub):
    response = get(client, "/pl/search/", "q=pierwsze%00&q=zdro%00wie%01%7F%09")
    assert response.status_code == 200
    request = response.wsgi_request
    assert request.GET.getlist("q") == ["pierwsze", "zdrowie"]
    assert 'value="zdrowie"' in response.content.decode()


def test_form_text_keeps_tabs_and_line_breaks_but_loses_other_controls():
    data = QueryDict("uwagi=linia%0D%0Adruga%09tab%00%1B%7F&na%00me=x")
    cleaned = cleaned_querydict(data, STRIP_KEEP_LINES)
    assert cleaned["uwagi"] == "linia\r\ndruga\ttab"
    assert cleaned["name"] == "x"
    # Clean input is passed through untouched.
    clean = QueryDict("a=b")
    assert cleaned_querydict(clean, STRIP_KEEP_LINES) is clean


REGISTRATION = {"name": "Olena Kowalenko", "email": "olena@example.org", "consent": "on"}


def test_a_registration_with_control_characters_is_stored_clean(client, event):
    data = dict(
        REGISTRATION, name="Olena\x00 Kowa\x1blenko", accessibility_needs="pętla\r\nindukcyjna\x00"
    )
    response = client.post(event.url + "register/", data)
    assert response.status_code == 302
    stored = Registration.objects.get(email="olena@example.org")
    assert stored.name == "Olena Kowalenko"
    assert stored.accessibility_needs == "pętla\r\nindukcyjna"


@pytest.mark.parametrize(
    "field,value",
    [("name", "x" * 10_000), ("email", "\x00" * 10_000), ("organisation", "%FF\x00" * 3_000)],
)
def test_a_hostile_registration_field_gets_a_clear_error_and_keeps_the_rest(
    client, event, field, value
):
    data = dict(REGISTRATION, accessibility_needs="Tłumaczenie na ukraiński", **{field: value})
    response = client.post(event.url + "register/", data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "\x00" not in html
    assert 'aria-invalid="true"' in html or "error" in html
    for kept, typed in data.items():
        if kept not in (field, "consent"):
            assert typed in html, kept
    assert not Registration.objects.filter(name="x" * 10_000).exists()


def test_a_consultation_answer_with_control_characters_is_stored_clean(client, consultation):
    page = consultation
    answering = Answering(page)
    data = answering.valid_data(name="Anna\x00 Nowak")
    data[answering.section(1)] = "Pierwsza linia\r\ndruga\x00\x08 linia"
    data[answering.name("Jedno słowo")] = "Dostęp\x00ność"
    response = client.post(respond_url(page), data)
    assert response.status_code == 303
    stored = Response.objects.for_consultation(page).get()
    assert stored.name == "Anna Nowak"
    assert stored.comments == {answering.sections[0]: "Pierwsza linia\r\ndruga linia"}
    assert stored.answers[answering.questions["Jedno słowo"].id] == "Dostępność"


def test_a_too_long_consultation_answer_gets_an_error_and_keeps_the_rest(client, consultation):
    page = consultation
    answering = Answering(page)
    data = answering.valid_data(name="Anna Nowak")
    data[answering.name("Jedno słowo")] = "\x00" + "słowo" * 2_000
    response = client.post(respond_url(page), data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "\x00" not in html
    assert "Anna Nowak" in html and "Punkt w Oliwie byłby bardzo przydatny." in html
    assert 'aria-invalid="true"' in html
    assert not Response.objects.for_consultation(page).exists()


@pytest.mark.parametrize("value", ["\x00", "a\x00@example.org", "x" * 10_000, "\ufffd\x1b"])
def test_sign_in_and_sign_up_with_hostile_input_show_a_form_error(client, hub, value):
    response = client.post("/pl/accounts/login/", {"login": value, "password": "hasło\x00"})
    assert response.status_code == 200
    assert "\x00" not in response.content.decode()
    assert response.context["form"].errors

    password = "Dlugie-haslo-2026\x1b"
    response = client.post(
        "/pl/accounts/signup/", {"email": value, "password1": password, "password2": password}
    )
    if response.status_code == 200:
        # Nothing usable was left: the form says so.
        assert response.context["form"].errors
    else:
        # The address without its control character was a real one: the account has it.
        assert response.status_code == 302
        assert get_user_model().objects.get(email="a@example.org")

    response = client.post("/pl/accounts/password/reset/", {"email": value})
    assert response.status_code in (200, 302)
    if response.status_code == 200:
        assert response.context["form"].errors
