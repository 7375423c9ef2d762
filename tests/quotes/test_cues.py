"""The cue file loads, and malformed extra files are refused with the file named."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.quotes import QuoteCues, QuoteCuesError


def test_packaged_cues_load() -> None:
    cues = QuoteCues.load()
    assert "say" in cues.speech_verbs
    assert "denounce" in cues.object_verbs
    assert ("according", "to") in cues.attribution_phrases
    assert ("“", "”") in cues.quote_marks
    assert ("''", "''") in cues.quote_marks
    assert cues.sector_of("ministry") == "GOV" and cues.sector_of("harbour") is None
    assert "tell" in cues.addressee_verbs and "agency" in cues.media_nouns


def test_packaged_cues_cover_attribution_beyond_speech() -> None:
    cues = QuoteCues.load()
    assert "seem" in cues.evidential_verbs and "expect" in cues.passive_verbs
    assert "claim" in cues.cue_nouns and "make" in cues.light_verbs
    assert "critical" in cues.stance_adjectives and "be" in cues.linking_verbs
    assert "likely" not in cues.stance_adjectives  # the writer's own judgement
    assert "poll" in cues.in_source_nouns and "interview" in cues.in_event_nouns
    assert not cues.in_source_nouns & cues.in_event_nouns
    assert "find" in cues.clause_verbs and "note" not in cues.clause_verbs
    assert ("speak", "to") in cues.listener_preps and ("speak", "about") not in cues.listener_preps
    assert "whether" in cues.question_marks and "ask" in cues.question_verbs
    assert "promise" not in cues.question_verbs  # "promised a raise if …" is a condition
    assert "release" in cues.publishing_verbs and "cast as" in cues.framing_verbs


def test_packaged_office_words_are_cue_verbs_and_offices() -> None:
    cues = QuoteCues.load()
    # Only a cue verb needs telling apart from a race; an office may take two words.
    assert cues.office_verbs | cues.rival_verbs <= cues.cue_verbs
    assert "white house" in cues.office_nouns and "reelection" in cues.office_nouns
    assert "asylum" not in cues.office_nouns  # "seeking asylum" asks for something


def test_packaged_phrasal_cues_load_as_lemma_tuples() -> None:
    cues = QuoteCues.load()
    assert ("weigh", "in", "on") in cues.phrasal_cues
    assert ("make", "clear") in cues.phrasal_cues
    assert all(2 <= len(phrase) <= 5 for phrase in cues.phrasal_cues)
    assert len(set(cues.phrasal_cues)) == len(cues.phrasal_cues)


def test_extra_file_adds_phrasal_cues(tmp_path: Path) -> None:
    extra = tmp_path / "more.yaml"
    extra.write_text("version: 1\nphrasal_cues: [Sound  The Alarm  About]\n", encoding="utf-8")
    cues = QuoteCues.load([extra])
    assert ("sound", "the", "alarm", "about") in cues.phrasal_cues
    assert ("weigh", "in", "on") in cues.phrasal_cues


def test_extra_file_adds_listener_preps(tmp_path: Path) -> None:
    extra = tmp_path / "more.yaml"
    extra.write_text('version: 1\nlistener_preps: {lecture: ["to"]}\n', encoding="utf-8")
    cues = QuoteCues.load([extra])
    assert ("lecture", "to") in cues.listener_preps and ("speak", "on") in cues.listener_preps


def test_packaged_topic_preps_name_only_topics() -> None:
    cues = QuoteCues.load()
    assert ("point", "to") in cues.topic_preps and ("hint", "at") in cues.topic_preps
    assert ("say", "to") not in cues.topic_preps  # "said to reporters": a listener
    assert not cues.topic_preps & cues.listener_preps


def test_extra_file_adds_topic_preps(tmp_path: Path) -> None:
    extra = tmp_path / "more.yaml"
    extra.write_text('version: 1\ntopic_preps: {allude: ["to"], Point: [" At "]}\n', "utf-8")
    cues = QuoteCues.load([extra])
    assert ("allude", "to") in cues.topic_preps and ("point", "at") in cues.topic_preps
    assert ("point", "to") in cues.topic_preps  # the packaged pairs stay


def test_extra_file_adds_body_sectors(tmp_path: Path) -> None:
    extra = tmp_path / "more.yaml"
    extra.write_text("version: 1\nbody_sectors: {MIL: [coast guard]}\n", encoding="utf-8")
    cues = QuoteCues.load([extra])
    assert cues.sector_of("coast guard") == "MIL" and cues.sector_of("ministry") == "GOV"


def test_extra_file_adds_words(tmp_path: Path) -> None:
    extra = tmp_path / "more.yaml"
    extra.write_text("version: 1\nspeech_verbs: [grumble]\n", encoding="utf-8")
    cues = QuoteCues.load([extra])
    assert "grumble" in cues.speech_verbs and "say" in cues.speech_verbs


@pytest.mark.parametrize(
    "body, message",
    [
        ("version: 2\n", "version: 1"),
        ("version: 1\nspeach_verbs: [say]\n", "unknown fields"),
        ("version: 1\nspeech_verbs: say\n", "speech_verbs"),
        ("version: 1\ncue_nouns: [claim, '']\n", "cue_nouns"),
        ("version: 1\nstance_adjectives: eager\n", "stance_adjectives"),
        ("version: 1\nlistener_preps: [to]\n", "listener_preps"),
        ("version: 1\nlistener_preps: {speak: to}\n", "listener_preps.speak"),
        ("version: 1\nlistener_preps: {speak: [on]}\n", "listener_preps.speak"),
        ("version: 1\ntopic_preps: [to]\n", "topic_preps must map"),
        ("version: 1\ntopic_preps: {point: to}\n", "topic_preps.point"),
        ("version: 1\ntopic_preps: {point: [on]}\n", "topic_preps.point"),
        ("version: 1\nquote_marks: [[x]]\n", "quote_marks"),
        ("version: 1\nmin_direct_words: 0\n", "min_direct_words"),
        ("version: 1\nquote_marks: [['<<<', '>>>']]\n", "quote_marks"),
        ("version: 1\nbody_sectors: [ministry]\n", "body_sectors"),
        ("version: 1\nbody_sectors: {gov: [ministry]}\n", "sector code"),
        ("version: 1\nbody_sectors: {GOV: ministry}\n", "body_sectors.GOV"),
        ("version: 1\nphrasal_cues: weigh in\n", "phrasal_cues must be a list"),
        ("version: 1\nphrasal_cues: [weigh]\n", "'weigh'"),
        ("version: 1\nphrasal_cues: [a b c d e f]\n", "2 to 5 words"),
        ("version: 1\nphrasal_cues: [weigh in 2]\n", "weigh in 2"),
        ("version: 1\nphrasal_cues: [[weigh, in]]\n", "phrasal_cues entry"),
    ],
)
def test_malformed_extra_file_is_refused(tmp_path: Path, body: str, message: str) -> None:
    extra = tmp_path / "bad.yaml"
    extra.write_text(body, encoding="utf-8")
    with pytest.raises(QuoteCuesError, match=message) as info:
        QuoteCues.load([extra])
    assert "bad.yaml" in str(info.value)


WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=8)


@settings(max_examples=25, deadline=None)
@given(st.dictionaries(WORDS, st.lists(WORDS, min_size=1, max_size=4), min_size=1, max_size=4))
def test_listener_preps_of_an_extra_file_are_all_added(table: dict[str, list[str]]) -> None:
    # JSON is YAML, with every word quoted, so "on" or "no" stay words.
    with tempfile.TemporaryDirectory() as folder:
        extra = Path(folder) / "more.yaml"
        extra.write_text(json.dumps({"version": 1, "listener_preps": table}), encoding="utf-8")
        cues = QuoteCues.load([extra])
    wanted = {(verb, prep) for verb, preps in table.items() for prep in preps}
    assert wanted <= cues.listener_preps
    assert ("speak", "to") in cues.listener_preps


PHRASE = st.lists(WORDS, min_size=2, max_size=5).map(" ".join)


@settings(max_examples=25, deadline=None)
@given(st.lists(PHRASE, min_size=1, max_size=5))
def test_phrasal_cues_of_an_extra_file_are_all_added(phrases: list[str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        extra = Path(folder) / "more.yaml"
        extra.write_text(json.dumps({"version": 1, "phrasal_cues": phrases}), encoding="utf-8")
        cues = QuoteCues.load([extra])
    assert {tuple(p.split()) for p in phrases} <= set(cues.phrasal_cues)
    assert ("weigh", "in", "on") in cues.phrasal_cues
