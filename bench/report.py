"""Turns the benchmark's JSON results into the "## Search" section of BENCHMARKS.md."""

import json
import os
import platform
import re
from pathlib import Path

from queries import CLASSES


def _pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))] if values else float("nan")


def _ms(v):
    return "—" if v != v else (f"{v:.1f}" if v < 100 else f"{v:.0f}")


def _size(b):
    return f"{b / 2**20:.0f} MB" if b else "—"


def _times(result, cls, key="top20_ms"):
    return [t for q in result["queries"] if q["class"] == cls for t in q[key]]


def _recall(result, classes):
    rows = [q for q in result["queries"] if q["class"] in classes]
    expected = sum(q["expected"] for q in rows)
    correct, found = sum(q["correct"] for q in rows), sum(q["found"] for q in rows)
    return (correct / expected if expected else 1.0), (correct / found if found else 1.0)


def size_section(summary: dict) -> str:
    n, lines = summary["size"], []
    sqlite, pg, xap = summary.get("sqlite"), summary.get("postgres"), summary.get("xapian")
    docs = (sqlite or pg or {}).get("documents", n)
    lines.append(f"### {n:,} documents\n")
    lines.append("| | SQLite FTS5 (ours) | PostgreSQL GIN (ours) | pg_trgm GIN | Xapian CJK n-gram |")
    lines.append("|---|---|---|---|---|")
    trgm = (pg or {}).get("trgm", {})
    rate = lambda r: f"{r['build_rate']:,.0f} docs/s ({r['build_s']:.0f} s)" if r else "—"  # noqa: E731
    lines.append(
        f"| index build | {rate(sqlite)} | {rate(pg)} | "
        f"{docs / trgm['build_s']:,.0f} docs/s ({trgm['build_s']:.0f} s) | {rate(xap)} |"
        if trgm
        else f"| index build | {rate(sqlite)} | {rate(pg)} | — | {rate(xap)} |"
    )
    lines.append(
        f"| index size | {_size((sqlite or {}).get('index_bytes'))} | {_size((pg or {}).get('index_bytes'))} "
        f"| {_size(trgm.get('index_bytes'))} | {_size((xap or {}).get('index_bytes'))} |"
    )
    mem = lambda r, k: f"{r[k]:.0f} MB" if r and r.get(k) else "—"  # noqa: E731
    lines.append(
        f"| peak RSS (build / after queries) | {mem(sqlite, 'build_rss_mb')} / {mem(sqlite, 'query_rss_mb')} | "
        f"{mem(pg, 'build_rss_mb')} / {mem(pg, 'query_rss_mb')} (client; server not counted) | — | "
        f"{mem(xap, 'rss_mb')} |"
    )
    ge2 = [c for c in CLASSES if c != "1字"]
    for label, classes in (
        ("recall / precision, ≥2 characters", ge2),
        ("recall / precision, 1 character", ["1字"]),
    ):
        cells = []
        for r in (sqlite, pg):
            cells.append("{:.3f} / {:.3f}".format(*_recall(r, classes)) if r else "—")
        cells.append("substring by definition")
        cells.append("{:.3f} / {:.3f}".format(*_recall(xap, classes)) if xap else "—")
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    lines.append("")
    lines.append(
        'Latency in ms, top 20 with highlights (p50 / p95 / p99); "page" = the portal page\'s work '
        "(top 20 + total + facet counts), p50; LIKE and pg_trgm: top 20 by date, no highlights, p50.\n"
    )
    lines.append(
        "| query class (n) | avg hits | SQLite p50/p95/p99 | SQLite page | PostgreSQL p50/p95/p99 | PG page | "
        "LIKE SQLite | LIKE PG | pg_trgm | Xapian p50/p95 |"
    )
    lines.append("|---|---|---|---|---|---|---|---|---|---|")
    for cls in CLASSES:
        qs = [q for q in summary["queries"] if q["class"] == cls]
        if not qs:
            continue
        hits = sum(len(q["ids"]) for q in qs) / len(qs)
        cells = [f"{cls} ({len(qs)})", f"{hits:,.0f}"]
        for r in (sqlite, pg):
            if r:
                t = _times(r, cls)
                cells += [
                    f"{_ms(_pct(t, 50))} / {_ms(_pct(t, 95))} / {_ms(_pct(t, 99))}",
                    _ms(_pct(_times(r, cls, "page_ms"), 50)),
                ]
            else:
                cells += ["—", "—"]
        cells.append(_ms(_pct(_times(sqlite, cls, "like_ms"), 50)) if sqlite else "—")
        cells.append(_ms(_pct(_times(pg, cls, "like_ms"), 50)) if pg else "—")
        if trgm:
            cells.append(_ms(_pct([t for q in qs for t in trgm["ms"].get(q["q"], [])], 50)))
        else:
            cells.append("—")
        if xap:
            t = _times(xap, cls)
            cells.append(f"{_ms(_pct(t, 50))} / {_ms(_pct(t, 95))}")
        else:
            cells.append("—")
        lines.append("| " + " | ".join(cells) + " |")
    lines.append("")
    return "\n".join(lines)


def write_report(workdir: Path, out: str, command: str, notes: str = "") -> None:
    summaries = sorted(
        (json.loads(p.read_text()) for p in Path(workdir).glob("summary-*.json")), key=lambda s: s["size"]
    )
    head = [
        "## Search",
        "",
        f"Command: {command} (written by bench/report.py; corpus and method in bench/search.py).",
        f"Machine: {os.cpu_count()} cores, {platform.python_implementation()} {platform.python_version()}, "
        "SQLite and PostgreSQL on the same host; other work was running on the machine at the same time.",
        "",
    ]
    notes_path = Path(__file__).with_name("search_notes.md")
    body = (
        "\n".join(head)
        + "\n"
        + (notes_path.read_text() + "\n" if notes_path.exists() else "")
        + "\n".join(size_section(s) for s in summaries)
    )
    path = Path(out)
    text = path.read_text() if path.exists() else "# Benchmarks\n\n"
    if re.search(r"^## Search$", text, re.M):
        text = re.sub(r"^## Search\n.*?(?=^## |\Z)", body + "\n", text, flags=re.M | re.S)
    else:
        text = text.rstrip("\n") + "\n\n" + body + "\n"
    path.write_text(text)


if __name__ == "__main__":
    # Regenerate the section from the results of earlier runs (e.g. sizes measured by separate commands).
    import argparse
    import tempfile

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--workdir", default=str(Path(tempfile.gettempdir()) / "gongkai-search-bench"))
    parser.add_argument("--out", default=str(Path(__file__).resolve().parents[1] / "BENCHMARKS.md"))
    parser.add_argument(
        "--command", required=True, help="the commands that produced the results, for the text"
    )
    args = parser.parse_args()
    write_report(Path(args.workdir), args.out, args.command)
