"""Word classes and dependency labels the quote readers share (spaCy's English scheme).

Syntax, not lexicon: which tags are finite verbs, which labels make a clause's subject.
Word lists live in data/cues.yaml; these are the parser's own categories, named once so
every reader means the same thing by them.
"""

from __future__ import annotations

# Finite verb forms; past tense and participle, which the tagger confuses.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
PAST_TAGS = frozenset({"VBD", "VBN"})
# A verb proper (not an auxiliary), and a verb's active subject.
VERB_POS = frozenset({"VERB"})
SUBJECT_DEPS = frozenset({"nsubj"})
# What can name a speaker or holder: a name, a noun, a pronoun.
NAME_POS = frozenset({"PROPN", "NOUN", "PRON"})
# What heads a clause.
CLAUSE_POS = frozenset({"VERB", "AUX"})
# A clausal complement of a verb.
CLAUSE_DEPS = frozenset({"ccomp", "xcomp"})
# A clause's own subject: having one makes it a clause of its own.
CLAUSE_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
# What makes a verb a finite clause of its own: an auxiliary or a subject.
FINITE_CLAUSE_DEPS = frozenset({"aux", "auxpass", "nsubj", "nsubjpass"})
# What marks a passive: its subject or its auxiliary.
PASSIVE_DEPS = frozenset({"nsubjpass", "auxpass"})
# Words that end a sentence.
SENTENCE_ENDS = frozenset({".", "!", "?"})
# A verb's auxiliaries and negation.
AUX_DEPS = frozenset({"aux", "auxpass", "neg"})
# Words that may stand between a verb and its subject.
ADVERBIAL_DEPS = frozenset({"advmod", "aux", "neg"})
# What a name's noun phrase holds before its head.
NAME_PREFIX_DEPS = frozenset({"compound", "det", "amod", "nmod"})
# Entities that may hold a view; entities that only say when.
HOLDER_ENTITIES = frozenset({"PERSON", "NORP", "ORG"})
WHEN_ENTITIES = frozenset({"DATE", "TIME"})
# What a cue verb takes along from right before it: "has also said", "then boomed".
CUE_PREFIX_DEPS = frozenset({"aux", "neg", "advmod"})
