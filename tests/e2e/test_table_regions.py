"""Wide tables at a phone's width: axe finds nothing, and Tab reaches each named scroll region.

The pages are built with the factories and served by pytest-django's live server
(``database_beside_playwright`` in conftest.py).
"""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.wide_tables import build_wide_table_pages

pytestmark = pytest.mark.e2e

AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}
PHONE = {"width": 375, "height": 740}


@pytest.fixture
def wide_tables(database_beside_playwright, live_server, hub):
    return build_wide_table_pages(hub)


def tab_to(page, selector, limit=80):
    for _step in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("s => document.activeElement.matches(s)", selector):
            return True
    return False


def test_wide_tables_scroll_in_named_regions_reached_by_tab(
    database_beside_playwright, wide_tables, live_server, hub, page
):
    # ``hub`` before ``page``: the test database is set up before Chromium's event loop
    # starts (run alone, the file otherwise met SynchronousOnlyOperation).
    page.set_viewport_size(PHONE)
    axe = Axe()
    for kind, (url, name) in wide_tables.items():
        assert page.goto(live_server.url + url).status == 200, kind
        wrapper = page.locator(".table-wrapper").first
        # The table really is wider than the phone: it scrolls inside its wrapper.
        widths = wrapper.evaluate("el => [el.scrollWidth, el.clientWidth]")
        assert widths[0] > widths[1], (kind, widths)
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], kind

        results = axe.run(page, options=AXE_OPTIONS)
        assert results.violations_count == 0, (kind, results.generate_report())
        # Run on its own, the rule this is about: it checked the region and it passed.
        rule = axe.run(
            page,
            options={"runOnly": {"type": "rule", "values": ["scrollable-region-focusable"]}},
        )
        passed = [node for rule in rule.response["passes"] for node in rule["nodes"]]
        assert passed and rule.violations_count == 0, kind

        assert page.get_by_role("region", name=name, exact=True).count() == 1, kind
        assert tab_to(page, ".table-wrapper"), f"Tab never reached the table on the {kind}"
        focused = page.evaluate(
            """() => {
                const el = document.activeElement, style = getComputedStyle(el);
                return {role: el.getAttribute("role"), outline: style.outlineStyle,
                        width: parseFloat(style.outlineWidth)};
            }"""
        )
        assert focused["role"] == "region", kind
        assert focused["outline"] == "solid" and focused["width"] >= 2, (kind, focused)
        # Focused, the region scrolls with the arrow keys.
        page.keyboard.press("ArrowRight")
        page.wait_for_function("el => el.scrollLeft > 0", arg=wrapper.element_handle())
