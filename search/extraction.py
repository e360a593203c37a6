"""Text extraction from documents, so their contents are searchable.

PDF text comes from pypdf; plain-text and CSV files are read as UTF-8.  Other
formats keep an empty ``extracted_text`` (their title and tags still count).
Extraction runs as a task after a document is saved (immediately in
development, on a worker when a task backend is configured) and on demand
with ``manage.py extract_document_text``.
"""

from __future__ import annotations

import io
import logging

from django.utils import timezone
from pypdf import PdfReader
from wagtail.search.index import insert_or_update_object

logger = logging.getLogger(__name__)

MAX_CHARACTERS = 500_000  # plenty for minutes and reports; bounds the index


def pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return "\n".join((page.extract_text() or "") for page in reader.pages)


EXTRACTORS = {
    "pdf": pdf_text,
    "txt": lambda data: data.decode("utf-8", errors="replace"),
    "csv": lambda data: data.decode("utf-8", errors="replace"),
}


def extract_text(document) -> str:
    extractor = EXTRACTORS.get(document.file_extension.lower())
    if extractor is None:
        return ""
    try:
        with document.open_file() as handle:
            data = handle.read()
        return " ".join(extractor(data).split())[:MAX_CHARACTERS]
    except Exception:  # a damaged file must never block an upload
        logger.warning("Could not extract text from document %s", document.pk, exc_info=True)
        return ""


def update_extracted_text(document) -> bool:
    """Store the document's text; return whether it changed."""
    text = extract_text(document)
    changed = text != document.extracted_text
    document.extracted_text = text
    document.text_extracted_at = timezone.now()
    type(document).objects.filter(pk=document.pk).update(
        extracted_text=text, text_extracted_at=document.text_extracted_at
    )
    if changed:
        insert_or_update_object(document)
    return changed
