"""The Learn page's words, read from the shipped file and from broken copies of it.

Each broken copy changes one thing in the shipped file, so the error it raises can only
come from that change, and must name the file and the field a translator has to fix.
"""

from __future__ import annotations

import pytest

from backrelief_gui.core.bundled import bundled_resources
from backrelief_gui.core.learn import LEARN_FILE, load_learn
from backrelief_gui.core.loading import CatalogueError

SHIPPED = (bundled_resources() / LEARN_FILE).read_text(encoding="utf-8")
# The five causes and five tips of EXERCISES.md, by the ids a translation keeps.
CAUSES = ["posture", "strain", "sitting", "injury", "stress"]
TIPS = ["posture", "breaks", "furniture", "active", "help"]


def load_text(tmp_path, text):
    path = tmp_path / LEARN_FILE
    path.write_text(text, encoding="utf-8")
    return load_learn(path)


def changed(old, new, count=1):
    assert SHIPPED.count(old) >= count, f"the shipped file no longer holds {old!r}"
    return SHIPPED.replace(old, new, count)


def test_the_shipped_text_has_every_cause_and_tip():
    learn = load_learn(bundled_resources() / LEARN_FILE)
    assert [point.id for point in learn.causes.points] == CAUSES
    assert [point.id for point in learn.tips.points] == TIPS
    titles = [point.title for point in (*learn.causes.points, *learn.tips.points)]
    assert "Poor posture" in titles and "Stress" in titles and "Take breaks" in titles
    assert learn.title and learn.intro and learn.safety_heading
    assert learn.causes.heading != learn.tips.heading


def test_a_copy_on_disk_loads_the_same(tmp_path):
    assert load_text(tmp_path, SHIPPED) == load_learn(bundled_resources() / LEARN_FILE)


@pytest.mark.parametrize(
    ("old", "new", "field", "problem"),
    [
        ('title = "Muscle strain"\n', "", "causes.point[1].title", "this field is missing"),
        ('title = "Stay active"', "title = 5", "tips.point[3].title", "expected text in quotes"),
        ('id = "injury"', 'id = "Injury!"', "causes.point[3].id", "lowercase letters"),
        ('id = "strain"', 'id = "posture"', "causes.point[1].id", "used twice"),
        ('text = "Regular', 'colour = "red"\ntext = "Regular', "tips.point[3].colour", "unknown"),
        ('heading = "Exercising safely"', 'heading = ""', "safety.heading", "empty"),
        ("[safety]\n", "[safe]\n", "safe", "unknown field"),
        ("format = 1", "format = 2", "format", "expected 1"),
        ('intro = "Small habits, kept up', 'intro = 3\n# "', "tips.intro", "a whole number"),
    ],
)
def test_a_mistake_is_reported_with_its_file_and_field(tmp_path, old, new, field, problem):
    with pytest.raises(CatalogueError) as caught:
        load_text(tmp_path, changed(old, new))
    error = caught.value
    assert error.file == str(tmp_path / LEARN_FILE)
    assert error.field == field
    assert problem in error.problem
    assert str(error).startswith(f"{tmp_path / LEARN_FILE}, field '{field}': ")


def test_a_section_without_points_is_refused(tmp_path):
    without_tips = SHIPPED[: SHIPPED.index("[[tips.point]]")] + SHIPPED[SHIPPED.index("[safety]") :]
    with pytest.raises(CatalogueError, match=r"field 'tips\.point': this field is missing"):
        load_text(tmp_path, without_tips)


def test_text_that_is_not_toml_names_the_file(tmp_path):
    with pytest.raises(CatalogueError, match=r"learn\.toml: this is not valid TOML"):
        load_text(tmp_path, changed('title = "Injury"', 'title = "Injury'))


def test_a_missing_file_names_it(tmp_path):
    with pytest.raises(CatalogueError, match=r"learn\.toml: the file cannot be read"):
        load_learn(tmp_path / LEARN_FILE)
