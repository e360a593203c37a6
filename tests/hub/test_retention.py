"""The shared retention command runs every registered policy."""

from django.core.management import call_command
from wagtail import hooks

from hub.retention import RETENTION_HOOK, RetentionResult, apply_retention, retention_days


def test_retention_runs_registered_policies_with_the_time(settings):
    seen = []

    def policy(now):
        seen.append(now)
        return [RetentionResult("test data", 3)]

    with hooks.register_temporarily(RETENTION_HOOK, policy):
        results = apply_retention()
    assert RetentionResult("test data", 3) in results
    assert len(seen) == 1 and seen[0].tzinfo is not None


def test_retention_periods_come_from_settings(settings):
    settings.HUB_RETENTION_DAYS = {"event_registrations": 7}
    assert retention_days("event_registrations", 30) == 7
    assert retention_days("something_else", 30) == 30


def test_command_reports_what_it_did(capsys):
    call_command("apply_retention")
    assert "Retention applied." in capsys.readouterr().out
