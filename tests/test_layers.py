"""The import contracts (.importlinter) hold on the tree and fail on a violation."""

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ["hub", "events", "forum", "council", "search"]
LINT_IMPORTS = str(Path(sys.executable).with_name("lint-imports"))


def lint_imports(cwd):
    return subprocess.run(
        [LINT_IMPORTS, "--no-cache"], cwd=cwd, capture_output=True, text=True, check=False
    )


def copy_tree(tmp_path):
    for package in PACKAGES:
        shutil.copytree(
            ROOT / package, tmp_path / package, ignore=shutil.ignore_patterns("__pycache__")
        )
    shutil.copy(ROOT / ".importlinter", tmp_path / ".importlinter")
    return tmp_path


def test_the_real_tree_keeps_every_contract():
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout
    assert "0 broken" in result.stdout


def test_a_foundation_importing_a_content_app_breaks_the_contract(tmp_path):
    tree = copy_tree(tmp_path)
    assert lint_imports(tree).returncode == 0  # the copy alone is clean
    with open(tree / "hub" / "pagination.py", "a") as module:
        module.write("\nimport forum.models  # deliberate violation\n")
    result = lint_imports(tree)
    assert result.returncode == 1
    assert "import no content app nor search BROKEN" in result.stdout
    assert "hub.pagination -> forum.models" in result.stdout


def test_a_content_app_importing_the_shell_breaks_the_contract(tmp_path):
    tree = copy_tree(tmp_path)
    with open(tree / "events" / "listing.py", "a") as module:
        module.write("\nfrom hub.site import models  # deliberate violation\n")
    result = lint_imports(tree)
    assert result.returncode == 1
    assert "Nothing imports the site shell (hub.site) BROKEN" in result.stdout


def test_an_app_learning_a_hook_name_from_the_demo_seeder_breaks_the_contract(tmp_path):
    tree = copy_tree(tmp_path)
    with open(tree / "events" / "wagtail_hooks.py", "a") as module:
        module.write("\nfrom hub.demo.seed import SEEDERS_HOOK  # deliberate violation\n")
    result = lint_imports(tree)
    assert result.returncode == 1
    assert "The running site never imports the demo BROKEN" in result.stdout
    assert "events.wagtail_hooks is not allowed to import hub.demo" in result.stdout


def test_a_hook_importing_its_own_demo_seeder_breaks_the_contract(tmp_path):
    """Seeders are named by dotted path: importing one loads the demo in a running site."""
    tree = copy_tree(tmp_path)
    with open(tree / "council" / "wagtail_hooks.py", "a") as module:
        module.write("\nfrom council.demo.seed import SEEDERS  # deliberate violation\n")
    result = lint_imports(tree)
    assert result.returncode == 1
    assert "The running site never imports the demo BROKEN" in result.stdout
    assert "council.wagtail_hooks is not allowed to import council.demo" in result.stdout


def test_a_view_importing_its_page_back_breaks_the_contract(tmp_path):
    """The duty-hours page imports its iCal feed; the feed importing the models is a cycle."""
    tree = copy_tree(tmp_path)
    assert lint_imports(tree).returncode == 0  # the copy alone is clean
    with open(tree / "council" / "ical.py", "a") as module:
        module.write("\nimport council.models  # deliberate cycle\n")
    result = lint_imports(tree)
    assert result.returncode == 1
    assert "No cycles between the modules of a package BROKEN" in result.stdout
    assert "No cycles are allowed in council." in result.stdout
