from django.core.management.base import BaseCommand

from hub.retention import apply_retention


class Command(BaseCommand):
    help = "Erase or anonymise personal data whose retention period has ended (run daily)."

    def handle(self, *args, **options):
        results = apply_retention()
        for result in results:
            self.stdout.write(f"  {result.label}: {result.count}")
        if not results:
            self.stdout.write("  no retention policies are registered")
        self.stdout.write(self.style.SUCCESS("Retention applied."))
