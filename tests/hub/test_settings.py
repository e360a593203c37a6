"""Production refuses to start without secrets; the deploy check passes."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from hub.settings.environment import Environment

ROOT = Path(__file__).resolve().parents[2]

EXAMPLE = {
    "SECRET_KEY": "an-example-secret-key-that-is-long-and-random-enough-0123456789abcdef",
    "ALLOWED_HOSTS": "forum.example.org",
    "DATABASE_URL": "sqlite:////tmp/hub-deploy-check.sqlite3",
    "BASE_URL": "https://forum.example.org",
}


def run_manage(*args, env_overrides):
    env = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "ALLOWED_HOSTS"}}
    env.update(env_overrides)
    env["DJANGO_SETTINGS_MODULE"] = "hub.settings.production"
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True
    )


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS"])
def test_production_refuses_to_start_without(missing):
    env = {k: v for k, v in EXAMPLE.items() if k != missing}
    result = run_manage("check", env_overrides=env)
    assert result.returncode != 0
    assert f"{missing} must be set in production" in result.stderr


def test_deploy_check_passes_with_production_settings():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env_overrides=EXAMPLE)
    assert result.returncode == 0, result.stdout + result.stderr


def test_environment_reports_bad_values_by_name(monkeypatch):
    monkeypatch.setenv("EMAIL_PORT", "twenty-five")
    with pytest.raises(ValueError, match="EMAIL_PORT must be a whole number"):
        Environment()
    monkeypatch.setenv("EMAIL_PORT", "25")
    monkeypatch.setenv("EMAIL_USE_TLS", "maybe")
    with pytest.raises(ValueError, match="EMAIL_USE_TLS must be true or false"):
        Environment()


def test_environment_defaults_to_sqlite_and_reads_lists(monkeypatch):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.setenv("ALLOWED_HOSTS", "a.example, b.example ,")
    env = Environment()
    assert env.database_url.startswith("sqlite:///")
    assert env.allowed_hosts == ["a.example", "b.example"]
