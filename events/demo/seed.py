"""Demo calendar: ~150 events over the past and coming months, in three languages.

With ``context["small"]`` (tests, browser tests) it makes a dozen events that
still cover every kind, a cancelled one, one with a full list and a waiting
list, one across the October clock change and one on the March change day.
"""

from __future__ import annotations

import datetime

from django.test.utils import override_settings
from django.utils import timezone
from wagtail.models import Locale
from wagtail.rich_text import RichText

from events import demo_data as data
from hub.demo.seed import AREAS

SOURCE = "pl"
TARGETS = ("en", "uk")


def _fmt(value, **names):
    if isinstance(value, dict):
        return {code: text.format(**names.get(code, {})) for code, text in value.items()}
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


def _specs(now, small):
    """Every event to create, as flat dicts with pl/en/uk strings."""
    specs = []
    for series in data.SERIES:
        if small and series["key"] not in data.SMALL_SERIES_KEYS:
            continue
        for offset in _occurrences(now, series, small):
            specs.append(dict(series, offset=offset, dated=True))
    for area in AREAS:
        code = area["code"]
        if small and code not in data.SMALL_GROUPS:
            continue
        names = {lang: {"name": name, "code": code} for lang, name in area["name"].items()}
        series = data.GROUP_SERIES
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
    specs.extend(spec for spec in data.SINGLE if not small or spec["key"] in data.SMALL_SINGLE_KEYS)
    if not small:
        # Real calendars change: every so often a meeting is cancelled or postponed.
        for number, spec in enumerate(specs):
            if spec.get("dated") and number % 11 == 5:
                spec["status"] = "cancelled"
            elif spec.get("dated") and number % 17 == 8:
                spec["status"] = "postponed"
    return specs


def _start(spec, now):
    from events.models import WARSAW

    if "at" in spec:
        year, month, day, hour, minute = spec["at"]
        return datetime.datetime(year, month, day, hour, minute, tzinfo=WARSAW)
    day = (now.astimezone(WARSAW) + datetime.timedelta(days=spec["offset"])).date()
    hour, minute = spec["hour"]
    return datetime.datetime(day.year, day.month, day.day, hour, minute, tzinfo=WARSAW)


def _strings(spec, code, start, venue, slug_suffix):
    mapping = {
        spec["title"]["pl"]: spec["title"][code],
        spec["slug"]["pl"] + slug_suffix: spec["slug"][code] + slug_suffix,
        spec["summary"]["pl"]: spec["summary"][code],
        spec["paragraph"]["pl"]: spec["paragraph"][code],
        spec["languages"]: spec["languages"],
    }
    if venue:
        mapping[venue["name"]["pl"]] = venue["name"][code]
        mapping[venue["address"]] = venue["address"]
        mapping[venue["accessibility"]["pl"]] = venue["accessibility"][code]
    if spec.get("online"):
        mapping[spec["online"]] = spec["online"]
    if spec.get("body"):
        mapping[spec["body"]["pl"]] = spec["body"][code]
    return mapping


def _add_registrations(page, spec):
    from events.models import Registration, RegistrationStatus, SharedEvent

    plan = spec.get("registration")
    if not plan:
        return
    shared = SharedEvent.for_page(page)
    if shared.registrations.exists():
        return
    people = iter(data.DEMO_PEOPLE)
    for status, count in (
        (RegistrationStatus.CONFIRMED, plan["confirmed"]),
        (RegistrationStatus.WAITLISTED, plan["waitlisted"]),
    ):
        for _n in range(count):
            name, email = next(people)
            Registration.objects.create(
                event=shared,
                page=page,
                language="pl",
                name=name,
                email=email,
                status=status,
                consent_at=timezone.now(),
            )


def seed_events(context, report, scale=1):
    # Demo pages get their translated slugs once; redirects from the Polish slug are noise.
    with override_settings(WAGTAILREDIRECTS_AUTO_CREATE=False):
        _seed_events(context, report)


def _seed_events(context, report):
    from events.models import EventPage, EventPageArea, EventPageWorkingGroup, SharedEvent
    from hub.models import Organisation, ThematicArea

    small = context.get("small", False)
    index = context["sections"]["events.EventIndexPage"][SOURCE]
    locales = {code: Locale.objects.get(language_code=code) for code in TARGETS}
    source_locale = index.locale
    areas = {area.code: area for area in ThematicArea.objects.filter(locale=source_locale)}
    organisations = {
        org.slug: org
        for org in Organisation.objects.filter(locale=source_locale)
        # Only organisations translated into every language can be linked from translations.
        if all(org.get_translation_or_none(locale) for locale in locales.values())
    }
    existing = set(EventPage.objects.child_of(index).values_list("slug", flat=True))
    now = timezone.now()
    _show_in_menus(index, locales)
    for spec in _specs(now, small):
        start = _start(spec, now)
        suffix = f"-{start:%Y-%m-%d}" if spec.get("dated") else ""
        slug = spec["slug"]["pl"] + suffix
        if slug in existing:
            page = EventPage.objects.child_of(index).get(slug=slug)
        else:
            venue = data.VENUES.get(spec.get("venue"))
            page = EventPage(
                title=spec["title"]["pl"],
                slug=slug,
                summary=spec["summary"]["pl"],
                body=[("paragraph", RichText(f"<p>{spec['paragraph']['pl']}</p>"))],
                kind=spec["kind"],
                status=spec.get("status", "scheduled"),
                start=start,
                end=start + datetime.timedelta(minutes=spec["minutes"]),
                all_day=spec.get("all_day", False),
                venue_name=venue["name"]["pl"] if venue else "",
                venue_address=venue["address"] if venue else "",
                venue_accessibility=venue["accessibility"]["pl"] if venue else "",
                online_url=spec.get("online", ""),
                organiser=organisations.get(spec.get("organiser")),
                organising_body=spec["body"]["pl"] if spec.get("body") else "",
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
        venue = data.VENUES.get(spec.get("venue"))
        for code, locale in locales.items():
            if page.get_translation_or_none(locale) is None:
                from hub.translation import translate_into

                translate_into(page, locale, _strings(spec, code, start, venue, suffix))
                report.add("event translations")
        _add_registrations(page, spec)


def _show_in_menus(index, locales):
    if index.show_in_menus:
        return
    index.show_in_menus = True
    index.save_revision().publish()
    for locale in locales.values():
        translated = index.get_translation_or_none(locale)
        if translated is not None and not translated.show_in_menus:
            translated.show_in_menus = True
            translated.save_revision().publish()
