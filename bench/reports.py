"""Benchmark: annual-report table 3 (and the whole snapshot) for 100,000 applications.

    .venv/bin/python bench/reports.py [--size 100000] [--out BENCHMARKS.md]

Each database runs in its own child process on a database of its own: a SQLite file in a temporary
directory, and the PostgreSQL database gongkai_bench_reports (BENCH_REPORTS_DATABASE_URL overrides).
Applications are bulk-inserted with a realistic spread (departments of very different sizes, ~75 % natural
persons, outcomes weighted like published reports, three years, ~8 % still open, some closed the next year)
and are not timed. Timed: table 3 for the busiest department and for the region-wide aggregate (median of 5),
plus the full snapshot (tables 2–4, facts). Writes the "## Annual report" section of BENCHMARKS.md, leaving
other sections as they are.
"""

import argparse
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
PG_URL = os.environ.get(
    "BENCH_REPORTS_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/gongkai_bench_reports"
)
YEAR = 2024
REPEATS = 5
# Relative department sizes: a few busy bureaus (natural resources, housing, market) and many quiet ones.
DEPT_WEIGHTS = [30, 22, 14, 9, 6, 5, 4, 3, 2, 2, 1, 1, 1]
TYPE_WEIGHTS = [75, 12, 2, 3, 5, 3]
OUTCOME_WEIGHTS = [38, 14, 0.2, 0.5, 0.3, 2, 1.5, 2, 0.8, 0.7, 18, 2, 1.5, 3, 3, 0.5, 0.5, 0.5, 4, 0.3, 5]


def _setup(db: str, workdir: str):
    if db == "postgres":
        import psycopg

        admin = PG_URL.rsplit("/", 1)[0] + "/postgres"
        name = PG_URL.rsplit("/", 1)[1]
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
            conn.execute(f'CREATE DATABASE "{name}"')
        os.environ["DATABASE_URL"] = PG_URL
    else:
        os.environ.pop("DATABASE_URL", None)
        os.environ["GONGKAI_VAR_DIR"] = workdir
    os.environ["DJANGO_SETTINGS_MODULE"] = "gongkai.settings"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def _load(size: int):
    from django.db import connection, transaction

    from gongkai.core.models import Department, DepartmentKind, User
    from gongkai.foi.choices import ApplicantType, Outcome, RemedyKind, State
    from gongkai.foi.models import Application, Remedy

    rng = random.Random(7)
    gov = Department.objects.create(
        name="示范县人民政府", kind=DepartmentKind.GOVERNMENT, issuer_code="B00000000"
    )
    Department.objects.create(
        name="示范县人民政府办公室", kind=DepartmentKind.OFFICE, parent=gov, issuer_code="B00000001"
    )
    depts = [
        Department.objects.create(name=f"示范县第{i}局", parent=gov, issuer_code=f"B{i + 10:08d}")
        for i in range(len(DEPT_WEIGHTS))
    ]
    user = User.objects.create(username="bench")
    types, outcomes = list(ApplicantType), list(Outcome)
    tz = ZoneInfo("Asia/Shanghai")
    seq: dict = {}
    batch, remedies = [], []
    for n in range(size):
        dept = rng.choices(depts, weights=DEPT_WEIGHTS)[0]
        received = date(YEAR - 2, 1, 1) + timedelta(days=rng.randrange(3 * 365))
        kind = rng.choices(types, weights=TYPE_WEIGHTS)[0]
        open_ = rng.random() < (0.25 if received.year == YEAR and received.month == 12 else 0.03)
        closed = None if open_ else received + timedelta(days=min(rng.expovariate(1 / 14), 300) // 1)
        key = (dept.pk, received.year)
        seq[key] = seq.get(key, 0) + 1
        person = kind == ApplicantType.NATURAL_PERSON
        batch.append(
            Application(
                department=dept,
                reg_year=received.year,
                reg_seq=seq[key],
                tracking_code=f"B{n:011d}",
                channel="online",
                received_at=datetime(received.year, received.month, received.day, 10, tzinfo=tz),
                received_on=received,
                applicant_type=kind,
                name="申请人",
                id_number="x" if person else "",
                credit_code="" if person else "x",
                phone="1",
                delivery_form="online",
                state=State.HANDLING if open_ else State.REPLIED,
                outcome="" if open_ else rng.choices(outcomes, weights=OUTCOME_WEIGHTS)[0].value,
                closed_on=closed,
                replied_on=closed,
            )
        )
        if len(batch) >= 5000:
            with transaction.atomic():
                created = Application.objects.bulk_create(batch)
                for a in created:
                    if rng.random() < 0.01:
                        done = rng.random() < 0.7
                        remedies.append(
                            Remedy(
                                application=a,
                                kind=rng.choice(list(RemedyKind)).value,
                                filed_on=a.received_on + timedelta(days=60),
                                result=rng.choice(["upheld", "corrected", "other"]) if done else "pending",
                                concluded_on=a.received_on + timedelta(days=150) if done else None,
                                recorded_by=user,
                            )
                        )
                Remedy.objects.bulk_create(remedies)
            batch.clear()
            remedies.clear()
    if batch:
        Application.objects.bulk_create(batch)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    return depts[0]


def _median(fn) -> float:
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def child(db: str, size: int) -> dict:
    with tempfile.TemporaryDirectory(prefix="gk-bench-reports-") as workdir:
        _setup(db, workdir)
        t0 = time.perf_counter()
        busiest = _load(size)
        load_s = time.perf_counter() - t0
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        from gongkai.foi.models import Application
        from gongkai.reports.choices import ReportScope
        from gongkai.reports.formats import format_2021 as fmt
        from gongkai.reports.selectors.report import tables_compute
        from gongkai.reports.selectors.tables import application_counts

        dept_ids = [busiest.pk]

        def dept_table3():
            return fmt.build_table3(application_counts(department_ids=dept_ids, year=YEAR))

        def region_table3():
            return fmt.build_table3(application_counts(department_ids=None, year=YEAR))

        with CaptureQueriesContext(connection) as q:
            region = region_table3()
        assert fmt.check_table3(region) == [], "invariants must hold on the benchmark data"
        return {
            "db": db,
            "vendor": connection.vendor,
            "applications": Application.objects.count(),
            "department_applications": Application.objects.filter(department=busiest).count(),
            "load_s": load_s,
            "dept_table3_s": _median(dept_table3),
            "region_table3_s": _median(region_table3),
            "dept_snapshot_s": _median(
                lambda: tables_compute(
                    scope=ReportScope.DEPARTMENT, department=busiest, year=YEAR, version="2021"
                )
            ),
            "region_snapshot_s": _median(
                lambda: tables_compute(scope=ReportScope.REGION, department=None, year=YEAR, version="2021")
            ),
            "table3_queries": len(q.captured_queries),
            "region_new": region["new"]["total"],
            "region_carried_out": region["carried_out"]["total"],
        }


def section(results: list[dict], size: int) -> str:
    lines = [
        "## Annual report",
        "",
        "Command: `.venv/bin/python bench/reports.py --size 100000` (SQLite temp file; PostgreSQL database "
        "`gongkai_bench_reports`). Applications are bulk-inserted over three years (13 departments of very "
        "different sizes, ~75 % natural persons, outcomes weighted like published reports, carry-overs across "
        f"year ends), then the {YEAR} table 3 is timed (median of {REPEATS}). Table 3 is two GROUP BY queries "
        "with conditional counts (by applicant type; by applicant type × outcome); nothing is loaded row by row. "
        "The full snapshot adds table 2 (catalogue), table 4 (remedies) and the section-一 facts. Target: < 2 s.",
        "",
        "| database | applications | busiest department | table 3, department | table 3, region | "
        "snapshot, department | snapshot, region | queries for table 3 |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        lines.append(
            f"| {r['db']} | {r['applications']:,} | {r['department_applications']:,} | "
            f"{r['dept_table3_s'] * 1000:.0f} ms | {r['region_table3_s'] * 1000:.0f} ms | "
            f"{r['dept_snapshot_s'] * 1000:.0f} ms | {r['region_snapshot_s'] * 1000:.0f} ms | {r['table3_queries']} |"
        )
    lines += [
        "",
        f"Region-wide {YEAR}: {results[0]['region_new']:,} new, {results[0]['region_carried_out']:,} carried over; "
        "every invariant holds on the benchmark data (checked by the script).",
        "",
    ]
    return "\n".join(lines)


def write_section(path: Path, text: str) -> None:
    """Replace our section (up to the next "## "), or append it; other sections stay untouched."""
    current = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n\n"
    pattern = re.compile(r"^## Annual report\n.*?(?=^## |\Z)", re.S | re.M)
    if pattern.search(current):
        current = pattern.sub(lambda _m: text + "\n", current)
    else:
        current = current.rstrip("\n") + "\n\n" + text
    path.write_text(current, encoding="utf-8")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--dbs", nargs="+", default=["sqlite", "postgres"])
    parser.add_argument("--out", default=str(ROOT / "BENCHMARKS.md"))
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.size)))
        return
    results = []
    for db in args.dbs:
        out = subprocess.run(
            [sys.executable, __file__, "--child", db, "--size", str(args.size)],
            check=True,
            capture_output=True,
            text=True,
            cwd=ROOT,
        )
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))
        print(json.dumps(results[-1]), flush=True)
    write_section(Path(args.out), section(results, args.size))


if __name__ == "__main__":
    main()
