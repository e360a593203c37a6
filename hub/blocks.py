"""Named, reusable StreamField blocks.

Each block has an icon, a template under ``templates/blocks/``, a preview value
and a description, so editors see what it does before they insert it.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section heading")), ("h3", _("Subsection heading"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        label = _("Heading")
        description = _("A heading that starts a section of the page.")
        preview_value = {"text": "Jak działa Forum", "level": "h2"}


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "blocks/paragraph_block.html"
        label = _("Text")
        description = _("Paragraphs of text with links and lists.")
        preview_value = "<p>Forum jest otwarte dla każdej organizacji i osoby.</p>"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("Describe what the image shows for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"
        label = _("Image")
        description = _("An image with required alternative text and an optional caption.")
        preview_value = {"alt_text": "Uczestnicy sesji plenarnej", "caption": ""}


class DocumentListBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=200)
    documents = blocks.ListBlock(DocumentChooserBlock(label=_("Document")), label=_("Documents"))

    class Meta:
        icon = "doc-full"
        template = "blocks/documents_block.html"
        label = _("Documents")
        description = _("A list of downloadable documents with their type and size.")
        preview_value = {"heading": "Dokumenty", "documents": []}


class CallToActionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Text"), max_length=200)
    link_page = blocks.PageChooserBlock(label=_("Page"), required=False)
    link_url = blocks.URLBlock(label=_("or address"), required=False)
    button_label = blocks.CharBlock(label=_("Button label"), max_length=80)

    class Meta:
        icon = "link"
        template = "blocks/call_to_action_block.html"
        label = _("Call to action")
        description = _("A short sentence with one prominent link.")
        preview_value = {
            "text": "Chcesz dołączyć do Forum?",
            "button_label": "Zobacz, jak to zrobić",
            "link_url": "https://example.org",
        }

    def clean(self, value):
        value = super().clean(value)
        if not value.get("link_page") and not value.get("link_url"):
            raise StructBlockValidationError(
                block_errors={"link_page": ValidationError(_("Choose a page or enter an address."))}
            )
        return value


class AccordionItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question or title"), max_length=250)
    answer = ParagraphBlock(label=_("Answer"))


class AccordionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=200)
    items = blocks.ListBlock(AccordionItemBlock(), label=_("Items"))

    class Meta:
        icon = "list-ul"
        template = "blocks/accordion_block.html"
        label = _("Questions and answers")
        description = _("Expandable questions and answers (works without JavaScript).")
        preview_value = {
            "heading": "Najczęstsze pytania",
            "items": [
                {"question": "Kto może należeć do Forum?", "answer": "<p>Każdy.</p>"},
            ],
        }


class TableWithCaptionBlock(blocks.StructBlock):
    caption = blocks.CharBlock(
        label=_("Caption"),
        max_length=250,
        help_text=_("Says what the table shows; read out by screen readers."),
    )
    table = TableBlock(label=_("Table"), table_options={"startRows": 3, "startCols": 3})

    class Meta:
        icon = "table"
        template = "blocks/table_block.html"
        label = _("Table")
        description = _("A data table with a caption and a header row.")
        preview_value = {
            "caption": "Spotkania w 2026 roku",
            "table": {"first_row_is_table_header": True, "data": [["Data", "Miejsce"]]},
        }


class EmbedWithTitleBlock(blocks.StructBlock):
    embed = EmbedBlock(label=_("Address of the video or map"))
    title = blocks.CharBlock(
        label=_("Title"),
        max_length=200,
        help_text=_("Names the embedded content for screen readers."),
    )

    class Meta:
        icon = "media"
        template = "blocks/embed_block.html"
        label = _("Embedded media")
        description = _("A video or map from an external service, with a title.")
        preview_value = {"title": "Nagranie z sesji plenarnej"}


class BodyBlock(blocks.StreamBlock):
    """The body of standard pages, news and every other long-form page."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = ImageBlock()
    documents = DocumentListBlock()
    call_to_action = CallToActionBlock()
    accordion = AccordionBlock()
    table = TableWithCaptionBlock()
    embed = EmbedWithTitleBlock()

    class Meta:
        label = _("Body")
