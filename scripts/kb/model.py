"""Plain dataclasses passed between the pipeline stages."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal


@dataclass(frozen=True)
class RawArticle:
    """An input file decoded to text (newlines normalised, BOM dropped)."""
    source: str          # file name inside the articles folder
    text: str
    encoding: str        # what the bytes were decoded from
    digest: str          # sha256 of the decoded text, for duplicate detection


@dataclass(frozen=True)
class Skipped:
    """An input that could not become a page, and why."""
    source: str
    reason: str


ChangeKind = Literal["removed", "joined", "repaired", "corrected"]


@dataclass(frozen=True)
class Change:
    """One thing the cleaner did, shown on the cleaning report."""
    kind: ChangeKind
    text: str            # the text removed, or the text before the repair
    detail: str          # why it was removed, or what it became


@dataclass(frozen=True)
class CleanText:
    """An article after boilerplate removal and repairs: one logical line per block."""
    source: str
    title_line: str | None   # the source's own title line, if it has one
    lines: tuple[str, ...]
    changes: tuple[Change, ...]


PointKind = Literal["paragraph", "item", "item-more"]


@dataclass(frozen=True)
class Point:
    """A paragraph or list item: the unit a reader can link to."""
    id: str
    kind: PointKind
    text: str
    number: int | None = None   # the enumerator of a list item


@dataclass(frozen=True)
class Section:
    id: str
    heading: str | None          # None for the text before the first heading
    points: tuple[Point, ...]
    level: int = 2               # 2 for a section, 3 for a sub-point such as "(1) ..."


@dataclass(frozen=True)
class Article:
    source: str
    slug: str
    title: str
    title_origin: Literal["source", "editorial", "generated"]
    summary: str
    sections: tuple[Section, ...]
    original: str
    encoding: str
    changes: tuple[Change, ...]

    def points(self) -> list[Point]:
        return [p for s in self.sections for p in s.points]


@dataclass(frozen=True)
class Concept:
    id: str
    label: str
    aliases: tuple[str, ...]
    hidden: tuple[str, ...]
    definition: str
    broader: tuple[str, ...]
    related: tuple[str, ...]
    category: str
    cues: tuple[str, ...] = ()   # words that signal the concept without naming it


@dataclass(frozen=True)
class Category:
    id: str
    label: str


@dataclass(frozen=True)
class Mention:
    """A concept named at one point of one article."""
    concept_id: str
    article_slug: str
    point_id: str
    start: int             # where the words are in the point's (or heading's) text
    end: int
    in_heading: bool = False
    cue: bool = False      # a cue word of the concept, not one of its names


@dataclass(frozen=True)
class RelatedArticle:
    slug: str
    score: float
    shared: tuple[str, ...]   # concept ids both discuss


@dataclass(frozen=True)
class ArticleLinks:
    """What the link stage adds to one article."""
    tags: tuple[str, ...]                    # concept ids the article discusses
    mentions: tuple[Mention, ...]
    first_mentions: dict[str, str] = field(default_factory=dict)  # concept id -> point id
    related: tuple[RelatedArticle, ...] = ()


@dataclass(frozen=True)
class Site:
    articles: tuple[Article, ...]
    links: dict[str, ArticleLinks]           # by article slug
    concepts: tuple[Concept, ...]
    categories: tuple[Category, ...]
    skipped: tuple[Skipped, ...]
