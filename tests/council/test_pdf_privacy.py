"""A draft's signed PDF is private whatever saves the minutes: code, an import, a command.

The admin is not involved here: the minutes are built, revised, published and
unpublished through the models alone, as an import or a management command would.
"""

from council.documents import DRAFTS_COLLECTION, PUBLIC_COLLECTION
from council.models import CouncilMinutesPage
from hub.models import HubDocument
from hub.setup import PUBLIC_COLLECTION as HUB_PUBLIC

from .conftest import add_meeting, make_pdf


def collection_of(document):
    return HubDocument.objects.get(pk=document.pk).collection.name


def draft_minutes(meeting, pdf):
    minutes = CouncilMinutesPage(
        title=f"Protokół z importu {meeting.number}",
        slug="protokol",
        live=False,
        prepared_by="Sekretarz Rady",
        prepared_on=meeting.start.date(),
        signed_pdf=pdf,
    )
    meeting.add_child(instance=minutes)
    return minutes


def test_a_public_pdf_attached_to_draft_minutes_in_code_becomes_restricted(council):
    meeting = add_meeting(council["meetings"]["pl"], 951)
    pdf = make_pdf("Protokół z importu", HUB_PUBLIC)
    assert collection_of(pdf) == HUB_PUBLIC
    draft_minutes(meeting, pdf)
    assert collection_of(pdf) == DRAFTS_COLLECTION


def test_publishing_and_unpublishing_in_code_move_the_pdf(council):
    meeting = add_meeting(council["meetings"]["pl"], 952)
    pdf = make_pdf("Protokół do zatwierdzenia", PUBLIC_COLLECTION)
    minutes = draft_minutes(meeting, pdf)
    assert collection_of(pdf) == DRAFTS_COLLECTION
    minutes.approved_on = minutes.prepared_on
    minutes.approved_at = meeting
    minutes.save_revision().publish()
    assert collection_of(pdf) == PUBLIC_COLLECTION
    CouncilMinutesPage.objects.get(pk=minutes.pk).unpublish()
    assert collection_of(pdf) == DRAFTS_COLLECTION


def test_a_new_pdf_in_a_revision_of_live_minutes_waits_for_publication(council):
    meeting = add_meeting(council["meetings"]["pl"], 953)
    first = make_pdf("Pierwsza wersja", PUBLIC_COLLECTION)
    minutes = draft_minutes(meeting, first)
    minutes.approved_on = minutes.prepared_on
    minutes.approved_at = meeting
    minutes.save_revision().publish()
    minutes = CouncilMinutesPage.objects.get(pk=minutes.pk)
    corrected = make_pdf("Poprawiona wersja", HUB_PUBLIC)
    minutes.signed_pdf = corrected
    revision = minutes.save_revision()
    # The public still sees the first file; the correction is private until published.
    assert collection_of(first) == PUBLIC_COLLECTION
    assert collection_of(corrected) == DRAFTS_COLLECTION
    revision.publish()
    assert collection_of(corrected) == PUBLIC_COLLECTION


def test_a_draft_translation_does_not_hide_the_pdf_of_live_minutes(council, locales):
    meeting = add_meeting(council["meetings"]["pl"], 954)
    pdf = make_pdf("Protokół wspólny", PUBLIC_COLLECTION)
    minutes = draft_minutes(meeting, pdf)
    minutes.approved_on = minutes.prepared_on
    minutes.approved_at = meeting
    minutes.save_revision().publish()
    meeting.copy_for_translation(locales["en"], copy_parents=False)
    english = CouncilMinutesPage.objects.get(pk=minutes.pk).copy_for_translation(locales["en"])
    assert not english.live
    assert english.signed_pdf_id == pdf.pk
    assert collection_of(pdf) == PUBLIC_COLLECTION
