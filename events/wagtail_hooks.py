from wagtail import hooks

from hub.setup import SECTION_ROOTS_HOOK, SectionRoot


@hooks.register(SECTION_ROOTS_HOOK)
def calendar_section():
    return [
        SectionRoot(
            model="events.EventIndexPage",
            slugs={"pl": "kalendarz", "en": "calendar", "uk": "kalendar"},
            titles={"pl": "Kalendarz", "en": "Calendar", "uk": "Календар"},
        )
    ]
