"""Readers: files and streams become ``Interaction`` records or per-record failures."""

from __future__ import annotations

from pvflag.io.turns import assemble_turns, infer_roles, parse_turns, role_for_label

__all__ = ["assemble_turns", "infer_roles", "parse_turns", "role_for_label"]
