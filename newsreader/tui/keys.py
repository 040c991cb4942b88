"""Every key binding in one place: an id (rebindable from `[keys]`), keys, help text."""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding


@dataclass(frozen=True, slots=True)
class Key:
    id: str
    keys: str
    action: str
    description: str
    show: bool = True
    key_display: str | None = None
    footer: str | None = None  # a shorter description for the footer at 80 columns
    # Handled as the key arrives, before keys typed after it are delivered: after a
    # quick "tab t" the "t" must go to the new pane, not to the query box.
    priority: bool = False


# The main screen: panes, matches, the article.
MAIN = [
    Key("search", "slash", "focus_search", "Search", key_display="/"),
    Key("timeline", "t", "timeline", "Timeline"),
    Key("next_match", "n", "next_match", "Next match", footer="Next"),
    Key("prev_match", "N", "prev_match", "Previous match", footer="Prev"),
    Key("next_pane", "tab", "next_pane", "Next pane", footer="Pane", priority=True),
    Key("prev_pane", "shift+tab", "prev_pane", "Previous pane", show=False, priority=True),
    Key("back", "escape", "back", "Back", show=False),
    Key("versions", "v", "versions", "Versions of the open article", footer="Versions"),
    Key("show_url", "o", "show_url", "Show the original URL", show=False),
    Key("pager", "e", "pager", "Open the article in $PAGER", show=False),
    Key("use_suggestion", "ctrl+g", "use_suggestion", "Use the suggested query", show=False),
    Key("clear_filter", "x", "clear_filter", "Clear the name filter: all articles", show=False),
]
# The views over the main screen, reachable from it and from each other (shown in the
# top bar rather than the footer: 80 columns hold only so many keys).
VIEW_KEYS = [
    Key("quotes", "s", "view('quotes')", "Quotes by speaker", show=False),
    Key("names", "p", "view('names')", "People, places, organizations: filter by one", show=False),
    Key("coverage", "c", "view('coverage')", "Coverage: outlets by timeline events", show=False),
]
# Every view: back to the article or results, between its lists.
VIEW = [
    Key("back", "escape", "back", "Back", footer="Back"),
    Key("next_pane", "tab", "app.focus_next", "Next list", footer="Pane"),
    Key("prev_pane", "shift+tab", "app.focus_previous", "Previous list", show=False),
    *VIEW_KEYS,
]
VERSIONS = [
    Key("diff_full", "f", "toggle_full", "Show or fold unchanged paragraphs", footer="All text")
]
NAMES = [Key("search", "slash", "find", "Find a name", key_display="/", footer="Find")]
# The coverage matrix: a grid of cells.
GRID = [
    Key("down", "j", "cursor_down", "Down", show=False),
    Key("up", "k", "cursor_up", "Up", show=False),
    Key("left", "h", "cursor_left", "Left", show=False),
    Key("right", "l", "cursor_right", "Right", show=False),
    Key("top", "g", "first", "First event", show=False),
    Key("bottom", "G", "last", "Last event", show=False),
]
# The app: everywhere.
APP = [
    Key("help", "question_mark", "help", "Help", key_display="?"),
    Key("quit", "q", "quit", "Quit"),
]
# Textual's own, listed in the help screen only.
BUILTIN = [
    Key("command_palette", "ctrl+p", "command_palette", "Commands: views, rebuild, open, theme")
]
# Lists (results, events, sources).
LIST = [
    Key("down", "j", "cursor_down", "Down", show=False),
    Key("up", "k", "cursor_up", "Up", show=False),
    Key("top", "g", "first", "First", show=False),
    Key("bottom", "G", "last", "Last", show=False),
]
# The article viewer.
READER = [
    Key("scroll_down", "j", "scroll_down", "Scroll down", show=False),
    Key("scroll_up", "k", "scroll_up", "Scroll up", show=False),
    Key("scroll_top", "g", "scroll_home", "Top of the article", show=False),
    Key("scroll_bottom", "G", "scroll_end", "End of the article", show=False),
]
# Shown in the help screen, with where they apply.
GROUPS = [
    ("Everywhere", APP + MAIN + VIEW_KEYS + BUILTIN),
    ("Result, event and source lists", LIST),
    ("Article viewer", READER),
    ("Versions, quotes, names and coverage views", VIEW[:2] + VERSIONS + NAMES),
    ("Coverage matrix", GRID[2:4]),
]
# Each id's key (ids shared by several screens bind the same key).
BY_ID = {k.id: k for group in (LIST, GRID, NAMES, VERSIONS, VIEW, APP, MAIN) for k in group}


def bindings(keys: list[Key]) -> list[Binding]:
    return [
        Binding(
            k.keys,
            k.action,
            k.footer or k.description,
            show=k.show,
            key_display=k.key_display,
            priority=k.priority,
            id=k.id,
        )
        for k in keys
    ]
