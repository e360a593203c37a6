"""The interface is fully translated: no empty or fuzzy entries in pl and uk."""

from pathlib import Path

import polib
import pytest

LOCALE = Path(__file__).resolve().parents[2] / "locale"


@pytest.mark.parametrize("code", ["pl", "uk"])
def test_catalogue_is_complete(code):
    catalogue = polib.pofile(str(LOCALE / code / "LC_MESSAGES" / "django.po"))
    untranslated = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    assert not untranslated, f"untranslated in {code}: {untranslated[:10]}"
    assert not fuzzy, f"fuzzy in {code}: {fuzzy[:10]}"


@pytest.mark.parametrize("code", ["pl", "uk", "en"])
def test_compiled_catalogue_is_up_to_date(code):
    po = LOCALE / code / "LC_MESSAGES" / "django.po"
    mo = po.with_suffix(".mo")
    assert mo.exists(), f"run compilemessages for {code}"
    compiled = {entry.msgid for entry in polib.mofile(str(mo)) if entry.msgstr}
    source = {entry.msgid for entry in polib.pofile(str(po)) if entry.msgstr and not entry.obsolete}
    assert source <= compiled | {""}
