"""Xapian baseline (run with the system python3 and the Debian package python3-xapian).

    /usr/bin/python3 bench/xapian_run.py CORPUS.jsonl QUERIES.json RESULT.json DB_DIR

CJK n-grams (FLAG_CJK_NGRAM: unigrams and bigrams) on the same title and plain-text body, title weighted 5;
queries parsed with the same flag and AND as the default operator; top 20 with MSet.snippet highlights.
Xapian 1.4's query parser ANDs a CJK term's n-grams without positions, so the index keeps none (the same
results, a smaller index and a faster build), and commits every 100,000 documents instead of every 10,000.
"""

import json
import os
import resource
import shutil
import sys
import time
from pathlib import Path

import xapian

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import corpus  # noqa: E402
from queries import texts  # noqa: E402


def main(corpus_path, queries_path, result_path, db_dir):
    shutil.rmtree(db_dir, ignore_errors=True)
    os.environ.setdefault("XAPIAN_FLUSH_THRESHOLD", "100000")
    db = xapian.WritableDatabase(db_dir, xapian.DB_CREATE_OR_OVERWRITE)
    generator = xapian.TermGenerator()
    generator.set_flags(xapian.TermGenerator.FLAG_CJK_NGRAM)
    start, count = time.perf_counter(), 0
    for doc in corpus.read(Path(corpus_path)):
        if not doc["public"]:
            continue
        title, body = texts(doc)
        document = xapian.Document()
        generator.set_document(document)
        generator.index_text_without_positions(title, 5)
        generator.index_text_without_positions(body)
        document.set_data(json.dumps([doc["id"], body], ensure_ascii=False))
        db.replace_document(doc["id"], document)
        count += 1
    db.commit()
    build_s = time.perf_counter() - start
    size = sum(f.stat().st_size for f in Path(db_dir).iterdir())
    parser = xapian.QueryParser()
    parser.set_database(db)
    parser.set_default_op(xapian.Query.OP_AND)
    flags = xapian.QueryParser.FLAG_CJK_NGRAM | xapian.QueryParser.FLAG_DEFAULT
    enquire = xapian.Enquire(db)

    def top20(q):
        enquire.set_query(parser.parse_query(q, flags))
        mset = enquire.get_mset(0, 20)
        for match in mset:
            _doc_id, body = json.loads(match.document.get_data())
            mset.snippet(
                body, 120, xapian.Stem("none"), xapian.MSet.SNIPPET_CJK_NGRAM, "<mark>", "</mark>", "…"
            )

    results = []
    for item in json.loads(Path(queries_path).read_text()):
        q = item["q"]
        top20(q)
        times = []
        for _ in range(3):
            begin = time.perf_counter()
            top20(q)
            times.append((time.perf_counter() - begin) * 1000)
        enquire.set_query(parser.parse_query(q, flags))
        found = {m.docid for m in enquire.get_mset(0, db.get_doccount())}
        expected = set(item["ids"])
        results.append(
            {
                "q": q,
                "class": item["class"],
                "top20_ms": times,
                "found": len(found),
                "correct": len(found & expected),
                "expected": len(expected),
            }
        )
    Path(result_path).write_text(
        json.dumps(
            {
                "documents": count,
                "build_s": build_s,
                "build_rate": count / build_s,
                "index_bytes": size,
                "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                "queries": results,
            },
            ensure_ascii=False,
        )
    )


if __name__ == "__main__":
    main(*sys.argv[1:])
