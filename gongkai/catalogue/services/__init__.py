"""Catalogue rules: every state change goes through these functions (HackSoft style, keyword-only)."""
