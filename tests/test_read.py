"""Read stage: bytes of any encoding -> text, or a Skipped with a reason a person can act on."""
from __future__ import annotations

import gzip
import random
import time
from pathlib import Path

import pytest

import _paths  # noqa: F401
from kb.model import RawArticle, Skipped
from kb.read import decode_article, read_articles

ZH = "电子商务的核心是用户体验。消费升级让品牌建设变得更加重要。\n商家必须提高产品质量和售后服务水平，才能赢得回头客。\n"
EN = ("Sellers must understand what their customers want before they decide what to stock.\n"
      "Traffic is expensive, so every visitor must be treated as a guest.\n")


def decoded(data: bytes, source: str = "a.txt") -> RawArticle:
    result = decode_article(source, data)
    assert isinstance(result, RawArticle), f"expected text, got {result}"
    return result


def skipped(data: bytes, source: str = "a.txt") -> Skipped:
    result = decode_article(source, data)
    assert isinstance(result, Skipped), f"expected a skip, got text {result.text[:80]!r}"
    assert result.source == source
    return result


def test_utf8_with_bom_is_decoded_and_the_bom_dropped() -> None:
    article = decoded(b"\xef\xbb\xbf" + EN.encode("utf-8"))
    assert article.text == EN
    assert "\ufeff" not in article.text


def test_utf8_bom_chinese_text_is_decoded() -> None:
    assert decoded(b"\xef\xbb\xbf" + ZH.encode("utf-8")).text == ZH


def test_crlf_and_lone_cr_line_endings_become_newlines() -> None:
    crlf = decoded(EN.replace("\n", "\r\n").encode("utf-8"))
    cr = decoded(EN.replace("\n", "\r").encode("utf-8"))
    assert crlf.text == cr.text == EN
    assert "\r" not in crlf.text


def test_crlf_and_lf_copies_have_the_same_digest_so_duplicates_are_found() -> None:
    assert decoded(EN.replace("\n", "\r\n").encode()).digest == decoded(EN.encode()).digest


@pytest.mark.parametrize("encoding", ["gbk", "gb18030"])
def test_legacy_chinese_encodings_decode_without_mojibake(encoding: str) -> None:
    article = decoded(ZH.encode(encoding))
    assert article.text == ZH
    assert article.encoding in {"gbk", "gb18030"}


def test_short_gbk_text_is_not_taken_for_korean() -> None:
    assert decoded("消费升级".encode("gbk")).text == "消费升级\n"


@pytest.mark.parametrize("text, encoding", [
    ("第一，“用户思维”；第二，“数据思维”；第三，“场景思维”……总之，要与时俱进——别掉队。\n", "gbk"),
    ("“品牌”、“流量”、“内容”——三者缺一不可……\n", "gbk"),
    ("生僻字𠀀与欧元符号€都要保留。\n", "gb18030"),
], ids=["gbk-quotes-ellipsis-dash", "gbk-short-quotes", "gb18030-four-byte"])
def test_chinese_punctuation_and_rare_characters_do_not_make_text_binary(text: str,
                                                                         encoding: str) -> None:
    # “ ” …… —— are ordinary Chinese punctuation (outside U+4E00-9FFF); 𠀀 needs 4 bytes.
    assert decoded(text.encode(encoding)).text == text


def test_gbk_text_mixing_english_and_chinese_decodes() -> None:
    text = "E-commerce in China 电子商务 is growing. 消费升级 means consumption upgrade.\n" * 3
    assert decoded(text.encode("gbk")).text == text


def test_gbk_and_utf8_copies_of_the_same_text_have_the_same_digest() -> None:
    assert decoded(ZH.encode("gbk")).digest == decoded(ZH.encode("utf-8")).digest


def test_big5_traditional_chinese_decodes() -> None:
    text = "電子商務的發展趨勢：消費升級與新零售。用戶體驗越來越重要。\n"
    assert decoded(text.encode("big5")).text == text


def test_five_megabyte_file_decodes_in_reasonable_time() -> None:
    line = ("E-commerce platforms must focus on user experience and product quality in the era "
            "of consumption upgrading, or buyers will go elsewhere. ") * 6
    text = (line.strip() + "\n") * (5 * 2**20 // len(line) + 1)
    data = text.encode("utf-8")
    assert len(data) >= 5 * 2**20
    started = time.perf_counter()
    article = decoded(data)
    assert time.perf_counter() - started < 5
    assert article.text == text


def test_single_200_kb_line_decodes_as_one_line() -> None:
    line = ("Sellers who listen to buyers win, and sellers who only cut prices lose. " * 3000)
    line = line[: 200 * 1024].rsplit(" ", 1)[0]
    article = decoded(line.encode("utf-8"))
    assert article.text == line + "\n"
    assert article.text.count("\n") == 1


def test_empty_file_is_skipped_as_empty() -> None:
    assert "empty" in skipped(b"").reason


@pytest.mark.parametrize("data", [b" ", b"   \n\t\n  \r\n", b"\xef\xbb\xbf  \n", "\u3000\n".encode()],
                         ids=["space", "mixed-whitespace", "bom-and-spaces", "ideographic-space"])
def test_whitespace_only_file_is_skipped_as_whitespace(data: bytes) -> None:
    assert "whitespace" in skipped(data).reason


def _random_bytes(n: int, seed: int, low: int = 0) -> bytes:
    rng = random.Random(seed)
    return bytes(rng.randrange(low, 256) for _ in range(n))


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n" + _random_bytes(3000, 1),
    b"\x7fELF\x02\x01\x01" + b"\x00" * 200,
    gzip.compress(b"hello world " * 400, mtime=0),
    _random_bytes(5000, 2, low=1),          # no NUL byte at all
    "a text with\x00NULs inside\x00".encode("utf-16-le"),
], ids=["png", "elf", "gzip", "random-no-nul", "utf16-no-bom"])
def test_binary_data_is_skipped_with_a_clear_reason(data: bytes) -> None:
    reason = skipped(data).reason
    assert "binary" in reason or "undecodable" in reason


def test_cp1252_text_with_accents_and_curly_quotes_decodes() -> None:
    text = "The café’s crème brûlée was “très” good — 5 € a plate.\nNaïve résumé, señor.\n"
    article = decoded(text.encode("cp1252"))
    assert article.text == text


@pytest.mark.parametrize("text", [
    "It’s the seller’s job; don’t wait for the platform’s traffic.\nWe’re sure buyers won’t stay.\n",
    "Père Noël était très célèbre.\n",
], ids=["apostrophes", "french"])
def test_cp1252_text_is_not_misread_as_chinese(text: str) -> None:
    # Each cp1252 byte above 0x7F here is followed by a letter, which also makes a valid
    # GB18030 pair; the text must still come out as typed, not as CJK mojibake.
    article = decoded(text.encode("cp1252"))
    assert article.text == text, f"decoded as {article.encoding}: {article.text!r}"


def test_read_articles_takes_txt_files_in_name_order_and_reports_skips(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "a.txt").write_bytes(ZH.encode("gbk"))
    (tmp_path / "c.txt").write_bytes(b"")
    (tmp_path / "notes.md").write_text(EN, encoding="utf-8")
    (tmp_path / "folder.txt").mkdir()
    articles, skips = read_articles(tmp_path)
    assert [a.source for a in articles] == ["a.txt", "b.txt"]
    assert [(s.source, "empty" in s.reason) for s in skips] == [("c.txt", True)]


def test_gb18030_english_text_with_two_chinese_words_and_a_caption_triangle_decodes() -> None:
    # Set 105: four Chinese characters, two dashes and a "▲" in an English article.
    text = ("▲ The live room of a tea shop at night\nIn my opinion, 直播 is only a tool — and "
            "店播 every day is steadier — than a big anchor.\n"
            + "Sellers must understand what their customers want before they decide what to "
              "put on the shelf, and the store must be honest about its goods.\n" * 8)
    assert decoded(text.encode("gb18030")).text == text
