"""A stored file, once per content: every app's rows point here (attachments, identity proofs, letters)."""

from django.db import models


class Blob(models.Model):
    """File content, stored once under its SHA-256 (the storage name is derived from it)."""

    sha256 = models.CharField(max_length=64, primary_key=True)
    size = models.PositiveBigIntegerField()
    kind = models.CharField(max_length=10)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.sha256
