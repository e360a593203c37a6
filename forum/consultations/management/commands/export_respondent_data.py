"""Export one respondent's consultation data (a subject-access request under GDPR)."""

from django.core.management.base import BaseCommand, CommandError

from forum.consultations.exports import respondent_data


class Command(BaseCommand):
    help = "Print, as JSON, every consultation response given with an e-mail address or reference."

    def add_arguments(self, parser):
        parser.add_argument("--email", help="the e-mail address the respondent gave")
        parser.add_argument("--reference", help="a reference number from a receipt")

    def handle(self, *args, email=None, reference=None, **options):
        if not email and not reference:
            raise CommandError("Give --email or --reference.")
        self.stdout.write(respondent_data(email=email, reference=reference))
