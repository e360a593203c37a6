"""Demo calendar: ~150 events over the past and coming months, in three languages.

With ``context["small"]`` (tests, browser tests) it makes a dozen events that
still cover every kind, a cancelled one, one with a full list and a waiting
list, one across the October clock change and one on the March change day.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from django.test.utils import override_settings
from django.utils import timezone

from events.models import (
    WARSAW,
    EventKind,
    EventPage,
    EventPageArea,
    EventPageWorkingGroup,
    Registration,
    RegistrationStatus,
    SharedEvent,
)
from hub.demo import data
from hub.demo.seeder import locales, paragraphs, translate
from hub.models import Organisation, ThematicArea

EVENTS = data.load(Path(__file__).parent / "events.toml")
SOURCE = data.source_language()


def _fmt(value, **names):
    """A text with each language's {placeholders} filled; languages without names are dropped."""
    if isinstance(value, dict):
        return {code: text.format(**names[code]) for code, text in value.items() if code in names}
    return value


def _occurrences(now, series, small):
    """Start days (offsets from today) of a series: about six months back and ahead."""
    if small:
        return [series.get("small_offset", 6)]
    offsets = []
    day = series["first_offset"]
    while day <= 180:
        offsets.append(day)
        day += series["every_days"]
    return offsets


def _area_names(source_locale):
    """``{code: {language: name}}`` of the thematic areas, in their order.

    The areas are the hub's own (its seeder makes them before the apps' seeders
    run, and editors may add more): the calendar reads them from the database by
    their code, the key every translation of an area shares.  A language an
    area has no translation in gets no text, so its meetings stay untranslated there.
    """
    names = {
        area.code: {}
        for area in ThematicArea.objects.filter(locale=source_locale).order_by("sort_order", "pk")
    }
    for code, language, name in ThematicArea.objects.filter(code__in=names).values_list(
        "code", "locale__language_code", "name"
    ):
        names[code][language] = name
    return names


def _specs(now, small, areas):
    """Every event to create, as flat dicts with per-language strings.

    ``areas`` is ``{code: {language: name}}`` (see ``_area_names``): each area's
    working group meets regularly.
    """
    specs = []
    for series in EVENTS["series"]:
        if small and series["key"] not in EVENTS["small_series"]:
            continue
        for offset in _occurrences(now, series, small):
            specs.append(dict(series, offset=offset, dated=True))
    for code, area_names in areas.items():
        if small and code not in EVENTS["small_groups"]:
            continue
        names = {lang: {"name": name, "code": code} for lang, name in area_names.items()}
        series = EVENTS["group_series"]
        base = {
            key: _fmt(value, **names) if key in ("slug", "title", "summary") else value
            for key, value in series.items()
        }
        start = -175 + 4 * len(specs) % 50
        offsets = [8] if small else list(range(start, 181, series["every_days"]))
        for offset in offsets:
            specs.append(
                dict(
                    base,
                    key=f"group-{code}",
                    kind="group_meeting",
                    offset=offset,
                    areas=[code],
                    groups=[code],
                    dated=True,
                )
            )
    specs.extend(
        spec for spec in EVENTS["single"] if not small or spec["key"] in EVENTS["small_single"]
    )
    if not small:
        # Real calendars change: every so often a meeting is cancelled or postponed.
        for number, spec in enumerate(specs):
            if spec.get("dated") and number % 11 == 5:
                spec["status"] = "cancelled"
            elif spec.get("dated") and number % 17 == 8:
                spec["status"] = "postponed"
    return specs


def _start(spec, now):
    if "at" in spec:
        return spec["at"].replace(tzinfo=WARSAW)
    day = (now.astimezone(WARSAW) + datetime.timedelta(days=spec["offset"])).date()
    return datetime.datetime.combine(day, spec["hour"], tzinfo=WARSAW)


def _strings(spec, code, venue, slug_suffix):
    """The source-to-``code`` strings of an event page (None: no text in that language)."""
    mapping = data.strings(
        code,
        spec["title"],
        spec["summary"],
        spec["paragraph"],
        spec.get("body"),
        venue,
        same=[spec["languages"], spec.get("online"), venue and venue["address"]],
    )
    if mapping is None or code not in spec["slug"]:
        return None
    mapping[spec["slug"][SOURCE] + slug_suffix] = spec["slug"][code] + slug_suffix
    return mapping


def _add_registrations(page, spec):
    plan = spec.get("registration")
    if not plan:
        return
    shared = SharedEvent.for_page(page)
    if shared.registrations.exists():
        return
    people = iter(EVENTS["person"])
    for status, count in (
        (RegistrationStatus.CONFIRMED, plan["confirmed"]),
        (RegistrationStatus.WAITLISTED, plan["waitlisted"]),
    ):
        for _n in range(count):
            person = next(people)
            Registration.objects.create(
                event=shared,
                page=page,
                language=SOURCE,
                name=person["name"],
                email=person["email"],
                status=status,
                consent_at=timezone.now(),
            )


def seed_events(context, report, scale=1):
    with override_settings(**seed_events.settings):
        _seed_events(context, report)


# Demo pages get their translated slugs once; redirects from the Polish slug are noise.
# seed_demo keeps these settings until the seeder's transaction is committed.
seed_events.settings = {"WAGTAILREDIRECTS_AUTO_CREATE": False}


def _seed_events(context, report):
    small = context.get("small", False)
    index = context["sections"]["events.EventIndexPage"][SOURCE]
    targets = [locale for code, locale in locales().items() if code != SOURCE]
    source_locale = index.locale
    areas = {area.code: area for area in ThematicArea.objects.filter(locale=source_locale)}
    organisations = {
        org.slug: org
        for org in Organisation.objects.filter(locale=source_locale)
        # Only organisations translated into every language can be linked from translations.
        if all(org.get_translation_or_none(locale) for locale in targets)
    }
    _remove_demo_duty_hours_events()
    existing = set(EventPage.objects.child_of(index).values_list("slug", flat=True))
    now = timezone.now()
    _show_in_menus(index, targets)
    for spec in _specs(now, small, _area_names(source_locale)):
        start = _start(spec, now)
        suffix = f"-{start:%Y-%m-%d}" if spec.get("dated") else ""
        slug = spec["slug"][SOURCE] + suffix
        if slug in existing:
            page = EventPage.objects.child_of(index).get(slug=slug)
        else:
            venue = EVENTS["venues"].get(spec.get("venue"))
            page = EventPage(
                title=spec["title"][SOURCE],
                slug=slug,
                summary=spec["summary"][SOURCE],
                body=paragraphs([spec["paragraph"][SOURCE]]),
                kind=spec["kind"],
                status=spec.get("status", "scheduled"),
                start=start,
                end=start + datetime.timedelta(minutes=spec["minutes"]),
                all_day=spec.get("all_day", False),
                venue_name=venue["name"][SOURCE] if venue else "",
                venue_address=venue["address"] if venue else "",
                venue_accessibility=venue["accessibility"][SOURCE] if venue else "",
                online_url=spec.get("online", ""),
                organiser=organisations.get(spec.get("organiser")),
                organising_body=spec["body"][SOURCE] if spec.get("body") else "",
                languages=spec["languages"],
                registration_enabled="registration" in spec,
                capacity=spec["registration"]["capacity"] if "registration" in spec else None,
            )
            for code in spec.get("areas", []):
                page.area_links.add(EventPageArea(area=areas[code]))
            for code in spec.get("groups", []):
                page.group_links.add(EventPageWorkingGroup(area=areas[code]))
            index.add_child(instance=page)
            SharedEvent.for_page(page)
            existing.add(slug)
            report.add("events")
        venue = EVENTS["venues"].get(spec.get("venue"))
        translate(
            page,
            report,
            "event",
            strings_for=lambda code, spec=spec, venue=venue, suffix=suffix: _strings(
                spec, code, venue, suffix
            ),
        )
        _add_registrations(page, spec)


# Earlier demos kept a copy of the Council's duty hours as event pages, which
# contradicted the schedule; the calendar now reads the schedule itself.
OLD_DUTY_HOURS_SLUGS = r"^(dyzur-rady|council-duty-hours|cherguvannia-rady)-\d{4}-\d{2}-\d{2}$"


def _remove_demo_duty_hours_events():
    for page in EventPage.objects.filter(
        kind=EventKind.DUTY_HOURS, slug__regex=OLD_DUTY_HOURS_SLUGS
    ).order_by("-depth"):
        page.delete()


def _show_in_menus(index, targets):
    if index.show_in_menus:
        return
    index.show_in_menus = True
    index.save_revision().publish()
    for locale in targets:
        translated = index.get_translation_or_none(locale)
        if translated is not None and not translated.show_in_menus:
            translated.show_in_menus = True
            translated.save_revision().publish()
