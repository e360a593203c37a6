"""``hub.translation`` stores a translation's strings as a translator's PO upload would.

``translate_into`` writes the string translations in bulk instead of through
wagtail-localize's ``import_po``; the rows must be the same, so that editors
and translators find the demo's and ``setup_hub``'s translations exactly as if
a person had uploaded them.
"""

import re

from wagtail.rich_text import RichText
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from hub.factories import StandardPageFactory
from hub.translation import translate_into

BODY = '<p>Porady <b>prawne</b> w <a href="https://example.org/porady">punkcie</a>.</p>'
STRINGS = {
    "Porady": "Advice",
    'Porady <b>prawne</b> w <a id="a1">punkcie</a>.': (
        'Legal <b>advice</b> at the <a id="a1">centre</a>.'
    ),
    "Punkt porad": "Advice centre",
    "punkt-porad": "advice-centre",
    "Wprowadzenie do strony.": "An introduction to the page.",
}
BLOCK_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f-]{27}")
FIELDS = ["data", "translation_type", "tool_name", "has_error", "last_translated_by"]


def page(homes, slug):
    return StandardPageFactory(
        parent=homes["pl"],
        title="Punkt porad",
        slug=slug,
        body=[("paragraph", RichText(BODY))],
    )


def rows(instance, locale):
    """The string translations of ``instance`` into ``locale``, by field path (a stream
    block's path without its id, which differs from page to page)."""
    return {
        BLOCK_ID.sub("<block>", row.context.path): {field: getattr(row, field) for field in FIELDS}
        for row in StringTranslation.objects.filter(
            locale=locale, context__object_id=instance.translation_key
        ).select_related("context")
    }


def uploaded(instance, locale, strings):
    """What a translator gets by uploading a PO file of ``strings`` in wagtail-localize."""
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    translation = Translation.objects.create(source=source, target_locale=locale)
    po = translation.export_po()
    for entry in po:
        entry.msgstr = strings.get(entry.msgid, "")
    translation.import_po(po)
    translation.save_target(publish=True)
    return instance.get_translation(locale)


def test_translate_into_stores_the_rows_a_po_upload_stores(homes, locales):
    by_hub = page(homes, "punkt-porad")
    by_upload = page(homes, "punkt-porad-2")
    strings = dict(STRINGS, **{"punkt-porad-2": "advice-centre-2"})

    translated = translate_into(by_hub, locales["en"], strings)
    uploaded_translation = uploaded(by_upload, locales["en"], strings)

    expected = rows(by_upload, locales["en"])
    assert expected  # the upload stored something to compare with
    expected["slug"]["data"] = "advice-centre"
    assert rows(by_hub, locales["en"]) == expected
    assert translated.title == uploaded_translation.title == "Advice centre"
    assert translated.live
    assert "Legal <b>advice</b>" in str(translated.body[0].value)


def test_a_translation_that_adds_a_link_is_flagged_as_a_po_upload_flags_it(homes, locales):
    """``StringTranslation.save`` flags a link the source lacks; the bulk rows do too."""
    original = page(homes, "punkt-porad")
    source_text = 'Porady <b>prawne</b> w <a id="a1">punkcie</a>.'
    strings = dict(STRINGS, **{source_text: 'Legal <a id="a9">advice</a>.'})

    translate_into(original, locales["en"], strings, strict=False)

    flagged = {path for path, row in rows(original, locales["en"]).items() if row["has_error"]}
    clean = {path for path, row in rows(original, locales["en"]).items() if not row["has_error"]}
    assert len(flagged) == 1
    assert "title" in clean
