"""Shared fixtures: every test database is set up with ``setup_hub`` and the demo content.

The session seeds once; each test then runs in a transaction that is rolled
back, so tests see the same believable hub without paying for it again.
Tests marked ``transactional`` (live servers, concurrency) run last and build
their own data, because pytest-django empties the tables after them.
"""

import os

import pytest
from django.conf import settings
from django.db import connection

IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    from hub.demo.seed import seed_demo

    with django_db_blocker.unblock():
        seed_demo(scale=1, accounts=True, small=True)


@pytest.fixture
def hub(db):
    """The objects ``setup_hub`` guarantees (locales, homes, sections, groups)."""
    from hub.setup import setup_hub

    return setup_hub()


@pytest.fixture
def locales(hub):
    return hub["locales"]


@pytest.fixture
def homes(hub):
    return hub["homes"]


@pytest.fixture
def news_indexes(hub):
    return hub["sections"]["hub.NewsIndexPage"]


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    """Every test but the browser tests reads the seeded database.

    The ``django_db`` mark is added here (before pytest-django sorts the tests)
    so that pytest-django runs the tests that roll back first and the
    transactional ones (live servers, concurrency) after them: those empty the
    tables when they finish.  Browser tests talk to their own server process and
    go last: once Playwright's event loop runs in this process, Django refuses
    synchronous database access (`make test` runs them in a process of their own).

    PostgreSQL-only tests skip on SQLite locally; in CI they must run.
    """
    for item in items:
        if "e2e" in item.keywords or item.get_closest_marker("django_db"):
            continue
        fixtures = getattr(item, "fixturenames", [])
        if "transactional_db" in fixtures or "live_server" in fixtures:
            continue
        item.add_marker(pytest.mark.django_db)
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
