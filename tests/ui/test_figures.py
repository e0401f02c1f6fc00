"""The exercise figures: a start and an end drawing per exercise, legible in light and dark
mode, drawn sharp at any size, and moving in step with the session.

Time is compressed through the session view's ``time_scale``: a three-second cue becomes a
three-millisecond animation, which ``qtbot.waitUntil`` sees finish without any sleeping.
"""

from __future__ import annotations

import re
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QAbstractAnimation, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtSvg import QSvgRenderer

from backrelief_gui.core.bundled import bundled_resources
from backrelief_gui.core.catalogue import Dose
from backrelief_gui.core.loading import load_library
from backrelief_gui.core.plan import Step, StepKind, compile_plan
from backrelief_gui.ui.exercise_detail import ExerciseDetail
from backrelief_gui.ui.figure_motion import motion_for
from backrelief_gui.ui.figure_view import FigureView
from backrelief_gui.ui.figures import Figures, end_figure_name, paint_tile, tile_margin
from backrelief_gui.ui.pose import Pose
from backrelief_gui.ui.session_view import SessionView

RESOURCES = bundled_resources()
CATALOGUE = load_library(RESOURCES).exercises
FAST = 1000.0  # session seconds per real second in the motion tests
WCAG_GRAPHICS = 3.0  # the contrast WCAG asks of graphical objects
SVG = "{http://www.w3.org/2000/svg}"


def _figure_file(name: str):
    return RESOURCES / "figures" / name


def _drawing_pair(exercise_id: str) -> tuple[bytes, bytes]:
    figure = CATALOGUE[exercise_id].figure
    assert figure, f"{exercise_id} names no figure"
    return _figure_file(figure).read_bytes(), _figure_file(end_figure_name(figure)).read_bytes()


def _render(svg: bytes, side: int = 96) -> QImage:
    image = QImage(side, side, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    QSvgRenderer(svg).render(painter)
    painter.end()
    return image


# -- the drawings ---------------------------------------------------------------------------


def test_the_catalogue_has_its_six_exercises():
    assert len(CATALOGUE) == 6


@pytest.mark.parametrize("exercise_id", sorted(CATALOGUE))
def test_start_and_end_drawings_are_valid_and_line_up(qapp, exercise_id):
    start, end = _drawing_pair(exercise_id)
    start_renderer, end_renderer = QSvgRenderer(start), QSvgRenderer(end)
    assert start_renderer.isValid() and end_renderer.isValid()
    assert start_renderer.viewBoxF() == end_renderer.viewBoxF()
    assert not start_renderer.viewBoxF().isEmpty()


@pytest.mark.parametrize("exercise_id", sorted(CATALOGUE))
def test_start_and_end_drawings_show_different_positions(qapp, exercise_id):
    start, end = _drawing_pair(exercise_id)
    start_image, end_image = _render(start), _render(end)
    changed = sum(
        start_image.pixel(x, y) != end_image.pixel(x, y) for x in range(96) for y in range(96)
    )
    assert changed > 96 * 96 // 50, "the end drawing barely differs from the start"


@pytest.mark.parametrize("exercise_id", sorted(CATALOGUE))
def test_each_drawing_describes_its_position_in_words(exercise_id):
    titles = [
        ElementTree.fromstring(svg).findtext(f"{SVG}title") for svg in _drawing_pair(exercise_id)
    ]
    assert all(title and len(title.split()) >= 4 for title in titles)
    assert titles[0] != titles[1]


def _relative_luminance(colour: QColor) -> float:
    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.03928 else ((channel + 0.055) / 1.055) ** 2.4

    red, green, blue = (linear(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(first: QColor, second: QColor) -> float:
    lighter, darker = sorted(
        (_relative_luminance(first), _relative_luminance(second)), reverse=True
    )
    return (lighter + 0.05) / (darker + 0.05)


def _stroke_colours() -> set[str]:
    colours = set()
    for file in (RESOURCES / "figures").iterdir():
        if file.name.endswith(".svg"):
            colours |= set(re.findall(r'stroke="(#[0-9a-fA-F]{6})"', file.read_text()))
    return colours


def test_contrast_is_measured_the_wcag_way():
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#202124"),
        (QPalette.ColorRole.WindowText, "#e8eaed"),
        (QPalette.ColorRole.Base, "#181818"),
        (QPalette.ColorRole.Text, "#e8eaed"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def light_palette() -> QPalette:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#000000"))
    return palette


@pytest.mark.parametrize("make_palette", [light_palette, dark_palette], ids=["light", "dark"])
def test_every_stroke_stands_out_from_what_it_is_drawn_on(qtbot, library, make_palette):
    view = FigureView(Figures(RESOURCES))
    qtbot.addWidget(view)
    view.setPalette(make_palette())
    view.resize(200, 200)
    view.show_exercise(library.exercises["wall-angels"])
    image = view.grab().toImage()
    # Measured, not assumed: the colour inside the tile's edge, where no stroke reaches.
    behind = QColor(image.pixel(100, 4))
    outside = QColor(image.pixel(0, 0))
    assert outside == view.palette().color(QPalette.ColorRole.Window)
    colours = _stroke_colours()
    assert len(colours) >= 3
    weakest = min(colours, key=lambda colour: contrast(QColor(colour), behind))
    assert contrast(QColor(weakest), behind) >= WCAG_GRAPHICS, f"{weakest} on {behind.name()}"


def test_the_figure_is_drawn_sharp_at_a_large_size(qtbot, library):
    """Rendered from the SVG at the widget's size, not an enlarged small picture."""
    side = 400
    view = FigureView(Figures(RESOURCES))
    qtbot.addWidget(view)
    view.resize(side, side)
    exercise = library.exercises["cat-cow"]
    view.show_exercise(exercise)
    shown = view.grab().toImage().convertToFormat(QImage.Format.Format_ARGB32)
    expected = QImage(side, side, QImage.Format.Format_ARGB32)
    expected.fill(view.palette().color(QPalette.ColorRole.Window))
    painter = QPainter(expected)
    paint_tile(painter, QRectF(0, 0, side, side))
    margin = round(tile_margin(side))
    svg = _figure_file(exercise.figure or "").read_bytes()
    QSvgRenderer(svg).render(painter, QRectF(margin, margin, side - 2 * margin, side - 2 * margin))
    painter.end()
    far_off = sum(
        abs(QColor(shown.pixel(x, y)).lightness() - QColor(expected.pixel(x, y)).lightness()) > 40
        for x in range(0, side, 2)
        for y in range(0, side, 2)
    )
    assert far_off < 100, f"{far_off} pixels differ from a direct rendering"


def test_a_figure_without_an_end_drawing_stays_still(qtbot, library, tmp_path):
    (tmp_path / "figures").mkdir()
    start = _figure_file("wall-angels.svg").read_bytes()
    (tmp_path / "figures" / "solo.svg").write_bytes(start)
    view = FigureView(Figures(tmp_path))
    qtbot.addWidget(view)
    view.show_exercise(library.exercises["wall-angels"]._replace(figure="solo.svg"))
    view.move_to_end(0.01)
    assert not view.has_end
    assert view.target is Pose.START and view.progress == 0.0
    assert view.animation.state() is QAbstractAnimation.State.Stopped


# -- moving in step with the session -----------------------------------------------------


@pytest.fixture
def plan(library):
    return compile_plan(library.routines["full"], Dose.STANDARD, library.phrases)


@pytest.fixture
def session(qtbot, library):
    view = SessionView(Figures(RESOURCES))
    qtbot.addWidget(view)
    view.time_scale = FAST
    view.begin(library.routines["full"])
    return view


def _steps(plan, exercise_id: str) -> list[Step]:
    ids = [exercise.id for exercise in plan.routine.exercises]
    return [step for step in plan.steps if step.exercise == ids.index(exercise_id)]


def _first(steps: list[Step], kind: StepKind) -> Step:
    return next(step for step in steps if step.kind is kind)


def test_the_figure_reaches_the_end_for_the_hold_and_returns_at_release(qtbot, session, plan):
    steps = _steps(plan, "thoracic-extension")
    figure = session.figure
    session.show_step(_first(steps, StepKind.ANNOUNCE))
    assert (figure.target, figure.progress) == (Pose.START, 0.0)
    assert figure.accessibleName() == "Start position"
    assert "Thoracic Extension Stretch" in figure.accessibleDescription()

    session.show_step(_first(steps, StepKind.CUE))
    assert figure.target is Pose.END
    assert figure.animation.state() is QAbstractAnimation.State.Running
    assert figure.animation.endValue() == 1.0
    qtbot.waitUntil(lambda: figure.progress == 1.0, timeout=2000)
    assert figure.accessibleName() == "End position"

    session.show_step(_first(steps, StepKind.HOLD))
    assert (figure.target, figure.progress) == (Pose.END, 1.0)
    assert figure.animation.state() is QAbstractAnimation.State.Stopped

    session.show_step(_first(steps, StepKind.RELEASE))
    assert figure.target is Pose.START
    qtbot.waitUntil(lambda: figure.progress == 0.0, timeout=2000)
    assert figure.accessibleName() == "Start position"


def test_a_hold_catches_up_when_the_cue_ended_early(qtbot, library, plan):
    view = SessionView(Figures(RESOURCES))
    qtbot.addWidget(view)
    view.begin(library.routines["full"])  # real time: the cue's move takes seconds
    steps = _steps(plan, "shoulder-blade-squeeze")
    view.show_step(_first(steps, StepKind.CUE))
    assert view.figure.animation.duration() >= 1000
    view.time_scale = FAST
    view.show_step(_first(steps, StepKind.HOLD))
    qtbot.waitUntil(lambda: view.figure.progress == 1.0, timeout=2000)


def test_a_hold_lets_a_nearly_finished_move_end_at_its_own_pace(library, plan, session):
    session.time_scale = 1.0
    steps = _steps(plan, "shoulder-blade-squeeze")
    session.show_step(_first(steps, StepKind.CUE))
    animation = session.figure.animation
    planned = animation.duration()
    animation.setCurrentTime(planned - 50)  # 50 ms to go: less than a settling move
    session.show_step(_first(steps, StepKind.HOLD))
    assert animation.state() is QAbstractAnimation.State.Running
    assert (animation.duration(), animation.endValue()) == (planned, 1.0)


@pytest.mark.parametrize("speed", [1.0, 60.0])
def test_a_move_lasts_as_long_as_its_step_at_the_driver_speed(session, plan, speed):
    session.time_scale = speed
    move = _first(_steps(plan, "wall-angels"), StepKind.MOVE)
    session.show_step(move)
    assert session.figure.animation.duration() == round(move.duration / speed * 1000)


def _move_targets(plan, exercise_id: str, exercise) -> list[Pose]:
    moves = [step for step in _steps(plan, exercise_id) if step.kind is StepKind.MOVE]
    per_rep = len(exercise.phases)
    return [
        motion.pose for motion in (motion_for(step, exercise) for step in moves[:per_rep]) if motion
    ]


def test_paced_phases_go_out_to_the_end_and_back_to_the_start(plan, library):
    exercises = library.exercises
    assert _move_targets(plan, "wall-angels", exercises["wall-angels"]) == [Pose.END, Pose.START]
    assert _move_targets(plan, "seated-row", exercises["seated-row"]) == [
        Pose.END,  # pull
        Pose.END,  # squeeze: stay pulled in
        Pose.START,  # return slowly
    ]


def test_cat_cow_arches_into_cow_then_rounds_into_cat(plan, library):
    """Its start drawing is cow and its end drawing cat; the first phase is cow."""
    exercise = library.exercises["cat-cow"]
    assert exercise.phases[0].label.startswith("Cow")
    assert _move_targets(plan, "cat-cow", exercise) == [Pose.START, Pose.END]


def test_paced_moves_drive_the_figure_both_ways(qtbot, session, plan):
    moves = [step for step in _steps(plan, "wall-angels") if step.kind is StepKind.MOVE]
    figure = session.figure
    session.show_step(moves[0])
    qtbot.waitUntil(lambda: figure.progress == 1.0, timeout=2000)
    session.show_step(moves[1])
    assert figure.animation.endValue() == 0.0
    qtbot.waitUntil(lambda: figure.progress == 0.0, timeout=2000)


def test_the_next_exercise_is_shown_in_its_start_position(qtbot, session, plan):
    figure = session.figure
    session.show_step(_first(_steps(plan, "shoulder-blade-squeeze"), StepKind.CUE))
    qtbot.waitUntil(lambda: figure.progress == 1.0, timeout=2000)
    rest = _first(_steps(plan, "cat-cow"), StepKind.REST)
    session.show_step(rest)
    assert (figure.target, figure.progress) == (Pose.START, 0.0)
    assert "Cat-Cow" in figure.accessibleDescription()


def test_pausing_the_session_freezes_the_figure(session, plan):
    session.time_scale = 1.0  # a move of whole seconds, still under way when paused
    session.show_step(_first(_steps(plan, "wall-angels"), StepKind.MOVE))
    session.show_state("paused")
    assert session.figure.animation.state() is QAbstractAnimation.State.Paused
    session.show_state("running")
    assert session.figure.animation.state() is QAbstractAnimation.State.Running


def test_a_step_shown_while_paused_waits_for_resume(session, plan):
    session.time_scale = 1.0
    session.show_state("paused")
    session.show_step(_first(_steps(plan, "wall-angels"), StepKind.MOVE))
    assert session.figure.animation.state() is QAbstractAnimation.State.Paused


# -- the exercise detail ------------------------------------------------------------------


def test_the_detail_shows_start_and_end_side_by_side(qtbot, library):
    detail = ExerciseDetail(Figures(RESOURCES))
    qtbot.addWidget(detail)
    detail.show()
    detail.show_exercise(0, library.exercises["childs-pose"], Dose.STANDARD)
    start, end = detail.start_figure, detail.end_figure
    assert (start.progress, end.progress) == (0.0, 1.0)
    assert end.isVisible()
    assert start.accessibleName() == "Start position"
    assert end.accessibleName() == "End position"
    assert start.geometry().right() < end.geometry().left()
    assert start.geometry().top() == end.geometry().top()


def test_every_figure_title_is_offered_for_translation_and_said_in_french(qtbot, library):
    """Screen readers say each drawing's title: the catalogue lists them all, and with
    French installed the figure is described in French."""
    from backrelief_gui.qt.language import install_language
    from backrelief_gui.ui.figures import figure_titles

    titles = dict(figure_titles(RESOURCES))
    for exercise in CATALOGUE.values():
        assert exercise.figure is not None
        assert f"figures/{exercise.figure}" in titles
        assert f"figures/{end_figure_name(exercise.figure)}" in titles
    language = install_language(RESOURCES, "fr")
    try:
        view = FigureView(Figures(RESOURCES))
        qtbot.addWidget(view)
        view.show_exercise(library.exercises["wall-angels"])
        assert view.accessibleName() == "Position de départ"
        assert view.accessibleDescription() == (
            "Wall Angels\u00a0: Debout, le dos contre un mur, les bras levés à hauteur "
            "d'épaules et pliés à 90 degrés, comme des poteaux de but"
        )
    finally:
        language.remove()
