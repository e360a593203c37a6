"""The event panels are named once on EventPage; the kinds of event reuse them."""

from django.utils import translation

from council.models import CouncilMeetingPage
from events.models import EventPage
from forum.models import PlenarySessionPage


def fields_of(panel):
    return [child.field_name for child in panel.children if hasattr(child, "field_name")]


def panel_named(model, heading):
    content = model.get_edit_handler().children[0].children
    with translation.override("en"):
        return next(p for p in content if str(p.heading) == heading)


def test_every_kind_of_event_shows_the_same_place_and_time_fields():
    venue = ["venue_name", "venue_address", "venue_accessibility", "online_url"]
    for model in (EventPage, PlenarySessionPage, CouncilMeetingPage):
        assert fields_of(panel_named(model, "Where"))[:4] == venue, model
        when = panel_named(model, "When")
        row = when.children[0]
        assert [child.field_name for child in row.children] == ["start", "end"], model
        assert "status" in fields_of(when), model
    # The kinds keep their own extras: an event's kind, the Council meeting's languages.
    assert "kind" in fields_of(panel_named(EventPage, "When"))
    assert "kind" not in fields_of(panel_named(PlenarySessionPage, "When"))
    assert fields_of(panel_named(CouncilMeetingPage, "Where"))[-1] == "languages"


def test_the_subclasses_reuse_the_panels_defined_on_event_page():
    relations = {
        model: [
            getattr(p, "relation_name", None)
            for p in model.content_panels
            if p in (EventPage.area_panel, EventPage.group_panel)
        ]
        for model in (EventPage, PlenarySessionPage, CouncilMeetingPage)
    }
    assert relations[EventPage] == ["area_links", "group_links"]
    assert relations[PlenarySessionPage] == ["area_links", "group_links"]
    assert relations[CouncilMeetingPage] == ["area_links"]
