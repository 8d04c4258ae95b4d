"""The sweep removes blobs nothing references (rows and stored files), after a grace period, never in use."""

import os
from datetime import datetime, timedelta

import pytest
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone

from gongkai.catalogue.tests.views.factories import add_attachment, build_org, make_document, pdf_upload
from gongkai.files.filetypes import FileKind
from gongkai.files.models import Blob
from gongkai.files.storage import blob_name, blob_storage, spool_dir
from gongkai.files.sweep import GRACE, SweepResult, blob_sweep, references
from gongkai.files.uploads import blob_from_bytes

pytestmark = pytest.mark.django_db
OLD = timedelta(days=3)


def pdf(n: int) -> bytes:
    return b"%PDF-1.4\n%" + str(n).encode() + b"\n%%EOF\n"


def stored(blob_or_sha) -> bool:
    sha = getattr(blob_or_sha, "sha256", blob_or_sha)
    return blob_storage().exists(blob_name(sha))


def age_file(name_or_path, by: timedelta) -> None:
    path = name_or_path if os.path.isabs(str(name_or_path)) else blob_storage().path(name_or_path)
    then = (timezone.now() - by).timestamp()
    os.utime(path, (then, then))


def orphan_row(n: int, *, age: timedelta) -> Blob:
    with transaction.atomic():
        blob = blob_from_bytes(data=pdf(n), kind=FileKind.PDF)
    Blob.objects.filter(pk=blob.pk).update(created_at=timezone.now() - age)
    age_file(blob_name(blob.sha256), age)
    return blob


def orphan_file(n: int, *, age: timedelta) -> str:
    """What a crash between storing the file and committing its row leaves behind."""
    with pytest.raises(ZeroDivisionError), transaction.atomic():
        blob = blob_from_bytes(data=pdf(n), kind=FileKind.PDF)
        1 / 0  # noqa: B018
    age_file(blob_name(blob.sha256), age)
    return blob.sha256


@pytest.fixture
def referenced():
    org = build_org()
    attachment = add_attachment(make_document(org), org.edu_drafter, pdf_upload())
    Blob.objects.filter(pk=attachment.blob_id).update(created_at=timezone.now() - OLD)
    age_file(blob_name(attachment.blob_id), OLD)
    return attachment.blob


def test_old_unreferenced_rows_and_files_go_and_everything_else_stays(referenced):
    old_row, young_row = orphan_row(1, age=OLD), orphan_row(2, age=timedelta(hours=1))
    old_file, young_file = orphan_file(3, age=OLD), orphan_file(4, age=timedelta(hours=1))
    result = blob_sweep(now=timezone.now())
    assert result == SweepResult(rows=1, files=1)  # old_row's file went with its row
    assert not Blob.objects.filter(pk=old_row.pk).exists() and not stored(old_row)
    assert not stored(old_file)
    assert Blob.objects.filter(pk__in=[referenced.pk, young_row.pk]).count() == 2
    assert stored(referenced) and stored(young_row) and stored(young_file)


def test_the_grace_period_spares_an_upload_in_progress():
    sha = orphan_file(5, age=GRACE - timedelta(minutes=5))
    assert blob_sweep(now=timezone.now()) == SweepResult(rows=0, files=0)
    assert stored(sha)
    assert blob_sweep(now=timezone.now() + timedelta(minutes=10)) == SweepResult(rows=0, files=1)


def test_a_blob_referenced_only_through_a_hidden_relation_is_kept():
    """Identity proofs point at Blob with related_name="+": the sweep must still see them."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    from gongkai.foi.services import application_register
    from gongkai.foi.tests.conftest import person_data

    org = build_org()
    application = application_register(
        department=org.edu,
        data=person_data(),
        received_at=timezone.now(),
        id_proof=SimpleUploadedFile("身份证.pdf", pdf(8)),
    )
    Blob.objects.filter(pk=application.id_proof_id).update(created_at=timezone.now() - OLD)
    age_file(blob_name(application.id_proof_id), OLD)
    assert blob_sweep(now=timezone.now()) == SweepResult(rows=0, files=0)
    assert stored(application.id_proof_id)


def test_every_kind_of_reference_counts(referenced):
    # Letters, delivered files and identity proofs also point at Blob: the sweep finds them from the models.
    related = {f"{rel.related_model._meta.label}.{rel.field.name}" for rel in references()}
    assert {"catalogue.Attachment.blob", "foi.Application.id_proof"} <= related
    assert {"foi_letters.Letter.pdf", "foi_letters.Letter.docx", "foi_letters.DeliveredFile.blob"} <= related
    assert blob_sweep(now=timezone.now() + OLD) == SweepResult(rows=0, files=0)
    assert stored(referenced)


def test_removing_the_last_attachment_lets_its_blob_go(referenced):
    referenced.attachments.get().delete()
    assert blob_sweep(now=timezone.now()) == SweepResult(rows=1, files=0)
    assert not Blob.objects.exists() and not stored(referenced)


def test_stale_scratch_files_of_dead_requests_are_removed():
    spool_dir().mkdir(parents=True, exist_ok=True)
    stale, fresh = spool_dir() / "tmpstale", spool_dir() / "tmpfresh"
    stale.write_bytes(b"x")
    fresh.write_bytes(b"y")
    age_file(stale, OLD)
    assert blob_sweep(now=timezone.now()).files == 1
    assert not stale.exists() and fresh.exists()


def test_the_command_reports_in_chinese_and_takes_a_grace_period(capsys):
    orphan_file(6, age=timedelta(hours=2))
    call_command("files_sweep")
    assert "无记录的存储文件 0 个" in capsys.readouterr().out
    call_command("files_sweep", "--grace-hours", "1")
    assert "无记录的存储文件 1 个" in capsys.readouterr().out


def test_the_sweep_task_is_registered_for_half_past_three_shanghai_time():
    from huey.contrib.djhuey import HUEY

    import gongkai.files.tasks  # noqa: F401 - registers the task, as the consumer's autodiscovery does

    def due_at(utc_naive):
        return [t.name for t in HUEY.read_periodic(utc_naive)]

    assert "files_sweep" in due_at(datetime(2024, 5, 6, 19, 30))  # 03:30 Asia/Shanghai
    assert "files_sweep" not in due_at(datetime(2024, 5, 6, 3, 30))


def test_the_task_runs_the_sweep():
    from gongkai.files.tasks import files_sweep

    orphan_file(7, age=OLD)
    assert _any_blob_file()
    files_sweep.call_local()
    assert not _any_blob_file()


def _any_blob_file() -> bool:
    storage = blob_storage()
    return any(storage.listdir(f"{a}/{b}")[1] for a in storage.listdir("")[0] for b in storage.listdir(a)[0])
