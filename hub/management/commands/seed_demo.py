from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.test.utils import override_settings

from hub.demo.seed import seed_demo


class Command(BaseCommand):
    help = "Add believable demo content in Polish, English and Ukrainian (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--scale",
            type=int,
            default=1,
            help="Multiply the amount of content (for benchmarks). Default 1.",
        )
        parser.add_argument(
            "--small",
            action="store_true",
            help="A minimal but representative set of each kind (used by the tests).",
        )
        parser.add_argument(
            "--accounts",
            action="store_true",
            help="Create the demo accounts although DEBUG is off (say so only on a test server).",
        )

    def handle(self, *args, scale, small, accounts, **options):
        if scale < 1:
            raise CommandError("--scale must be 1 or more.")
        # Known passwords are for development: without DEBUG they need the explicit
        # flag, whatever the settings module is called.
        create_accounts = accounts or settings.DEBUG
        # A DEBUG process formats and keeps every query it runs; the seed runs some
        # 170,000 of them, so it runs as production does.
        with override_settings(DEBUG=False):
            report = seed_demo(scale=scale, accounts=create_accounts, small=small)
        if report.created:
            for what, count in sorted(report.created.items()):
                self.stdout.write(f"  created {count} {what}")
        else:
            self.stdout.write("  nothing to add: the demo content is already there")
        if report.accounts:
            self.stdout.write(self.style.WARNING("Demo accounts (development only):"))
            for role, email, password in report.accounts:
                self.stdout.write(f"  {role:<20} {email:<28} {password}")
        elif not create_accounts:
            self.stdout.write(
                "  demo accounts not created: DEBUG is off (pass --accounts to insist)"
            )
        self.stdout.write(self.style.SUCCESS("Demo content ready."))
