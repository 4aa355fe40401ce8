"""Invalid editorial data stops the build with a message that names the file and the line."""
from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

import _paths  # noqa: F401
import sitebuild
from kb.editorial import load_editorial


def test_the_projects_editorial_data_is_valid() -> None:
    editorial = load_editorial(_paths.EDITORIAL)
    assert editorial.concepts and editorial.categories and editorial.corrections


def build_with(tmp_path: Path, file: str, edit) -> tuple[subprocess.CompletedProcess[str], Path]:
    project = sitebuild.make_project(tmp_path)
    path = project / "editorial" / file
    path.write_text(edit(path.read_text(encoding="utf-8")), encoding="utf-8")
    return sitebuild.run_pipeline(project), path


def append_concept(entry: str):
    """Append entry (YAML lines of one list item) to concepts.yml; remember its first line."""
    def edit(text: str) -> str:
        append_concept.line = text.count("\n") + 1 + (0 if text.endswith("\n") else 1)
        return text + ("" if text.endswith("\n") else "\n") + entry
    return edit


def assert_names_file_and_line(result: subprocess.CompletedProcess[str], path: Path,
                               line: int, *words: str) -> None:
    assert result.returncode != 0, result.stdout
    assert result.returncode == 2
    assert f"{path}:{line}:" in result.stderr, result.stderr
    for word in words:
        assert word in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    assert not (path.parent.parent / "docs" / ".kb-generated").exists(), "nothing is written"


def test_invalid_yaml_names_file_and_line(tmp_path: Path) -> None:
    result, path = build_with(tmp_path, "concepts.yml", append_concept(
        "  - id: broken-entry\n    label: Broken: entry\n    definition: x\n"))
    assert_names_file_and_line(result, path, append_concept.line + 1, "invalid YAML")


def test_unclosed_bracket_names_file_and_a_line_at_or_after_it(tmp_path: Path) -> None:
    result, path = build_with(tmp_path, "concepts.yml", append_concept(
        "  - id: broken-entry\n    aliases: [unclosed\n    definition: x\n"))
    assert result.returncode == 2
    assert any(f"{path}:{n}:" in result.stderr for n in range(append_concept.line + 1,
                                                               append_concept.line + 4)), \
        result.stderr


@pytest.mark.parametrize("alias", ["Price battle", "price-battle", "PRICE  BATTLE"])
def test_alias_claimed_by_two_concepts_names_file_line_and_both_concepts(tmp_path: Path,
                                                                        alias: str) -> None:
    result, path = build_with(tmp_path, "concepts.yml", append_concept(
        f"  - id: cheap-pricing\n    label: Cheap pricing\n    aliases: [{alias}]\n"
        "    definition: Selling for less.\n    category: consumers-and-markets\n"))
    assert_names_file_and_line(result, path, append_concept.line, "cheap-pricing", "price-war")


def test_label_equal_to_another_concepts_alias_is_refused(tmp_path: Path) -> None:
    result, path = build_with(tmp_path, "concepts.yml", append_concept(
        "  - id: price-battles\n    label: Price battle\n"
        "    definition: Selling for less.\n    category: consumers-and-markets\n"))
    assert_names_file_and_line(result, path, append_concept.line, "price-war")


@pytest.mark.parametrize("field", ["related", "broader"])
def test_reference_to_a_concept_that_does_not_exist_names_file_and_line(tmp_path: Path,
                                                                       field: str) -> None:
    result, path = build_with(tmp_path, "concepts.yml", append_concept(
        f"  - id: lonely\n    label: Lonely\n    definition: Alone.\n"
        f"    {field}: [no-such-concept]\n    category: consumers-and-markets\n"))
    assert_names_file_and_line(result, path, append_concept.line, "lonely", "no-such-concept")


@pytest.mark.parametrize("label_line", ["", "    label: ''\n", "    label:\n"],
                         ids=["absent", "empty", "null"])
def test_missing_label_names_file_and_line(tmp_path: Path, label_line: str) -> None:
    result, path = build_with(tmp_path, "concepts.yml", append_concept(
        f"  - id: nameless\n{label_line}    definition: Has no label.\n"
        "    category: consumers-and-markets\n"))
    assert_names_file_and_line(result, path, append_concept.line, "label")


def test_duplicate_concept_id_names_both_lines(tmp_path: Path) -> None:
    result, path = build_with(tmp_path, "concepts.yml", append_concept(
        "  - id: price-war\n    label: Price fight club\n    definition: Again.\n"
        "    category: consumers-and-markets\n"))
    first = path.read_text(encoding="utf-8").splitlines().index("  - id: price-war") + 1
    assert_names_file_and_line(result, path, append_concept.line, "price-war", f"line {first}")


def test_unknown_category_names_file_and_line(tmp_path: Path) -> None:
    result, path = build_with(tmp_path, "concepts.yml", append_concept(
        "  - id: orphan\n    label: Orphan\n    definition: No home.\n    category: nowhere\n"))
    assert_names_file_and_line(result, path, append_concept.line, "nowhere")


def test_concept_entry_that_is_not_a_mapping_names_file_and_line(tmp_path: Path) -> None:
    result, path = build_with(tmp_path, "concepts.yml", append_concept("  - price-war-two\n"))
    assert_names_file_and_line(result, path, append_concept.line, "mapping")


def test_bad_regular_expression_in_a_cue_list_names_its_own_line(tmp_path: Path) -> None:
    cue = "  - '\\bcopyright\\b|©'"

    def edit(text: str) -> str:
        edit.line = text.splitlines().index(cue) + 1
        return text.replace(cue, "  - '(unclosed'")
    result, path = build_with(tmp_path, "boilerplate.yml", edit)
    assert_names_file_and_line(result, path, edit.line, "regular expression")


def test_bad_regular_expression_in_a_pattern_entry_names_its_line(tmp_path: Path) -> None:
    def edit(text: str) -> str:
        lines = text.splitlines()
        index = next(i for i, ln in enumerate(lines) if ln.startswith("  - pattern:"))
        edit.line = index + 1
        lines[index] = "  - pattern: '[unclosed'"
        return "\n".join(lines) + "\n"
    result, path = build_with(tmp_path, "boilerplate.yml", edit)
    assert_names_file_and_line(result, path, edit.line, "regular expression")


def test_a_pattern_flag_that_is_not_true_or_false_names_its_line(tmp_path: Path) -> None:
    def edit(text: str) -> str:
        lines = text.splitlines()
        index = next(i for i, ln in enumerate(lines) if ln.strip() == "caption_under: true")
        edit.line = next(i for i in range(index, -1, -1) if lines[i].startswith("  - pattern:")) + 1
        lines[index] = "    caption_under: sometimes"
        return "\n".join(lines) + "\n"
    result, path = build_with(tmp_path, "boilerplate.yml", edit)
    assert_names_file_and_line(result, path, edit.line, "caption_under")


def test_a_cue_that_is_also_a_name_is_refused(tmp_path: Path) -> None:
    result, path = build_with(tmp_path, "concepts.yml", append_concept(
        "  - id: cheap-pricing\n    label: Cheap pricing\n    cues: [price battle]\n"
        "    definition: Selling for less.\n    category: consumers-and-markets\n"))
    assert_names_file_and_line(result, path, append_concept.line, "price battle", "price-war")


# --- tags set by an editor (editorial/tags.yml) ---------------------------------------------

MICRO = "003_7dd9bc383e2eb800.txt"   # the seed on WeChat business


def set_tags(entry: str):
    """Replace the empty mapping of tags.yml with entry; remember the line of its file name."""
    def edit(text: str) -> str:
        text = text.replace("{}\n", "")
        set_tags.line = text.count("\n") + 1
        return text + entry
    return edit


def test_editor_adds_and_removes_an_articles_tags(tmp_path: Path) -> None:
    result, path = build_with(tmp_path, "tags.yml", set_tags(
        f"{MICRO}:\n  add: [price-war]\n  remove: [content-e-commerce]\n"))
    assert result.returncode == 0, result.stderr
    docs = path.parent.parent / "docs"
    page = (docs / "articles" / "what-should-micro-traders-do-in-2016-keep-away-from-wechat.md"
            ).read_text(encoding="utf-8")
    tags_line = next(line for line in page.splitlines() if line.startswith("tags: "))
    assert '"Price war"' in tags_line and '"Content e-commerce"' not in tags_line
    assert '"WeChat business"' in tags_line   # the tagger's other tags stay
    price_war = (docs / "concepts" / "price-war.md").read_text(encoding="utf-8")
    assert "what-should-micro-traders-do-in-2016-keep-away-from-wechat" in price_war


def test_tag_edit_naming_an_unknown_concept_names_file_and_line(tmp_path: Path) -> None:
    result, path = build_with(tmp_path, "tags.yml", set_tags(f"{MICRO}:\n  add: [fan-economies]\n"))
    assert_names_file_and_line(result, path, set_tags.line, "fan-economies", MICRO)


def test_tag_edit_adding_and_removing_one_concept_is_refused(tmp_path: Path) -> None:
    result, path = build_with(tmp_path, "tags.yml", set_tags(
        f"{MICRO}:\n  add: [price-war]\n  remove: [price-war]\n"))
    assert_names_file_and_line(result, path, set_tags.line, "both added to and removed")


def test_tag_edit_that_is_not_add_or_remove_is_refused(tmp_path: Path) -> None:
    result, path = build_with(tmp_path, "tags.yml", set_tags(f"{MICRO}:\n  tags: [price-war]\n"))
    assert_names_file_and_line(result, path, set_tags.line, "'add' and/or 'remove'")


def test_tag_edit_for_an_article_that_is_not_there_warns_and_the_build_goes_on(
        tmp_path: Path) -> None:
    result, path = build_with(tmp_path, "tags.yml", set_tags(
        "renamed-article.txt:\n  add: [price-war]\n"))
    assert result.returncode == 0, result.stderr
    assert f"{path}:{set_tags.line}: no article 'renamed-article.txt'" in result.stderr


@pytest.mark.parametrize("under, entry", [
    ("concepts:", "  fans-economics:\n    fan: 0.5"),       # a profile
    ("classifiers:", "  fans-economics:\n    bias: -1.0\n    weights: {fan: 2.5}"),
    ("  prior:", "    fans-economics: -2.0")])             # the tag model's table
def test_a_profile_or_tag_model_of_an_unknown_concept_names_file_and_line(
        tmp_path: Path, under: str, entry: str) -> None:
    def edit(text: str) -> str:
        return text.replace(f"{under}\n", f"{under}\n{entry}\n", 1)
    result, path = build_with(tmp_path, "profiles.yml", edit)
    line = path.read_text(encoding="utf-8").splitlines().index(entry.split("\n")[0]) + 1
    assert_names_file_and_line(result, path, line, "unknown concept id 'fans-economics'")


def test_without_profiles_the_build_tags_by_names_alone(tmp_path: Path) -> None:
    project = sitebuild.make_project(tmp_path)
    (project / "editorial" / "profiles.yml").unlink()
    assert sitebuild.run_pipeline(project).returncode == 0


@pytest.mark.parametrize("cut", [
    lambda text: text[:text.index("\nmodel:")] + "\n",                             # the model
    lambda text: text[:text.index("classifiers:")] + text[text.index("concepts:"):],  # classifiers
    lambda text: text.replace("    bias: ", "    bias: x", 1)])   # a bias that is no number
def test_profiles_without_their_tag_model_or_classifiers_ask_for_a_relearn(
        tmp_path: Path, cut) -> None:
    result, path = build_with(tmp_path, "profiles.yml", cut)
    assert result.returncode == 2, result.stdout
    assert f"{path}:" in result.stderr and "rerun scripts/learn_profiles.py" in result.stderr
    assert "Traceback" not in result.stderr
