"""Load and validate what editors own (editorial/*.yml). Errors name file and line."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import ahocorasick
import yaml

from .literals import fold, required_literals
from .model import Category, Concept
from .profiles import Classifier, Profiles
from .tagmodel import CUE_COUNTS, FEATURES, TagModel


class EditorialError(Exception):
    """An editorial file is invalid; the message names file, line and what to do."""


@dataclass(frozen=True)
class Pattern:
    regex: re.Pattern[str]
    why: str
    rest_of_line: bool = False   # an ad label ("【Sponsor】"): what follows it on the line is the ad
    caption_under: bool = False  # a picture's label ("Photo"): the short phrase under it is its caption
    # Finds a string that every match contains (kb/literals.py), in folded text; None when
    # there is none to tell: a sentence it does not find is not searched.
    needles: re.Pattern[str] | None = None
    literals: frozenset[str] | None = None   # the strings needles finds
    at_top: bool = False         # a box over the text ("[Summary] ..."): only in the first lines

    def search(self, text: str, folded: str) -> re.Match[str] | None:
        """regex.search(text); folded is kb.literals.fold(text), shared by all patterns."""
        if self.needles is not None and not self.needles.search(folded):
            return None
        return self.regex.search(text)


@dataclass(frozen=True)
class AnyOf:
    """Cues of one kind, each searched only in text holding one of its literals: one large
    alternation is tried branch by branch at every position, which costs more than a first
    look per cue."""
    cues: tuple[Pattern, ...]

    def search(self, text: str) -> re.Match[str] | None:
        folded = fold(text)
        for cue in self.cues:
            found = cue.search(text, folded)
            if found:
                return found
        return None


@dataclass(frozen=True)
class Correction:
    wrong: str        # lowercase, single-spaced
    right: str
    why: str


@dataclass(frozen=True)
class AdSignals:
    """What an advertisement says, by kind: see kb/furniture.ad_sentence."""
    handle: AnyOf                 # a contact handle: "V: haiyun_0755"
    urge: AnyOf                   # "now!", ">>", "Register now"
    offer: AnyOf                  # free, a coupon, a price, a course, registration
    reported: AnyOf               # the author tells of it: "asked buyers to scan ..."


@dataclass(frozen=True)
class TagEdit:
    """An editor's correction of one article's tags (editorial/tags.yml)."""
    add: frozenset[str]       # concepts the article discusses without the tagger seeing it
    remove: frozenset[str]    # concepts the tagger gave for names the editor reads as passing
    line: int                 # where the entry is, for messages


@dataclass(frozen=True)
class Editorial:
    patterns: tuple[Pattern, ...]           # boilerplate removed wherever it matches
    pattern_finder: ahocorasick.Automaton   # literal -> patterns holding it (patterns_for)
    unfiltered: frozenset[int]              # patterns with no literal: tried on every line
    related_headers: re.Pattern[str]        # a line that opens a "related reading" link farm
    comment_header: re.Pattern[str]         # a line that opens the readers' comments
    closing_header: re.Pattern[str]         # a line that opens a release's or mail's closing matter
    block_header: re.Pattern[str]           # "Learning objectives:": the list under it goes too
    contents_label: re.Pattern[str]         # "On this page": goes with the contents under it
    text_start: re.Pattern[str]             # "正文开始 ↓": what stands above it is a preface
    stage_direction: re.Pattern[str]        # "(applause)", with the spaces before it
    speaker_role: re.Pattern[str]           # "Host", "Audience": a role labelling a turn
    forum_author_role: re.Pattern[str]      # "Landlord" beside a floor marker: the author's floor
    bibliography_header: re.Pattern[str]    # "References" over a bibliography
    call_to_action: re.Pattern[str]         # ad/CTA cues, removed at the head or tail only
    footer_start: re.Pattern[str]           # lines that open a footer: short lines under go too
    end_marker: re.Pattern[str]             # "—END—", "The text is over": what follows goes
    promo_header: re.Pattern[str]           # "新书推荐", "Recommended tools": an ad under it at the end
    ad_lead_in: re.Pattern[str]             # a question leading into an ad goes with the ad
    ad_signals: AdSignals                   # ads that no pattern names, wherever they are
    breadcrumb: re.Pattern[str]             # scraped navigation cues at the top
    masthead: re.Pattern[str]               # a publication's name right over the title
    site_name: re.Pattern[str]              # a site's name after the headline, on its line
    keep: frozenset[str]                    # lines never removed (false positives)
    corrections: tuple[Correction, ...]     # machine-translation glossary
    glossary: re.Pattern[str]               # every "wrong" phrase, longest first, in one pattern
    keep_words: frozenset[str]              # words the "trans" repair must leave alone

    @cached_property
    def correction_by_wrong(self) -> dict[str, Correction]:
        return {c.wrong: c for c in self.corrections}
    titles: dict[str, str]                  # source file name -> editorial title
    tag_edits: dict[str, TagEdit]           # source file name -> tags added and removed
    concepts: tuple[Concept, ...]
    categories: tuple[Category, ...]
    profiles: Profiles = Profiles()         # learned from editors' tags; none: names only


class _LineLoader(yaml.SafeLoader):
    """SafeLoader that remembers the line of every mapping, for error messages."""


def _mapping_with_line(loader: _LineLoader, node: yaml.MappingNode) -> dict[str, Any]:
    mapping = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_with_line)


def load_yaml(path: Path, loader: type = _LineLoader) -> Any:
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
    except FileNotFoundError:
        raise EditorialError(f"{path}: missing editorial file") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        problem = getattr(error, "problem", None) or str(error)
        raise EditorialError(f"{where}: invalid YAML: {problem}") from None
    except UnicodeDecodeError:
        raise EditorialError(f"{path}: not UTF-8 text; save it as UTF-8") from None


def _pattern_finder(patterns: tuple[Pattern, ...]) -> ahocorasick.Automaton:
    """Every literal of every pattern, each giving the indices of the patterns that hold it:
    one pass over a line finds them all, where a substring test per literal took a fifth of
    cleaning time."""
    holders: dict[str, list[int]] = {}
    for index, pattern in enumerate(patterns):
        for literal in sorted(pattern.literals or ()):
            holders.setdefault(literal, []).append(index)
    finder = ahocorasick.Automaton()
    for literal, indices in holders.items():
        finder.add_word(literal, frozenset(indices))
    finder.make_automaton()
    return finder


def load_editorial(folder: Path, learned: bool = True) -> Editorial:
    """The editorial files of folder; with learned=False, without the learned profiles.yml
    (for the learner, which writes it)."""
    boiler = _require_mapping(folder / "boilerplate.yml")
    fixes = _require_mapping(folder / "corrections.yml")
    titles = _require_mapping(folder / "titles.yml")
    taxonomy = _require_mapping(folder / "concepts.yml")
    categories, concepts = _taxonomy(folder / "concepts.yml", taxonomy)
    patterns = tuple(_patterns(folder / "boilerplate.yml", boiler.get("patterns") or []))
    corrections = tuple(_corrections(folder / "corrections.yml", fixes.get("corrections") or []))
    return Editorial(
        patterns=patterns,
        pattern_finder=_pattern_finder(patterns),
        unfiltered=frozenset(i for i, p in enumerate(patterns) if p.literals is None),
        related_headers=_any_of(folder / "boilerplate.yml", boiler, "related_headers"),
        comment_header=_any_of(folder / "boilerplate.yml", boiler, "comment_headers"),
        closing_header=_any_of(folder / "boilerplate.yml", boiler, "closing_headers"),
        block_header=_any_of(folder / "boilerplate.yml", boiler, "block_headers"),
        contents_label=_any_of(folder / "boilerplate.yml", boiler, "contents_labels"),
        text_start=_any_of(folder / "boilerplate.yml", boiler, "text_starts"),
        stage_direction=_with_spaces_before(
            _any_of(folder / "boilerplate.yml", boiler, "stage_directions")),
        speaker_role=_any_of(folder / "boilerplate.yml", boiler, "speaker_roles"),
        forum_author_role=_any_of(folder / "boilerplate.yml", boiler, "forum_author_roles"),
        bibliography_header=_any_of(folder / "boilerplate.yml", boiler, "bibliography_headers"),
        call_to_action=_any_of(folder / "boilerplate.yml", boiler, "call_to_action"),
        footer_start=_any_of(folder / "boilerplate.yml", boiler, "footer_starts"),
        end_marker=_any_of(folder / "boilerplate.yml", boiler, "end_markers"),
        promo_header=_any_of(folder / "boilerplate.yml", boiler, "promo_headers"),
        ad_lead_in=_any_of(folder / "boilerplate.yml", boiler, "ad_lead_ins"),
        ad_signals=_ad_signals(folder / "boilerplate.yml", boiler),
        breadcrumb=_any_of(folder / "boilerplate.yml", boiler, "breadcrumb"),
        masthead=_any_of(folder / "boilerplate.yml", boiler, "mastheads"),
        site_name=_any_of(folder / "boilerplate.yml", boiler, "site_names"),
        keep=frozenset(_strings(folder / "boilerplate.yml", boiler, "keep")),
        corrections=corrections,
        glossary=re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(c.wrong) for c in corrections)
                            + r")(?![\w-])" if corrections else r"(?!x)x", re.IGNORECASE),
        keep_words=frozenset(w.lower() for w in _strings(folder / "corrections.yml", fixes,
                                                          "keep_words")),
        titles={k: str(v) for k, v in titles.items() if k != "__line__"},
        tag_edits=_tag_edits(folder / "tags.yml", _require_mapping(folder / "tags.yml"),
                             {c.id for c in concepts}),
        concepts=concepts,
        categories=categories,
        profiles=(_profiles(folder / "profiles.yml", {c.id for c in concepts}) if learned
                  else Profiles()),
    )


def _require_mapping(path: Path) -> dict[str, Any]:
    data = load_yaml(path)
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise EditorialError(f"{path}:1: expected a mapping of keys to values at the top level")
    return data


def _strings(path: Path, data: dict[str, Any], key: str) -> list[str]:
    values = data.get(key) or []
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise EditorialError(f"{path}:{data.get('__line__', 1)}: '{key}' must be a list of strings")
    return values


def _compile(path: Path, line: int, pattern: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error as error:
        raise EditorialError(f"{path}:{line}: bad regular expression {pattern!r}: {error}") from None


def _line_of(path: Path, text: str, default: int) -> int:
    """The line where a list item or a key (a plain string, which YAML gives no line) is
    written; comments, which may quote it as an example, are passed over."""
    try:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if text in line and not line.lstrip().startswith("#"):
                return number
    except OSError:
        pass
    return default


def _any_of(path: Path, data: dict[str, Any], key: str) -> re.Pattern[str]:
    cues = _strings(path, data, key)
    if not cues:
        return re.compile(r"(?!x)x")   # matches nothing
    for cue in cues:
        _compile(path, _line_of(path, cue, data.get("__line__", 1)), cue)
    return re.compile("|".join(f"(?:{c})" for c in cues), re.IGNORECASE)


def _with_spaces_before(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern taking the spaces before it too, so that what it removes leaves no gap."""
    return re.compile(rf"\s*(?:{pattern.pattern})", pattern.flags)


def _ad_signals(path: Path, data: dict[str, Any]) -> AdSignals:
    signals = data.get("ad_signals") or {}
    if not isinstance(signals, dict):
        raise EditorialError(f"{path}:{data.get('__line__', 1)}: 'ad_signals' must be a mapping "
                             "with the lists handle, urge, offer and reported")
    kinds = ("handle", "urge", "offer", "reported")
    unknown = sorted(set(signals) - {*kinds, "__line__"})
    if unknown:
        raise EditorialError(f"{path}:{signals.get('__line__', 1)}: unknown ad_signals kind "
                             f"{unknown[0]!r} (expected one of {', '.join(kinds)})")
    return AdSignals(*(AnyOf(tuple(_cue(path, signals, cue) for cue in _strings(path, signals, kind)))
                       for kind in kinds))


def _cue(path: Path, data: dict[str, Any], cue: str) -> Pattern:
    return _with_first_look(_compile(path, _line_of(path, cue, data.get("__line__", 1)), cue), "")


def _profiles(path: Path, concept_ids: set[str]) -> Profiles:
    """editorial/profiles.yml, written by scripts/learn_profiles.py; optional."""
    if not path.exists():
        return Profiles()
    # A generated file of thousands of numbers: libyaml's loader where PyYAML has it (its
    # errors still give the line); keys' lines are found by _line_of for messages.
    data = load_yaml(path, getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    if not isinstance(data, dict):
        raise EditorialError(f"{path}:1: expected a mapping of keys to values at the top level")

    def numbers(key: str, mapping: Any, kind: type) -> dict[str, Any]:
        if not isinstance(mapping, dict) or not all(isinstance(v, kind) for v in mapping.values()):
            raise EditorialError(f"{path}:{_line_of(path, f'{key}:', 1)}: {key!r} must map words "
                                 "to numbers; rerun scripts/learn_profiles.py")
        return {str(k): v for k, v in mapping.items()}
    concepts = numbers("concepts", data.get("concepts") or {}, dict)
    classifiers = data.get("classifiers")
    if not isinstance(classifiers, dict):
        raise EditorialError(f"{path}:1: 'classifiers' is missing or not a mapping; rerun "
                             "scripts/learn_profiles.py")
    for cid in [*concepts, *classifiers]:
        if cid not in concept_ids:
            raise EditorialError(f"{path}:{_line_of(path, f'{cid}:', 1)}: unknown concept id "
                                 f"{cid!r}; see editorial/concepts.yml")
    documents = data.get("documents", 0)
    if not isinstance(documents, int):
        raise EditorialError(f"{path}:{_line_of(path, 'documents:', 1)}: 'documents' must be "
                             "a whole number")
    for cid, entry in classifiers.items():
        if not isinstance(entry, dict) or not isinstance(entry.get("bias"), (int, float)):
            raise EditorialError(f"{path}:{_line_of(path, f'{cid}:', 1)}: the classifier of "
                                 f"{cid!r} needs a 'bias' number and 'weights'; rerun "
                                 "scripts/learn_profiles.py")
    return Profiles(documents, numbers("df", data.get("df") or {}, int),
                    {cid: numbers(cid, weights, (int, float)) for cid, weights in concepts.items()},
                    {cid: Classifier(entry["bias"], numbers(cid, entry.get("weights"), (int, float)))
                     for cid, entry in classifiers.items()},
                    _tag_model(path, data.get("model"), concept_ids))


def _tag_model(path: Path, data: Any, concept_ids: set[str]) -> TagModel:
    """The model: part of profiles.yml, learned with the profiles and never edited by hand."""
    def fail(key: str, problem: str) -> EditorialError:
        return EditorialError(f"{path}:{_line_of(path, f'{key}:', 1)}: {problem}; rerun "
                              "scripts/learn_profiles.py")
    if not isinstance(data, dict):
        raise fail("model", "'model' is missing or not a mapping")
    weights, prior, odds = (data.get(k) or {} for k in ("weights", "prior", "cue_odds"))
    number = (int, float)
    if not isinstance(weights, dict) or set(weights) - set(FEATURES) or not all(
            isinstance(v, number) for v in weights.values()):
        raise fail("weights", f"'weights' must map features ({', '.join(FEATURES)}) to numbers")
    for key in ("bias", "threshold"):
        if not isinstance(data.get(key), number):
            raise fail("model", f"'{key}' must be a number")
    for key, table, shape in (("prior", prior, number), ("cue_odds", odds, list)):
        if not isinstance(table, dict) or not all(isinstance(v, shape) for v in table.values()):
            raise fail(key, f"'{key}' must map concept ids to {'numbers' if shape is number else 'lists'}")
        if unknown := sorted(set(table) - concept_ids):
            raise EditorialError(f"{path}:{_line_of(path, f'{unknown[0]}:', 1)}: unknown concept "
                                 f"id {unknown[0]!r}; see editorial/concepts.yml")
    if not all(len(v) == CUE_COUNTS and all(isinstance(x, number) for x in v)
               for v in odds.values()):
        raise fail("cue_odds", f"each of 'cue_odds' must be a list of {CUE_COUNTS} numbers")
    return TagModel(weights, data["bias"], data["threshold"], prior,
                    {cid: tuple(v) for cid, v in odds.items()})


def _tag_edits(path: Path, data: dict[str, Any], concept_ids: set[str]) -> dict[str, TagEdit]:
    edits = {}
    for source, entry in data.items():
        if source == "__line__":
            continue
        line = _line_of(path, f"{source}:", data.get("__line__", 1))
        if not isinstance(entry, dict) or not set(entry) - {"__line__"} <= {"add", "remove"}:
            raise EditorialError(f"{path}:{line}: {source!r} must map to 'add' and/or 'remove', "
                                 "each a list of concept ids")
        add, remove = (frozenset(_strings(path, entry, key)) for key in ("add", "remove"))
        if unknown := sorted((add | remove) - concept_ids):
            raise EditorialError(f"{path}:{line}: unknown concept id {unknown[0]!r} for "
                                 f"{source!r}; see editorial/concepts.yml")
        if both := sorted(add & remove):
            raise EditorialError(f"{path}:{line}: {both[0]!r} is both added to and removed "
                                 f"from {source!r}")
        edits[str(source)] = TagEdit(add, remove, line)
    return edits


def _patterns(path: Path, entries: list[Any]) -> list[Pattern]:
    result = []
    for entry in entries:
        line = _entry_line(path, entry, ("pattern", "why"))
        flags = {}
        for flag in ("rest_of_line", "caption_under", "at_top"):
            flags[flag] = entry.get(flag, False)
            if not isinstance(flags[flag], bool):
                raise EditorialError(f"{path}:{line}: '{flag}' must be true or false")
        result.append(_with_first_look(_compile(path, line, entry["pattern"]), str(entry["why"]),
                                       **flags))
    return result


def _with_first_look(regex: re.Pattern[str], why: str, rest_of_line: bool = False,
                     caption_under: bool = False, at_top: bool = False) -> Pattern:
    """A pattern with the literals it cannot match without (kb/literals.py)."""
    literals = required_literals(regex.pattern, regex.flags)
    needles = re.compile("|".join(map(re.escape, sorted(literals)))) if literals else None
    return Pattern(regex, why, rest_of_line, caption_under, needles, literals, at_top)



def _corrections(path: Path, entries: list[Any]) -> list[Correction]:
    result = []
    for entry in entries:
        line = _entry_line(path, entry, ("wrong", "right", "why"))
        wrong = " ".join(entry["wrong"].lower().split())
        if any(c.wrong == wrong for c in result):
            raise EditorialError(f"{path}:{line}: {entry['wrong']!r} is corrected twice")
        result.append(Correction(wrong, str(entry["right"]), str(entry["why"])))
    # Longest phrase first, so "electricity suppliers" wins over "electricity supplier".
    return sorted(result, key=lambda c: (-len(c.wrong), c.wrong))


def _entry_line(path: Path, entry: Any, keys: tuple[str, ...]) -> int:
    if not isinstance(entry, dict):
        line = _line_of(path, str(entry), 1) if isinstance(entry, (str, int, float)) else 1
        raise EditorialError(f"{path}:{line}: each entry must be a mapping with keys "
                             f"{', '.join(keys)}, not {entry!r}")
    line = entry["__line__"]
    for key in keys:
        if not isinstance(entry.get(key), str) or not entry[key].strip():
            raise EditorialError(f"{path}:{line}: entry has no '{key}' (a non-empty string)")
    return line


def _taxonomy(path: Path, data: dict[str, Any]) -> tuple[tuple[Category, ...], tuple[Concept, ...]]:
    categories = []
    for entry in data.get("categories") or []:
        line = _entry_line(path, entry, ("id", "label"))
        categories.append(Category(entry["id"], entry["label"]))
        del line
    category_ids = {c.id for c in categories}
    concepts: list[Concept] = []
    lines: dict[str, int] = {}
    for entry in data.get("concepts") or []:
        line = _entry_line(path, entry, ("id", "label", "definition", "category"))
        concept_id = entry["id"]
        if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", concept_id):
            raise EditorialError(f"{path}:{line}: concept id {concept_id!r} must be lowercase "
                                 "letters, digits and single hyphens")
        if concept_id in lines:
            raise EditorialError(f"{path}:{line}: concept id {concept_id!r} is already used at "
                                 f"line {lines[concept_id]}")
        if entry["category"] not in category_ids:
            raise EditorialError(f"{path}:{line}: concept {concept_id!r} has unknown category "
                                 f"{entry['category']!r}; add it under 'categories'")
        lines[concept_id] = line
        fields = {}
        for key in ("aliases", "hidden", "broader", "related", "cues"):
            value = entry.get(key) or []
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise EditorialError(f"{path}:{line}: '{key}' of {concept_id!r} must be a list "
                                     "of strings")
            fields[key] = tuple(value)
        concepts.append(Concept(id=concept_id, label=entry["label"], definition=entry["definition"],
                                category=entry["category"], **fields))
    _check_references(path, concepts, lines)
    _check_unique_names(path, concepts, lines)
    return tuple(categories), tuple(concepts)


def _check_references(path: Path, concepts: list[Concept], lines: dict[str, int]) -> None:
    for concept in concepts:
        for other in concept.broader + concept.related:
            if other not in lines:
                raise EditorialError(f"{path}:{lines[concept.id]}: concept {concept.id!r} refers "
                                     f"to {other!r}, which is not a concept id")


def name_key(name: str) -> str:
    """How two names are compared: case, hyphens and spacing do not make them different."""
    return " ".join(re.sub(r"[-_]", " ", name.lower()).split())


def _check_unique_names(path: Path, concepts: list[Concept], lines: dict[str, int]) -> None:
    owner: dict[str, str] = {}
    for concept in concepts:
        for name in (concept.label, *concept.aliases, *concept.hidden):
            key = name_key(name)
            if not key:
                raise EditorialError(f"{path}:{lines[concept.id]}: concept {concept.id!r} has "
                                     "an empty label or alias")
            if owner.get(key, concept.id) != concept.id:
                raise EditorialError(f"{path}:{lines[concept.id]}: {name!r} of {concept.id!r} is "
                                     f"already claimed by {owner[key]!r} (line "
                                     f"{lines[owner[key]]}); a name may belong to one concept")
            owner[key] = concept.id
    for concept in concepts:
        for cue in concept.cues:
            if name_key(cue) in owner:
                raise EditorialError(f"{path}:{lines[concept.id]}: cue {cue!r} of {concept.id!r} "
                                     f"is a name of {owner[name_key(cue)]!r}; a cue is a word "
                                     "that is not a name, so list it as one or the other")
