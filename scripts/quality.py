#!/usr/bin/env python3
"""Quality: build evaluation sets of unseen-kind articles and compare the pages with an
editor's gold standard. Prints one row per set and a total.

    python scripts/quality.py [SET ...] [--details]

A set is a folder with articles/NAME.txt (raw scraped text) and gold/NAME.yml, written by a
careful human editor who never saw the code (tests/quality/README.md says how and with what
fields). Without SET, every set under tests/quality/ is scored. Columns:

  boilerplate left   gold boilerplate strings still readable on the page (also as a heading)
  sentences lost     gold sentences not on the page word for word (after the glossary; an
                     inline enumeration split into a list counts as kept)
  headings found     gold headings among the page's headings / page headings that are gold
  repairs            eaten "trans" words restored / keep words damaged
  idioms             machine-translation idioms of the gold corrected by the glossary
  tags found/other   the editor's tags the page has / the page's tags the editor did not give,
                     with concept profiles and tag model learned from the other sets only
  tag bar            articles with >= 90% of the editor's tags and <= 20% others (issue 4)

--details lists every problem per article. The pipeline runs as `scripts/build_kb.py
--articles SET/articles --docs TMP`, so what is scored is the Markdown a reader is shown.
"""
from __future__ import annotations

import argparse
import html
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SETS = ROOT / "tests" / "quality"
sys.path.insert(0, str(ROOT / "scripts"))
from kb.editorial import Editorial, load_editorial  # noqa: E402
from kb.concepts import build_matcher  # noqa: E402
from kb.repair import apply_glossary  # noqa: E402
from kb.text import sentences  # noqa: E402
from learn_profiles import examples, learn_all, write_profiles  # noqa: E402

BULLET = re.compile(r"^\s*[-|·•*◆▶■►]+\s*")
INLINE_ENUMERATOR = re.compile(r"(?<=[\s:：;；])\(?\d{1,2}[.、)](?!\d)\s*")   # not "0.5 yuan"


@dataclass
class Page:
    title: str
    tags: set[str]
    headings: list[str]
    lines: list[str]


@dataclass
class Score:
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(
        "bp bp_left sent sent_lost head head_found out_head out_head_ok rep rep_ok keep "
        "keep_bad idiom idiom_ok tag_gold tag_found tag_out tag_other articles tag_bar".split(), 0))
    problems: dict[str, list[str]] = field(default_factory=dict)

    def add(self, other: Score) -> None:
        for key, value in other.counts.items():
            self.counts[key] += value
        self.problems.update(other.problems)


def normalise(text: str) -> str:
    text = text.translate(str.maketrans("\u2018\u2019\u201c\u201d", "''\"\""))
    return re.sub(r"\s+", " ", text).strip().lower()


def read_page(markdown: Path) -> tuple[str, Page]:
    """The source file name and what a reader sees of one article page: title, tags, headings
    and text lines, without permalinks, link targets, markup or the Related articles block."""
    _, front, body = markdown.read_text(encoding="utf-8").split("---\n", 2)
    meta = yaml.safe_load(front)
    body = body.split("\n## Related articles")[0].split("\n---\n")[0]
    headings, lines = [], []
    for line in body.split("\n"):
        if line.startswith(("**Concepts:**", "# ")):
            continue
        heading = re.match(r"#{2,6} (.*?)(?: \{ #[^}]*\})?$", line)
        if heading:
            headings.append(html.unescape(re.sub(r"<[^>]+>", "", heading.group(1))))
            continue
        line = re.sub(r'<a class="kb-permalink"[^>]*>¶</a>', "", line)
        line = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", line)
        line = html.unescape(re.sub(r"<[^>]+>", "", line)).replace("\\", "").strip()
        if line:
            lines.append(line)
    return meta["source"], Page(meta["title"], set(meta.get("tags") or []), headings, lines)


def build_pages(articles: Path, docs: Path, editorial_dir: Path = ROOT / "editorial"
                ) -> dict[str, Page]:
    run = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_kb.py"),
                          "--articles", str(articles), "--docs", str(docs),
                          "--editorial", str(editorial_dir)],
                         capture_output=True, text=True)
    if run.returncode:
        sys.exit(f"build of {articles} failed:\n{run.stdout}{run.stderr}")
    return dict(read_page(md) for md in sorted((docs / "articles").glob("*.md"))
                if md.name != "index.md")


def score_article(gold: dict, page: Page, editorial: Editorial) -> Score:
    def corrected(text: object) -> str:
        """The gold's text as the glossary corrects it: the editors leave idioms as written."""
        return normalise(apply_glossary(str(text), editorial, []))

    score, problems = Score(), []
    count = score.counts
    page_lines = [normalise(line) for line in page.lines + page.headings]
    text = " ".join(page_lines + [normalise(page.title)])

    # What the editor kept: a piece of boilerplate may repeat it (a table of contents repeats
    # the headings), and is left only if the page has it more often than that.
    gold_lines = [corrected(x) for x in (gold.get("sentences") or []) + (gold.get("headings") or [])]
    expected = " ".join(gold_lines + [corrected(gold.get("title") or "")])

    def more_than_kept(piece: str) -> bool:
        if len(piece.split()) >= 4:
            return text.count(piece) > expected.count(piece)
        # A short piece ("Home", "Share") counts only as a whole line: the word itself may
        # well occur in the prose.
        same = lambda line: line.strip(" .:;") == piece.strip(" .:;")  # noqa: E731
        return sum(map(same, page_lines)) > sum(map(same, gold_lines))

    for piece in gold.get("boilerplate") or []:
        count["bp"] += 1
        wanted = corrected(BULLET.sub("", str(piece)))
        unnumbered = re.sub(r"^\(?\d{1,2}\)?[.,、:]?\s*", "", wanted)
        # A piece of several sentences is left when any one of them is: removing the ad of
        # a line and keeping its greeting is not removing the piece.
        parts = [normalise(x) for x in sentences(wanted)] if len(sentences(wanted)) > 1 else []
        left = more_than_kept(wanted) or any(
            more_than_kept(part) for part in parts if len(part.split()) >= 4)
        if left or (unnumbered != wanted and len(unnumbered.split()) >= 3
                    and more_than_kept(unnumbered)):
            count["bp_left"] += 1
            problems.append(f"boilerplate left: {piece}")

    for sentence in gold.get("sentences") or []:
        count["sent"] += 1
        wanted = corrected(sentence)
        if wanted not in text and INLINE_ENUMERATOR.sub("", wanted) not in text:
            count["sent_lost"] += 1
            problems.append(f"sentence lost: {sentence}")

    def heading_key(heading: object) -> str:
        return corrected(heading).strip(" ;:.,。；：")
    gold_headings = [heading_key(h) for h in gold.get("headings") or []]
    page_headings = [heading_key(h) for h in page.headings]
    for heading in gold_headings:
        count["head"] += 1
        if heading in page_headings:
            count["head_found"] += 1
        else:
            problems.append(f"heading missed: {heading}")
    for heading in page_headings:
        count["out_head"] += 1
        if heading in gold_headings:
            count["out_head_ok"] += 1
        else:
            problems.append(f"heading extra: {heading}")
    if normalise(page.title) != corrected(gold.get("title") or ""):
        problems.append(f"title: page {page.title!r}, gold {gold.get('title')!r}")

    def has(word: str, within: str = text) -> bool:
        return re.search(rf"\b{re.escape(word)}\b", within, re.IGNORECASE) is not None
    # A word inside a glossary idiom is rightly replaced with it ("transformation rate" ->
    # "conversion rate"), so a restored or kept word is looked for only where the editor's
    # own text, once corrected, still has it.
    for repair in gold.get("repairs") or []:
        eaten, restored = (part.strip() for part in str(repair).split("->"))
        count["rep"] += 1
        if has(eaten) or (has(restored, expected) and not has(restored)):
            problems.append(f"repair not made: {repair}")
        else:
            count["rep_ok"] += 1
    for word in gold.get("keep_words") or []:
        count["keep"] += 1
        if has(str(word), expected) and not has(str(word)):
            count["keep_bad"] += 1
            problems.append(f"keep word damaged: {word}")
    for idiom in gold.get("idioms") or []:
        count["idiom"] += 1
        if has(str(idiom).split("->")[0].strip()):
            problems.append(f"idiom left: {idiom}")
        else:
            count["idiom_ok"] += 1

    label_to_id = {c.label: c.id for c in editorial.concepts}
    gold_tags, page_tags = set(gold.get("tags") or []), {label_to_id[t] for t in page.tags}
    found, other = gold_tags & page_tags, page_tags - gold_tags
    count.update(tag_gold=len(gold_tags), tag_found=len(found), tag_out=len(page_tags),
                 tag_other=len(other), articles=1)
    count["tag_bar"] = int(len(found) >= 0.9 * len(gold_tags) and len(other) <= 0.2 * len(page_tags))
    if gold_tags - page_tags or other:
        problems.append(f"tags missing {sorted(gold_tags - page_tags)}, other {sorted(other)}")
    score.problems[page.title] = problems
    return score


def score_set(folder: Path, editorial: Editorial, examples: list | None = None) -> Score:
    """The set's figures. With examples (learn_profiles.examples), tags are scored with
    concept profiles and a tag model learned from the other sets only (editorial/profiles.yml
    was learned from all of them, this one included)."""
    with tempfile.TemporaryDirectory(prefix="kb-quality-") as work:
        editorial_dir = ROOT / "editorial"
        if examples is not None:
            editorial_dir = Path(work) / "editorial"
            shutil.copytree(ROOT / "editorial", editorial_dir)
            write_profiles(editorial_dir / "profiles.yml", learn_all(
                examples, build_matcher(editorial.concepts),
                sorted(c.id for c in editorial.concepts), outside=[folder.name]))
        pages = build_pages(folder / "articles", Path(work) / "docs", editorial_dir)
    total = Score()
    for gold_file in sorted((folder / "gold").glob("*.yml")):
        source = gold_file.stem + ".txt"
        if source not in pages:
            total.problems[source] = ["no page built"]
            continue
        gold = yaml.safe_load(gold_file.read_text(encoding="utf-8"))
        article = score_article(gold, pages[source], editorial)
        article.problems = {f"{source} ({title})": p for title, p in article.problems.items()}
        total.add(article)
    return total


def row(name: str, score: Score) -> str:
    c = score.counts
    pct = lambda part, whole: f"{part / whole:.0%}" if whole else "-"  # noqa: E731
    return (f"{name:<8} {c['bp_left']:>3}/{c['bp']:<4} {c['sent_lost']:>3}/{c['sent']:<5} "
            f"{c['head_found']:>3}/{c['head']:<3} {c['out_head_ok']:>3}/{c['out_head']:<4} "
            f"{c['rep_ok']:>3}/{c['rep']:<3} {c['keep_bad']:>2}/{c['keep']:<4} "
            f"{c['idiom_ok']:>3}/{c['idiom']:<4} {pct(c['tag_found'], c['tag_gold']):>5} "
            f"{pct(c['tag_other'], c['tag_out']):>5}  {c['tag_bar']:>2}/{c['articles']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="*", type=Path, help="set folders (default: all in tests/quality)")
    parser.add_argument("--details", action="store_true", help="list every problem per article")
    args = parser.parse_args()
    folders = args.sets or sorted((p for p in SETS.iterdir() if (p / "gold").is_dir()),
                                  key=lambda p: (len(p.name), p.name))
    editorial = load_editorial(ROOT / "editorial", learned=False)
    print("set      boilerplate sentences  headings    repairs  keep    idioms   tags  "
          "tags  tag\n         left        lost       found right made     damaged fixed    "
          "found other bar")
    total, learned_from = Score(), examples(editorial)
    for folder in folders:
        score = score_set(folder, editorial, learned_from)
        total.add(score)
        print(row(folder.name, score))
        if args.details:
            for article, problems in score.problems.items():
                if problems:
                    print(f"  {article}")
                    print("".join(f"    {p}\n" for p in problems), end="")
    if len(folders) > 1:
        print(row("all", total))


if __name__ == "__main__":
    main()
