"""The Council's two document collections and moving a PDF between them.

Documents have no draft state, so a draft's signed PDF lives in the restricted
collection and moves to the public one when its minutes are published (and back
when they are unpublished).
"""

from wagtail.models import Collection

PUBLIC_COLLECTION = "Rada – dokumenty"
DRAFTS_COLLECTION = "Rada – dokumenty robocze"


def council_collection(name):
    return Collection.get_first_root_node().get_children().filter(name=name).first()


def move_document(document, collection_name):
    """Put ``document`` into the named Council collection; True if it moved."""
    if document is None:
        return False
    collection = council_collection(collection_name)
    if collection is None or document.collection_id == collection.pk:
        return False
    document.collection = collection
    document.save(update_fields=["collection"])
    return True


def publish_document(document):
    return move_document(document, PUBLIC_COLLECTION)


def restrict_document(document):
    return move_document(document, DRAFTS_COLLECTION)
