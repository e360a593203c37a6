"""The Forum's named StreamField blocks: documents of a group, a session, a body."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from hub.blocks import DocumentListBlock


class ForumDocumentsBlock(blocks.StreamBlock):
    """Lists of documents: minutes, decisions, plans, presentations."""

    documents = DocumentListBlock()

    class Meta:
        icon = "doc-full"
        label = _("Documents")
        description = _("Decisions, plans, minutes and presentations, grouped under headings.")
