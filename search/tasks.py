from django_tasks import task
from wagtail.documents import get_document_model

from search.extraction import update_extracted_text


@task()
def extract_document_text(document_id: int):
    document = get_document_model().objects.filter(pk=document_id).first()
    if document is not None:
        update_extracted_text(document)
