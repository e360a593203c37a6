from django.db import transaction
from django.db.models.signals import post_save
from wagtail.documents import get_document_model

from search.tasks import extract_document_text


def queue_text_extraction(sender, instance, created, update_fields=None, **kwargs):
    if update_fields and set(update_fields) <= {"extracted_text", "text_extracted_at"}:
        return
    transaction.on_commit(lambda: extract_document_text.enqueue(instance.pk))


def connect():
    post_save.connect(
        queue_text_extraction, sender=get_document_model(), dispatch_uid="hub-extract"
    )
