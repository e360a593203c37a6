"""The Council's hooks: its section root, its setup step, its demo content, and
keeping a draft's signed PDF in the restricted collection."""

from wagtail import hooks

from hub.demo.seed import SEEDERS_HOOK
from hub.setup import AFTER_SETUP_HOOK, SECTION_ROOTS_HOOK


@hooks.register(SECTION_ROOTS_HOOK)
def council_section():
    from council.setup import COUNCIL_ROOT

    return [COUNCIL_ROOT]


@hooks.register(AFTER_SETUP_HOOK)
def council_setup(context):
    from council.setup import after_setup

    after_setup(context)


@hooks.register(SEEDERS_HOOK)
def council_seeders():
    from council.demo.seed import SEEDERS

    return SEEDERS


def _restrict_draft_pdf(request, page):
    """A PDF first attached in a draft stays restricted until that draft is published."""
    from council.documents import restrict_document
    from council.models import CouncilMinutesPage

    page = page.specific
    if not isinstance(page, CouncilMinutesPage):
        return
    latest = page.get_latest_revision_as_object()
    if latest.signed_pdf_id is None:
        return
    # ``page`` is the form's instance; what the public sees is the live row in the database.
    live_pdf_id = (
        CouncilMinutesPage.objects.filter(pk=page.pk, live=True)
        .values_list("signed_pdf_id", flat=True)
        .first()
    )
    if latest.signed_pdf_id != live_pdf_id:
        restrict_document(latest.signed_pdf)


hooks.register("after_create_page", _restrict_draft_pdf)
hooks.register("after_edit_page", _restrict_draft_pdf)
