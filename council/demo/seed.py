"""Demo content of the Council: members, meetings with minutes, opinions, duty hours.

Idempotent: every step looks before it creates.  With ``context["small"]`` it
makes 12 members, 4 meetings with minutes (one a draft), 1 upcoming meeting,
3 opinions and the duty-hours schedule; otherwise 24 meetings with minutes
(two drafts), 2 upcoming meetings and 10 opinions.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from pathlib import Path

from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import get_language_info
from wagtail.models import Collection, PageLogEntry
from wagtail.rich_text import RichText

from council.documents import DRAFTS_COLLECTION
from council.models import (
    CouncilMeetingPage,
    CouncilMembership,
    CouncilMinutesPage,
    CouncilOpinionArea,
    CouncilOpinionPage,
    DutyHoursException,
    DutyHoursSchedule,
    MinutesAttendance,
    Weekday,
)
from council.setup import COUNCIL_ROOT
from events.models import WARSAW, EventPageArea
from hub.demo import data
from hub.demo.seeder import document, locales, paragraphs, translate
from hub.models import Person, ThematicArea
from hub.translation import translate_into_locales

CONTENT = data.load(Path(__file__).parent / "council.toml")
COUNCIL, VENUE, MEETING, DUTY_HOURS = (
    CONTENT[key] for key in ("council", "venue", "meeting", "duty_hours")
)
MEMBERS, PAST_TERM, TOPICS, OPINIONS = (
    CONTENT[key] for key in ("member", "past_term", "topic", "opinion")
)
SOURCE = data.source_language()
ORGANISING_BODY = {
    "pl": "Rada Imigrantów i Imigrantek",
    "en": "Immigrants' Council",
    "uk": "Рада іммігрантів та іммігранток",
}
MEETING_LANGUAGES = "pl, uk, en"


def _segments(mapping):
    """wagtail-localize turns the line breaks of a text field into <br/> in its segment."""
    if mapping is not None:
        mapping.update(
            {k.replace("\n", "<br/>"): v.replace("\n", "<br/>") for k, v in mapping.items()}
        )
    return mapping


def _spoken(codes: str, language: str) -> str:
    with translation.override(language):
        return ", ".join(
            str(get_language_info(code.strip())["name_translated"]) for code in codes.split(",")
        )


def _term_dates(today):
    start = today.replace(day=1) - timedelta(days=500)
    start = start.replace(day=1)
    end = start.replace(year=start.year + 3) - timedelta(days=1)
    past_start = start.replace(year=start.year - 3)
    return (start, end), (past_start, start - timedelta(days=1))


def _backdate(page, when):
    """Demo records were published when they were approved, not when the seed ran."""
    type(page).objects.filter(pk=page.pk).update(
        first_published_at=when, last_published_at=when, latest_revision_created_at=when
    )
    PageLogEntry.objects.filter(page_id=page.pk).update(timestamp=when)
    page.refresh_from_db()


def seed_members(context, report, scale=1):
    source_locale = locales()[SOURCE]
    people = []
    for member in MEMBERS:
        name, codes, affiliation = member["name"], member["languages"], member["affiliation"]
        person = Person.objects.filter(name=name, locale=source_locale).first()
        if person is None:
            person = Person.objects.create(
                name=name,
                affiliation=affiliation[SOURCE],
                languages_spoken=_spoken(codes, SOURCE),
                locale=source_locale,
            )
            report.add("council members")

        def strings_for(code, name=name, codes=codes, affiliation=affiliation, person=person):
            mapping = data.strings(code, affiliation, same=[name])
            if mapping is not None:
                mapping[person.languages_spoken] = _spoken(codes, code)
            return mapping

        translate(person, report, "council member", strings_for=strings_for)
        people.append(person)
    context["council_people"] = people


def seed_council_page(context, report, scale=1):
    roots = context["sections"][COUNCIL_ROOT.model]
    root = roots[SOURCE]
    if not root.introduction:
        _fill_council_page(root, context["council_people"])
        report.add("council section")
    wanted = {}
    for code, locale in locales().items():
        translated = root.get_translation_or_none(locale)
        if code == SOURCE or translated is None or translated.specific.introduction:
            continue
        # The section root's own title and slug come from setup_hub's translation.
        mapping = _segments(
            data.strings(
                code,
                COUNCIL,
                same=[root.contact_email, root.contact_phone],
            )
        )
        if mapping is not None:
            mapping[root.title] = translated.title
            mapping[root.slug] = translated.slug
            wanted[locale] = mapping
    if wanted:
        for translated in translate_into_locales(root, wanted).values():
            translated.show_in_menus = True
            translated.save_revision().publish()


def _fill_council_page(root, people):
    (start, end), (past_start, past_end) = _term_dates(timezone.localdate())
    root.introduction = COUNCIL["introduction"][SOURCE]
    root.body = paragraphs(COUNCIL["body"][SOURCE])
    root.contact_email = "rada.imigrantow@example.org"
    root.contact_phone = "+48 58 000 00 10"
    root.contact_address = COUNCIL["contact_address"][SOURCE]
    root.contact_note = COUNCIL["contact_note"][SOURCE]
    root.show_in_menus = True
    rows = [
        CouncilMembership(
            person=person,
            role=member["role"],
            term_start=start,
            term_end=end,
            languages=member["languages"],
        )
        for person, member in zip(people, MEMBERS, strict=True)
    ]
    rows += [
        CouncilMembership(
            person=people[past["member"]],
            role=past["role"],
            term_start=past_start,
            term_end=past_end,
            languages=MEMBERS[past["member"]]["languages"],
        )
        for past in PAST_TERM
    ]
    root.memberships = rows
    root.save_revision().publish()


def _meeting_start(number, past_count):
    today = timezone.localdate()
    if number <= past_count:
        day = today - timedelta(days=10 + 30 * (past_count - number))
    else:
        day = today + timedelta(days=20 + 30 * (number - past_count - 1))
    return datetime.combine(day, time(17, 0), tzinfo=WARSAW)


def _meeting_texts(topic):
    """The texts of a meeting page (its title and slug hold the number as {n})."""
    return [
        *(MEETING[key] for key in ("title", "slug", "opening", "previous", "other")),
        ORGANISING_BODY,
        *(topic[key] for key in ("summary", "item", "description")),
        VENUE,
    ]


def seed_meetings(context, report, scale=1):
    small = context.get("small")
    past_count = 4 if small else 24
    upcoming = 1 if small else 2
    index = context["sections"]["council.CouncilMeetingIndexPage"][SOURCE]
    areas = {area.code: area for area in ThematicArea.objects.filter(locale=locales()[SOURCE])}
    existing = {page.slug: page for page in CouncilMeetingPage.objects.child_of(index)}
    meetings = {}
    for number in range(1, past_count + upcoming + 1):
        topic = TOPICS[number % len(TOPICS)]
        area_code = topic["area"]
        slug = MEETING["slug"][SOURCE].format(n=number)
        meeting = existing.get(slug)
        if meeting is None:
            start = _meeting_start(number, past_count)
            meeting = CouncilMeetingPage(
                title=MEETING["title"][SOURCE].format(n=number),
                slug=slug,
                number=number,
                summary=topic["summary"][SOURCE],
                start=start,
                end=start + timedelta(hours=2),
                venue_name=VENUE["name"][SOURCE],
                venue_address=VENUE["address"][SOURCE],
                venue_accessibility=VENUE["accessibility"][SOURCE],
                languages=MEETING_LANGUAGES,
                organising_body=ORGANISING_BODY[SOURCE],
                agenda=[
                    ("item", {"title": MEETING["opening"][SOURCE], "description": ""}),
                    ("item", {"title": MEETING["previous"][SOURCE], "description": ""}),
                    (
                        "item",
                        {
                            "title": topic["item"][SOURCE],
                            "description": topic["description"][SOURCE],
                        },
                    ),
                    ("item", {"title": MEETING["other"][SOURCE], "description": ""}),
                ],
            )
            if area_code in areas:
                meeting.area_links.add(EventPageArea(area=areas[area_code]))
            index.add_child(instance=meeting)
            report.add("council meetings")
        translate(
            meeting,
            report,
            "council meeting",
            *_meeting_texts(topic),
            same=[MEETING_LANGUAGES],
            n=number,
        )
        meetings[number] = meeting
    context["council_meetings"] = meetings
    context["council_past_meetings"] = past_count
    context["council_draft_minutes"] = 1 if small else 2


def _minutes_items(number, topic, lang, votes):
    items = [
        {
            "title": MEETING["opening"][lang],
            "discussion": RichText(""),
            "decisions": RichText(f"<p>{MEETING['opening_decision'][lang]}</p>"),
            "votes": {"in_favour": votes, "against": 0, "abstaining": 0},
        },
        {
            "title": MEETING["previous"][lang],
            "discussion": RichText(""),
            "decisions": RichText(f"<p>{MEETING['previous_decision'][lang]}</p>"),
            "votes": {"in_favour": votes - 1, "against": 0, "abstaining": 1},
        },
        {
            "title": topic["item"][lang],
            "discussion": RichText(f"<p>{topic['discussion'][lang]}</p>"),
            "decisions": RichText(f"<p>{topic['decision'][lang]}</p>"),
            "votes": {"in_favour": votes - 2, "against": 1, "abstaining": 1},
        },
        {
            "title": MEETING["other"][lang],
            "discussion": RichText(f"<p>{MEETING['other_discussion'][lang]}</p>"),
            "decisions": RichText(""),
            "votes": {"in_favour": None, "against": None, "abstaining": None},
        },
    ]
    return [("item", item) for item in items]


MINUTES_KEYS = (
    "minutes_title",
    "minutes_slug",
    "prepared_by",
    "guests",
    "opening",
    "opening_decision",
    "previous",
    "previous_decision",
    "other",
    "other_discussion",
)


def _signed_pdf(number, meeting, title):
    return document(
        f"{title} (podpisany)",
        Collection.objects.get(name=DRAFTS_COLLECTION),
        lines=[
            "Rada Imigrantow i Imigrantek w Gdansku",
            title,
            f"Posiedzenie z dnia {meeting.start.astimezone(WARSAW):%d.%m.%Y}",
            "Dokument demonstracyjny: podpisany protokol.",
        ],
        filename=f"rada-protokol-{number}.pdf",
    )


def seed_minutes(context, report, scale=1):
    meetings = context["council_meetings"]
    past_count = context["council_past_meetings"]
    drafts = context["council_draft_minutes"]
    people = context["council_people"]
    for number in range(1, past_count + 1):
        meeting = meetings[number]
        topic = TOPICS[number % len(TOPICS)]
        minutes = CouncilMinutesPage.objects.child_of(meeting).first()
        is_draft = number > past_count - drafts
        if minutes is None and meeting.start > timezone.now():
            continue  # a meeting still to come (an earlier, smaller demo's) has no minutes
        if minutes is None:
            absent = (
                {number % len(people), (number + 5) % len(people)}
                if number % 2
                else {number % len(people)}
            )
            title = MEETING["minutes_title"][SOURCE].format(n=number)
            approved_by = meetings.get(number + 1) if number < past_count else None
            if approved_by is not None and approved_by.start > timezone.now():
                approved_by = None  # only a meeting that has happened approves minutes
            is_draft = is_draft or approved_by is None
            minutes = CouncilMinutesPage(
                title=title,
                slug=MEETING["minutes_slug"][SOURCE],
                live=False,
                prepared_by=MEETING["prepared_by"][SOURCE],
                prepared_on=(meeting.start + timedelta(days=5)).date(),
                approved_on=approved_by.start.date() if approved_by else None,
                approved_at=approved_by,
                guests=MEETING["guests"][SOURCE],
                items=_minutes_items(number, topic, SOURCE, len(people) - len(absent)),
                signed_pdf=_signed_pdf(number, meeting, title),
            )
            for position, person in enumerate(people):
                minutes.attendance.add(
                    MinutesAttendance(person=person, present=position not in absent)
                )
            meeting.add_child(instance=minutes)
            revision = minutes.save_revision()
            if not is_draft:
                revision.publish()
                _backdate(minutes, approved_by.start + timedelta(days=2))
            report.add("council minutes (drafts)" if is_draft else "council minutes")
        if is_draft or not minutes.live:
            continue  # drafts are translated once they are approved and published
        made = translate(
            minutes,
            report,
            "council minutes",
            *(MEETING[key] for key in MINUTES_KEYS),
            *(topic[key] for key in ("item", "discussion", "decision")),
            n=number,
        )
        for translated in made.values():
            _backdate(translated, minutes.first_published_at + timedelta(days=3))
    _correct_first_minutes(meetings[1], report)


def _correct_first_minutes(meeting, report):
    """Publish a correction of already-published minutes, so the change history has an entry."""
    minutes = CouncilMinutesPage.objects.child_of(meeting).live().first()
    if minutes is None:
        return
    if PageLogEntry.objects.filter(page_id=minutes.pk, action="wagtail.publish").count() > 1:
        return
    minutes.guests = f"{minutes.guests}\n{MEETING['added_guest'][SOURCE]}"
    minutes.change_note = MEETING["change_note"][SOURCE]
    minutes.save_revision().publish()
    report.add("council minutes corrections")


def seed_opinions(context, report, scale=1):
    count = 3 if context.get("small") else len(OPINIONS)
    index = context["sections"]["council.CouncilOpinionIndexPage"][SOURCE]
    meetings = context["council_meetings"]
    past_count = context["council_past_meetings"]
    areas = {area.code: area for area in ThematicArea.objects.filter(locale=locales()[SOURCE])}
    existing = {page.slug: page for page in CouncilOpinionPage.objects.child_of(index)}
    specs = []
    for position, spec in enumerate(OPINIONS[:count]):
        meeting = meetings[max(1, past_count - 1 - (position * (past_count - 1)) // count)]
        specs.append((meeting.start, spec["kind"], spec["area"], spec, meeting))
    for _start, kind, area_code, spec, meeting in sorted(specs, key=lambda item: item[0]):
        slug = _slug(spec["title"][SOURCE])
        opinion = existing.get(slug)
        if opinion is None:
            opinion = CouncilOpinionPage(
                title=spec["title"][SOURCE],
                slug=slug,
                live=False,
                kind=kind,
                adopted_on=meeting.start.date(),
                adopted_at=meeting,
                subject=spec["subject"][SOURCE],
                text=paragraphs(spec["text"][SOURCE]),
                prepared_by=MEETING["prepared_by"][SOURCE],
                prepared_on=meeting.start.date(),
            )
            if area_code in areas:
                opinion.area_links.add(CouncilOpinionArea(area=areas[area_code]))
            index.add_child(instance=opinion)
            opinion.save_revision().publish()
            _backdate(opinion, meeting.start + timedelta(days=3))
            report.add("council opinions")

        def strings_for(code, spec=spec, slug=slug):
            mapping = data.strings(
                code, spec["title"], spec["subject"], spec["text"], MEETING["prepared_by"]
            )
            if mapping is not None:
                # Latin-script titles give a slug of their own; the others keep the source's.
                mapping[slug] = _slug(spec["title"][code]) if code == "en" else f"{slug}-{code}"
            return mapping

        made = translate(opinion, report, "council opinion", strings_for=strings_for)
        for translated in made.values():
            _backdate(translated, meeting.start + timedelta(days=6))


def _slug(text):
    return slugify(text.replace("ł", "l").replace("Ł", "L"))[:80]


def seed_duty_hours(context, report, scale=1):
    page = context["sections"]["council.CouncilDutyHoursPage"][SOURCE]
    if page.schedules.exists():
        return
    people = context["council_people"]
    today = timezone.localdate()
    (_start, term_end), _past = _term_dates(today)
    valid_from = today - timedelta(days=60)
    page.introduction = DUTY_HOURS["introduction"][SOURCE]
    page.schedules = [
        DutyHoursSchedule(
            weekday=Weekday.TUESDAY,
            start_time=time(16, 0),
            end_time=time(18, 0),
            valid_from=valid_from,
            valid_until=term_end,
            place=DUTY_HOURS["place_city_hall"][SOURCE],
            languages="uk, ru, pl",
            member=people[0],
        ),
        DutyHoursSchedule(
            weekday=Weekday.THURSDAY,
            start_time=time(10, 0),
            end_time=time(12, 0),
            valid_from=valid_from,
            valid_until=term_end,
            place=DUTY_HOURS["place_library"][SOURCE],
            languages="en, pl",
            member=people[4],
        ),
    ]
    next_tuesday = today + timedelta(days=(Weekday.TUESDAY - today.weekday()) % 7 or 7)
    next_saturday = today + timedelta(days=(Weekday.SATURDAY - today.weekday()) % 7 or 7)
    page.exceptions = [
        DutyHoursException(
            date=next_tuesday + timedelta(days=7), kind=DutyHoursException.CANCELLED
        ),
        DutyHoursException(
            date=next_saturday,
            kind=DutyHoursException.EXTRA,
            start_time=time(11, 0),
            end_time=time(13, 0),
            place=DUTY_HOURS["place_library"][SOURCE],
            languages="uk, pl",
            member=people[7],
        ),
    ]
    page.show_in_menus = False
    page.save_revision().publish()
    wanted = {}
    for code, locale in locales().items():
        translated = page.get_translation_or_none(locale)
        mapping = data.strings(code, DUTY_HOURS)
        if code == SOURCE or translated is None or mapping is None:
            continue
        # The page's own title and slug come from setup_hub's translation.
        mapping[page.title] = translated.title
        mapping[page.slug] = translated.slug
        wanted[locale] = mapping
    translate_into_locales(page, wanted)
    report.add("council duty hours")


SEEDERS = [
    seed_members,
    seed_council_page,
    seed_meetings,
    seed_minutes,
    seed_opinions,
    seed_duty_hours,
]
