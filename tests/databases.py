"""One migrated PostgreSQL database per set of migrations, copied for every test database.

Running the migrations takes the better part of a minute on a 2-core machine,
and a run of `make test` makes several databases: one per pytest-xdist worker,
the browser tests' server database and their live server's.  Each is created
from a template database instead (``CREATE DATABASE ... TEMPLATE``, a file
copy of a second or two), migrated once, the first time a set of migrations is
seen.  The template's name carries a digest of every migration file and of the
settings the migrations read, so a changed or added migration makes a new one;
Django still runs ``migrate`` on each copy, which then has nothing to do.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import psycopg
from django.apps import apps
from django.conf import settings
from django.db.migrations.loader import MigrationLoader

ROOT = Path(__file__).resolve().parents[1]
PREFIX_SUFFIX = "_migrated_"


def migrations_digest() -> str:
    """A digest of every migration file of the installed apps and of the default language.

    The files are read, not imported (a migration of wagtail-localize queries the
    database when it is imported).
    """
    digest = hashlib.sha256(settings.LANGUAGE_CODE.encode())
    for app in apps.get_app_configs():
        module, _explicit = MigrationLoader.migrations_module(app.label)
        spec = importlib.util.find_spec(module) if module else None
        if spec is None or not spec.submodule_search_locations:
            continue
        for folder in spec.submodule_search_locations:
            for path in sorted(Path(folder).glob("*.py")):
                digest.update(f"{app.label}/{path.name}".encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def _admin_connection():
    config = settings.DATABASES["default"]
    return psycopg.connect(
        host=config.get("HOST") or "127.0.0.1",
        port=config.get("PORT") or 5432,
        user=config.get("USER") or "postgres",
        password=config.get("PASSWORD") or None,
        dbname="postgres",
        autocommit=True,
    )


def database_url(name: str) -> str:
    return os.environ["DATABASE_URL"].rsplit("/", 1)[0] + f"/{name}"


def migrated_template() -> str:
    """The name of the migrated template database for today's migrations (made if missing)."""
    prefix = settings.DATABASES["default"]["NAME"] + PREFIX_SUFFIX
    name = prefix + migrations_digest()
    with _admin_connection() as connection:
        found = connection.execute(
            "SELECT datname FROM pg_database WHERE datname LIKE %s", [prefix + "%"]
        ).fetchall()
        if (name,) in found:
            return name
        building = name + "_building"
        connection.execute(f'DROP DATABASE IF EXISTS "{building}"')
        connection.execute(f'CREATE DATABASE "{building}"')
        environment = dict(
            os.environ,
            DATABASE_URL=database_url(building),
            DJANGO_SETTINGS_MODULE="hub.settings.test",
        )
        result = subprocess.run(
            [sys.executable, str(ROOT / "manage.py"), "migrate", "--noinput", "-v0"],
            env=environment,
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        if result.returncode:
            connection.execute(f'DROP DATABASE IF EXISTS "{building}"')
            raise RuntimeError("Migrating the template database failed:\n" + result.stderr)
        # Renamed once complete, so an interrupted run never leaves a half-migrated template.
        connection.execute(f'ALTER DATABASE "{building}" RENAME TO "{name}"')
        for (old,) in found:
            if not old.endswith("_building"):
                connection.execute(f'DROP DATABASE IF EXISTS "{old}"')
    return name


def create_from_template(name: str, template: str) -> None:
    """(Re)create database ``name`` as a copy of ``template``."""
    with _admin_connection() as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
