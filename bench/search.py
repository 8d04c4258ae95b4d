"""Search benchmark: our index on SQLite FTS5 and PostgreSQL, side by side with a LIKE scan, pg_trgm and Xapian.

    .venv/bin/python bench/search.py --sizes 10000 100000 [--out BENCHMARKS.md]
    .venv/bin/python bench/search.py --sizes 1000000 --dbs sqlite --no-xapian --like-per-class 2 [--reuse]

Each size: one deterministic corpus file (bench/corpus.py); ground truth by brute-force substring search
over every public document; then one child process per database (SQLite file in a temporary directory,
PostgreSQL database `gongkai_bench_<size>`, never the dev database) and one for Xapian (system python3 with
the Debian package python3-xapian; `--dbs` with no names runs Xapian alone). `--reuse` rebuilds the index on
the documents an earlier run loaded and queries again (`--reuse queries`: queries only, keeping that run's
build figures; pg_trgm is measured only if no earlier run at that size did). Runs at one size merge their
results, and the "## Search" section of BENCHMARKS.md is written from all of them (bench/report.py can
rewrite it alone).
"""

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

import corpus  # noqa: E402
import queries as bench_queries  # noqa: E402

PG_URL = os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/gongkai_bench")
REPEATS = 3


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))] if values else float("nan")


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# --- child: one database --------------------------------------------------------------------------------------


def _pg_url(size: int) -> str:
    return f"{PG_URL}_{size}"


def _setup_django(db: str, workdir: Path, size: int):
    if db == "postgres":
        import psycopg

        admin, name = PG_URL.rsplit("/", 1)[0] + "/postgres", _pg_url(size).rsplit("/", 1)[1]
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name}")
            conn.execute(f"CREATE DATABASE {name}")
        os.environ["DATABASE_URL"] = _pg_url(size)
    else:
        os.environ.pop("DATABASE_URL", None)
        shutil.rmtree(workdir / "sqlite", ignore_errors=True)
        os.environ["GONGKAI_VAR_DIR"] = str(workdir / "sqlite")
    os.environ["DJANGO_SETTINGS_MODULE"] = "gongkai.settings"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def _load(corpus_path: Path) -> int:
    """Departments, then documents with the corpus ids as primary keys (bulk, no services: not timed)."""
    from django.db import connection, transaction

    from gongkai.catalogue.models import Column, Document, Subject
    from gongkai.core.models import Department

    departments = [
        Department.objects.create(name=f"示范{name}", issuer_code=f"B{i:08d}")
        for i, name in enumerate(corpus.DEPARTMENTS)
    ]
    subjects = list(Subject.objects.filter(parent=None).values_list("pk", flat=True))
    columns = list(Column.objects.values_list("pk", flat=True))
    tz = ZoneInfo("Asia/Shanghai")
    through = Document.columns.through
    batch, links, count = [], [], 0

    def flush():
        with transaction.atomic():
            Document.objects.bulk_create(batch)
            through.objects.bulk_create(links)
        batch.clear()
        links.clear()

    for doc in corpus.read(corpus_path):
        published = datetime.fromisoformat(doc["published"]).replace(hour=9, tzinfo=tz)
        batch.append(
            Document(
                pk=doc["id"],
                index_no=bench_queries.index_no(doc),
                issuer=departments[doc["issuer"]],
                title=doc["title"],
                doc_no=doc["doc_no"],
                body=doc["body"],
                subject_id=subjects[doc["subject"] % len(subjects)],
                genre=doc["genre"],
                validity=doc["validity"],
                disclosure_attr="proactive",
                state="published" if doc["public"] else "draft",
                published_at=published if doc["public"] else None,
                issuing_authority="",
            )
        )
        links.append(through(document_id=doc["id"], column_id=columns[doc["issuer"] % len(columns)]))
        count += 1
        if len(batch) >= 5000:
            flush()
    if batch:
        flush()
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    return count


def _index_size(connection) -> int:
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT pg_total_relation_size('search_searchentry')")
            return cursor.fetchone()[0]
        cursor.execute("SELECT SUM(pgsize) FROM dbstat WHERE name LIKE 'search%%'")
        return cursor.fetchone()[0]


def _time(fn, repeats=REPEATS) -> list[float]:
    fn()  # warm
    out = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def run_child(args) -> None:
    workdir = Path(args.workdir)
    if args.reuse:
        # The documents an earlier child loaded: rebuild the index and query (or only query, with --build).
        os.environ["GONGKAI_VAR_DIR"] = str(workdir / "sqlite")
        if args.db == "postgres":
            os.environ["DATABASE_URL"] = _pg_url(args.size)
        os.environ["DJANGO_SETTINGS_MODULE"] = "gongkai.settings"
        import django

        django.setup()
    else:
        _setup_django(args.db, workdir, args.size)
    from django.db import connection

    from gongkai.catalogue.models import Document
    from gongkai.search.selectors import search, search_ids
    from gongkai.search.services import index_rebuild

    result = {"db": args.db, "size": args.size}
    if args.reuse:
        result["documents"] = Document.objects.count()
    else:
        start = time.perf_counter()
        result["documents"] = _load(Path(args.corpus))
        result["load_s"] = time.perf_counter() - start
    if args.build != "{}":
        result.update(json.loads(args.build))
    else:
        rss_before = rss_mb()
        start = time.perf_counter()
        index_rebuild(batch_size=2000)
        result["build_s"] = time.perf_counter() - start
        result["build_rate"] = result["documents"] / result["build_s"]
        result["build_rss_mb"] = rss_mb()
        result["rss_before_build_mb"] = rss_before
        result["index_bytes"] = _index_size(connection)
    truth = json.loads(Path(args.queries).read_text())
    per_query, like_done = [], Counter()
    for item in truth:
        q, expected = item["q"], set(item["ids"])
        top = _time(lambda q=q: search(q=q, facets=False, count=False))
        page = _time(lambda q=q: search(q=q), repeats=1)
        found = set(search_ids(q=q))
        like = []
        if like_done[item["class"]] < args.like_per_class:
            like = _time(lambda q=q: _like(connection, q), repeats=1)
            like_done[item["class"]] += 1
        per_query.append(
            {
                "class": item["class"],
                "q": q,
                "top20_ms": top,
                "page_ms": page,
                "like_ms": like,
                "expected": len(expected),
                "found": len(found),
                "correct": len(found & expected),
            }
        )
    result["queries"] = per_query
    result["query_rss_mb"] = rss_mb()
    Path(args.result).write_text(json.dumps(result, ensure_ascii=False))  # kept if pg_trgm is cut short
    if connection.vendor == "postgresql" and not args.no_trgm:
        result["trgm"] = _trgm(connection, truth)
        Path(args.result).write_text(json.dumps(result, ensure_ascii=False))


def _like(connection, q: str) -> None:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT id, title FROM catalogue_document WHERE state = 'published' AND disclosure_attr = 'proactive' "
            "AND (title LIKE %s OR body LIKE %s OR doc_no LIKE %s) ORDER BY published_at DESC LIMIT 20",
            [f"%{q}%"] * 3,
        )
        cursor.fetchall()


def _trgm(connection, truth) -> dict:
    with connection.cursor() as cursor:
        cursor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        start = time.perf_counter()
        cursor.execute(
            "CREATE INDEX bench_trgm ON catalogue_document USING gin (title gin_trgm_ops, "
            "body gin_trgm_ops, doc_no gin_trgm_ops)"
        )
        build_s = time.perf_counter() - start
        cursor.execute("SELECT pg_relation_size('bench_trgm')")
        size = cursor.fetchone()[0]
        cursor.execute("ANALYZE catalogue_document")

        def run(q):
            cursor.execute(
                "SELECT id, title FROM catalogue_document WHERE state = 'published' AND disclosure_attr = 'proactive' "
                "AND (title ILIKE %s OR body ILIKE %s OR doc_no ILIKE %s) ORDER BY published_at DESC LIMIT 20",
                [f"%{q}%"] * 3,
            )
            cursor.fetchall()

        times = {item["q"]: _time(lambda q=item["q"]: run(q), repeats=1) for item in truth}
    return {"build_s": build_s, "index_bytes": size, "ms": times}


# --- parent ----------------------------------------------------------------------------------------------------


def prepare(size: int, workdir: Path, per_class: int) -> tuple[Path, Path]:
    path = corpus.build(size, workdir)
    qpath = workdir / f"queries-v{corpus.VERSION}-{size}.json"
    if not qpath.exists():
        docs = list(corpus.read(path))
        chosen = bench_queries.pick(docs, per_class)
        truth = bench_queries.GroundTruth(docs)
        del docs
        items = []
        for cls, q in chosen:
            start = time.perf_counter()
            ids = sorted(truth.ids_containing(q))
            items.append({"class": cls, "q": q, "ids": ids, "brute_ms": (time.perf_counter() - start) * 1000})
        qpath.write_text(json.dumps(items, ensure_ascii=False))
    return path, qpath


BUILD_KEYS = ("build_s", "build_rate", "build_rss_mb", "rss_before_build_mb", "index_bytes", "load_s")


def _build_figures(result: Path) -> str:
    """The build figures of an earlier run (with --reuse queries: the index is not rebuilt)."""
    earlier = json.loads(result.read_text())
    return json.dumps({key: earlier[key] for key in BUILD_KEYS if key in earlier})


def run_size(
    size: int, workdir: Path, per_class: int, dbs: list[str], xapian: bool, like_per_class: int, reuse: str
) -> dict:
    corpus_path, qpath = prepare(size, workdir, per_class)
    out = {"size": size, "queries": json.loads(qpath.read_text())}
    summary = workdir / f"summary-{size}.json"
    earlier = json.loads(summary.read_text()) if summary.exists() else {}
    for db in dbs:
        result = workdir / f"result-{db}-{size}.json"
        subprocess.run(
            [
                sys.executable,
                __file__,
                "_child",
                "--db",
                db,
                "--size",
                str(size),
                "--corpus",
                str(corpus_path),
                "--queries",
                str(qpath),
                "--result",
                str(result),
                "--workdir",
                str(workdir / f"{db}-{size}"),
                "--like-per-class",
                str(like_per_class),
                *(["--reuse"] if reuse else []),
                *(["--no-trgm"] if reuse and "trgm" in earlier.get(db, {}) else []),
                *(["--build", _build_figures(result)] if reuse == "queries" else []),
            ],
            check=True,
        )
        out[db] = json.loads(result.read_text())
    if xapian:
        result = workdir / f"result-xapian-{size}.json"
        subprocess.run(
            [
                "/usr/bin/python3",
                str(ROOT / "bench" / "xapian_run.py"),
                str(corpus_path),
                str(qpath),
                str(result),
                str(workdir / f"xapian-{size}"),
            ],
            check=True,
        )
        out["xapian"] = json.loads(result.read_text())
    # Results of other runs at this size stay (one run may measure only some databases, and pg_trgm is
    # not measured again by --reuse).
    merged = json.loads(summary.read_text()) if summary.exists() else {}
    for name, figures in out.items():
        if isinstance(figures, dict) and "trgm" not in figures and "trgm" in merged.get(name, {}):
            figures["trgm"] = merged[name]["trgm"]
    merged.update(out)
    summary.write_text(json.dumps(merged, ensure_ascii=False))
    return out


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="command")
    child = sub.add_parser("_child")
    for name in ("db", "corpus", "queries", "result", "workdir"):
        child.add_argument(f"--{name}", required=True)
    child.add_argument("--size", type=int, required=True)
    child.add_argument("--reuse", action="store_true")
    child.add_argument("--build", default="{}", help="with --reuse: JSON build figures, no rebuild")
    child.add_argument("--like-per-class", type=int, default=1000, help="LIKE scans per query class")
    child.add_argument("--no-trgm", action="store_true", help="with --reuse: pg_trgm was measured already")
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--per-class", type=int, default=12)
    parser.add_argument("--dbs", nargs="*", default=["sqlite", "postgres"], help="none: Xapian only")
    parser.add_argument("--no-xapian", action="store_true")
    parser.add_argument("--like-per-class", type=int, default=1000, help="LIKE scans per query class")
    parser.add_argument(
        "--reuse",
        nargs="?",
        const="rebuild",
        choices=["rebuild", "queries"],
        help="the documents an earlier run loaded: rebuild the index and query, or query only (keeping the "
        "earlier run's build figures)",
    )
    parser.add_argument("--workdir", default=str(Path(tempfile.gettempdir()) / "gongkai-search-bench"))
    parser.add_argument("--out", default=str(ROOT / "BENCHMARKS.md"))
    args = parser.parse_args()
    if args.command == "_child":
        run_child(args)
        return
    workdir = Path(args.workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    for size in args.sizes:
        print(f"== {size} documents", file=sys.stderr, flush=True)
        run_size(size, workdir, args.per_class, args.dbs, not args.no_xapian, args.like_per_class, args.reuse)
    from report import write_report

    write_report(workdir, args.out, "`" + " ".join([".venv/bin/python bench/search.py", *sys.argv[1:]]) + "`")


if __name__ == "__main__":
    main()
