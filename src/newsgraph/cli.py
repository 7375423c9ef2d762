"""The ``newsgraph`` command line: a thin shell that translates typed errors into exit codes.

Exit codes (CONTRACT.md): 0 success, per-record problems reported and counted;
1 the run failed; 2 bad usage.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from . import settings
from .actors.dictionary import ActorEntry
from .errors import NewsgraphError
from .ingest import IngestReport, RunOptions, analyze_records, ingest_paths
from .pipeline import AnalyzerConfig
from .readers import load_meta
from .readers.meta import SIDECAR_NAME
from .records import Rejection, article_document
from .userdata import collect_user_data

app = typer.Typer(
    name="newsgraph",
    help="Who did what to whom, when, according to whom, reported by how many outlets.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True)

DbOption = Annotated[Path, typer.Option("--db", help=settings.DB.help, envvar=settings.DB.env)]
MetaOption = Annotated[
    Path | None,
    typer.Option("--meta", help='Sidecar JSONL of {"file": NAME, ...} metadata for files.'),
]
ProcessesOption = Annotated[
    int,
    typer.Option(
        "--processes", "-p", min=1, help=settings.PROCESSES.help, envvar=settings.PROCESSES.env
    ),
]
BatchOption = Annotated[
    int,
    typer.Option(
        "--batch-size", min=1, help=settings.BATCH_SIZE.help, envvar=settings.BATCH_SIZE.env
    ),
]
MaxBytesOption = Annotated[
    int,
    typer.Option(
        "--max-bytes",
        min=1,
        help=settings.MAX_ARTICLE_BYTES.help,
        envvar=settings.MAX_ARTICLE_BYTES.env,
    ),
]
ModelOption = Annotated[
    str, typer.Option("--model", help=settings.MODEL.help, envvar=settings.MODEL.env)
]
DataOption = Annotated[
    list[Path] | None,
    typer.Option("--data", help=settings.DATA.help, envvar=settings.DATA.env),
]
DB_DEFAULT = Path(str(settings.DB.default))
PROCESSES_DEFAULT = int(settings.PROCESSES.default)
BATCH_DEFAULT = int(settings.BATCH_SIZE.default)
MAX_BYTES_DEFAULT = int(settings.MAX_ARTICLE_BYTES.default)
MODEL_DEFAULT = str(settings.MODEL.default)


@contextmanager
def failures() -> Iterator[None]:
    """Typed errors become a one-line message and exit code 1."""
    try:
        yield
    except NewsgraphError as exc:
        err.print(f"[bold red]error:[/] {escape(str(exc))}", soft_wrap=True)
        raise typer.Exit(1) from exc


def _options(
    max_bytes: int, processes: int, batch_size: int, model: str, data: list[Path] | None
) -> RunOptions:
    user = collect_user_data(data or ())
    return RunOptions(
        max_bytes=max_bytes,
        processes=processes,
        analyzer=AnalyzerConfig(
            model=model,
            batch_size=batch_size,
            actor_files=user.actor_files,
            people_files=user.people_files,
            pattern_files=user.pattern_files,
            place_files=user.place_files,
            quote_files=user.quote_files,
            timex_files=user.timex_files,
            mode_files=user.mode_files,
        ),
        cleaning_files=user.cleaning_files,
        word_form_files=user.word_form_files,
    )


def _report_rejection(rejection: Rejection) -> None:
    err.print(f"[yellow]rejected[/] {escape(rejection.message())}", highlight=False, soft_wrap=True)


@app.command()
def analyze(
    source: Annotated[str, typer.Argument(help="Input JSONL, a file or directory; - for stdin.")],
    output: Annotated[
        str, typer.Option("--output", "-o", help="Output JSONL; - for stdout.")
    ] = "-",
    meta: MetaOption = None,
    processes: ProcessesOption = PROCESSES_DEFAULT,
    batch_size: BatchOption = BATCH_DEFAULT,
    max_bytes: MaxBytesOption = MAX_BYTES_DEFAULT,
    model: ModelOption = MODEL_DEFAULT,
    data: DataOption = None,
) -> None:
    """Analyze articles statelessly: one output document per input record.

    Example: newsgraph analyze articles.jsonl -o analyzed.jsonl
    """
    with failures():
        sidecar = load_meta(meta) if meta else None
        options = _options(max_bytes, processes, batch_size, model, data)
        rejected = []

        def on_rejection(rejection: Rejection) -> None:
            rejected.append(rejection)
            _report_rejection(rejection)

        out = sys.stdout if output == "-" else open(output, "w", encoding="utf-8")  # noqa: SIM115
        count = 0
        try:
            for analyzed in analyze_records([source], options, sidecar, on_rejection):
                out.write(json.dumps(article_document(analyzed), ensure_ascii=False) + "\n")
                count += 1
        finally:
            if out is not sys.stdout:
                out.close()
        err.print(f"analyzed {count} article(s), rejected {len(rejected)}")


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, directories or JSONL files.")],
    db: DbOption = DB_DEFAULT,
    meta: MetaOption = None,
    processes: ProcessesOption = PROCESSES_DEFAULT,
    batch_size: BatchOption = BATCH_DEFAULT,
    max_bytes: MaxBytesOption = MAX_BYTES_DEFAULT,
    model: ModelOption = MODEL_DEFAULT,
    data: DataOption = None,
    infer_dates: Annotated[
        bool,
        typer.Option(
            "--infer-dates", help=settings.INFER_DATES.help, envvar=settings.INFER_DATES.env
        ),
    ] = False,
) -> None:
    """Read articles into the store; running it again on the same input adds nothing.

    Example: newsgraph ingest ../shared/seeds --meta ../shared/seeds/meta.jsonl
    """
    with failures():
        options = _options(max_bytes, processes, batch_size, model, data)
        if meta is None:
            _note_unread_sidecars(paths)
        report = _ingest(paths, db, meta, options)
        _print_report(report, db)
        if infer_dates:
            _infer_dates(db, options)


@app.command("infer-dates")
def infer_dates_command(
    db: DbOption = DB_DEFAULT,
    batch_size: BatchOption = BATCH_DEFAULT,
    model: ModelOption = MODEL_DEFAULT,
    data: DataOption = None,
) -> None:
    """Date undated stored articles from their stories, re-analyse them and relink.

    Example: newsgraph infer-dates --db newsgraph.db
    """
    with failures():
        if not db.exists():
            raise NewsgraphError(f"{db}: no store here yet (run newsgraph ingest first)")
        _infer_dates(db, _options(MAX_BYTES_DEFAULT, 1, batch_size, model, data))


def _infer_dates(db: Path, options: RunOptions) -> None:
    from .store import Store
    from .story_dates import infer_story_dates

    with Store.open(db) as store:
        result = infer_story_dates(store, options.analyzer)
    err.print(
        f"dated {result.inferred} article(s) from their stories; {result.undated} still undated"
    )


def _note_unread_sidecars(paths: list[str]) -> None:
    """Say so when a directory holds a ``meta.jsonl`` that is not read without ``--meta``:
    its publication dates are what time stories and events."""
    for raw in paths:
        sidecar = Path(raw) / SIDECAR_NAME
        if raw != "-" and sidecar.is_file():
            err.print(
                f"[yellow]note[/] {escape(str(sidecar))} is not read; pass --meta "
                f"{escape(str(sidecar))} to use its publication dates",
                highlight=False,
                soft_wrap=True,
            )


def _ingest(paths: list[str], db: Path, meta: Path | None, options: RunOptions) -> IngestReport:
    from .store import Store

    sidecar = load_meta(meta) if meta else None
    with (
        Store.open(db) as store,
        Progress(
            SpinnerColumn(),
            TextColumn("[progress.description]{task.description}"),
            BarColumn(),
            TextColumn("{task.fields[status]}"),
            TimeElapsedColumn(),
            console=err,
            transient=True,
            disable=not err.is_terminal,
        ) as progress,
    ):
        task = progress.add_task("ingesting", total=None, status="")

        def on_progress(report: IngestReport) -> None:
            progress.update(
                task,
                status=f"read {report.read} · stored {report.stored} · "
                f"known {report.already_stored} · rejected {report.rejected}",
            )

        return ingest_paths(paths, store, options, sidecar, on_progress)


def _print_report(report: IngestReport, db: Path) -> None:
    for rejection in report.rejections:
        _report_rejection(rejection)
    table = Table(title=f"ingest → {db}", show_header=False)
    for label, value in (
        ("records read", report.read),
        ("articles stored", report.stored),
        ("already stored", report.already_stored),
        ("rejected", report.rejected),
        ("events", report.events),
        ("duplicates", report.duplicates),
    ):
        table.add_row(label, str(value))
    err.print(table)


@app.command()
def export(
    kind: Annotated[str, typer.Argument(help="articles | events | stories | quotes | claims")],
    db: DbOption = DB_DEFAULT,
    fmt: Annotated[
        str,
        typer.Option("--format", "-f", help="jsonl | csv | parquet; events also plover | gdelt"),
    ] = "jsonl",
    output: Annotated[str, typer.Option("--output", "-o", help="Output file; - for stdout.")] = "-",
) -> None:
    """Export stored records.

    Example: newsgraph export events --format csv -o events.csv
    """
    from .store import Store
    from .store.export import export as export_rows

    with failures():
        if not db.exists():
            raise NewsgraphError(f"{db}: no store here yet (run newsgraph ingest first)")
        with Store.open(db) as store:
            if fmt == "parquet":
                if output == "-":
                    raise NewsgraphError("parquet needs a file: use -o FILE")
                count = export_rows(store, kind, fmt, Path(output))
            elif output == "-":
                count = export_rows(store, kind, fmt, sys.stdout)
            else:
                with open(output, "w", encoding="utf-8", newline="") as handle:
                    count = export_rows(store, kind, fmt, handle)
        err.print(f"exported {count} {kind}")


@app.command(name="eval")
def evaluate(
    kind: Annotated[
        str, typer.Argument(help="events | actors | html | quotes | time | stories | stories-dups")
    ],
    gold: Annotated[Path, typer.Argument(help="Gold JSONL file.")],
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
    errors: Annotated[
        bool, typer.Option("--errors", help="List misses and inventions per record.")
    ] = False,
    limit: Annotated[int, typer.Option("--limit", help="Score only the first N records.")] = 0,
    dups: Annotated[
        bool, typer.Option("--dups", help="stories: exact/near-duplicate precision and recall.")
    ] = False,
    text_only: Annotated[
        bool,
        typer.Option(
            "--text-only",
            help="stories: link from text, title and date alone (no parse; faster).",
        ),
    ] = False,
    model: ModelOption = MODEL_DEFAULT,
) -> None:
    """Score the pipeline on a gold file.

    Example: newsgraph eval events ../shared/eval/events/plover_gsr_cameo_manual.jsonl
    """
    from .evaluate import run_eval

    with failures():
        result = run_eval(kind, gold, limit=limit, model=model, dups=dups, text_only=text_only)
        if as_json:
            typer.echo(json.dumps(result.to_dict(errors=errors), indent=2, ensure_ascii=False))
        else:
            result.print(Console(), errors=errors)


@app.command()
def bench(
    corpus: Annotated[Path, typer.Option("--corpus", help="JSONL corpus (text per line).")] = Path(
        "../shared/eval/bulk/bbc_news.jsonl"
    ),
    limit: Annotated[int, typer.Option("--limit", help="Use the first N articles (0 = all).")] = 0,
    processes: ProcessesOption = PROCESSES_DEFAULT,
    batch_size: BatchOption = BATCH_DEFAULT,
    model: ModelOption = MODEL_DEFAULT,
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
    link_cost: Annotated[
        bool,
        typer.Option("--link-cost", help="Also time linking at 1k and 10k stored articles."),
    ] = False,
) -> None:
    """Throughput and peak memory of the whole pipeline beside spaCy's own parse rate.

    Example: newsgraph bench --corpus ../shared/eval/bulk/bbc_news.jsonl --processes 2
    """
    from .bench import run_bench

    with failures():
        result = run_bench(
            corpus,
            limit,
            processes,
            batch_size,
            model,
            progress_console=err,
            link_checkpoints=(1000, 10000) if link_cost else (),
        )
        if as_json:
            typer.echo(json.dumps(result.to_dict(), indent=2))
        else:
            result.print(Console())


@app.command()
def demo(db: DbOption = DB_DEFAULT) -> None:
    """Ingest the bundled sample corpus (examples/news) and show what was found.

    Example: newsgraph demo
    """
    from .demo import find_examples, summarize

    with failures():
        directory = find_examples()
        options = _options(int(settings.MAX_ARTICLE_BYTES.value()), 1, 16, "", None)
        report = _ingest([str(directory)], db, directory / SIDECAR_NAME, options)
        _print_report(report, db)
        summarize(db, Console())


@app.command()
def relink(db: DbOption = DB_DEFAULT, data: DataOption = None) -> None:
    """Rebuild duplicates, stories and merged events from scratch, in stored order.

    Gives the same result as the incremental path that ``ingest`` follows, given the
    same word-form files in ``--data`` (the only data linking reads).
    Example: newsgraph relink --db newsgraph.db
    """
    from .link import Linker
    from .link import relink as relink_store
    from .store import Store
    from .stories import WordForms

    with failures():
        if not db.exists():
            raise NewsgraphError(f"{db}: no store here yet (run newsgraph ingest first)")
        forms = WordForms.load(collect_user_data(data or ()).word_form_files)
        with Store.open(db) as store:
            count = relink_store(store, Linker.open(store, forms=forms))
        err.print(f"relinked {count} articles")


actors_app = typer.Typer(help="Look up and extend the actor dictionaries.", no_args_is_help=True)
app.add_typer(actors_app, name="actors")


@actors_app.command("lookup")
def actors_lookup(
    name: Annotated[str, typer.Argument(help="A name, alias, demonym, capital or person.")],
    on: Annotated[
        str | None, typer.Option("--date", help="Resolve roles as of this date (YYYY-MM-DD).")
    ] = None,
    data: DataOption = None,
) -> None:
    """Show what a name resolves to, with the role a person held on a date.

    Example: newsgraph actors lookup "Jens Stoltenberg" --date 2024-07-10
    """
    from datetime import date as Date

    from .actors import ActorDictionary
    from .actors.people import PeopleRoster

    with failures():
        try:
            day = Date.fromisoformat(on) if on else None
        except ValueError as exc:
            raise NewsgraphError(f"--date {on!r}: expected YYYY-MM-DD") from exc
        user = collect_user_data(data or ())
        dictionary = ActorDictionary.load(user.actor_files)
        roster = PeopleRoster.load(user.people_files, known_codes=dictionary.codes)
        found = False
        entry = dictionary.lookup(name)
        if entry is not None:
            found = True
            typer.echo(json.dumps({"kind": entry.kind, "via": entry.via, **_entry_dict(entry)}))
        hit = roster.lookup(name, day) or roster.lookup_surname(name, day)
        if hit is not None:
            found = True
            person, role = hit
            typer.echo(
                json.dumps(
                    {
                        "kind": "person",
                        "name": person.name,
                        "role": None if role is None else asdict(role),
                        "date": on,
                    },
                    ensure_ascii=False,
                )
            )
        sector = dictionary.sector(name)
        if sector is not None:
            found = True
            typer.echo(
                json.dumps({"kind": "sector", "sector": sector.sector, "cameo": sector.cameo})
            )
        if not found:
            err.print(f"{escape(name)}: no actor, person or sector of that name")
            raise typer.Exit(1)


def _entry_dict(entry: ActorEntry) -> dict:
    return {
        "name": entry.name,
        "code": entry.code,
        "country": entry.country,
        "org": entry.org,
        "sector": entry.sector,
    }


@actors_app.command("import-petrarch")
def actors_import_petrarch(
    paths: Annotated[list[Path], typer.Argument(help="PETRARCH-format .actors.txt files.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Directory for the YAML files.")],
) -> None:
    """Convert a PETRARCH/Phoenix actor dictionary you supply into newsgraph's YAML format.

    Example: newsgraph actors import-petrarch Phoenix.Countries.actors.txt -o my_actors/
    """
    from .actors.petrarch import convert_petrarch, write_yaml

    with failures():
        missing = [p for p in paths if not p.is_file()]
        if missing:
            raise NewsgraphError(f"{missing[0]}: no such file")
        converted = convert_petrarch(*paths)
        written = write_yaml(converted, out)
        err.print(
            f"{len(converted.people)} people, {len(converted.roles)} roles, "
            f"{len(converted.warnings)} warnings → {', '.join(str(p) for p in written)}"
        )


def main() -> None:
    app()


if __name__ == "__main__":
    main()
