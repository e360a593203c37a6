"""Demo content of the Forum: people, organisations, groups, sessions, bodies.

Run by ``seed_demo`` through ``SEEDERS_HOOK``; every step looks before it
creates. ``context["small"]`` asks for the tests' set: the 11 groups, twelve
organisations of every kind, three sessions (one past) and both bodies.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

from django.utils import timezone
from wagtail.models import Locale

from events.models import WARSAW, EventPageArea, EventPageWorkingGroup
from hub.demo.seeder import document
from hub.translation import translate_into

from . import groups as group_data
from . import organisations as organisation_data
from . import sessions as session_data

SOURCE = "pl"
TARGETS = ("en", "uk")


def _locales():
    return {code: Locale.objects.get(language_code=code) for code in (SOURCE, *TARGETS)}


def _areas(locale):
    from hub.models import ThematicArea

    return {area.code: area for area in ThematicArea.objects.filter(locale=locale)}


def _rich(paragraphs):
    return "".join(f"<p>{text}</p>" for text in paragraphs)


def _translate(instance, mapping_for, report, what):
    """Translate ``instance`` into each target language that lacks it."""
    for code in TARGETS:
        locale = Locale.objects.get(language_code=code)
        if instance.get_translation_or_none(locale) is None:
            translate_into(instance, locale, mapping_for(code))
            report.add(f"{what} translations")


def _pairs(*specs):
    """A pl->target mapping builder from dicts {"pl": ..., "en": ..., "uk": ...}."""

    def mapping_for(code):
        mapping = {}
        for spec in specs:
            if spec and spec.get(SOURCE):
                mapping[spec[SOURCE]] = spec[code]
        return mapping

    return mapping_for


# People ---------------------------------------------------------------------


def _person_key(key):
    name, name_uk, affiliation, languages = group_data.PEOPLE[key]
    return name, name_uk, affiliation, languages


def ensure_person(key, report):
    from hub.models import Person

    name, name_uk, affiliation, languages = _person_key(key)
    locales = _locales()
    person = Person.objects.filter(name=name, locale=locales[SOURCE]).first()
    if person is None:
        person = Person.objects.create(
            name=name,
            affiliation=affiliation[SOURCE],
            languages_spoken=languages,
            locale=locales[SOURCE],
        )
        report.add("people")
    names = {"pl": name, "en": name, "uk": name_uk}
    _translate(
        person,
        _pairs(names, affiliation, {"pl": languages, "en": languages, "uk": languages}),
        report,
        "person",
    )
    return person


def seed_people(context, report, scale=1):
    keys = set()
    for leader, deputy in group_data.LEADERS.values():
        keys.update(k for k in (leader, deputy) if k)
    for body in session_data.BODIES:
        if body["members"] != "leaders":
            keys.update(key for key, _role in body["members"])
    context["forum_people"] = {key: ensure_person(key, report) for key in sorted(keys)}


# Organisations --------------------------------------------------------------


def seed_organisations(context, report, scale=1):
    from forum.models import OrganisationArea, OrganisationWorkingGroup
    from hub.models import Organisation

    locales = _locales()
    areas = _areas(locales[SOURCE])
    specs = (
        organisation_data.small_organisations()
        if context.get("small")
        else organisation_data.all_organisations()
    )
    existing = {
        o.slug: o
        for o in Organisation.objects.filter(
            locale=locales[SOURCE], slug__in=[s["slug"] for s in specs]
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
                locale=locales[SOURCE],
            )
            organisation.area_links = [
                OrganisationArea(area=areas[code], locale=locales[SOURCE]) for code in spec["areas"]
            ]
            organisation.group_links = [
                OrganisationWorkingGroup(area=areas[code], locale=locales[SOURCE])
                for code in spec["groups"]
            ]
            organisation.save()
            report.add("organisations")
        short = {"pl": spec["short_name"], "en": spec["short_name"], "uk": spec["short_name"]}
        _translate(
            organisation,
            _pairs(spec["name"], spec["description"], short),
            report,
            "organisation",
        )


# Working groups -------------------------------------------------------------


def seed_groups(context, report, scale=1):
    from forum.models import WorkingGroupLeader, WorkingGroupPage

    locales = _locales()
    index = context["sections"]["forum.WorkingGroupIndexPage"][SOURCE]
    areas = {code: _areas(locale) for code, locale in locales.items()}
    people = context["forum_people"]
    existing = {p.area_id: p for p in WorkingGroupPage.objects.child_of(index)}
    for code, (slugs, purpose, rhythm) in group_data.GROUPS.items():
        area = areas[SOURCE][code]
        titles = {
            lang: group_data.GROUP_TITLE[lang].format(area=areas[lang][code].name)
            for lang in locales
        }
        page = existing.get(area.pk)
        leader, deputy = group_data.LEADERS[code]
        if page is None:
            page = WorkingGroupPage(
                title=titles[SOURCE],
                slug=slugs[SOURCE],
                area=area,
                purpose=_rich([purpose[SOURCE]]),
                how_to_join=_rich([group_data.HOW_TO_JOIN[SOURCE]]),
                meeting_rhythm=rhythm[SOURCE],
                listing_summary=group_data.GROUP_SUMMARY[SOURCE],
            )
            rows = [WorkingGroupLeader(person=people[leader], role=group_data.ROLE_LEADER[SOURCE])]
            if deputy:
                rows.append(
                    WorkingGroupLeader(person=people[deputy], role=group_data.ROLE_DEPUTY[SOURCE])
                )
            page.leaders = rows
            index.add_child(instance=page)
            report.add("working groups")
        _translate(
            page,
            _pairs(
                titles,
                slugs,
                purpose,
                rhythm,
                group_data.HOW_TO_JOIN,
                group_data.GROUP_SUMMARY,
                group_data.ROLE_LEADER,
                group_data.ROLE_DEPUTY if deputy else None,
            ),
            report,
            "working group",
        )


# Plenary sessions -----------------------------------------------------------


def _session_start(months):
    today = timezone.localdate(timezone=WARSAW)
    day = today + timedelta(days=int(months * 30.5))
    return datetime.combine(day, time(17, 0), tzinfo=WARSAW)


def _speaker(key):
    name, name_uk, affiliation, _languages = _person_key(key)
    names = {"pl": name, "en": name, "uk": name_uk}
    return {code: f"{names[code]} ({affiliation[code]})" for code in names}


def seed_sessions(context, report, scale=1):
    from forum.models import PlenaryAgendaItem, PlenarySessionPage

    locales = _locales()
    index = context["sections"]["forum.PlenarySessionIndexPage"][SOURCE]
    areas = _areas(locales[SOURCE])
    specs = session_data.SESSIONS
    if context.get("small"):
        specs = [s for s in specs if s["slug"][SOURCE] in session_data.SMALL_SESSIONS]
    existing = {p.slug: p for p in PlenarySessionPage.objects.child_of(index)}
    chair = _speaker("adamczyk")
    for spec in specs:
        group_leader = group_data.LEADERS[spec["group"]][0]
        presenter = _speaker(group_leader)
        page = existing.get(spec["slug"][SOURCE])
        if page is None:
            start = _session_start(spec["months"])
            page = PlenarySessionPage(
                title=spec["title"][SOURCE],
                slug=spec["slug"][SOURCE],
                summary=spec["summary"][SOURCE],
                start=start,
                end=start + timedelta(hours=2),
                venue_name=session_data.VENUE[SOURCE],
                venue_address=session_data.VENUE_ADDRESS,
                venue_accessibility=session_data.VENUE_ACCESS[SOURCE],
                online_url="https://meet.example.org/forum-integracji",
                organising_body=session_data.ORGANISING_BODY[SOURCE],
                languages="pl, uk",
                outcome=_rich([spec["outcome"][SOURCE]]) if spec["outcome"] else "",
                attendance=spec["attendance"],
                attending_organisations=spec["organisations"],
            )
            agenda = []
            for hour, minute, title, speaker in session_data.AGENDA:
                agenda.append(
                    PlenaryAgendaItem(
                        time=time(hour, minute),
                        title=title[SOURCE],
                        speaker={"chair": chair, "group": presenter}.get(speaker, {}).get(
                            SOURCE, ""
                        ),
                        group_area=areas[spec["group"]] if speaker == "group" else None,
                    )
                )
            page.agenda_items = agenda
            page.group_links = [EventPageWorkingGroup(area=areas[spec["group"]])]
            page.area_links = [EventPageArea(area=areas[spec["group"]])]
            index.add_child(instance=page)
            report.add("plenary sessions")
        _translate(
            page,
            _pairs(
                spec["title"],
                spec["slug"],
                spec["summary"],
                spec["outcome"],
                session_data.VENUE,
                session_data.VENUE_ACCESS,
                session_data.ORGANISING_BODY,
                {code: session_data.VENUE_ADDRESS for code in locales},
                {code: "pl, uk" for code in locales},
                chair,
                presenter,
                *[title for _h, _m, title, _s in session_data.AGENDA],
            ),
            report,
            "plenary session",
        )


# Governing bodies -----------------------------------------------------------


def seed_bodies(context, report, scale=1):
    from forum.blocks import ForumDocumentsBlock
    from forum.models import BodyMembership, GoverningBodyPage
    from hub.setup import PUBLIC_COLLECTION

    index = context["sections"]["forum.GoverningBodiesIndexPage"][SOURCE]
    people = context["forum_people"]
    collection = context["collections"][PUBLIC_COLLECTION]
    documents_block = ForumDocumentsBlock()
    existing = {p.slug: p for p in GoverningBodyPage.objects.child_of(index)}
    for spec in session_data.BODIES:
        if spec["members"] == "leaders":
            members = [
                (leader, session_data.MEMBER_ROLE_IN_GROUP)
                for leader, _deputy in group_data.LEADERS.values()
            ]
        else:
            members = spec["members"]
        page = existing.get(spec["slug"][SOURCE])
        if page is None:
            page = GoverningBodyPage(
                title=spec["title"][SOURCE],
                slug=spec["slug"][SOURCE],
                listing_summary=spec["listing"][SOURCE],
                role=_rich([paragraph[SOURCE] for paragraph in spec["role"]]),
                meeting_rhythm=spec["rhythm"][SOURCE],
            )
            term_start = timezone.localdate().replace(month=1, day=1) - timedelta(days=365)
            page.memberships = [
                BodyMembership(
                    person=people[key],
                    institution=_person_key(key)[2][SOURCE],
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
                            "heading": heading[SOURCE],
                            "documents": [document(t, collection).pk for t in titles],
                        },
                    }
                    for heading, titles in spec["documents"]
                ]
            )
            index.add_child(instance=page)
            report.add("governing bodies")
        _translate(
            page,
            _pairs(
                spec["title"],
                spec["slug"],
                spec["listing"],
                spec["rhythm"],
                *spec["role"],
                *[role for _key, role in members],
                *[_person_key(key)[2] for key, _role in members],
                *[heading for heading, _titles in spec["documents"]],
            ),
            report,
            "governing body",
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
