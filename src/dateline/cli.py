"""The ``dateline`` command line.  Every subcommand has ``--help`` with an example."""

from __future__ import annotations

import importlib
import itertools
import json
import sys
import time
from typing import TYPE_CHECKING, Any, Iterator, TextIO

import click

from dateline import __version__
from dateline.errors import DatelineError
from dateline.evaluation import EVALS

if TYPE_CHECKING:
    from dateline.record import Article


class LazyGroup(click.Group):
    """A group whose subcommands are modules imported on first use (keeps ``--help`` fast)."""

    def __init__(self, *args: Any, lazy: dict[str, str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lazy = lazy

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(super().list_commands(ctx)) | set(self.lazy))

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in self.lazy:
            try:
                module = importlib.import_module(self.lazy[name])
            except ModuleNotFoundError as exc:
                if exc.name != self.lazy[name]:
                    raise
                return None
            return module.cli  # type: ignore[no-any-return]
        return super().get_command(ctx, name)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="dateline")
def main() -> None:
    """dateline: news articles to political event data.

    \b
    Example:
      dateline extract story.txt --date 2025-02-03
      dateline demo
    """


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--date", "published", metavar="YYYY-MM-DD",
              help="Publication date for inputs that carry none (anchors relative dates).")
@click.option("--source", help="Source (outlet or agency) for inputs that carry none.")
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl"]), default=None,
              help="json: one indented record (or a list); jsonl: one record a line. "
                   "Default: json for one article, jsonl for many.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True),
              help="Write here instead of standard output.")
@click.option("--layers", metavar="L1,L2", help="Only these layers (actors,places,times,"
              "quotes,quantities,events); default all.")
@click.option("-q", "--quiet", is_flag=True, help="No progress or summary on standard error.")
def extract(paths: tuple[str, ...], published: str | None, source: str | None,
            fmt: str | None, output: str | None, layers: str | None, quiet: bool) -> None:
    """Extract article records from text, HTML or JSON Lines files, directories or "-".

    \b
    Example:
      dateline extract story.txt --date 2025-02-03
      dateline extract corpus.jsonl -o records.jsonl
      cat story.txt | dateline extract - --date 2025-02-03 --source Reuters

    A JSON Lines input gives one output line per good input line, in input order, with the
    input's "id". Bad inputs (empty, binary, not UTF-8, too large, malformed JSON, HTML without
    an article, not English, missing) are never written as records: each is reported as one
    line "dateline: NAME: REASON" on standard error, and the rest are processed.

    Exit status: 0 all inputs processed, 1 some failed (the rest processed), 2 all failed or a
    usage error.
    """
    from dateline.ingest.dates import normalize_published
    from dateline.ingest.readers import read_inputs
    from dateline.pipeline import STAGES, run

    if published:
        try:
            published = normalize_published(published, "--date")
        except DatelineError as exc:
            click.echo(f"dateline: {exc}", err=True)
            sys.exit(2)
    layer_list = [x.strip() for x in layers.split(",") if x.strip()] if layers else None
    unknown = sorted(set(layer_list or []) - set(STAGES))
    if unknown:
        click.echo(f"dateline: --layers: unknown layer {', '.join(unknown)}; expected some of "
                   f"{','.join(STAGES)}", err=True)
        sys.exit(2)

    try:  # fail before any work when the output cannot be written
        out: TextIO = open(output, "w", encoding="utf-8") if output else sys.stdout
    except OSError as exc:
        click.echo(f"dateline: -o {output}: cannot write: {exc.strerror or exc}", err=True)
        sys.exit(2)
    counts = {"inputs": 0, "failed": 0}

    def articles() -> Iterator[Article]:
        """Good articles, lazily; failures go to standard error as they are met."""
        for item in read_inputs(paths, published=published, source=source):
            counts["inputs"] += 1
            if item.ok and item.article is not None:
                yield item.article
            else:
                counts["failed"] += 1
                click.echo(f"dateline: {item.error}", err=True)

    started = time.perf_counter()
    records = run(articles(), layers=layer_list)
    # Look two records ahead: one article alone is written as one indented JSON object.
    head = list(itertools.islice(records, 2))
    single = len(head) == 1 and counts["inputs"] == 1
    fmt = fmt or ("json" if single else "jsonl")
    written = 0
    try:
        stream = itertools.chain(head, records)
        if fmt == "json" and single:
            out.write(head[0].to_json(indent=2) + "\n")
            written = 1
        elif fmt == "json":
            out.write("[")
            for art in stream:
                out.write(("," if written else "") + "\n" + art.to_json())
                art.doc = None
                written += 1
            out.write("\n]\n")
        else:
            for art in stream:
                out.write(art.to_json() + "\n")
                art.doc = None  # the parse is the bulk of an article's memory
                written += 1
                if not quiet and sys.stderr.isatty() and written % 10 == 0:
                    click.echo(f"\r{written} articles", err=True, nl=False)
    finally:
        if output:
            out.close()
    failed, inputs = counts["failed"], counts["inputs"]
    if not quiet and inputs > 1:
        secs = time.perf_counter() - started
        click.echo(f"dateline: {written} of {inputs} inputs extracted in {secs:.1f}s"
                   + (f", {failed} failed" if failed else ""), err=True)
    if failed:
        sys.exit(2 if not written else 1)


@main.command()
@click.option("-n", "--limit", type=int, default=None, help="Only the first N stories.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True),
              default="out/demo.jsonl", show_default=True, help="Where the records go.")
def demo(limit: int | None, output: str) -> None:
    """Run the whole pipeline on the bundled VOA demo corpus and print a summary.

    \b
    Example:
      dateline demo
      dateline demo -n 5 -o /tmp/demo.jsonl
    """
    from pathlib import Path

    from dateline.display import event_lines, summary_table
    from dateline.ingest import article_from_record
    from dateline.pipeline import run
    from dateline.resources import demo_corpus

    records = [json.loads(line) for line in demo_corpus().read_text("utf-8").splitlines() if line]
    records = records[:limit] if limit else records
    Path(output).parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    done = []
    with open(output, "w", encoding="utf-8") as fh:
        arts = (article_from_record(r, name=f"voa:{r.get('id')}") for r in records)
        for i, art in enumerate(run(arts), start=1):
            fh.write(art.to_json() + "\n")
            art.doc = None
            done.append(art)
            click.echo(f"\r  {i}/{len(records)} stories", err=True, nl=False)
    secs = time.perf_counter() - started
    click.echo("", err=True)
    words = sum(len(a.text.split()) for a in done)
    click.echo(summary_table(done))
    click.echo("\n" + event_lines(done))
    click.echo(f"\n{len(done)} stories, {words:,} words in {secs:.1f}s "
               f"({words / secs:,.0f} words/s); records in {output}")


@main.group(cls=LazyGroup, lazy=EVALS)
def eval() -> None:  # noqa: A001 - the subcommand's name is the user's word
    """Score a layer against gold data and compare with the pinned floors.

    \b
    Example:
      dateline eval events
      dateline eval times --help
    """


def run_cli() -> None:
    try:
        main(standalone_mode=True)
    except DatelineError as exc:
        click.echo(f"dateline: {exc}", err=True)
        sys.exit(2)


if __name__ == "__main__":
    run_cli()
