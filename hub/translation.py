"""Creating translations the way editors do, through wagtail-localize.

``translate_into`` submits an object for translation into a locale, fills the
translation from a ``{source string: translated string}`` mapping (as if a
translator had uploaded a PO file) and saves the translated object.  Used by
``setup_hub`` and ``seed_demo``, so that every demo translation is a real
wagtail-localize translation editors can keep working on.
"""

from __future__ import annotations

from django.db import transaction
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.operations import TranslationCreator


class MissingTranslation(Exception):
    """A source string had no entry in the mapping: publishing would leak Polish."""


@transaction.atomic
def translate_into(instance, locale: Locale, strings: dict[str, str], publish: bool = True):
    """Translate ``instance`` into ``locale`` and return the translated object.

    Every translatable string of the source must be in ``strings``; a string
    that is the same in both languages (a name, a number) may map to itself.
    """
    if isinstance(instance, Page):
        instance = instance.specific
    TranslationCreator(user=None, target_locales=[locale]).create_translations(
        instance, include_related_objects=False
    )
    source = TranslationSource.objects.get_for_instance(instance)
    source.update_from_db()
    translation = Translation.objects.get(source=source, target_locale=locale)
    po = translation.export_po()
    missing = []
    for entry in po:
        if entry.obsolete:
            continue
        if entry.msgid in strings:
            entry.msgstr = strings[entry.msgid]
        else:
            missing.append(entry.msgid)
    if missing:
        raise MissingTranslation(
            f"{instance!r} into {locale.language_code}: no translation for {missing[:5]!r}"
        )
    translation.import_po(po)
    # wagtail-localize defers publishing to the end of the transaction, with a
    # page object read before; publish here, from a fresh object, instead.
    from wagtail.models import DraftStateMixin

    drafts = isinstance(instance, DraftStateMixin)
    translation.save_target(publish=not drafts)
    translated = instance.get_translation(locale)
    if publish and drafts:
        revision = translated.get_latest_revision()
        if revision is not None:
            revision.publish()
            translated = type(translated).objects.get(pk=translated.pk)
    return translated
