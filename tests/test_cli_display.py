"""Showing records to people: the terminal summary table and Jupyter's highlighted HTML."""

from __future__ import annotations

from dateline.display import render_html, summary_table
from dateline.record import Actor, Article, Event, Place, Sentence, Span, Time

TEXT = "Rubio <b>met</b> Bukele & aides in San Salvador on Monday."


def article() -> Article:
    art = Article(text=TEXT, id="t1")
    art.sentences = [Sentence(0, len(TEXT))]
    art.actors = [Actor("a1", "Marco Rubio", "person", "USA", "GOV", mentions=[art.span(0, 5)]),
                  Actor("a2", "Nayib Bukele", "person", "SLV", "GOV",
                        mentions=[art.span(TEXT.index("Bukele"), TEXT.index("Bukele") + 6)])]
    s = TEXT.index("San Salvador")
    art.places = [Place("p1", s, s + 12, "San Salvador", "San Salvador", "SLV", 13.69, -89.19)]
    m = TEXT.index("Monday")
    art.times = [Time("t1", m, m + 6, "Monday", "date", "2025-02-03")]
    t = TEXT.index("met")
    art.events = [Event("v1", "CONSULT", Span(t, t + 3, "met"), 0, actors=["a1"],
                        recipients=["a2"], date="2025-02-03", confidence=0.9)]
    return art


def test_render_html_escapes_and_highlights() -> None:
    html = article()._repr_html_()
    assert html == render_html(article())
    # the text's own markup is escaped, never rendered
    assert "&lt;b&gt;" in html and "<b>met" not in html
    assert "Bukele</mark> &amp; aides" in html
    assert '<mark style="background:#cfe2ff" title="Marco Rubio · USA GOV">Rubio</mark>' in html
    assert 'title="San Salvador (SLV) 13.69,-89.19">San Salvador</mark>' in html
    assert 'title="date: 2025-02-03">Monday</mark>' in html
    assert 'title="CONSULT (0.90)">met</mark>' in html
    assert "<li><b>CONSULT</b> Marco Rubio → Nayib Bukele · 2025-02-03 · asserted</li>" in html


def test_render_html_overlapping_marks_first_wins() -> None:
    art = article()
    art.actors.append(Actor("a3", "Rubio aide", mentions=[art.span(0, 3)]))
    html = render_html(art)
    assert html.count("<mark") == 5 + 5  # legend (5) + 5 marks: the overlap is dropped


def test_summary_table() -> None:
    table = summary_table([article()])
    lines = table.splitlines()
    assert lines[0].split() == ["id", "title", "sents", "entiti", "actors", "places", "times",
                                "quotes", "quanti", "events"]
    assert lines[2].split()[0] == "t1" and lines[2].split()[-8:] == ["1", "0", "2", "1", "1", "0",
                                                                   "0", "1"]
    assert lines[-1].split()[0] == "total"


def test_event_lines_rank_by_confidence_and_count_types():
    from dateline.display import event_lines
    from dateline.record import Actor, Article, Event, Span

    art = Article(text="Rubio met Bukele. Panama deported migrants.")
    art.actors = [Actor("a1", "Marco Rubio", "person", "USA", "GOV", None, [Span(0, 5, "Rubio")]),
                  Actor("a2", "Nayib Bukele", "person", "SLV", "GOV", None, [Span(10, 16, "Bukele")])]
    art.events = [Event("v1", "CONSULT", Span(6, 9, "met"), 0, actors=["a1"], recipients=["a2"],
                        date="2025-02-03", confidence=0.9),
                  Event("v2", "COERCE", Span(25, 33, "deported"), 1, date="2025-02-03",
                        confidence=0.4)]
    lines = event_lines([art]).splitlines()
    assert lines[0] == "events by type: COERCE 1, CONSULT 1"
    assert lines[3].split() == ["0.90", "2025-02-03", "CONSULT", "«met»", "Marco", "Rubio",
                                "(USA", "GOV)", "→", "Nayib", "Bukele", "(SLV", "GOV)"]
    assert "—" in lines[4]
