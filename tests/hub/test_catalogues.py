"""The .po files are the only source of interface translations, and they are in order.

A developer who adds a string runs `make messages` and fills its Polish and Ukrainian
msgstr; these tests fail when that was forgotten (a msgid the code has but the catalogue
lacks), when a pl or uk message is empty or fuzzy, when placeholders differ from the
source (`msgfmt --check`), or when the compiled .mo lags behind its .po.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parents[2]
LOCALE = ROOT / "locale"
CODES = ["pl", "uk", "en"]
TRANSLATED = ["pl", "uk"]
# The same options as `make messages`.
MAKEMESSAGES = ["makemessages", "--ignore=.venv", "--ignore=static", "--no-obsolete"]
MAKEMESSAGES += ["--add-location=file", *(f"-l{code}" for code in CODES)]


def catalogue(code, root=ROOT):
    return polib.pofile(str(root / "locale" / code / "LC_MESSAGES" / "django.po"))


def msgids(po):
    return {(e.msgctxt, e.msgid, e.msgid_plural) for e in po if not e.obsolete}


def need(tool):
    """A gettext tool: skipped without it locally, a failure in CI (.ci/run installs it)."""
    if shutil.which(tool):
        return
    if os.environ.get("CI"):
        pytest.fail(f"{tool} is missing: install gettext")
    pytest.skip(f"{tool} is missing (apt-get install gettext)")


@pytest.mark.parametrize("code", TRANSLATED)
def test_catalogue_is_complete(code):
    po = catalogue(code)
    untranslated = [entry.msgid for entry in po.untranslated_entries()]
    fuzzy = [entry.msgid for entry in po.fuzzy_entries()]
    assert po.translated_entries(), f"{code} translates nothing"
    assert not untranslated, f"untranslated in {code}: {untranslated[:10]}"
    assert not fuzzy, f"fuzzy in {code}: {fuzzy[:10]}"
    assert not po.metadata_is_fuzzy, f"the {code} header is fuzzy"
    assert po.metadata["Language"] == code


def test_every_language_has_the_same_msgids():
    pl, *others = (msgids(catalogue(code)) for code in CODES)
    assert pl
    for code, ids in zip(CODES[1:], others, strict=True):
        assert ids == pl, f"{code} differs from pl: run make messages"


@pytest.mark.parametrize("code", CODES)
def test_placeholders_match_the_source(code):
    need("msgfmt")
    po = LOCALE / code / "LC_MESSAGES" / "django.po"
    result = subprocess.run(
        ["msgfmt", "--check", "--output-file=/dev/null", str(po)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr


def test_msgfmt_check_catches_a_wrong_placeholder(tmp_path):
    """Positive control for the test above: a renamed placeholder is refused."""
    need("msgfmt")
    po = polib.POFile()
    po.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "pl"}
    po.append(polib.POEntry(msgid="Page %(number)s", msgstr="Strona %(numer)s"))
    po[0].flags.append("python-format")
    po.save(str(tmp_path / "bad.po"))
    result = subprocess.run(
        ["msgfmt", "--check", "--output-file=/dev/null", str(tmp_path / "bad.po")],
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert "number" in result.stderr


@pytest.mark.parametrize("code", CODES)
def test_compiled_catalogue_is_up_to_date(code):
    po = LOCALE / code / "LC_MESSAGES" / "django.po"
    mo = po.with_suffix(".mo")
    assert mo.exists(), f"run make messages (compilemessages) for {code}"

    def translations(entries):
        return {
            (e.msgctxt, e.msgid): e.msgstr or tuple(sorted(e.msgstr_plural.items()))
            for e in entries
            if e.msgid and not e.obsolete and (e.msgstr or any(e.msgstr_plural.values()))
        }

    assert translations(polib.mofile(str(mo))) == translations(polib.pofile(str(po))), (
        f"{mo.relative_to(ROOT)} is stale: run make messages"
    )


def test_makemessages_would_change_no_msgid(tmp_path):
    """`make messages` run on a copy of the tree finds exactly the msgids the catalogues hold."""
    need("xgettext")
    need("msgmerge")
    copy = tmp_path / "tree"
    shutil.copytree(
        ROOT,
        copy,
        ignore=shutil.ignore_patterns(
            ".git", ".venv", "static", "media", "node_modules", "__pycache__", "*.mo", "*.sqlite3"
        ),
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "hub.settings.dev"}
    result = subprocess.run(
        [sys.executable, "manage.py", *MAKEMESSAGES],
        cwd=copy,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    for code in CODES:
        committed, fresh = msgids(catalogue(code)), msgids(catalogue(code, copy))
        added = sorted(fresh - committed, key=str)
        removed = sorted(committed - fresh, key=str)
        assert not added, f"{code}: msgids missing from the catalogue (make messages): {added[:10]}"
        assert not removed, f"{code}: msgids no longer in the code (make messages): {removed[:10]}"
