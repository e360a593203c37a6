"""Documents' text is extracted so that search finds what they say."""

from django.core.files.base import ContentFile
from django.core.management import call_command
from wagtail.documents import get_document_model


def minimal_pdf(text: str) -> bytes:
    """A one-page PDF whose only content is ``text`` (ASCII) in Helvetica."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def make_document(title, filename, content):
    document = get_document_model()(title=title)
    document.file.save(filename, ContentFile(content), save=False)
    document.save()
    return document


def test_pdf_text_is_extracted_after_upload(hub, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        document = make_document("Protokol", "protokol.pdf", minimal_pdf("Uchwala o dyzurach Rady"))
    document.refresh_from_db()
    assert "Uchwala o dyzurach Rady" in document.extracted_text
    assert document.text_extracted_at is not None
    found = get_document_model().objects.search("dyzurach")
    assert document in list(found)


def test_damaged_file_leaves_empty_text_and_keeps_the_document(
    hub, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        document = make_document("Zepsuty", "zepsuty.pdf", b"%PDF-1.4 this is not a pdf")
    document.refresh_from_db()
    assert document.extracted_text == ""
    assert get_document_model().objects.filter(pk=document.pk).exists()


def test_command_extracts_documents_not_done_yet(hub, capsys):
    document = make_document("Notatka", "notatka.txt", b"Spotkanie grupy roboczej")
    call_command("extract_document_text")
    document.refresh_from_db()
    assert document.extracted_text == "Spotkanie grupy roboczej"
    assert "1 document(s) changed" in capsys.readouterr().out
