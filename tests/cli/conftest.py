import json
from dataclasses import dataclass

import pytest

from newsreader.cli import run


@dataclass
class Outcome:
    code: int
    out: str
    err: str

    def json(self):
        return json.loads(self.out)


@pytest.fixture
def cli(capsys):
    """Run the CLI in-process: cli("show", "x") -> Outcome(code, out, err)."""

    def invoke(*argv: str) -> Outcome:
        try:
            code = run(list(argv))
        except SystemExit as exc:  # argparse: --help, usage errors
            code = exc.code if isinstance(exc.code, int) else 1
        captured = capsys.readouterr()
        return Outcome(code, captured.out, captured.err)

    return invoke
