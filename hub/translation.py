"""Creating translations the way editors do, through wagtail-localize.

``translate_into`` submits an object for translation into a locale, fills the
translation from a ``{source string: translated string}`` mapping (as if a
translator had uploaded a PO file) and saves the translated object.  Used by
``setup_hub`` and ``seed_demo``, so that every demo translation is a real
wagtail-localize translation editors can keep working on.
"""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from wagtail.models import DraftStateMixin, Locale, Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.strings import StringValue, validate_translation_links


class MissingTranslation(Exception):
    """A source string had no entry in the mapping: publishing would leak Polish."""


@transaction.atomic
def translate_into(
    instance, locale: Locale, strings: dict[str, str], publish: bool = True, strict: bool = True
):
    """Translate ``instance`` into ``locale`` and return the translated object.

    Every translatable string of the source must be in ``strings``; a string
    that is the same in both languages (a name, a number) may map to itself.
    With ``strict=False`` a string missing from ``strings`` stays untranslated
    (wagtail-localize shows the source text and lists it for the translators):
    ``setup_hub`` gives a newly configured language its pages that way.
    """
    return translate_into_locales(instance, {locale: strings}, publish=publish, strict=strict)[
        locale
    ]


@transaction.atomic
def translate_into_locales(
    instance, strings_by_locale: dict, publish: bool = True, strict: bool = True
) -> dict:
    """``translate_into`` for several locales at once: the source is read once.

    Returns ``{locale: translated object}``.
    """
    if isinstance(instance, Page):
        instance = instance.specific
    # What wagtail-localize's TranslationCreator does, minus the draft copy of the
    # target it saves before any string is translated: each target is saved once.
    source, created = TranslationSource.get_or_create_from_instance(instance)
    if not created:
        source.update_from_db()
    return {
        locale: _translate_source(instance, source, locale, strings, publish, strict)
        for locale, strings in strings_by_locale.items()
    }


def _translate_source(instance, source, locale, strings, publish, strict=True):
    translation, _created = Translation.objects.update_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    _store_strings(source, locale, strings, strict, instance)
    # wagtail-localize defers publishing to the end of the transaction, with a
    # page object read before; publish here, from a fresh object, instead.
    drafts = isinstance(instance, DraftStateMixin)
    translation.save_target(publish=not drafts)
    translated = instance.get_translation(locale)
    if publish and drafts:
        revision = translated.get_latest_revision()
        if revision is not None:
            revision.publish()
            translated = type(translated).objects.get(pk=translated.pk)
    return translated


def _store_strings(source, locale, strings, strict, instance):
    """Store the translations of the source's strings, as a translator's PO upload would.

    The rows ``Translation.import_po`` writes (manual translations, checked for
    invalid HTML and links the same way ``StringTranslation.save`` checks them),
    in three queries instead of five per string: the demo stores some five thousand.
    """
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    wanted, missing = {}, []
    for segment in segments:
        text = segment.string.data
        if text in strings:
            if strings[text]:  # a blank translation stays untranslated, as in a PO upload
                wanted[segment.string_id, segment.context_id] = (segment, strings[text])
        else:
            missing.append(text)
    if missing and strict:
        raise MissingTranslation(
            f"{instance!r} into {locale.language_code}: no translation for {missing[:5]!r}"
        )
    existing = {
        (row.translation_of_id, row.context_id): row
        for row in StringTranslation.objects.filter(
            locale=locale, context__object_id=source.object_id
        )
    }
    now = timezone.now()
    created, changed = [], []
    for key, (segment, text) in wanted.items():
        row = existing.get(key)
        if row is None:
            row = StringTranslation(
                translation_of_id=segment.string_id,
                context_id=segment.context_id,
                locale=locale,
                translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
                created_at=now,
            )
            created.append(row)
        elif row.data == text:
            continue
        else:
            changed.append(row)
        row.data, row.updated_at, row.tool_name, row.last_translated_by = text, now, "", None
        row.translation_type = StringTranslation.TRANSLATION_TYPE_MANUAL
        row.has_error, row.field_error = not _valid(segment.string.data, text), ""
    StringTranslation.objects.bulk_create(created)
    StringTranslation.objects.bulk_update(
        changed,
        ["data", "updated_at", "tool_name", "last_translated_by", "translation_type", "has_error"],
    )


def _valid(source_text, text):
    """What ``StringTranslation.save`` checks: the HTML parses and keeps the source's links."""
    try:
        StringValue.from_translated_html(text)
        validate_translation_links(source_text, text)
    except ValueError:
        return False
    return True
