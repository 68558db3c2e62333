"""The HTML report (`check -f html`, `compare -f html`): structure, picture, escaping, no loads."""

from __future__ import annotations

import dataclasses
import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

from conftest import EXAMPLES, SAMPLE
from typer.testing import CliRunner

from wat_werkt.commands.app import app
from wat_werkt.engine.evaluate import Report
from wat_werkt.factorset.load import FactorSet, Texts
from wat_werkt.renderers import RENDERERS, RenderOptions
from wat_werkt.run.checker import check_text

PMTO = str(EXAMPLES / "pmto.yaml")
STEVIG = str(EXAMPLES / "stevig-ouderschap.yaml")
IDS = [f"G{i:02d}" for i in range(1, 12)] + [f"S{i:02d}" for i in range(1, 6)]
SVG = "{http://www.w3.org/2000/svg}"
LOADING = {
    "script",
    "img",
    "link",
    "iframe",
    "object",
    "embed",
    "video",
    "audio",
    "source",
    "base",
    "form",
}


@dataclasses.dataclass
class Node:
    tag: str
    attrs: dict[str, str]
    text: str = ""


class Collect(HTMLParser):
    """Every element with its attributes and the text directly inside it, plus all text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.nodes: list[Node] = []
        self.stack: list[Node] = []
        self.decl: list[str] = []
        self.texts: list[str] = []

    def handle_decl(self, decl: str) -> None:
        self.decl.append(decl)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {k: v or "" for k, v in attrs})
        self.nodes.append(node)
        if tag not in ("meta", "br", "col", "path", "rect", "circle"):
            self.stack.append(node)

    def handle_endtag(self, tag: str) -> None:
        while self.stack:
            if self.stack.pop().tag == tag:
                break

    def handle_data(self, data: str) -> None:
        self.texts.append(data)
        if self.stack:
            self.stack[-1].text += data

    def find(self, tag: str, cls: str | None = None) -> list[Node]:
        return [
            n for n in self.nodes if n.tag == tag and (cls is None or cls in n.attrs.get("class", "").split())
        ]

    @property
    def text(self) -> str:
        return "".join(self.texts)


def parse(html: str) -> Collect:
    parser = Collect()
    parser.feed(html)
    parser.close()
    return parser


def svgs(html: str) -> list[ET.Element]:
    """Each inline SVG, parsed as XML: it must be well-formed on its own."""
    return [ET.fromstring(m) for m in re.findall(r"<svg\b.*?</svg>", html, flags=re.DOTALL)]


def cli(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def statuses_of(path: str) -> dict[str, str]:
    out = cli("check", path, "-f", "json", "--fail-on", "never")[1]
    return {f["id"]: f["status"] for f in json.loads(out)["results"][0]["factors"]}


def assert_self_contained(doc: Collect) -> None:
    assert not [n.tag for n in doc.nodes if n.tag in LOADING]
    for node in doc.nodes:
        assert "src" not in node.attrs and "srcset" not in node.attrs
        assert not [a for a in node.attrs if a.startswith("on")], node
        href = node.attrs.get("href")
        if href is not None:
            assert href.startswith("#") or re.match(r"https?://", href), href
        assert "url(" not in node.attrs.get("style", "")
    styles = "".join(n.text for n in doc.find("style"))
    assert "url(" not in styles and "@import" not in styles and "@font-face" not in styles
    (csp,) = [n for n in doc.find("meta") if n.attrs.get("http-equiv") == "Content-Security-Policy"]
    assert "default-src 'none'" in csp.attrs["content"] and "script-src" not in csp.attrs["content"]


def test_check_html_structure() -> None:
    code, html, err = cli("check", str(SAMPLE), "-f", "html", "--lang", "en", "--fail-on", "never")
    assert (code, err) == (0, "")
    doc = parse(html)
    assert doc.decl == ["DOCTYPE html"]
    assert doc.find("html")[0].attrs["lang"] == "en"
    assert_self_contained(doc)
    assert [n.text for n in doc.find("h2")] == ["Voorbeeldtraining"]
    assert doc.find("title")[0].text == "Voorbeeldtraining"
    assert doc.find("p", "summary")[0].text == (
        "Groepstraining voor ouders van jonge kinderen met lichte opvoedingsvragen."
    )
    # One row per factor, its status as the badge's class, as in the JSON report.
    expected = statuses_of(str(SAMPLE))
    rows = [n for n in doc.find("tr") if n.attrs.get("id", "").startswith("i1-")]
    assert [r.attrs["id"] for r in rows] == [f"i1-{i}" for i in IDS]
    table = doc.nodes[doc.nodes.index(rows[0]) :]  # the factor table, after the overview and brief
    badges = [
        n.attrs["class"].split()[1]
        for n in table
        if n.tag == "span" and "badge" in n.attrs.get("class", "").split()
    ]
    assert badges[: len(IDS)] == [f"st-{expected[i]}" for i in IDS]
    # Advice for the gap and the partial factors, not for the others; tips apart.
    advice = [n for n in doc.find("p", "advice") if "tip" not in n.attrs["class"].split()]
    assert len(advice) == sum(s in ("gap", "partial") for s in expected.values())
    tips = [n for n in doc.find("p", "advice") if "tip" in n.attrs["class"].split()]
    assert tips and tips[0].text.strip().startswith("List the modules and the materials")
    # The source of the factors, in the footer.
    source = doc.text[doc.text.index("Source of the factors:") :]
    assert source.startswith(
        "Source of the factors: Wat werkt bij opvoedingsondersteuning, "
        "Nederlands Jeugdinstituut (NJi) — https://www.nji.nl/"
    )
    # The overview's matrix and key facts link to the file's section; the only other link is
    # the source's (the sample has no url of its own).
    assert [n.attrs["href"] for n in doc.find("a")] == [
        "#i1",
        "#i1",
        "https://www.nji.nl/opvoeden-en-opgroeien/wat-werkt-bij-opvoedingsondersteuning",
    ]


def test_check_html_picture_matches_the_statuses() -> None:
    html = cli("check", str(SAMPLE), "-f", "html", "--lang", "en")[1]
    expected = statuses_of(str(SAMPLE))
    (svg,) = svgs(html)
    assert svg.get("role") == "img" and "Voorbeeldtraining" in svg.get("aria-label", "")
    groups: dict[str, list[ET.Element]] = {}
    for g in svg.iter(f"{SVG}g"):
        groups.setdefault(g.get("class", "").split()[0], []).append(g)
    # The ring: the 11 general factors; the strip: the 5 specific ones; the legend: 6 statuses.
    assert (len(groups["seg"]), len(groups["tile"]), len(groups["key"])) == (11, 5, 6)
    for g, factor_id in zip(groups["seg"] + groups["tile"], IDS, strict=True):
        texts = [t.text for t in g.iter(f"{SVG}text")]
        status = expected[factor_id]
        assert g.get("class", "").split() == [g.get("class", "").split()[0], f"st-{status}"]
        # Readable without colour: the id and the status symbol are text in the picture.
        assert factor_id in texts
        assert {
            "strength": "✔",
            "partial": "◐",
            "gap": "✘",
            "not_described": "?",
            "not_applicable": "–",
            "waived": "⊘",
        }[status] in texts
        title = g.find(f"{SVG}title")
        assert title is not None and (title.text or "").startswith(factor_id)


HOSTILE = r"""name: "<script>alert(1)</script> \"quoted\" & 'single' \e[31m"
summary: "<img src=x onerror=alert(1)> & <b>more</b>"
url: "javascript:alert(1)"
provider: "<a href='https://evil.example'>x</a>"
curriculum:
  manual: "</svg><script>alert(2)</script>"
"""
HOSTILE_NAME = "<script>alert(1)</script> \"quoted\" & 'single' \\x1b[31m"


def test_hostile_text_is_escaped(tmp_path: Path) -> None:
    path = tmp_path / "hostile.yaml"
    path.write_text(HOSTILE, encoding="utf-8")
    for html in (
        cli("check", str(path), "-f", "html")[1],
        cli("compare", str(path), str(SAMPLE), "-f", "html")[1],
    ):
        doc = parse(html)
        assert_self_contained(doc)
        assert HOSTILE_NAME in [n.text for n in doc.find("h2")]
        assert "<img src=x onerror=alert(1)> & <b>more</b>" in [n.text for n in doc.find("p", "summary")]
        assert "</svg><script>alert(2)</script>" in doc.text  # shown as text in the evidence
        # javascript: is shown, not linked; the provider's markup is text.
        assert "javascript:alert(1)" in doc.text
        assert all(not n.attrs.get("href", "").startswith("javascript") for n in doc.nodes)
        assert "<a href='https://evil.example'>x</a>" in doc.text
        assert "\x1b" not in html
        for svg in svgs(html):  # still well-formed XML, the name in its label
            if HOSTILE_NAME in svg.get("aria-label", ""):
                break
        else:
            raise AssertionError("no picture carries the name")


def test_hostile_factor_set_text_is_escaped(builtin: FactorSet) -> None:
    evil = Texts(nl='<script>x()</script>"', en='<script>x()</script>"')
    factors = tuple(f._replace(title=evil, advice=evil) for f in builtin.factors)
    fs = builtin._replace(
        title=evil,
        factors=factors,
        source=(("document", "<i>doc</i>"), ("url", "javascript:y()")),
    )
    result = check_text("name: N\nsummary: S\nquality: {fidelity_monitoring: false}\n", "n.yaml", fs)
    html = RENDERERS["html"](Report(fs, (result,)), RenderOptions(lang="en"))
    doc = parse(html)
    assert_self_contained(doc)
    assert "<script" not in html and "<i>" not in html
    assert doc.find("h1")[0].text == '<script>x()</script>"'
    source = doc.text[doc.text.index("Source of the factors:") :]
    assert source.startswith("Source of the factors: <i>doc</i> — javascript:y()")
    (svg,) = svgs(html)
    assert len(list(svg.iter(f"{SVG}title"))) == 17  # the picture's own and one per factor


def test_compare_html_matrix_and_sections(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: X\n", encoding="utf-8")
    code, html, err = cli("compare", str(SAMPLE), PMTO, STEVIG, str(bad), "-f", "html", "--lang", "nl")
    assert code == 2 and err.startswith(f"{bad}:")
    doc = parse(html)
    assert doc.find("html")[0].attrs["lang"] == "nl"
    assert_self_contained(doc)
    assert doc.find("h1")[0].text == "Vergelijking van 3 interventies"
    # The file left out is named on top, with its first problem (docs/compare.md).
    assert len(doc.find("section", "left-out")) == 1
    assert doc.find("li")[0].text.startswith(f"{bad}:1:1: ")
    # Column headers link to each intervention's section, in order; the invalid file has none.
    # (in the matrix and again in the key facts)
    links = [n.attrs["href"] for n in doc.find("a") if n.attrs["href"].startswith("#")]
    assert links == ["#i1", "#i2", "#i3"] * 2
    assert [n.attrs["id"] for n in doc.find("section", "intervention")] == ["i1", "i2", "i3"]
    assert [n.text for n in doc.find("h2")] == [
        "Voorbeeldtraining",
        "PMTO (Parent Management Training Oregon)",
        "Stevig Ouderschap",
    ]
    # Cells: 16 rows by 3 columns, each with its status class and word.
    cells = doc.find("td", "cell")
    assert len(cells) == 16 * 3
    columns = [statuses_of(p) for p in (str(SAMPLE), PMTO, STEVIG)]
    assert [c.attrs["class"] for c in cells] == [f"cell st-{col[i]}" for i in IDS for col in columns]
    assert len(svgs(html)) == 3
    # Specific rows are tagged; no totals add the statuses up.
    assert len(doc.find("span", "tag")) == 5
    assert not doc.find("tfoot") and "Totaal" not in doc.text
    # A legend line for each symbol; completeness apart, in the key facts.
    # (the legend's six items follow the one of the file left out)
    legend = [n.text.strip() for n in doc.find("li")[1:7]]
    assert legend == [
        "sterk: de beschrijving laat elk criterium uit de bron zien",
        "deels: ze laat er een deel van zien; over de rest zwijgt ze of ze spreekt het tegen",
        "ontbreekt: ze zegt het tegendeel (false, een nee, of vrijwilligers waar geschoolde "
        "krachten gevraagd worden)",
        "niet beschreven: de beschrijving zwijgt erover: vraag het de aanbieder",
        "n.v.t.: deze vorm van ondersteuning wordt hier niet gebruikt (een specifieke factor): geen zwakte",
        "uitgezonderd: bewust weggelaten in de beschrijving, met een reden",
    ]


def test_html_is_deterministic() -> None:
    first = cli("compare", str(SAMPLE), PMTO, "-f", "html")[1]
    assert first == cli("compare", str(SAMPLE), PMTO, "-f", "html")[1]


def test_check_html_lists_the_problems_of_an_invalid_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: '<b>X</b>'\nsummary: Y\ndelivery:\n  format: grup\n", encoding="utf-8")
    code, html, err = cli("check", str(bad), str(SAMPLE), "-f", "html", "--lang", "en")
    assert code == 2 and err.startswith(f"{bad}:4:11: ")
    doc = parse(html)
    (invalid,) = doc.find("section", "invalid")
    assert invalid.attrs["id"] == "i1"
    assert [n.text for n in doc.find("h2")] == ["<b>X</b>", "Voorbeeldtraining"]
    assert [n.text for n in doc.find("li") if n.text.startswith("4:11")] == [
        (
            "4:11: unknown value 'grup' for 'delivery.format'; allowed: group, individual, "
            "home_visiting, online (did you mean 'group'?)"
        )
    ]
    assert len(svgs(html)) == 1  # a picture for the valid file only
