"""The generic demo seeder: pages, snippets, translations and documents from data files.

The apps' seeders read their texts from ``<app>/demo/*.toml`` (see ``hub.demo.data``)
and create objects through these helpers, so every app builds, translates and
attaches files the same way:

- ``translate`` makes the real wagtail-localize translations, one per configured
  language that has text, skipping a language the data lacks;
- ``paragraphs`` and ``rich`` turn a list of paragraphs into a stream body or rich text;
- ``document`` writes a small PDF (``hub.demo.pdf``) into a collection;
- ``bulk`` runs the whole seed with the index updates deferred: each object is
  indexed for search and for Wagtail's reference index once, at the end, instead
  of after each of its saves.
"""

from __future__ import annotations

import contextlib
import json
from collections import defaultdict
from dataclasses import dataclass, field

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.utils.text import slugify
from django_tasks import task_backends
from modelcluster.fields import ParentalKey
from wagtail.models import Locale, Page
from wagtail.rich_text import RichText
from wagtail.tasks import update_reference_index_task

from hub.models import HubDocument
from hub.translation import translate_into_locales

from . import data
from .pdf import minimal_pdf


@dataclass
class SeedReport:
    created: dict[str, int] = field(default_factory=dict)
    accounts: list[tuple[str, str, str]] = field(default_factory=list)

    def add(self, what: str, count: int = 1):
        self.created[what] = self.created.get(what, 0) + count


def locales() -> dict[str, Locale]:
    """The configured languages' locales, source first."""
    found = {locale.language_code: locale for locale in Locale.objects.all()}
    codes = [data.source_language(), *data.target_languages()]
    return {code: found[code] for code in codes if code in found}


def translate(instance, report, what, *specs, same=(), strings_for=None, again=False, **names):
    """Translate ``instance`` into every target language that lacks it and has text.

    The strings come from the texts in ``specs`` (see ``data.strings``), or from
    ``strings_for(code)`` when given (None: no text in that language).  ``again``
    also updates the translations that exist (the section roots ``setup_hub``
    made).  Returns ``{code: translated object}`` for the translations made.
    """
    wanted = {}
    for code, locale in locales().items():
        if code == data.source_language():
            continue
        if not again and instance.get_translation_or_none(locale):
            continue
        strings = (
            strings_for(code) if strings_for else data.strings(code, *specs, same=same, **names)
        )
        if strings is not None:
            wanted[locale] = strings
    if not wanted:
        return {}
    made = translate_into_locales(instance, wanted)
    report.add(f"{what} translations", len(made))
    return {locale.language_code: translated for locale, translated in made.items()}


def paragraphs(texts) -> list:
    """A body stream of paragraph blocks."""
    return [("paragraph", RichText(f"<p>{text}</p>")) for text in texts]


def rich(texts) -> str:
    """Rich text of paragraphs."""
    return "".join(f"<p>{text}</p>" for text in texts)


def document(title, collection, lines=None, filename=None, language=None) -> HubDocument:
    """The PDF document called ``title``, made (with ``lines`` as its text) if missing."""
    found = HubDocument.objects.filter(title=title).first()
    if found is not None:
        return found
    content = minimal_pdf(lines or [title])
    document = HubDocument(
        title=title,
        collection=collection,
        language=language or data.source_language(),
        file_size=len(content),
    )
    document.file.save(filename or f"{slugify(title)}.pdf", ContentFile(content), save=False)
    document.save()
    return document


@contextlib.contextmanager
def bulk():
    """Defer the background tasks enqueued meanwhile; run each distinct one once at the end.

    Saving a page enqueues a search-index and a reference-index update each
    time; building and translating it saves it several times.  The tasks read
    the object's current state when they run, so running each once afterwards
    gives the same indexes.  A reference-index update of an inline row (a
    thematic area of an event, say) is one of its parent's, as Wagtail's task
    makes it: the parent's is run once, for the page as its specific type.
    """
    backend = task_backends["default"]
    pending = {}

    def record(task, args, kwargs):
        key = (task.module_path, json.dumps(args, default=str), json.dumps(kwargs, default=str))
        pending.pop(key, None)
        pending[key] = (task, args, kwargs)

    backend.enqueue = record
    try:
        yield
    finally:
        del backend.enqueue
    references = set()
    for task, args, kwargs in pending.values():
        if task.module_path == update_reference_index_task.module_path:
            references.add(tuple(args))
        else:
            task.enqueue(*args, **kwargs)
    for model, pk in reference_owners(references):
        update_reference_index_task.enqueue(model._meta.app_label, model._meta.model_name, pk)


def reference_owners(keys) -> list:
    """``(model, pk)`` of the objects whose references ``(app_label, model_name, pk)``
    updates refresh: an inline row's parent (through its parental key, as Wagtail's
    ``update_reference_index_task`` finds it), a page as its specific type."""
    pending = defaultdict(set)
    for app_label, model_name, pk in keys:
        pending[apps.get_model(app_label, model_name)].add(str(pk))
    owners = defaultdict(set)
    while pending:
        model, pks = pending.popitem()
        parental = next(
            (field for field in model._meta.get_fields() if isinstance(field, ParentalKey)), None
        )
        if parental is None:
            owners[model] |= pks
            continue
        rows = model.objects.filter(pk__in=pks).values_list(parental.attname, flat=True)
        pending[parental.related_model] |= {str(pk) for pk in rows if pk is not None}
    specific = defaultdict(set)
    for model, pks in owners.items():
        if not issubclass(model, Page):
            specific[model] |= pks
            continue
        for pk, content_type in Page.objects.filter(pk__in=pks).values_list("pk", "content_type"):
            specific[ContentType.objects.get_for_id(content_type).model_class()].add(str(pk))
    return [
        (model, pk)
        for model in sorted(specific, key=lambda model: model._meta.label)
        for pk in sorted(specific[model], key=int)
    ]
