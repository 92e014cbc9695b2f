"""data.inputs_file / targets_file: a spec can only read data files in its own folder (or below it)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.errors import SpecError
from generator.spec.load import load_spec

SPEC = """title: t
network: {{layers: [2, 1], activations: [sigmoid], loss: half_sse}}
parameters: {{weights: [[[0.1, 0.2]]]}}
data: {{inputs_file: "{path}", targets: [[0.5]]}}
training: {{learning_rate: 0.5}}
"""


def _spec(folder: Path, path: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    p = folder / "s.yaml"
    p.write_text(SPEC.format(path=path), encoding="utf-8")
    return p


def test_file_beside_and_below_the_spec_is_read(tmp_path: Path) -> None:
    (tmp_path / "spec" / "data").mkdir(parents=True)
    (tmp_path / "spec" / "data" / "x.csv").write_text("0.5, 0.25\n", encoding="utf-8")
    spec = load_spec(_spec(tmp_path / "spec", "data/x.csv"))
    assert [[float(v) for v in r] for r in spec.inputs] == [[0.5, 0.25]]
    absolute = str(tmp_path / "spec" / "data" / "x.csv")
    assert load_spec(_spec(tmp_path / "spec", absolute)).m == 1


@pytest.mark.parametrize("path", ["../secret.csv", "/etc/passwd", "data/../../secret.csv", "link.csv"])
def test_files_outside_the_spec_folder_are_refused_unread(tmp_path: Path, path: str) -> None:
    secret = tmp_path / "secret.csv"
    secret.write_text("sEcReT:x:0:0\n", encoding="utf-8")
    folder = tmp_path / "spec"
    folder.mkdir()
    (folder / "data").mkdir()
    if path == "link.csv":
        os.symlink(secret, folder / "link.csv")  # a link out of the folder is outside too
    with pytest.raises(SpecError, match="outside the spec's folder") as info:
        load_spec(_spec(folder, path))
    assert "sEcReT" not in info.value.message  # nothing of the file's content leaks into the message
