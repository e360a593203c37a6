"""Wide tables scroll in a region a keyboard can reach and a screen reader names (item 21)."""

import re
from pathlib import Path

from bs4 import BeautifulSoup

from tests.wide_tables import build_wide_table_pages

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
WRAPPER = re.compile(r'<div class="table-wrapper[^"]*"[^>]*>')


def test_every_table_wrapper_in_the_templates_is_a_focusable_named_region():
    wrappers = {
        path.relative_to(TEMPLATES).as_posix(): WRAPPER.findall(path.read_text())
        for path in TEMPLATES.rglob("*.html")
    }
    found = {name: tags for name, tags in wrappers.items() if tags}
    # The templates known to scroll a table sideways are all among them.
    assert {
        "blocks/table_block.html",
        "consultations/includes/results.html",
        "council/components/public_record.html",
        "council/council_meeting_index_page.html",
        "events/event_month.html",
        "forum/governing_body_page.html",
        "forum/plenary_session_page.html",
        "portal/dashboard.html",
    } <= set(found)
    for name, tags in found.items():
        for tag in tags:
            assert 'tabindex="0"' in tag and 'role="region"' in tag, (name, tag)
            assert "aria-labelledby=" in tag or "aria-label=" in tag, (name, tag)


def test_rendered_wrappers_have_tabindex_role_and_a_name(client, hub):
    pages = build_wide_table_pages(hub)
    for kind, (url, name) in pages.items():
        response = client.get(url)
        assert response.status_code == 200, kind
        html = BeautifulSoup(response.content, "html.parser")
        wrapper = html.select_one(".table-wrapper")
        assert wrapper is not None and wrapper.table is not None, kind
        assert wrapper["tabindex"] == "0", kind
        assert wrapper["role"] == "region", kind
        if wrapper.has_attr("aria-labelledby"):
            label = html.find(id=wrapper["aria-labelledby"])
            assert label is not None, kind
            assert label in wrapper.table.find_all("caption"), kind
            accessible_name = label.get_text(" ", strip=True)
        else:
            accessible_name = wrapper["aria-label"]
            assert wrapper.table.caption.get_text(strip=True) == accessible_name, kind
        assert accessible_name == name, kind
