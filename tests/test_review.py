"""``briefs review``: the HTML page of a brief, checked as text and in a real headless Chromium.

The browser tests need Debian's ``chromium`` package (``.ci/run`` installs it); without it
they skip and say why. Nothing here downloads a browser.
"""

from __future__ import annotations

import json
import shutil
import struct
import subprocess
import zlib
from html.parser import HTMLParser
from pathlib import Path

import pytest

import pipeline
from pipeline.read import read_bytes
from pipeline.review.page import render_brief, render_review
from pipeline.run.writer import dumps

SEED = Path(__file__).resolve().parents[2] / "shared" / "briefs" / "000_10a2c147ad1383f6.txt"
CORPUS_BRIEF = Path(__file__).resolve().parents[1] / "corpus" / "001_sahel_jnim.txt"
REFERENCE_VIA = {"coref", "demonym"}

# A brief whose text is HTML: tags, entities, quotes, CRLF, a tab, non-ASCII characters and
# Unicode line separators (raw in the JSONL output, so it must be split on \n only).
EVIL = (
    "FIELD NOTE\n"
    "March 3, 2023\n"
    "Hezbollah <script>alert(1)</script> & Iran\n"
    "Bottom Line Up Front\n"
    "- Hezbollah is very likely to attack Israel. Iran supports Hezbollah, said Tom &amp; "
    "Jerry <b>\"hi\"</b> 'q' \U0001f642.\r\n"
    "The group <img src=x onerror=alert(2)> pledged to withdraw from Syria.\tIt will probably "
    "comply. </div></span><!-- not a comment --> ]]> {{ not jinja }} \u2028\u0085\n"
)
PLAIN = "Nothing happened here today, and nobody said anything about it.\n"

# Entity backgrounds in the template (.ent-GROUP, .ent-STATE, .ent-PERSON).
LABEL_RGB = {"GROUP": (0xFE, 0xCD, 0xD3), "STATE": (0xC7, 0xDB, 0xFE), "PERSON": (0xB5, 0xF0, 0xD3)}


class PageParser(HTMLParser):
    """Every start tag of the page, and the text and spans of ``#brief-text`` with offsets."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.spans: list[dict] = []  # {"start", "end", "classes", "attrs"} in brief offsets
        self._depth = 0  # > 0 inside #brief-text
        self._open: list[dict | None] = []
        self.ids: dict[str, dict[str, str | None]] = {}

    @property
    def brief_text(self) -> str:
        return "".join(self.text)

    def _offset(self) -> int:
        return sum(map(len, self.text))

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if attrs.get("id"):
            self.ids[attrs["id"]] = {"tag": tag, **attrs}
        if self._depth:
            self._depth += 1
            span = {"tag": tag, "start": self._offset(), "end": None,
                    "classes": set((attrs.get("class") or "").split()), "attrs": attrs}
            self.spans.append(span)
            self._open.append(span)
        elif attrs.get("id") == "brief-text":
            self._depth = 1

    def handle_endtag(self, tag):
        if not self._depth:
            return
        self._depth -= 1
        if self._depth:
            self._open.pop()["end"] = self._offset()

    def handle_data(self, data):
        if self._depth:
            self.text.append(data)


def parse(page: str) -> PageParser:
    parser = PageParser()
    parser.feed(page)
    parser.close()
    return parser


def covered(parser: PageParser, start: int, end: int, cls: str) -> bool:
    """Is every character of [start, end) inside some span of class ``cls``?"""
    return all(any(s["start"] <= i < s["end"] and cls in s["classes"] for s in parser.spans)
               for i in range(start, end))


@pytest.fixture
def evil(tmp_path):
    path = tmp_path / "evil.txt"
    path.write_bytes(EVIL.encode("utf-8"))
    return path


@pytest.fixture(scope="module")
def evil_records(nlp):
    return pipeline.extract_text(EVIL, source="evil.txt", nlp=nlp)


# --------------------------------------------------------------------------- the page as text


def test_review_escapes_html_in_the_brief(evil, nlp):
    page = render_review(evil)
    assert "<script>alert" not in page and "<script" not in page
    assert "<img src=x" not in page and '<b>"hi"' not in page
    assert "&lt;b&gt;&#34;hi&#34;&lt;/b&gt;" in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "Tom &amp;amp; Jerry" in page
    assert "&lt;img src=x onerror=alert(2)&gt;" in page
    assert "{{ not jinja }}" in page  # brief text is data, never template source
    style = page.split("<style>", 1)[1].split("</style>", 1)[0]
    assert "alert" not in style and "Hezbollah" not in style  # CSS holds generated numbers only
    parser = parse(page)
    assert not [tag for tag, _ in parser.tags if tag in {"script", "img", "iframe", "object"}]
    assert {s["tag"] for s in parser.spans} == {"div", "span", "a"}  # the page's own markup only
    assert "<script>alert(1)</script>" in parser.brief_text


@pytest.mark.parametrize("which", ["evil", "corpus", "seed"])
def test_review_keeps_every_character_in_order(which, evil):
    path = {"evil": evil, "corpus": CORPUS_BRIEF, "seed": SEED}[which]
    if not path.exists():
        pytest.skip(f"{path} missing")
    text = read_bytes(path.read_bytes(), path.name).text
    parser = parse(render_review(path))
    assert parser.brief_text == text


def test_review_colours_mentions_by_label(evil, evil_records):
    parser = parse(render_review(evil))
    entities = [r for r in evil_records if r["kind"] == "entity"]
    assert {e["label"] for e in entities} >= {"GROUP", "STATE"}
    for entity in entities:
        for mention in entity["mentions"]:
            start, end = mention["start"], mention["end"]
            assert parser.brief_text[start:end] == mention["text"]
            assert covered(parser, start, end, f"ent-{entity['label']}"), mention
            spans = [s for s in parser.spans
                     if "ent" in s["classes"] and s["start"] < end and s["end"] > start]
            is_ref = mention["via"] in REFERENCE_VIA
            assert all(("ref" in s["classes"]) == is_ref for s in spans), mention
            for span in spans:
                assert entity["name"] in span["attrs"]["title"]
                assert span["attrs"]["data-entity"] == entity["id"]
    assert {s["attrs"]["data-entity"] for s in parser.spans if "ent" in s["classes"]} == {
        e["id"] for e in entities}


def test_review_marks_claims_and_lists_them(evil, evil_records):
    page = render_review(evil)
    parser = parse(page)
    claims = [r for r in evil_records if r["kind"] == "claim"]
    assert {c["type"] for c in claims} == {"assessment", "pledge", "relationship"}
    markers = [s for s in parser.spans if "mk" in s["classes"]]
    hrefs = [m["attrs"]["href"] for m in markers]
    assert hrefs == [f"#claim-{n}" for n in range(1, len(claims) + 1)]
    for n, claim in enumerate(claims, 1):
        cue = claim["cue"]
        assert covered(parser, cue["start"], cue["end"], f"cue-{claim['type']}"), claim["id"]
        assert covered(parser, claim["evidence"]["start"], claim["evidence"]["end"], "ev")
        marker = markers[n - 1]
        assert marker["start"] == marker["end"] == claim["evidence"]["end"]  # no text of its own
        assert marker["attrs"]["data-n"] == str(n) and claim["rule"] in marker["attrs"]["title"]
        card = parser.ids[f"claim-{n}"]
        assert f"claim-{claim['type']}" in card["class"]
        for value in (claim["id"], claim["rule"], claim["modality"], claim["polarity"]):
            assert value in page
        if claim["likelihood"]:
            assert claim["likelihood"]["band"] in page
        if claim["relation"]:
            assert claim["relation"] in page
    ev = [s for s in parser.spans if "ev" in s["classes"] and s["attrs"].get("id")]
    assert ev and all(s["attrs"]["title"] for s in ev)


def test_review_header_shows_the_document(evil, evil_records):
    page = render_review(evil)
    document = evil_records[0]
    for value in (document["source"], document["date"], document["publisher"],
                  document["patterns_version"], document["pipeline_version"]):
        assert value in page
    title = "Hezbollah &lt;script&gt;alert(1)&lt;/script&gt; &amp; Iran"
    assert f"<title>{title} · briefs review</title>" in page


def test_review_is_self_contained_and_deterministic(tmp_path, nlp):
    path = tmp_path / "001.txt"
    shutil.copy(CORPUS_BRIEF, path)
    page = render_review(path)
    assert page == render_review(path)
    parser = parse(page)
    assert {tag for tag, _ in parser.tags} <= {
        "html", "head", "meta", "title", "style", "body", "header", "p", "h1", "dl", "div", "dt",
        "dd", "span", "a", "main", "article", "aside", "details", "summary", "ul", "li", "code",
        "ol", "b", "footer"}
    assert all(attrs["href"].startswith("#") for tag, attrs in parser.tags if "href" in attrs)
    assert not [attrs for _, attrs in parser.tags if "src" in attrs]
    assert "url(" not in page and "@import" not in page
    assert "http://" not in page and "https://" not in page
    assert "Content-Security-Policy" in page


def test_review_with_no_entities_or_claims(tmp_path, nlp):
    path = tmp_path / "plain.txt"
    path.write_text(PLAIN, encoding="utf-8")
    page = render_review(path)
    parser = parse(page)
    assert parser.brief_text == PLAIN
    assert not [s for s in parser.spans if s["classes"] & {"ent", "cue", "ev", "mk"}]
    assert "No actors found." in page and "No claims found." in page


# --------------------------------------------------------------------------- from an output


def _extract_to(brief: Path, out_dir: Path, nlp) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    output = out_dir / f"{brief.stem}.jsonl"
    records = pipeline.extract_brief(read_bytes(brief.read_bytes(), brief.name), nlp)
    output.write_text(dumps(records), encoding="utf-8")
    return output


def test_review_of_an_output_finds_its_brief_in_corpus(tmp_path, evil, nlp):
    brief = tmp_path / "corpus" / "evil.txt"
    brief.parent.mkdir()
    shutil.copy(evil, brief)
    output = _extract_to(brief, tmp_path / "outputs", nlp)
    assert render_review(output) == render_review(brief)
    beside = _extract_to(brief, tmp_path / "beside", nlp)
    shutil.copy(evil, beside.parent / "evil.txt")
    assert render_review(beside) == render_review(brief)


def test_review_of_an_output_needs_its_brief(tmp_path, evil, nlp):
    output = _extract_to(evil, tmp_path / "elsewhere" / "out", nlp)
    with pytest.raises(ValueError, match="pass --brief"):
        render_review(output)
    assert render_review(output, brief=evil) == render_review(evil)


def test_review_refuses_a_brief_that_changed(tmp_path, evil, nlp):
    output = _extract_to(evil, tmp_path / "out", nlp)
    changed = tmp_path / "changed.txt"
    changed.write_text(EVIL.replace("Hezbollah", "Hizballah"), encoding="utf-8")
    with pytest.raises(ValueError, match="sha256 differs"):
        render_review(output, brief=changed)
    shutil.copy(changed, output.parent / "evil.txt")
    with pytest.raises(ValueError, match="sha256 differs.*pass --brief"):
        render_review(output)


def test_review_rejects_what_is_not_a_brief_or_an_output(tmp_path, evil):
    other = tmp_path / "notes.csv"
    other.write_text("a,b\n", encoding="utf-8")
    with pytest.raises(ValueError, match="expected a brief"):
        render_review(other)
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"kind": "document"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match="not an output record"):
        render_review(broken)
    garbage = tmp_path / "garbage.jsonl"
    garbage.write_text("not json\n", encoding="utf-8")
    with pytest.raises(ValueError, match="garbage.jsonl:1"):
        render_review(garbage)
    with pytest.raises(ValueError, match="--brief is only for an output"):
        render_review(evil, brief=evil)


def test_review_refuses_offsets_that_do_not_fit(evil, evil_records):
    records = [dict(r) for r in evil_records]
    entity = next(i for i, r in enumerate(records) if r["kind"] == "entity")
    mention = dict(records[entity]["mentions"][0], start=0, end=9)
    records[entity] = dict(records[entity], mentions=[mention])
    brief = read_bytes(EVIL.encode(), "evil.txt")
    with pytest.raises(ValueError, match="does not match the brief"):
        render_brief(brief, records)


def test_review_cli_writes_the_page(tmp_path, evil, nlp):
    from typer.testing import CliRunner

    from pipeline.cli import app

    html = tmp_path / "page" / "evil.html"
    result = CliRunner().invoke(app, ["review", str(evil), "--html", str(html)])
    assert result.exit_code == 0, result.output
    assert html.read_bytes().decode("utf-8") == render_review(evil)
    output = _extract_to(evil, tmp_path / "lonely", nlp)
    result = CliRunner().invoke(app, ["review", str(output), "--html", str(tmp_path / "x.html")])
    assert result.exit_code == 1
    assert "pass --brief" in result.output + (result.stderr or "")
    assert not (tmp_path / "x.html").exists()


# --------------------------------------------------------------------------- in a real browser


def _find_chromium() -> str | None:
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None


@pytest.fixture(scope="module")
def chromium():
    found = _find_chromium()
    if found is None:
        pytest.skip("no Chromium installed (no `chromium` on PATH, no /usr/bin/chromium): the "
                    "browser test of the review page needs Debian's chromium package, which "
                    ".ci/run installs")
    return found


def _run_chromium(chromium: str, tmp: Path, *args: str) -> subprocess.CompletedProcess:
    profile = tmp / "chromium-profile"
    profile.mkdir(exist_ok=True)
    command = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
               "--no-first-run", "--disable-background-networking", "--disable-component-update",
               "--disable-sync", "--hide-scrollbars", f"--user-data-dir={profile}", *args]
    try:
        result = subprocess.run(command, capture_output=True, timeout=120, check=False)
    except subprocess.TimeoutExpired as exc:  # pragma: no cover - a hung browser
        pytest.fail(f"chromium timed out: {' '.join(command)}\n{exc.stderr!r}")
    assert result.returncode == 0, result.stderr.decode(errors="replace")[-2000:]
    return result


def _dom(chromium: str, tmp: Path, page: Path) -> str:
    return _run_chromium(chromium, tmp, "--dump-dom", page.as_uri()).stdout.decode("utf-8")


def _screenshot(chromium: str, tmp: Path, page: Path) -> Path:
    png = tmp / f"{page.stem}.png"
    _run_chromium(chromium, tmp, f"--screenshot={png}", "--window-size=1280,2000", page.as_uri())
    return png


def read_png(path: Path) -> tuple[int, int, int, list[bytes]]:
    """(width, height, channels, rows) of an 8-bit RGB/RGBA PNG: Pillow when installed, else
    a minimal decoder (enough for Chromium's screenshots)."""
    try:
        from PIL import Image
    except ImportError:
        pass
    else:
        with Image.open(path) as image:
            rgb = image.convert("RGB")
            w, h = rgb.size
            data = rgb.tobytes()
            return w, h, 3, [data[y * w * 3:(y + 1) * w * 3] for y in range(h)]
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, header = 8, [], None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
    assert header is not None
    width, height, depth, colour, _, _, interlace = header
    assert depth == 8 and colour in (2, 6) and interlace == 0, header
    ch = 3 if colour == 2 else 4
    raw = zlib.decompress(b"".join(idat))
    stride = width * ch
    rows, prev = [], bytearray(stride)
    for y in range(height):
        at = y * (stride + 1)
        kind, cur = raw[at], bytearray(raw[at + 1:at + 1 + stride])
        if kind == 1:
            for x in range(ch, stride):
                cur[x] = (cur[x] + cur[x - ch]) & 255
        elif kind == 2:
            cur = bytearray((a + b) & 255 for a, b in zip(cur, prev, strict=True))
        elif kind == 3:
            for x in range(stride):
                cur[x] = (cur[x] + (((cur[x - ch] if x >= ch else 0) + prev[x]) >> 1)) & 255
        elif kind == 4:
            for x in range(stride):
                a = cur[x - ch] if x >= ch else 0
                b, c = prev[x], (prev[x - ch] if x >= ch else 0)
                pa, pb, pc = abs(b - c), abs(a - c), abs(a + b - 2 * c)
                cur[x] = (cur[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(cur))
        prev = cur
    return width, height, ch, rows


def label_pixels(png: Path) -> dict[str, int]:
    """Pixels of each entity background colour in the left 60% (the brief, not the side panel)."""
    import numpy as np

    width, height, ch, rows = read_png(png)
    image = np.frombuffer(b"".join(rows), dtype=np.uint8).reshape(height, width, ch)
    image = image[:, : width * 6 // 10, :3].astype(np.int16)
    return {label: int((np.abs(image - np.array(rgb)).max(axis=2) <= 2).sum())
            for label, rgb in LABEL_RGB.items()}


@pytest.fixture(scope="module")
def baseline_pixels(chromium, tmp_path_factory, nlp):
    """Entity colours on a page without entities: the legend's share of the count."""
    tmp = tmp_path_factory.mktemp("review-baseline")
    brief = tmp / "plain.txt"
    brief.write_text(PLAIN, encoding="utf-8")
    page = tmp / "plain.html"
    page.write_text(render_review(brief), encoding="utf-8")
    return label_pixels(_screenshot(chromium, tmp, page))


def _check_in_browser(chromium: str, tmp: Path, brief: Path, baseline: dict[str, int]) -> Path:
    text = read_bytes(brief.read_bytes(), brief.name).text
    page = tmp / f"{brief.stem}.html"
    page.write_text(render_review(brief), encoding="utf-8")

    dom = parse(_dom(chromium, tmp, page))
    # the HTML parser turns CRLF and CR into LF; every other character must be there, in order
    assert dom.brief_text == text.replace("\r\n", "\n").replace("\r", "\n")
    assert not [tag for tag, _ in dom.tags if tag == "script"]
    assert [s for s in dom.spans if "ent" in s["classes"]]

    png = _screenshot(chromium, tmp, page)
    assert png.stat().st_size > 20_000, "screenshot too small to show the page"
    width, height, _, _ = read_png(png)
    assert (width, height) == (1280, 2000)
    records = pipeline.extract_text(text, source=brief.name)
    labels = {r["label"] for r in records if r["kind"] == "entity"}
    pixels = label_pixels(png)
    for label in labels:
        assert pixels[label] - baseline[label] > 400, (label, pixels, baseline)
    return png


def test_review_renders_a_brief_of_html_in_chromium(chromium, evil, tmp_path, baseline_pixels):
    _check_in_browser(chromium, tmp_path, evil, baseline_pixels)
    dom = parse(_dom(chromium, tmp_path, tmp_path / "evil.html"))
    assert "<script>alert(1)</script>" in dom.brief_text
    assert "<img src=x onerror=alert(2)>" in dom.brief_text
    assert not [tag for tag, _ in dom.tags if tag == "img"]
    assert {s["tag"] for s in dom.spans} == {"div", "span", "a"}


@pytest.mark.skipif(not SEED.exists(),
                    reason=f"seed brief {SEED} missing (../shared is not beside the project)")
def test_review_renders_the_seed_brief_in_chromium(chromium, tmp_path, baseline_pixels):
    png = _check_in_browser(chromium, tmp_path, SEED, baseline_pixels)
    pixels = label_pixels(png)
    for label in ("GROUP", "STATE", "PERSON"):
        assert pixels[label] - baseline_pixels[label] > 400, (label, pixels, baseline_pixels)


def _with_source(output: Path, source: str) -> None:
    """Rewrite an output's document record to say its brief is at ``source``."""
    lines = output.read_text(encoding="utf-8").split("\n")
    lines[0] = json.dumps({**json.loads(lines[0]), "source": source}, sort_keys=True, ensure_ascii=False)
    output.write_text("\n".join(lines), encoding="utf-8")


def test_review_of_an_output_finds_its_brief_at_its_recorded_source(tmp_path, evil, nlp):
    output = _extract_to(evil, tmp_path / "elsewhere" / "out", nlp)
    _with_source(output, str(evil.resolve()))
    assert render_review(output) == render_review(evil).replace("evil.txt", str(evil.resolve()))


def test_review_of_an_output_finds_its_brief_from_the_current_folder(tmp_path, evil, nlp, monkeypatch):
    output = _extract_to(evil, tmp_path / "elsewhere" / "out", nlp)
    monkeypatch.chdir(evil.parent)
    assert render_review(output) == render_review(evil)


def test_review_cli_html_folder_gets_the_stem(tmp_path, evil):
    from typer.testing import CliRunner

    from pipeline.cli import app

    folder = tmp_path / "pages"
    folder.mkdir()
    result = CliRunner().invoke(app, ["review", str(evil), "--html", str(folder)])
    assert result.exit_code == 0, result.output
    assert (folder / "evil.html").read_bytes().decode("utf-8") == render_review(evil)


def test_review_cli_html_path_ending_in_a_slash_is_a_new_folder(tmp_path, evil):
    from typer.testing import CliRunner

    from pipeline.cli import app

    result = CliRunner().invoke(app, ["review", str(evil), "--html", f"{tmp_path / 'new'}/"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "new" / "evil.html").read_bytes().decode("utf-8") == render_review(evil)


def test_review_cli_unwritable_page_is_one_line(tmp_path, evil):
    from typer.testing import CliRunner

    from pipeline.cli import app

    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    result = CliRunner().invoke(app, ["review", str(evil), "--html", str(blocker / "page.html")])
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)
    [line] = result.output.strip().splitlines()
    assert line.startswith(f"error: {blocker / 'page.html'}: cannot write (")


def test_review_shows_analytic_confidence(tmp_path, nlp):
    text = ("FIELD NOTE\nMarch 3, 2023\nHamas after the truce\n"
            "We assess with moderate confidence that Hamas will rearm.\n")
    path = tmp_path / "confidence.txt"
    path.write_text(text, encoding="utf-8")
    page = render_review(path)
    card = parse(page).ids["claim-1"]
    assert "claim-assessment" in card["class"]
    assert "moderate confidence" in page and "<dt>confidence</dt><dd>moderate" in page
