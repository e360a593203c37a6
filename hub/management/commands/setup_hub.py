from django.core.management.base import BaseCommand

from hub.setup import setup_hub


class Command(BaseCommand):
    help = "Create what every hub site needs: locales, home pages, sections, collections, groups."

    def handle(self, *args, **options):
        result = setup_hub()
        self.stdout.write(
            self.style.SUCCESS(
                "Hub ready: {locales} locales, {homes} home pages, {groups} groups.".format(
                    locales=len(result["locales"]),
                    homes=len(result["homes"]),
                    groups=len(result["groups"]),
                )
            )
        )
