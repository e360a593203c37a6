"""The body blocks validate what editors type and render accessibly."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.blocks import StructBlockValidationError

from hub.blocks import (
    AccordionBlock,
    BodyBlock,
    CallToActionBlock,
    HeadingBlock,
    ImageBlock,
    TableWithCaptionBlock,
)


def test_every_block_explains_itself_to_editors():
    for name, block in BodyBlock().child_blocks.items():
        meta = block.meta
        assert meta.icon and meta.description, name
        assert meta.template == f"blocks/{name}_block.html", name
        assert meta.preview_value is not None, name


def test_image_block_requires_alternative_text():
    block = ImageBlock()
    with pytest.raises((ValidationError, StructBlockValidationError)) as error:
        block.clean({"image": None, "alt_text": "", "caption": ""})
    assert "alt_text" in error.value.block_errors


def test_call_to_action_needs_a_page_or_an_address():
    block = CallToActionBlock()
    value = block.to_python(
        {"text": "Dołącz", "button_label": "Jak?", "link_page": None, "link_url": ""}
    )
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(value)
    assert "link_page" in error.value.block_errors


def test_heading_renders_the_chosen_level():
    html = HeadingBlock().render({"text": "Cele", "level": "h3"})
    assert html.strip() == "<h3>Cele</h3>"


def test_accordion_works_without_javascript():
    block = AccordionBlock()
    value = block.to_python(
        {"heading": "Pytania", "items": [{"question": "Kto?", "answer": "<p>Każdy.</p>"}]}
    )
    html = block.render(value)
    assert "<details" in html and "<summary>Kto?</summary>" in html


def test_table_has_a_caption_and_header_cells():
    block = TableWithCaptionBlock()
    value = block.to_python(
        {
            "caption": "Spotkania",
            "table": {
                "first_row_is_table_header": True,
                "data": [["Data", "Miejsce"], ["1.10", "Urząd"]],
            },
        }
    )
    html = block.render(value)
    assert "<caption>Spotkania</caption>" in html
    assert '<th scope="col">Data</th>' in html
    assert "<td>Urząd</td>" in html
