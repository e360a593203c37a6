"""Shared fixtures: every test database starts from ``setup_hub`` and nothing more.

Tests build the content they need with the apps' factories (``<app>/factories.py``)
and the fixtures below; each test runs in a transaction that is rolled back.

A module still marked ``demo`` reads the seeded demo hub instead: those run after
every other database test, and the small demo is seeded once, the first time one
of them is set up, so a run without them never pays for it.

Tests marked ``transactional`` (live servers, concurrency) run last and build
their own data, because pytest-django empties the tables after them.
"""

import copy
import os

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from hub.demo.seed import seed_demo
from hub.factories import StaffFactory
from hub.setup import ADMINISTRATORS, COUNCIL_SECRETARIES, EDITORS, TRANSLATORS, setup_hub
from tests.databases import migrated_template

IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
TEMPLATE_VARIABLE = "HUB_TEST_TEMPLATE_DATABASE"


def pytest_configure(config):
    """On PostgreSQL, every test database is a copy of one migrated template.

    The first process (pytest-xdist's controller, before it starts the workers)
    finds or makes the template and names it in the environment the workers inherit.
    """
    if not settings.IS_POSTGRES:
        return
    if not hasattr(config, "workerinput") and TEMPLATE_VARIABLE not in os.environ:
        os.environ[TEMPLATE_VARIABLE] = migrated_template()
    settings.DATABASES["default"].setdefault("TEST", {})["TEMPLATE"] = os.environ[TEMPLATE_VARIABLE]


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The test database with ``setup_hub`` run once; the value is what it returned."""
    with django_db_blocker.unblock():
        return setup_hub()


@pytest.fixture(scope="session")
def demo_content(django_db_setup, django_db_blocker):
    """The small demo hub, seeded once for the modules marked ``demo``.

    The test database is kept between runs (``--reuse-db``), so the seed is
    emptied again at the end of the session: the next run starts from
    ``setup_hub`` alone, as the tests that build their own data expect.
    """
    with django_db_blocker.unblock():
        seed_demo(scale=1, accounts=True, small=True)
    yield
    with django_db_blocker.unblock():
        call_command("flush", interactive=False, verbosity=0)


@pytest.fixture
def hub(request, db, django_db_setup):
    """The objects ``setup_hub`` guarantees (locales, homes, sections, groups).

    Each test rolls back to the database ``setup_hub`` left, so a copy of the
    objects it returned at the start of the session is what the database holds
    (a copy, so a test that changes one does not change the next test's).  A
    test that reads the seeded demo runs ``setup_hub`` again on the demo's data,
    and so does a transactional one (live server): an earlier one emptied the tables.
    """
    transactional = {"transactional_db", "live_server"} & set(request.fixturenames)
    if transactional or request.node.get_closest_marker("demo"):
        return setup_hub()
    return copy.deepcopy(django_db_setup)


@pytest.fixture
def locales(hub):
    return hub["locales"]


@pytest.fixture
def homes(hub):
    return hub["homes"]


@pytest.fixture
def news_indexes(hub):
    return hub["sections"]["hub.NewsIndexPage"]


# Staff in each role, as ``setup_hub`` defines the roles.  They sign in without a
# second factor (``HUB_REQUIRE_STAFF_MFA`` is off in these fixtures); the MFA
# tests sign in through tests/staff.py instead.


def _staff(settings, username, *groups, **fields):
    settings.HUB_REQUIRE_STAFF_MFA = False
    return StaffFactory(username=username, groups=list(groups), **fields)


@pytest.fixture
def editor(hub, settings):
    return _staff(settings, "editor", EDITORS)


@pytest.fixture
def translator(hub, settings):
    return _staff(settings, "translator", TRANSLATORS)


@pytest.fixture
def council_secretary(hub, settings):
    return _staff(settings, "secretary", COUNCIL_SECRETARIES)


@pytest.fixture
def administrator(hub, settings):
    return _staff(settings, "administrator", ADMINISTRATORS, is_superuser=True)


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def translator_client(client, translator):
    client.force_login(translator)
    return client


@pytest.fixture
def council_secretary_client(client, council_secretary):
    client.force_login(council_secretary)
    return client


@pytest.fixture
def administrator_client(client, administrator):
    client.force_login(administrator)
    return client


@pytest.fixture
def count_queries():
    """``with count_queries() as queries: ...``; then ``len(queries)`` is the count."""

    def counter():
        return CaptureQueriesContext(connection)

    return counter


def pytest_itemcollected(item):
    """Under pytest-xdist (`make test`), one worker runs every test marked ``demo``: one seed.

    Marked as each test is collected, before any plugin's
    ``pytest_collection_modifyitems``: pytest-xdist reads the group in its own.
    """
    if item.get_closest_marker("demo"):
        item.add_marker(pytest.mark.xdist_group("demo"))


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    """Every test but the browser tests uses the database.

    The ``django_db`` mark is added here (before pytest-django sorts the tests)
    so that pytest-django runs the tests that roll back first and the
    transactional ones (live servers, concurrency) after them: those empty the
    tables when they finish.  Among the tests that roll back, those marked
    ``demo`` go last (the demo is seeded before the first of them).  Browser tests
    talk to their own server process and go last: once Playwright's event loop
    runs in this process, Django refuses synchronous database access (`make test`
    runs them in a process of their own).

    PostgreSQL-only tests skip on SQLite locally; in CI they must run.
    """
    for item in items:
        if "e2e" in item.keywords:
            continue
        if item.get_closest_marker("demo"):
            if "demo_content" not in item.fixturenames:
                # First, so the seed is committed before the test's transaction opens.
                item.fixturenames.insert(0, "demo_content")
        if item.get_closest_marker("django_db"):
            continue
        fixtures = getattr(item, "fixturenames", [])
        if "transactional_db" in fixtures or "live_server" in fixtures:
            continue
        item.add_marker(pytest.mark.django_db)
    # Stable sort: pytest-django's own ordering (by kind of database use) keeps this.
    # The smoke test first: under pytest-xdist the other worker runs the rest meanwhile.
    items.sort(
        key=lambda item: (
            item.get_closest_marker("smoke") is None,
            item.get_closest_marker("demo") is not None,
        )
    )
    if IN_CI and os.environ.get("HUB_REQUIRE_POSTGRES") and not settings.IS_POSTGRES:
        raise pytest.UsageError("CI must run the tests on PostgreSQL (set DATABASE_URL).")
    if not settings.IS_POSTGRES:
        skip = pytest.mark.skip(reason="needs PostgreSQL (set DATABASE_URL=postgres://...)")
        for item in items:
            if "postgres" in item.keywords:
                item.add_marker(skip)


@pytest.fixture
def is_postgres():
    return connection.vendor == "postgresql"
