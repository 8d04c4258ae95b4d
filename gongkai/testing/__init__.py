"""Support shared by the isolation matrices of every app (test code only)."""
