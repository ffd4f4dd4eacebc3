"""Newswire headers (byline, dateline + agency, credits) without the model."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from dateline.ingest.newswire import parse_credit_clause, read_headers, split_names
from dateline.record import Credit, Meta


def headers(text: str, **meta: object) -> Meta:
    m = Meta(**meta)  # type: ignore[arg-type]
    read_headers(text, m)
    for h in m.headers:  # every header span is an exact slice of the text
        assert text[h.start:h.end] == h.text
    if m.dateline:
        assert text[m.dateline.start:m.dateline.end] == m.dateline.text
    return m


REUTERS = (
    "By Simon Lewis\n\n"
    "SAN SALVADOR (Reuters) - U.S. Secretary of State Marco Rubio met Salvadoran President "
    "Nayib Bukele on Monday.\n\n"
    "Bukele offered to take in deportees of any nationality.\n\n"
    "(Reporting by Simon Lewis in San Salvador; additional reporting by Kylie Madry and Ted "
    "Hesson in Washington; Editing by Rosalba O'Brien and Don Durfee)\n"
)


def test_reuters_story_all_parts() -> None:
    m = headers(REUTERS)
    assert m.bylines == ["Simon Lewis"]
    assert m.source == "Reuters"
    assert m.dateline is not None and m.dateline.text == "SAN SALVADOR"
    assert m.dateline.place is None  # filled by the places stage
    assert [h.text for h in m.headers] == [
        "By Simon Lewis",
        "SAN SALVADOR (Reuters) -",
        "(Reporting by Simon Lewis in San Salvador; additional reporting by Kylie Madry and Ted "
        "Hesson in Washington; Editing by Rosalba O'Brien and Don Durfee)",
    ]
    assert m.credits == [
        Credit("reporting", "Simon Lewis", "San Salvador"),
        Credit("additional reporting", "Kylie Madry", "Washington"),
        Credit("additional reporting", "Ted Hesson", "Washington"),
        Credit("editing", "Rosalba O'Brien", None),
        Credit("editing", "Don Durfee", None),
    ]


@pytest.mark.parametrize("opening, place, source, header", [
    ("SAN SALVADOR (Reuters) - Text", "SAN SALVADOR", "Reuters", "SAN SALVADOR (Reuters) -"),
    ("WASHINGTON, Feb 3 (Reuters) - Text", "WASHINGTON", "Reuters",
     "WASHINGTON, Feb 3 (Reuters) -"),
    ("KYIV, Ukraine (AP) — Text", "KYIV, Ukraine", "AP", "KYIV, Ukraine (AP) —"),
    ("NAIROBI, Kenya — Text", "NAIROBI, Kenya", None, "NAIROBI, Kenya —"),
    ("UNITED NATIONS (Reuters) - Text", "UNITED NATIONS", "Reuters", "UNITED NATIONS (Reuters) -"),
    ("GENEVA, March 4 (Reuters) - Text", "GENEVA", "Reuters", "GENEVA, March 4 (Reuters) -"),
    ("BEIJING (AFP) - Text", "BEIJING", "AFP", "BEIJING (AFP) -"),
    ("WASHINGTON — Text", "WASHINGTON", None, "WASHINGTON —"),
    ("MARANCHON, SPAIN — The air", "MARANCHON, SPAIN", None, "MARANCHON, SPAIN —"),
    ("ISLAMABAD/PENTAGON — A plane", "ISLAMABAD/PENTAGON", None, "ISLAMABAD/PENTAGON —"),
    ("ST. PAUL, Minn. (AP) – Text", "ST. PAUL, Minn.", "AP", "ST. PAUL, Minn. (AP) –"),
    ("GOMA, Democratic Republic of Congo (Reuters) - Text", "GOMA, Democratic Republic of Congo",
     "Reuters", "GOMA, Democratic Republic of Congo (Reuters) -"),
    ("BUKAVU, Democratic Republic of the Congo — Text",
     "BUKAVU, Democratic Republic of the Congo", None,
     "BUKAVU, Democratic Republic of the Congo —"),
    ("SARAJEVO, Bosnia and Herzegovina (AP) — Text", "SARAJEVO, Bosnia and Herzegovina", "AP",
     "SARAJEVO, Bosnia and Herzegovina (AP) —"),
])
def test_dateline_forms(opening: str, place: str, source: str | None, header: str) -> None:
    text = opening + " was said on Monday by officials of the government."
    m = headers(text)
    assert m.dateline is not None and m.dateline.text == place
    assert m.dateline.start == 0
    assert m.source == source
    assert [h.text for h in m.headers] == [header]


@pytest.mark.parametrize("text", [
    "US - China talks resumed on Monday in Geneva.",
    "The WASHINGTON - based group said on Monday it would sue.",
    "Washington - the capital - was quiet on Monday.",
    "He said: NAIROBI, Kenya — is where it all began.",
    "By Monday, the rebels had taken the city, officials said.",
    "By the end of the week, prices had doubled.",
    "WASHINGTON, and the rest of the capital - was quiet on Monday.",
])
def test_body_sentences_are_not_headers(text: str) -> None:
    m = headers(text)
    assert m.dateline is None and m.bylines == [] and m.headers == [] and m.source is None


def test_dateline_only_at_the_start_of_the_first_body_paragraph() -> None:
    text = "Officials met on Monday in the capital.\n\nNAIROBI, Kenya — A second paragraph."
    assert headers(text).dateline is None


def test_dateline_after_a_title_line_and_the_title() -> None:
    text = "Rubio meets Bukele\n\nSAN SALVADOR (Reuters) - Rubio met Bukele on Monday."
    m = headers(text)
    assert m.dateline is not None and m.dateline.text == "SAN SALVADOR"
    assert m.title == "Rubio meets Bukele"
    assert [h.text for h in m.headers][0] == "Rubio meets Bukele"
    # the caller's title is kept
    assert headers(text, title="Given").title == "Given"


@pytest.mark.parametrize("line, names, source", [
    ("By Simon Lewis", ["Simon Lewis"], None),
    ("By Simon Lewis and Kylie Madry", ["Simon Lewis", "Kylie Madry"], None),
    ("By SIMON LEWIS, Associated Press", ["Simon Lewis"], "Associated Press"),
    ("By Jane O'Brien, Reuters", ["Jane O'Brien"], "Reuters"),
    ("By Ahmed al-Masri, Nora van der Berg and Li Wei", ["Ahmed al-Masri", "Nora van der Berg",
                                                        "Li Wei"], None),
])
def test_bylines(line: str, names: list[str], source: str | None) -> None:
    m = headers(f"{line}\n\nOfficials met on Monday in the capital to discuss the talks.")
    assert m.bylines == names
    assert m.source == source
    assert [h.text for h in m.headers] == [line]


def test_caller_bylines_kept_first_and_not_repeated() -> None:
    m = headers("By Simon Lewis and Kylie Madry\n\nText of the story.", bylines=["Kylie Madry"])
    assert m.bylines == ["Kylie Madry", "Simon Lewis"]


def test_byline_below_the_top_is_body() -> None:
    text = "\n".join(["Para one is here."] * 5) + "\nBy Simon Lewis\n"
    assert headers(text).bylines == []


@pytest.mark.parametrize("clause, expected", [
    ("Reporting by A Bee in Kabul", [Credit("reporting", "A Bee", "Kabul")]),
    ("Reporting by Jane Doe and John Roe in Kabul",
     [Credit("reporting", "Jane Doe", "Kabul"), Credit("reporting", "John Roe", "Kabul")]),
    ("Writing by Mark Heinrich", [Credit("writing", "Mark Heinrich")]),
    ("Compiled by Pete Sweeney", [Credit("compiling", "Pete Sweeney")]),
    ("Reporting and writing by Eve Tang",
     [Credit("reporting", "Eve Tang"), Credit("writing", "Eve Tang")]),
    ("Editing by E One, F Two and G Three",
     [Credit("editing", "E One"), Credit("editing", "F Two"), Credit("editing", "G Three")]),
    ("with thanks to everyone", []),
])
def test_credit_clauses(clause: str, expected: list[Credit]) -> None:
    assert parse_credit_clause(clause) == expected


def test_credit_block_closing_the_last_paragraph() -> None:
    text = "Talks will resume on Friday, he said. (Writing by Mark Heinrich; Editing by Alex Richardson)"
    m = headers(text)
    assert [c.name for c in m.credits] == ["Mark Heinrich", "Alex Richardson"]
    assert m.headers[0].text.startswith("(Writing by")


def test_credit_in_the_middle_is_not_a_credit() -> None:
    text = "(Reporting by A Bee) said the report.\n\nMore text followed on Monday, officials said."
    assert headers(text).credits == []


@pytest.mark.parametrize("tail, credits", [
    ("Ham Ji-ha contributed to this report.", [("Ham Ji-ha", None)]),
    ("Murtaza Zehri of VOA's Urdu Service contributed to this report from Quetta.",
     [("Murtaza Zehri", "Quetta")]),
    ("VOA Urdu's Murtaza Zehri in Quetta contributed to this report.",
     [("Murtaza Zehri", "Quetta")]),
    ("VOA's Dari Service contributed to this report.", [("VOA's Dari Service", None)]),
    ("Margaret Besheer contributed to this report from the United Nations.",
     [("Margaret Besheer", "United Nations")]),
    ("Abdiweli Mohamed Ali contributed reporting from Dadaab refugee camp.",
     [("Abdiweli Mohamed Ali", "Dadaab refugee camp")]),
])
def test_voa_contributor_lines(tail: str, credits: list[tuple[str, str | None]]) -> None:
    text = f"The minister said talks would resume, officials said on Monday. {tail}"
    m = headers(text)
    assert [(c.name, c.place) for c in m.credits] == credits
    assert all(c.role == "additional reporting" for c in m.credits)
    assert [h.text for h in m.headers] == [tail]


def test_originated_line_is_a_header_without_credit() -> None:
    text = "Officials said the attack was over. This story originated in VOA's Somali Service."
    m = headers(text)
    assert m.credits == []
    assert [h.text for h in m.headers] == ["This story originated in VOA's Somali Service."]


def test_contributed_before_the_last_sentence_is_body() -> None:
    # Only the story's last sentence can be a contributor line.
    text = ("The economy grew. Oil exports contributed to this report. "
            "Growth slowed in March, the ministry said.")
    m = headers(text)
    assert m.credits == [] and m.headers == []


def test_split_names() -> None:
    assert split_names("SIMON LEWIS") == ["Simon Lewis"]
    assert split_names("JANE O'BRIEN and MARY-ANN LEE") == ["Jane O'Brien", "Mary-Ann Lee"]
    assert split_names("Ayesha Tanzeem, Jeff Seldin") == ["Ayesha Tanzeem", "Jeff Seldin"]


_PIECES = ["By Simon Lewis", "SAN SALVADOR (Reuters) - ", "KYIV, Ukraine (AP) — ", "\n", "\n\n",
           "Officials said on Monday.", " Bukele met Rubio.", "(Reporting by A Bee; Editing by C Dee)",
           " Ham Ji-ha contributed to this report.", "By Monday, ", "WASHINGTON", " — ", "(", ")"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES) | st.text(max_size=12), max_size=12))
@example(["SAN SALVADOR (Reuters) - ", " Ham Ji-ha contributed to this report."])
def test_headers_are_always_exact_slices(parts: list[str]) -> None:
    text = "".join(parts)
    m = headers(text)  # asserts every span is an exact slice
    spans = sorted((h.start, h.end) for h in m.headers)
    assert all(0 <= s < e <= len(text) for s, e in spans)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))  # no overlaps


def test_afp_title_case_dateline_needs_the_agency() -> None:
    m = headers("Paris (AFP) - France said on Monday it would act.")
    assert m.dateline is not None and m.dateline.text == "Paris" and m.source == "AFP"
    assert headers("Paris - France said on Monday it would act.").dateline is None


def test_upper_case_byline_keyword() -> None:
    assert headers("BY JANE DOE\n\nText of the story, officials said on Monday.").bylines == [
        "Jane Doe"]


def test_credit_line_without_parentheses() -> None:
    text = ("Officials said talks would resume on Friday.\n\n"
            "Reporting by Jane Doe in Kabul; Editing by Kim Coghill\n")
    m = headers(text)
    assert m.credits == [Credit("reporting", "Jane Doe", "Kabul"), Credit("editing", "Kim Coghill")]
    assert [h.text for h in m.headers] == ["Reporting by Jane Doe in Kabul; Editing by Kim Coghill"]


def test_last_line_that_is_body_is_not_a_credit_line() -> None:
    text = "Officials met.\n\nReporting by state media said the talks failed on Monday; more later"
    m = headers(text)
    assert m.credits == [] and m.headers == []


def test_credit_names_must_be_names() -> None:
    assert parse_credit_clause("Reporting by state media said the talks failed") == []
    text = "Officials met.\n\nReporting by state media said the talks failed on Monday."
    assert headers(text).credits == []


def test_first_line_repeating_the_title_is_a_header() -> None:
    text = "Kenya police to Haiti\n\nKenya said on Tuesday it would send more police to Haiti."
    m = headers(text, title="Kenya police to Haiti")
    assert [h.text for h in m.headers] == ["Kenya police to Haiti"]
    # a one-line story that is its own title stays body
    assert headers("Kenya police to Haiti", title="Kenya police to Haiti").headers == []
