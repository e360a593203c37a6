"""Browser tests: Playwright drives Debian's Chromium against a real server.

The server is ``manage.py runserver`` in its own process, on its own database
(migrated and seeded once per run), so the browser sees exactly what a
resident would.  It avoids pytest-django's live server, which empties the
tables after every test and would mean seeding the demo hub again for each.

A few tests build their own pages with the factories instead and open them on
pytest-django's ``live_server``: they ask for ``database_beside_playwright`` first.
"""

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest
from django.conf import settings
from playwright.sync_api import sync_playwright

from tests.databases import create_from_template, database_url

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _e2e_database_url(tmp_dir):
    """A database of its own: `<name>_e2e` (a copy of the migrated template) on
    PostgreSQL, a file on SQLite."""
    if not settings.IS_POSTGRES:
        return f"sqlite:///{tmp_dir}/e2e.sqlite3"
    name = settings.DATABASES["default"]["NAME"] + "_e2e"
    create_from_template(name, settings.DATABASES["default"]["TEST"]["TEMPLATE"])
    return database_url(name)


@pytest.fixture(scope="session")
def server_url():
    tmp_dir = tempfile.mkdtemp(prefix="hub-e2e-")
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="hub.settings.test",
        DATABASE_URL=_e2e_database_url(tmp_dir),
    )
    manage = [sys.executable, str(ROOT / "manage.py")]
    for command in (["migrate", "--noinput", "-v0"], ["seed_demo", "--small", "-v0"]):
        subprocess.run(manage + command, env=env, cwd=ROOT, check=True, capture_output=True)
    port = _free_port()
    log = open(Path(tmp_dir) / "server.log", "w")  # noqa: SIM115 - closed below
    process = subprocess.Popen(
        manage + ["runserver", f"127.0.0.1:{port}", "--noreload"],
        env=env,
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url + "/robots.txt", timeout=2)
            break
        except OSError:
            if process.poll() is not None:
                break
            time.sleep(0.3)
    else:
        process.kill()
        pytest.fail("The test server did not start within 60 seconds.")
    if process.poll() is not None:
        pytest.fail("The test server stopped: " + (Path(tmp_dir) / "server.log").read_text())
    yield url
    process.terminate()
    process.wait(timeout=10)
    log.close()
    shutil.rmtree(tmp_dir, ignore_errors=True)


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        message = f"Chromium not found at {CHROMIUM} (apt-get install -y chromium)"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def database_beside_playwright():
    """Lets the test's own database access run beside Playwright's event loop.

    Asked for before the database fixtures (session ones are set up in the order
    asked), it lets Django touch the database in a thread where Playwright's
    loop runs (``DJANGO_ALLOW_ASYNC_UNSAFE``), for this module's tests only.
    """
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        yield


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="pl-PL")
    page = context.new_page()
    yield page
    context.close()
