from django.core.management.base import BaseCommand
from wagtail.documents import get_document_model

from search.extraction import update_extracted_text


class Command(BaseCommand):
    help = "Extract searchable text from documents (those never done, or all with --all)."

    def add_arguments(self, parser):
        parser.add_argument("--all", action="store_true", help="Redo every document.")

    def handle(self, *args, all, **options):
        documents = get_document_model().objects.all()
        if not all:
            documents = documents.filter(text_extracted_at__isnull=True)
        changed = sum(update_extracted_text(document) for document in documents.iterator())
        self.stdout.write(self.style.SUCCESS(f"Text extracted; {changed} document(s) changed."))
