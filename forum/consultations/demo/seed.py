"""Demo consultations: one open, one closed awaiting its report, one reported (2016).

Idempotent (looks before it creates).  With ``context["small"]`` it makes the
same three consultations with about 30 responses instead of about 300.
"""

from __future__ import annotations

import random
import uuid
from datetime import date, timedelta
from pathlib import Path

from django.utils import timezone
from wagtail.rich_text import RichText
from wagtail.tasks import update_reference_index_task

from hub.demo import data
from hub.demo.seeder import locales, rich, translate

from ..models import ConsultationPage, Response, ResponseStatus
from ..models.pages import WARSAW

CONTENT = data.load(Path(__file__).parent / "consultations.toml")
CONSULTATIONS = CONTENT["consultation"]
INDEX_INTRODUCTION = CONTENT["index_introduction"]
SHORT_ANSWERS, LONG_ANSWERS = CONTENT["short_answers"], CONTENT["long_answers"]
SECTION_COMMENTS, RESPONDENTS = CONTENT["section_comments"], CONTENT["respondent"]
SOURCE = data.source_language()
# Who answers in which language: the demo's mix of residents (other languages: none).
LANGUAGE_WEIGHTS = {"pl": 55, "uk": 35, "en": 10}


def _paragraphs(items):
    return RichText(rich(item[SOURCE] for item in items))


def _dates(spec, now):
    if "opens_at" in spec:
        return tuple(
            spec[key].replace(tzinfo=WARSAW)
            for key in ("opens_at", "closes_at", "report_at", "announced_at")
        )
    today = now.astimezone(WARSAW).replace(hour=9, minute=0, second=0, microsecond=0)
    opens = today + timedelta(days=spec["opens_days"])
    closes = (today + timedelta(days=spec["closes_days"])).replace(hour=23, minute=59)
    return opens, closes, None, opens - timedelta(days=7)


def _stage(stage, today: date):
    if "date" in stage:
        start = stage["date"]
        end = stage.get("end_date")
    else:
        start = today + timedelta(days=stage["days"])
        end = today + timedelta(days=stage["end_days"]) if "end_days" in stage else None
    return (
        "stage",
        {
            "kind": stage["kind"],
            "title": stage["title"][SOURCE],
            "date": start,
            "end_date": end,
            "place": stage["place"][SOURCE],
            "description": stage["description"][SOURCE],
            "event": None,
        },
    )


def _question(question):
    value = {
        "question": question["question"][SOURCE],
        "help_text": question["help_text"][SOURCE],
        "required": question["required"],
    }
    if "options" in question:
        value["options"] = [option[SOURCE] for option in question["options"]]
    if question["type"] == "scale":
        value["low_label"] = question["low_label"][SOURCE]
        value["high_label"] = question["high_label"][SOURCE]
    return (question["type"], value)


def _build_page(spec, now):
    opens, closes, report_at, announced = _dates(spec, now)
    today = now.astimezone(WARSAW).date()
    page = ConsultationPage(
        title=spec["title"][SOURCE],
        slug=spec["slug"][SOURCE],
        summary=spec["summary"][SOURCE],
        run_by=spec["run_by"][SOURCE],
        opens_at=opens,
        closes_at=closes,
        announced_at=announced,
        stages=[_stage(stage, today) for stage in spec["stages"]],
        draft=[
            (
                "section",
                {"heading": section["heading"][SOURCE], "text": _paragraphs(section["text"])},
            )
            for section in spec["draft"]
        ],
        questions=[_question(question) for question in spec["questions"]],
        show_comments=spec["key"] == "reported",
    )
    if "report" in spec:
        page.report_text = _paragraphs(spec["report"]).source
        page.report_published_at = report_at
    return page


def _answer(block, rng, code):
    kind = block.block_type
    value = block.value
    if not value["required"] and rng.random() < 0.3:
        return None
    if kind == "single_choice":
        ids = [child.id for child in value["options"].bound_blocks]
        return rng.choices(ids, weights=[4, 3, 2, 1][: len(ids)] + [1] * (len(ids) - 4))[0]
    if kind == "multiple_choice":
        ids = [child.id for child in value["options"].bound_blocks]
        return rng.sample(ids, rng.randint(1, min(3, len(ids))))
    if kind == "scale":
        return rng.choices([1, 2, 3, 4, 5], weights=[1, 2, 4, 6, 4])[0]
    pool = SHORT_ANSWERS if kind == "short_text" else LONG_ANSWERS
    if rng.random() < 0.5:
        return None
    return rng.choice(pool[code])


def _make_responses(spec, pages, count, now):
    rng = random.Random(f"consultation-{spec['key']}")
    source = pages[SOURCE]
    opens, closes = source.opens_at, min(source.closes_at, now)
    span = (closes - opens).total_seconds()
    anonymised = source.report_published_at is not None
    weights = {code: weight for code, weight in LANGUAGE_WEIGHTS.items() if code in pages}
    codes = list(weights)
    responses = []
    for number in range(count):
        code = rng.choices(codes, weights=list(weights.values()))[0]
        page = pages[code]
        answers = {}
        for block in source.questions:
            value = _answer(block, rng, code)
            if value is not None:
                answers[block.id] = value
        comments = {
            block.id: rng.choice(SECTION_COMMENTS[code])
            for block in source.draft
            if rng.random() < 0.3
        }
        respondent = {} if anonymised else rng.choice(RESPONDENTS)
        name, organisation, email = (
            respondent.get(key, "") for key in ("name", "organisation", "email")
        )
        submitted = opens + timedelta(seconds=span * (number + 0.5) / count)
        responses.append(
            Response(
                page=page,
                translation_key=page.translation_key,
                language=code,
                token=uuid.UUID(int=rng.getrandbits(128), version=4),
                reference=f"{submitted:%Y}-D{number:03d}-{spec['key'][:4].upper()}",
                submitted_at=submitted,
                answers=answers,
                comments=comments,
                name=name,
                organisation=organisation,
                email=email,
                consent_at=submitted,
                status=ResponseStatus.PUBLISHED
                if comments and number % 3 == 0
                else ResponseStatus.NEW,
                anonymised_at=source.report_published_at if anonymised else None,
            )
        )
    Response.objects.bulk_create(responses)
    # bulk_create sends no signals: the reference index learns of the responses here.
    for response in responses:
        update_reference_index_task.enqueue("consultations", "response", str(response.pk))
    return len(responses)


def _seed_index(index, report):
    if index.introduction == INDEX_INTRODUCTION[SOURCE] and index.show_in_menus:
        return
    index.introduction = INDEX_INTRODUCTION[SOURCE]
    index.show_in_menus = True
    index.save_revision().publish()
    existing = {code: index.get_translation_or_none(locale) for code, locale in locales().items()}

    def strings_for(code):
        # The index's own title and slug come from setup_hub's translation.
        if existing[code] is None or code not in INDEX_INTRODUCTION:
            return None
        return {
            index.title: existing[code].title,
            index.slug: existing[code].slug,
            INDEX_INTRODUCTION[SOURCE]: INDEX_INTRODUCTION[code],
        }

    made = translate(index, report, "consultation index", strings_for=strings_for, again=True)
    for translated in made.values():
        if not translated.show_in_menus:
            translated.show_in_menus = True
            translated.save_revision().publish()
    report.add("consultation index updated")


def seed_consultations(context, report, scale=1):
    index = context["sections"]["consultations.ConsultationIndexPage"][SOURCE]
    _seed_index(index, report)
    now = timezone.now()
    for spec in CONSULTATIONS:
        page = ConsultationPage.objects.child_of(index).filter(slug=spec["slug"][SOURCE]).first()
        if page is None:
            page = index.add_child(instance=_build_page(spec, now))
            page.save_revision().publish()
            page = ConsultationPage.objects.get(pk=page.pk)
            report.add("consultations")
        translate(page, report, "consultation", spec)
        pages = {SOURCE: page}
        for code, locale in locales().items():
            translated = page.get_translation_or_none(locale)
            if translated is not None:
                pages[code] = translated
        if not Response.objects.for_consultation(page).exists():
            full, small = spec["responses"]["full"], spec["responses"]["small"]
            count = small if context.get("small") else full * scale
            report.add("consultation responses", _make_responses(spec, pages, count, now))
