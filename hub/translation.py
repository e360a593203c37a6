"""Creating translations the way editors do, through wagtail-localize.

``translate_into`` submits an object for translation into a locale, fills the
translation from a ``{source string: translated string}`` mapping (as if a
translator had uploaded a PO file) and saves the translated object.  Used by
``setup_hub`` and ``seed_demo``, so that every demo translation is a real
wagtail-localize translation editors can keep working on.
"""

from __future__ import annotations

from django.db import transaction
from wagtail.models import DraftStateMixin, Locale, Page
from wagtail_localize.models import Translation, TranslationSource


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
    po = translation.export_po()
    missing = []
    for entry in po:
        if entry.obsolete:
            continue
        if entry.msgid in strings:
            entry.msgstr = strings[entry.msgid]
        else:
            missing.append(entry.msgid)
    if missing and strict:
        raise MissingTranslation(
            f"{instance!r} into {locale.language_code}: no translation for {missing[:5]!r}"
        )
    translation.import_po(po)
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
