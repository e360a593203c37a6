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


def pytest_collection_modifyitems(config, items):
    """PostgreSQL-only tests skip on SQLite locally; in CI they must run.

    Browser tests go last: once Playwright's event loop runs in this process,
    Django refuses synchronous database access (`make test` runs them apart).
    """
    items.sort(key=lambda item: "e2e" in item.keywords)
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


@pytest.fixture(autouse=True)
def _database_for_every_test(request):
    """Every test may read the seeded hub (browser tests talk to their own server)."""
    if "e2e" not in request.keywords and "transactional_db" not in request.fixturenames:
        request.getfixturevalue("db")
