"""The state of every translation of every page and snippet (issue 12).

For an object (its ``translation_key``) and a language other than its source's:

- *missing*: no object with that key in the language;
- *in progress*: a translation is started and some strings are untranslated, or the
  translated object is still a draft;
- *outdated*: the source was published after the translation was last built from it:
  after this language's translation was last saved (its latest ``TranslationLog``) or
  after the source was last synchronised (``TranslationSource.last_updated_at``),
  whichever is earlier;
- *machine*: some string of the current source came from a machine translator and was
  saved after the translation was last marked reviewed (``TranslationReview``);
- *complete*: none of these.

The states are computed, not stored: from wagtail-localize's own rows, in a fixed number
of queries for the whole board (``translation_rows``), and for a page a reader opens, the
*machine* flag rides on the query the language switcher already makes
(``unreviewed_machine_strings`` in ``hub.i18n``), so the reader's notice costs no query.
A stored copy would have to follow every publish, synchronisation, string edit, review
and deletion, and a missed signal would show a wrong state.
"""

from __future__ import annotations

import datetime
from collections import Counter
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Exists, OuterRef, Subquery
from django.utils.translation import get_language_info, pgettext_lazy
from modelcluster.fields import ParentalKey
from wagtail.models import DraftStateMixin, Locale, Page, PageLogEntry, TranslatableMixin
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationLog,
)

from hub.models import TranslationRequest, TranslationReview

# A page's section is its ancestor just under the language's home (depth 3).
SECTION_DEPTH = 3


class State(models.TextChoices):
    MISSING = "missing", pgettext_lazy("translation state", "Missing")
    IN_PROGRESS = "in_progress", pgettext_lazy("translation state", "In progress")
    OUTDATED = "outdated", pgettext_lazy("translation state", "Outdated")
    MACHINE = "machine", pgettext_lazy("translation state", "Machine translation")
    COMPLETE = "complete", pgettext_lazy("translation state", "Complete")


def unreviewed_machine_strings(translation_key, locale_id):
    """Machine-made strings of the object's current source in the locale, not reviewed since.

    ``translation_key`` and ``locale_id`` may be ``OuterRef`` expressions.
    """
    return (
        StringTranslation.objects.filter(
            context__object_id=translation_key,
            locale_id=locale_id,
            translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
        )
        .filter(
            Exists(
                StringSegment.objects.filter(
                    string_id=OuterRef("translation_of_id"), context_id=OuterRef("context_id")
                )
            )
        )
        .exclude(
            Exists(
                TranslationReview.objects.filter(
                    translation_key=OuterRef("context__object_id"),
                    locale_id=OuterRef("locale_id"),
                    reviewed_at__gte=OuterRef("updated_at"),
                )
            )
        )
    )


@dataclass
class Item:
    """One object in one language, as the board needs it."""

    model: type
    pk: int
    translation_key: object
    locale_id: int
    title: str
    live: bool = True
    last_published_at: datetime.datetime | None = None
    section_key: object = None
    content_type_id: int | None = None


@dataclass
class Cell:
    locale: Locale
    state: str
    target: Item | None = None
    translation_id: int | None = None
    source_id: int | None = None
    outdated_since: datetime.datetime | None = None
    # Since when a translator has had something to do here (None: nothing to do).
    waiting_since: datetime.datetime | None = None
    # An editor's requested date, until the translation is complete.
    due_date: datetime.date | None = None

    @property
    def label(self):
        return State(self.state).label


@dataclass
class Row:
    source: Item
    source_locale: Locale
    content_type: ContentType
    section: Item | None
    cells: list[Cell] = field(default_factory=list)

    @property
    def outdated_since(self):
        """The longest-outdated language's date (None when none is outdated)."""
        dates = [cell.outdated_since for cell in self.cells if cell.outdated_since]
        return min(dates) if dates else None


def _page_items() -> tuple[list[Item], dict]:
    rows = (
        Page.objects.filter(depth__gte=2, alias_of__isnull=True)
        .order_by("path")
        .values_list(
            "pk",
            "translation_key",
            "locale_id",
            "title",
            "live",
            "last_published_at",
            "path",
            "depth",
            "content_type_id",
        )
    )
    steplen = Page.steplen
    sections = {}
    items = []
    for pk, key, locale_id, title, live, published, path, depth, content_type_id in rows:
        item = Item(Page, pk, key, locale_id, title, live, published, None, content_type_id)
        if depth == SECTION_DEPTH:
            sections[path] = item
        if depth >= SECTION_DEPTH:
            section = sections.get(path[: steplen * SECTION_DEPTH])
            item.section_key = section.translation_key if section else None
        items.append(item)
    # By key and language: a row shows its section in its source's language.
    return items, {(item.translation_key, item.locale_id): item for item in sections.values()}


def translatable_snippet_models() -> list[type]:
    """Snippet models translated with wagtail-localize (inline child rows are not)."""
    return [
        model
        for model in get_snippet_models()
        if issubclass(model, TranslatableMixin)
        and not any(isinstance(f, ParentalKey) for f in model._meta.get_fields())
    ]


def _snippet_items() -> list[Item]:
    items = []
    for model in translatable_snippet_models():
        drafts = issubclass(model, DraftStateMixin)
        content_type_id = ContentType.objects.get_for_model(model).pk
        for obj in model._default_manager.all():
            item = Item(
                model,
                obj.pk,
                obj.translation_key,
                obj.locale_id,
                str(obj),
                obj.live if drafts else True,
                obj.last_published_at if drafts else None,
                content_type_id=content_type_id,
            )
            items.append(item)
    return items


def _translations() -> dict:
    """Enabled translations by (translation key, target locale id), with what states need."""
    last_log = (
        TranslationLog.objects.filter(
            source_id=OuterRef("source_id"), locale_id=OuterRef("target_locale_id")
        )
        .order_by("-created_at")
        .values("created_at")[:1]
    )
    waiting = (
        StringSegment.objects.filter(source_id=OuterRef("source_id"))
        .annotate(
            # As wagtail-localize's translations report does (no nested OuterRef).
            _target_locale_id=OuterRef("target_locale_id"),
            is_translated=Exists(
                StringTranslation.objects.filter(
                    translation_of_id=OuterRef("string_id"),
                    context_id=OuterRef("context_id"),
                    locale_id=OuterRef("_target_locale_id"),
                    has_error=False,
                )
            ),
        )
        .filter(is_translated=False)
    )
    rows = (
        Translation.objects.filter(enabled=True)
        .annotate(
            waiting=Exists(waiting),
            machine=Exists(
                unreviewed_machine_strings(
                    OuterRef("source__object_id"), OuterRef("target_locale_id")
                )
            ),
            last_saved=Subquery(last_log),
        )
        .values(
            "pk",
            "source_id",
            "source__object_id",
            "source__locale_id",
            "source__last_updated_at",
            "target_locale_id",
            "created_at",
            "waiting",
            "machine",
            "last_saved",
        )
    )
    return {(row["source__object_id"], row["target_locale_id"]): row for row in rows}


def _state(source: Item, target: Item | None, translation: dict | None):
    """(state, the moment the translation was last up to date) of ``target``."""
    if target is None:
        return State.MISSING, None
    if not target.live or (translation and translation["waiting"]):
        return State.IN_PROGRESS, None
    published = source.last_published_at
    if translation is None:
        # Translated by hand (no wagtail-localize translation): compare publications.
        if published and target.last_published_at and published > target.last_published_at:
            return State.OUTDATED, target.last_published_at
        return State.COMPLETE, None
    # The target was last built from the source as synchronised then: not after its
    # latest save, and not after the latest synchronisation.
    saved = translation["last_saved"] or translation["created_at"]
    built_from = min(saved, translation["source__last_updated_at"])
    if published and published > built_from:
        return State.OUTDATED, built_from
    if translation["machine"]:
        return State.MACHINE, None
    return State.COMPLETE, None


def _date_outdated(cells: list[tuple]) -> None:
    """Each outdated cell's date: the source's first publication after it was up to date.

    ``cells`` holds ``(cell, source, up_to_date)``; pages read their publications from
    Wagtail's log in one query, snippets use their latest publication.
    """
    page_ids = {source.pk for _cell, source, _since in cells if source.model is Page}
    publications: dict = {}
    if page_ids:
        entries = (
            PageLogEntry.objects.filter(action="wagtail.publish", page_id__in=page_ids)
            .order_by("timestamp")
            .values_list("page_id", "timestamp")
        )
        for page_id, timestamp in entries:
            publications.setdefault(page_id, []).append(timestamp)
    for cell, source, up_to_date in cells:
        later = [t for t in publications.get(source.pk, ()) if t > up_to_date]
        cell.outdated_since = later[0] if later else source.last_published_at
        cell.waiting_since = cell.outdated_since


def translation_rows() -> list[Row]:
    """Every page and translatable snippet with the state of each of its translations.

    A fixed number of queries whatever the number of objects: the pages, each snippet
    model, the translations (with their progress, machine strings and last save), the
    editors' requests, the locales and the publications of outdated pages' sources.
    """
    locales = list(Locale.objects.order_by("pk"))
    by_id = {locale.pk: locale for locale in locales}
    default = Locale.get_default() if locales else None
    page_items, sections = _page_items()
    groups: dict = {}
    for item in (*page_items, *_snippet_items()):
        groups.setdefault((item.model, item.translation_key), {})[item.locale_id] = item
    translations = _translations()
    requests = {
        (key, locale_id): due
        for key, locale_id, due in TranslationRequest.objects.values_list(
            "translation_key", "locale_id", "due_date"
        )
    }
    source_locales = {
        row["source__object_id"]: row["source__locale_id"] for row in translations.values()
    }
    rows = []
    outdated = []
    for (_model, key), by_locale in groups.items():
        source_locale_id = source_locales.get(key)
        if source_locale_id not in by_locale:
            source_locale_id = default.pk if default and default.pk in by_locale else None
        if source_locale_id is None:
            source_locale_id = min(by_locale, key=lambda locale_id: by_locale[locale_id].pk)
        source = by_locale[source_locale_id]
        row = Row(
            source=source,
            source_locale=by_id[source_locale_id],
            content_type=ContentType.objects.get_for_id(source.content_type_id),
            section=sections.get((source.section_key, source.locale_id)),
        )
        for locale in locales:
            if locale.pk == source_locale_id:
                continue
            target = by_locale.get(locale.pk)
            translation = translations.get((key, locale.pk))
            state, up_to_date = _state(source, target, translation)
            waiting = None
            if state in (State.IN_PROGRESS, State.MACHINE) and translation:
                waiting = translation["created_at"]
            cell = Cell(
                locale=locale,
                state=state,
                target=target,
                translation_id=translation["pk"] if translation else None,
                source_id=translation["source_id"] if translation else None,
                waiting_since=waiting,
                due_date=None if state == State.COMPLETE else requests.get((key, locale.pk)),
            )
            if state == State.OUTDATED:
                outdated.append((cell, source, up_to_date))
            row.cells.append(cell)
        rows.append(row)
    _date_outdated(outdated)
    return rows


def state_counts(rows: list[Row]) -> Counter:
    """``{(language code, state): number of translations}``."""
    return Counter((cell.locale.language_code, cell.state) for row in rows for cell in row.cells)


def language_name(code: str) -> str:
    """The language's name in the admin's language ("angielski" in a Polish admin)."""
    try:
        return str(get_language_info(code)["name_translated"])
    except KeyError:
        return dict(settings.LANGUAGES).get(code, code)
