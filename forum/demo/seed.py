"""Demo content of the Forum: people, organisations, groups, sessions, bodies.

Run by ``seed_demo`` through ``SEEDERS_HOOK``; every step looks before it
creates. ``context["small"]`` asks for the tests' set: the 11 groups, twelve
organisations of every kind, three sessions (one past) and both bodies.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from pathlib import Path

from django.utils import timezone

from events.models import WARSAW, EventPageArea, EventPageWorkingGroup
from forum.blocks import ForumDocumentsBlock
from forum.models import (
    BodyMembership,
    GoverningBodyPage,
    OrganisationArea,
    OrganisationWorkingGroup,
    PlenaryAgendaItem,
    PlenarySessionPage,
    WorkingGroupLeader,
    WorkingGroupPage,
)
from hub.demo import data
from hub.demo.seeder import document, locales, rich, translate
from hub.models import Organisation, Person, ThematicArea
from hub.setup import PUBLIC_COLLECTION

HERE = Path(__file__).parent
GROUPS = data.load(HERE / "groups.toml")
ORGANISATIONS = data.load(HERE / "organisations.toml")
SESSIONS = data.load(HERE / "sessions.toml")
SOURCE = data.source_language()


def _areas(locale):
    return {area.code: area for area in ThematicArea.objects.filter(locale=locale)}


# People ---------------------------------------------------------------------


def ensure_person(key, report):
    spec = GROUPS["people"][key]
    source_locale = locales()[SOURCE]
    person = Person.objects.filter(name=spec["name"][SOURCE], locale=source_locale).first()
    if person is None:
        person = Person.objects.create(
            name=spec["name"][SOURCE],
            affiliation=spec["affiliation"][SOURCE],
            languages_spoken=spec["languages"],
            locale=source_locale,
        )
        report.add("people")
    translate(person, report, "person", spec["name"], spec["affiliation"], same=[spec["languages"]])
    return person


def _members(body):
    """A governing body's members as (person key, role text)."""
    if body["members"] == "leaders":
        return [
            (group["leader"], SESSIONS["member_role_in_group"])
            for group in GROUPS["groups"].values()
        ]
    return [(member["person"], member["role"]) for member in body["members"]]


def seed_people(context, report, scale=1):
    keys = set()
    for group in GROUPS["groups"].values():
        keys.update(k for k in (group["leader"], group.get("deputy")) if k)
    for body in SESSIONS["body"]:
        if body["members"] != "leaders":
            keys.update(key for key, _role in _members(body))
    context["forum_people"] = {key: ensure_person(key, report) for key in sorted(keys)}


# Organisations --------------------------------------------------------------


def seed_organisations(context, report, scale=1):
    source_locale = locales()[SOURCE]
    areas = _areas(source_locale)
    specs = ORGANISATIONS["organisation"]
    if context.get("small"):
        by_slug = {spec["slug"]: spec for spec in specs}
        specs = [by_slug[slug] for slug in ORGANISATIONS["small"]]
    existing = {
        o.slug: o
        for o in Organisation.objects.filter(
            locale=source_locale, slug__in=[s["slug"] for s in specs]
        )
    }
    for spec in specs:
        organisation = existing.get(spec["slug"])
        if organisation is None:
            organisation = Organisation(
                name=spec["name"][SOURCE],
                short_name=spec["short_name"],
                slug=spec["slug"],
                kind=spec["kind"],
                description=spec["description"][SOURCE],
                member_since=spec["member_since"],
                website=f"https://{spec['slug']}.example.org"
                if spec["kind"] != "individual"
                else "",
                contact_email=f"kontakt@{spec['slug']}.example.org",
                locale=source_locale,
            )
            organisation.area_links = [
                OrganisationArea(area=areas[code], locale=source_locale) for code in spec["areas"]
            ]
            organisation.group_links = [
                OrganisationWorkingGroup(area=areas[code], locale=source_locale)
                for code in spec["groups"]
            ]
            organisation.save()
            report.add("organisations")
        translate(
            organisation,
            report,
            "organisation",
            spec["name"],
            spec["description"],
            same=[spec["short_name"]],
        )


# Working groups -------------------------------------------------------------


def seed_groups(context, report, scale=1):
    index = context["sections"]["forum.WorkingGroupIndexPage"][SOURCE]
    areas = {code: _areas(locale) for code, locale in locales().items()}
    people = context["forum_people"]
    existing = {p.area_id: p for p in WorkingGroupPage.objects.child_of(index)}
    for code, spec in GROUPS["groups"].items():
        area = areas[SOURCE][code]
        title = GROUPS["group_title"][SOURCE].format(area=area.name)
        page = existing.get(area.pk)
        leader, deputy = spec["leader"], spec.get("deputy")
        if page is None:
            page = WorkingGroupPage(
                title=title,
                slug=spec["slug"][SOURCE],
                area=area,
                purpose=rich([spec["purpose"][SOURCE]]),
                how_to_join=rich([GROUPS["how_to_join"][SOURCE]]),
                meeting_rhythm=spec["rhythm"][SOURCE],
                listing_summary=GROUPS["group_summary"][SOURCE],
            )
            rows = [WorkingGroupLeader(person=people[leader], role=GROUPS["role_leader"][SOURCE])]
            if deputy:
                rows.append(
                    WorkingGroupLeader(person=people[deputy], role=GROUPS["role_deputy"][SOURCE])
                )
            page.leaders = rows
            index.add_child(instance=page)
            report.add("working groups")

        def strings_for(lang, spec=spec, code=code, title=title, deputy=deputy):
            mapping = data.strings(
                lang,
                spec["slug"],
                spec["purpose"],
                spec["rhythm"],
                GROUPS["how_to_join"],
                GROUPS["group_summary"],
                GROUPS["role_leader"],
                GROUPS["role_deputy"] if deputy else None,
            )
            area = areas.get(lang, {}).get(code)
            if mapping is None or area is None or lang not in GROUPS["group_title"]:
                return None
            mapping[title] = GROUPS["group_title"][lang].format(area=area.name)
            return mapping

        translate(page, report, "working group", strings_for=strings_for)


# Plenary sessions -----------------------------------------------------------


def _session_start(months):
    today = timezone.localdate(timezone=WARSAW)
    day = today + timedelta(days=int(months * 30.5))
    return datetime.combine(day, time(17, 0), tzinfo=WARSAW)


def _speaker(key):
    """ "Name (affiliation)" in each language that has both."""
    person = GROUPS["people"][key]
    return {
        code: f"{name} ({person['affiliation'][code]})"
        for code, name in person["name"].items()
        if code in person["affiliation"]
    }


def seed_sessions(context, report, scale=1):
    index = context["sections"]["forum.PlenarySessionIndexPage"][SOURCE]
    areas = _areas(locales()[SOURCE])
    specs = SESSIONS["session"]
    if context.get("small"):
        specs = [s for s in specs if s.get("small")]
    existing = {p.slug: p for p in PlenarySessionPage.objects.child_of(index)}
    chair = _speaker("adamczyk")
    for spec in specs:
        presenter = _speaker(GROUPS["groups"][spec["group"]]["leader"])
        speakers = {"chair": chair, "group": presenter}
        page = existing.get(spec["slug"][SOURCE])
        if page is None:
            start = _session_start(spec["months"])
            page = PlenarySessionPage(
                title=spec["title"][SOURCE],
                slug=spec["slug"][SOURCE],
                summary=spec["summary"][SOURCE],
                start=start,
                end=start + timedelta(hours=2),
                venue_name=SESSIONS["venue"][SOURCE],
                venue_address=SESSIONS["venue_address"],
                venue_accessibility=SESSIONS["venue_access"][SOURCE],
                online_url="https://meet.example.org/forum-integracji",
                organising_body=SESSIONS["organising_body"][SOURCE],
                languages="pl, uk",
                outcome=rich([spec["outcome"][SOURCE]]) if spec.get("outcome") else "",
                attendance=spec.get("attendance"),
                attending_organisations=spec.get("organisations"),
            )
            page.agenda_items = [
                PlenaryAgendaItem(
                    time=item["time"],
                    title=item["title"][SOURCE],
                    speaker=speakers.get(item.get("speaker"), {}).get(SOURCE, ""),
                    group_area=areas[spec["group"]] if item.get("speaker") == "group" else None,
                )
                for item in SESSIONS["agenda"]
            ]
            page.group_links = [EventPageWorkingGroup(area=areas[spec["group"]])]
            page.area_links = [EventPageArea(area=areas[spec["group"]])]
            index.add_child(instance=page)
            report.add("plenary sessions")
        translate(
            page,
            report,
            "plenary session",
            spec["title"],
            spec["slug"],
            spec["summary"],
            spec.get("outcome"),
            SESSIONS["venue"],
            SESSIONS["venue_access"],
            SESSIONS["organising_body"],
            chair,
            presenter,
            [item["title"] for item in SESSIONS["agenda"]],
            same=[SESSIONS["venue_address"], "pl, uk"],
        )


# Governing bodies -----------------------------------------------------------


def seed_bodies(context, report, scale=1):
    index = context["sections"]["forum.GoverningBodiesIndexPage"][SOURCE]
    people = context["forum_people"]
    collection = context["collections"][PUBLIC_COLLECTION]
    documents_block = ForumDocumentsBlock()
    existing = {p.slug: p for p in GoverningBodyPage.objects.child_of(index)}
    for spec in SESSIONS["body"]:
        members = _members(spec)
        page = existing.get(spec["slug"][SOURCE])
        if page is None:
            page = GoverningBodyPage(
                title=spec["title"][SOURCE],
                slug=spec["slug"][SOURCE],
                listing_summary=spec["listing"][SOURCE],
                role=rich([paragraph[SOURCE] for paragraph in spec["role"]]),
                meeting_rhythm=spec["rhythm"][SOURCE],
            )
            term_start = timezone.localdate().replace(month=1, day=1) - timedelta(days=365)
            page.memberships = [
                BodyMembership(
                    person=people[key],
                    institution=GROUPS["people"][key]["affiliation"][SOURCE],
                    role_in_body=role[SOURCE],
                    term_start=term_start,
                    term_end=term_start.replace(year=term_start.year + 4) - timedelta(days=1),
                )
                for key, role in members
            ]
            page.documents = documents_block.to_python(
                [
                    {
                        "type": "documents",
                        "value": {
                            "heading": group["heading"][SOURCE],
                            "documents": [document(t, collection).pk for t in group["titles"]],
                        },
                    }
                    for group in spec["documents"]
                ]
            )
            index.add_child(instance=page)
            report.add("governing bodies")
        translate(
            page,
            report,
            "governing body",
            spec["title"],
            spec["slug"],
            spec["listing"],
            spec["rhythm"],
            spec["role"],
            [role for _key, role in members],
            [GROUPS["people"][key]["affiliation"] for key, _role in members],
            [group["heading"] for group in spec["documents"]],
        )


# Sections in the menu -------------------------------------------------------

MENU_SECTIONS = [
    "forum.OrganisationDirectoryPage",
    "forum.WorkingGroupIndexPage",
    "forum.PlenarySessionIndexPage",
    "forum.GoverningBodiesIndexPage",
]


def seed_menu(context, report, scale=1):
    for model in MENU_SECTIONS:
        for stale in context["sections"][model].values():
            # Read the page again: the copy in the context predates its children, and
            # publishing it would write back a stale child count.
            page = type(stale).objects.get(pk=stale.pk)
            if not page.show_in_menus:
                page.show_in_menus = True
                page.save_revision().publish()
                report.add("forum sections in the menu")


SEEDERS = [
    seed_people,
    seed_organisations,
    seed_groups,
    seed_sessions,
    seed_bodies,
    seed_menu,
]
