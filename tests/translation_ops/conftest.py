"""Helpers for the translation-operations tests: real wagtail-localize translations."""

import pytest
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import StringSegment, Translation, TranslationSource
from wagtail_localize.views.edit_translation import apply_machine_translation

from hub.factories import StandardPageFactory
from hub.translation import translate_into


def source_strings(instance) -> list[str]:
    source, created = TranslationSource.get_or_create_from_instance(instance)
    if not created:
        source.update_from_db()
    return list(StringSegment.objects.filter(source=source).values_list("string__data", flat=True))


def translate_by_hand(instance, locale, **kwargs):
    """A complete translation: every string of the source, marked with the language."""
    code = locale.language_code
    strings = {text: f"{text}-{code}" for text in source_strings(instance)}
    return translate_into(instance, locale, strings, **kwargs)


def machine_translate(instance, locale, user):
    """A translation started empty, filled by the "Translate with…" button, then published."""
    translate_into(instance, locale, {}, strict=False)
    translation = Translation.objects.get(
        source__object_id=instance.translation_key, target_locale=locale
    )
    assert apply_machine_translation(translation.pk, user, get_machine_translator())
    translation.save_target(publish=True)
    return instance.get_translation(locale)


@pytest.fixture
def page(homes):
    return StandardPageFactory(
        parent=homes["pl"], title="Pomoc prawna", slug="pomoc-prawna", introduction="Porady."
    )
