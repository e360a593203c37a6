"""Send the e-mails the mail server refused earlier; run it from cron every few minutes."""

from django.core.management.base import BaseCommand

from hub.mail import erase_sent, send_due


class Command(BaseCommand):
    help = "Send queued e-mails that are due (retries), then erase those sent a week ago."

    def add_arguments(self, parser):
        parser.add_argument(
            "--all",
            action="store_true",
            help="Try every unsent e-mail now, without waiting for its pause to end.",
        )

    def handle(self, *args, **options):
        sent, failed = send_due(everything=options["all"])
        erased = erase_sent()
        self.stdout.write(f"sent {sent}, still waiting {failed}, erased {erased}")
