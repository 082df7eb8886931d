"""How ``briefs -h`` looks: plain text as Unix tools write it, not typer's defaults.

Typer's rich panels printed ``<bool>`` after every flag (``--help <bool>``) and
``<list[str]>`` after arguments, and its usage line read ``{paths}...``; its plain mode cut
each command's summary at 45 characters. These two classes fix that and nothing else.
"""

from __future__ import annotations

from typing import Any

from typer.core import TyperCommand, TyperGroup


class PlainCommand(TyperCommand):
    """Help as Unix tools write it: ``PATH...`` in the usage line and the arguments list, no
    Python types (typer writes ``{paths}...`` and ``<list[str]>``)."""

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        pieces = [self.options_metavar] if self.options_metavar else []
        for param in self.get_params(ctx):
            pieces += [_metavar(param)] if param.param_type_name == "argument" else param.get_usage_pieces(ctx)
        return pieces

    def format_options(self, ctx: Any, formatter: Any) -> None:
        rows: dict[str, list[tuple[str, str]]] = {"argument": [], "option": []}
        for param in self.get_params(ctx):
            record = param.get_help_record(ctx)
            if record is not None and param.param_type_name in rows:
                name = _metavar(param) if param.param_type_name == "argument" else record[0]
                rows[param.param_type_name].append((name, record[1]))
        for title, kind in (("Arguments", "argument"), ("Options", "option")):
            if rows[kind]:
                with formatter.section(title):
                    formatter.write_dl(rows[kind])


class PlainGroup(TyperGroup):
    """Each command's whole first sentence in the list, wrapped, not cut at 45 characters."""

    def format_commands(self, ctx: Any, formatter: Any) -> None:
        commands = [(name, cmd) for name in self.list_commands(ctx)
                    if (cmd := self.get_command(ctx, name)) is not None and not cmd.hidden]
        if commands:
            with formatter.section("Commands"):
                formatter.write_dl([(name, cmd.get_short_help_str(limit=1000)) for name, cmd in commands])


def _metavar(param: Any) -> str:
    return param.metavar or (param.name or "").upper() + ("..." if param.nargs != 1 else "")
