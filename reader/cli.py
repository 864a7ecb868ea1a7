"""The `newsreader` command: the reader by default, and subcommands for scripts."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from reader import __version__
from reader.library import Library, load
from reader.model import Story
from reader.resources import seeds_dir
from reader.sanitize import printable

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE = 0, 1, 2


def _library(paths: Sequence[Path]) -> Library:
    """Load `paths` (the bundled seeds when empty), reporting skipped files on stderr."""
    library = load(paths or [seeds_dir()])
    for skipped in library.skipped:
        print(printable(str(skipped)), file=sys.stderr)
    return library


def cmd_parse(args: argparse.Namespace) -> int:
    from reader.schema import story_to_dict

    library = _library(args.paths)
    if args.json:
        json.dump([story_to_dict(story) for story in library.stories], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for story in library.stories:
            print(printable(_describe(story)))
    return EXIT_PARTIAL if library.skipped else EXIT_OK


def _describe(story: Story) -> str:
    """A human summary of what the parser understood."""
    from reader.quotes import find_quotes

    dateline = story.dateline
    lines = [
        f"{story.title}  [{story.kind}, id {story.id}]",
        f"  site: {story.site or '-'}   section: {story.section or '-'}",
        f"  authors: {', '.join(story.authors) or '-'}",
        "  dateline: "
        + (
            f"{dateline.place or '-'} ({dateline.agency or '-'}) {dateline.date or '-'}"
            if dateline
            else "-"
        ),
    ]
    if story.kind == "full":
        paragraphs = sum(block.kind == "paragraph" for block in story.body)
        subheads = [block.text for block in story.body if block.kind == "subhead"]
        lines.append(f"  body: {paragraphs} paragraphs, {len(subheads)} subheads {subheads if subheads else ''}".rstrip())
        quotes = find_quotes(story.body)
        speakers = sorted({q.speaker for q in quotes if q.speaker})
        lines.append(f"  quotes: {len(quotes)} ({', '.join(speakers) or 'no speakers'})")
        lines.append(f"  credits: {story.credits or '-'}")
        lines.append(f"  related: {len(story.related_links)} links, {len(story.related)} stories")
    if story.teaser:
        lines.append(f"  teaser: {story.teaser[:100]}")
    lines.append(f"  source: {story.source}")
    return "\n".join(lines)


def _build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        type=Path,
        default=argparse.SUPPRESS,
        metavar="PATH",
        help="state file (read/unread, bookmarks, settings); default: in the user data dir",
    )
    parser = argparse.ArgumentParser(
        prog="newsreader",
        description="A terminal news reader that highlights who said what.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"newsreader {__version__}")
    parser.add_argument("--db", type=Path, default=None, metavar="PATH", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    parse_cmd = commands.add_parser(
        "parse", parents=[common], help="print what newsreader understood of article files"
    )
    parse_cmd.add_argument("--json", action="store_true", help="print one JSON array of story objects")
    parse_cmd.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="article files or folders")
    parse_cmd.set_defaults(handler=cmd_parse)

    parser.epilog = _epilog(commands)
    return parser


def _epilog(commands: argparse._SubParsersAction) -> str:
    """Every command's usage, so `newsreader --help` documents them all."""
    lines = ["commands and their options:"]
    for name, sub in commands.choices.items():
        lines.append(f"  {sub.format_usage().removeprefix('usage: ').strip()}")
        for action in sub._actions:
            if action.help in (None, argparse.SUPPRESS) or isinstance(action, argparse._HelpAction):
                continue
            flag = ", ".join(action.option_strings) or action.metavar or action.dest
            lines.append(f"      {flag:<16} {action.help}")
    lines.append("Run `newsreader COMMAND --help` for one command.")
    return "\n".join(lines)


def _with_default_command(argv: list[str], names: Sequence[str]) -> list[str]:
    """`newsreader [PATH...]` means `newsreader read [PATH...]`."""
    skip_value = False
    for token in argv:
        if skip_value:
            skip_value = False
        elif token in ("--db", "--library"):
            skip_value = True
        elif token in ("-h", "--help", "--version") or token in names:
            return argv
        elif not token.startswith("-") or token == "--":
            break
    return ["read", *argv]


def main(argv: Sequence[str] | None = None) -> int:
    parser = _build_parser()
    names = list(parser._subparsers._group_actions[0].choices)  # type: ignore[union-attr]
    args = parser.parse_args(_with_default_command(list(sys.argv[1:] if argv is None else argv), names))
    try:
        return args.handler(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
