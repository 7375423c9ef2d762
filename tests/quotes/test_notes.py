"""The paper's own notes (``quotes.notes``; sentences written for these tests, one spaCy
load per session, see conftest)."""

from __future__ import annotations

from newsgraph.quotes.notes import note_paragraphs

NOTE = "Editor's note: Jones is a developer who has repeatedly pledged to pave the harbour."


def test_a_note_label_opens_its_paragraph() -> None:
    text = "The mayor spoke.\nEditor\u2019s note: the harbour is closed.\nCorrection: none."
    first = text.index("Editor")
    assert note_paragraphs(text, frozenset({"note", "correction"})) == (
        (first, text.index("\nCorrection")),
        (text.index("Correction"), len(text)),
    )


def test_a_speaker_label_is_no_note() -> None:
    assert note_paragraphs("Jones: the harbour is closed.", frozenset({"note"})) == ()


def test_the_papers_characterisation_in_its_note_is_no_report(spans) -> None:
    assert all(s.cue != "has repeatedly pledged" for s in spans(NOTE))


def test_the_same_clause_outside_a_note_reports(spans) -> None:
    found = spans(NOTE.removeprefix("Editor's note: "))
    assert any(s.cue == "has repeatedly pledged" for s in found)


def test_a_note_still_reports_its_sources(spans) -> None:
    found = spans("Editor's note: An earlier article reported that the harbour was closed.")
    assert any(s.cue == "reported" and s.text == "that the harbour was closed" for s in found)
