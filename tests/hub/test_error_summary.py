"""Error summaries join a field's label and its message with one mark of punctuation."""

import pytest

from hub.templatetags.hub_tags import with_message


@pytest.mark.parametrize(
    ("label", "joined"),
    [
        ("Imię i nazwisko", "Imię i nazwisko: To pole jest wymagane."),
        ("Who are you?", "Who are you? To pole jest wymagane."),
        ("Uwaga!", "Uwaga! To pole jest wymagane."),
        ("Adres e-mail:", "Adres e-mail: To pole jest wymagane."),
        ("Zgoda na warunki.", "Zgoda na warunki. To pole jest wymagane."),
        ("Хто ви? ", "Хто ви? To pole jest wymagane."),
    ],
)
def test_a_label_ending_in_punctuation_gets_no_colon(label, joined):
    assert with_message(label, "To pole jest wymagane.") == joined


def test_label_and_message_are_escaped():
    assert with_message("<b>Imię</b>", "<i>błąd</i>") == (
        "&lt;b&gt;Imię&lt;/b&gt;: &lt;i&gt;błąd&lt;/i&gt;"
    )
