"""Issue 12, item 8: a partner's item, written in one language, once published is on the
board as missing in the other two, like any page."""

from django.utils import translation

from hub.factories import OrganisationFactory
from hub.site.portal import submissions
from hub.site.portal.models import Membership
from hub.translation_status import State
from tests.portal.partners import member, news_data
from tests.translation_ops.test_status_board import board, cell_of, row_of


def write_news(user, membership, draft=None, **fields):
    """The portal's form, as the partner's "new item" and "edit" views send it."""
    kind = submissions.KINDS["news"]
    data = news_data(**fields)
    with translation.override(data["language"]):
        form = kind.form_class(data, {}, organisation=membership.organisation)
        assert form.is_valid(), form.errors
        if draft is None:
            return submissions.create_item(user, membership, kind, form)
        return submissions.save_item(user, draft, form)


def test_a_published_partner_item_is_missing_in_the_other_two_languages(
    locales, news_indexes, editor, editor_client
):
    organisation = OrganisationFactory(locale=locales["pl"], name="Fundacja Beta")
    partner = member(organisation, "beta@example.org")
    membership = Membership.objects.get(user=partner, organisation=organisation)
    english = {"language": "en", "lead": "A free course.", "body": "First.\n\nSecond."}
    page = write_news(partner, membership, title="Language course", **english)
    write_news(partner, membership, draft=page, title="Language course for adults", **english)
    submissions.submit(page, partner)
    # In review: not published yet.
    page.refresh_from_db()
    assert not page.live

    task_state = page.current_workflow_state.current_task_state.specific
    task_state.approve(user=editor)

    page.refresh_from_db()
    assert page.live and page.locale == locales["en"]
    row = row_of(board(editor_client), "Language course for adults")
    assert row is not None
    assert cell_of(row, "en")["data-state"] == "source"
    # Its section in its own language (English), not another language's.
    section = row.find_all("td")[1].get_text(strip=True)
    assert section == news_indexes["en"].title != news_indexes["uk"].title
    for code in ("pl", "uk"):
        assert cell_of(row, code)["data-state"] == State.MISSING
    # The board filtered to missing in Ukrainian lists it too.
    assert row_of(board(editor_client, state=State.MISSING, locale="uk"), page.title)
    assert not row_of(board(editor_client, state=State.COMPLETE, locale="uk"), page.title)
