"""The routine builder, used through its widgets, on a real data folder.

Each test loads its own library (the builder changes ``library.routines`` in place, as
the running app needs) from the shipped files and a routines folder under ``tmp_path``.
"""

from __future__ import annotations

import json
import tomllib

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent, QFont
from PySide6.QtWidgets import QApplication, QInputDialog, QWidget

from backrelief_gui.core.bundled import bundled_resources
from backrelief_gui.core.catalogue import Dose, Entry
from backrelief_gui.core.loading import ENTRY_BOUNDS, load_library, parse_routine
from backrelief_gui.core.plan import compile_plan
from backrelief_gui.core.routine_draft import Draft
from backrelief_gui.core.routine_file import routine_to_toml
from backrelief_gui.core.text import format_duration
from backrelief_gui.paths import user_routines_dir
from backrelief_gui.ui.routine_builder import RoutineBuilder
from backrelief_gui.ui.routine_builder_model import RoutineWorkbench
from tests.storage.test_user_routines import HAND_WRITTEN, read_only


@pytest.fixture
def data_dir(tmp_path):
    return tmp_path


@pytest.fixture
def folder(data_dir):
    return user_routines_dir(data_dir)


@pytest.fixture
def library(folder):
    """A library of this test's own: the builder adds to and removes from it."""
    return load_library(bundled_resources(), folder)


@pytest.fixture
def make_builder(qtbot, library, data_dir):
    def make(
        select: str | None = None, dose: Dose = Dose.GENTLE, exercise_doses=None
    ) -> RoutineBuilder:
        workbench = RoutineWorkbench(library, data_dir)
        builder = RoutineBuilder(workbench, dose, select=select, exercise_doses=exercise_doses)
        qtbot.addWidget(builder)
        builder.show()
        qtbot.waitExposed(builder)
        return builder

    return make


def answer_name_prompt(builder: RoutineBuilder, name: str) -> None:
    shown = [p for p in builder.findChildren(QInputDialog, "routineNamePrompt") if p.isVisible()]
    assert len(shown) == 1, "no name was asked for"
    prompt = shown[0]
    prompt.setTextValue(name)
    prompt.accept()


def new_routine(builder: RoutineBuilder, name: str, exercises: list[str]) -> str:
    builder.new_button.click()
    answer_name_prompt(builder, name)
    for exercise in exercises:
        builder.editor.library_picker.setCurrentIndex(
            builder.editor.library_picker.findData(exercise)
        )
        builder.editor.add_button.click()
    return builder.current_id


def select_entry(builder: RoutineBuilder, row: int) -> None:
    builder.editor.entries.setCurrentRow(row)
    assert builder.editor.dose_panel.isEnabled()


def type_into(qtbot, spin, text: str) -> None:
    """Type a value as a person would: select what is there, type, press Enter."""
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)
    qtbot.keyClick(spin, Qt.Key.Key_Return)


def entry_ids(builder: RoutineBuilder) -> list[str]:
    return [entry.exercise for entry in builder.workbench.draft(builder.current_id).entries]


# -- building a routine -------------------------------------------------------------------


def test_build_a_routine_save_it_and_read_it_back(qtbot, make_builder, folder, library):
    builder = make_builder()
    changes = []
    builder.routines_changed.connect(lambda: changes.append(True))
    builder.new_button.click()
    answer_name_prompt(builder, "Morning stretch")
    routine_id = builder.current_id
    assert routine_id == "morning-stretch"
    assert "Add at least one exercise" in builder.editor.status.text()
    assert not (folder / "morning-stretch.toml").exists()  # nothing to save yet

    for exercise in ("childs-pose", "shoulder-blade-squeeze", "cat-cow", "wall-angels"):
        builder.editor.library_picker.setCurrentIndex(
            builder.editor.library_picker.findData(exercise)
        )
        qtbot.mouseClick(builder.editor.add_button, Qt.MouseButton.LeftButton)
    assert builder.editor.entries.count() == 4
    assert (folder / "morning-stretch.toml").exists()
    assert changes, "the app was not told about the new routine"

    # Child's pose to the end by keyboard alone: focus the list, Alt+Down three times.
    builder.editor.entries.setCurrentRow(0)
    builder.editor.entries.setFocus()
    for _ in range(3):
        qtbot.keyClick(builder.editor.entries, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert entry_ids(builder) == ["shoulder-blade-squeeze", "cat-cow", "wall-angels", "childs-pose"]
    assert builder.editor.entries.currentRow() == 3  # the moved exercise stays selected
    qtbot.keyClick(builder.editor.entries, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    builder.editor.down_button.click()
    assert entry_ids(builder)[3] == "childs-pose"

    spins = builder.editor.dose_panel.spins
    select_entry(builder, 0)  # the squeeze: a hold
    assert not spins["tempo_seconds"].isVisible() and spins["hold_seconds"].isVisible()
    type_into(qtbot, spins["hold_seconds"], "8")
    select_entry(builder, 2)  # wall angels: paced
    assert spins["tempo_seconds"].isVisible() and not spins["hold_seconds"].isVisible()
    assert builder.editor.dose_panel.ranges["reps"].text() == "programme: 10–15"
    type_into(qtbot, spins["reps"], "12")
    type_into(qtbot, spins["tempo_seconds"], "7.5")
    spins["rest_seconds"].setValue(25)
    spins["sets"].setValue(2)
    builder.editor.dose_panel.per_side.click()

    expected = (
        Entry("shoulder-blade-squeeze", hold_seconds=8),
        Entry("cat-cow"),
        Entry("wall-angels", reps=12, sets=2, tempo_seconds=7.5, rest_seconds=25, per_side=True),
        Entry("childs-pose"),
    )
    assert builder.workbench.draft(routine_id).entries == expected
    assert builder.workbench.is_saved(routine_id)
    assert "saved as you make it, in morning-stretch.toml" in builder.editor.status.text()
    assert builder.editor.status.toolTip() == str(folder / "morning-stretch.toml")

    text = (folder / "morning-stretch.toml").read_text(encoding="utf-8")
    assert 'name = "Morning stretch"' in text
    assert "tempo_seconds = 7.5" in text and "per_side = true" in text
    reloaded = load_library(bundled_resources(), folder)
    assert reloaded.problems == []
    built = library.routines[routine_id]
    assert reloaded.routines[routine_id] == built
    assert built.entries == expected and not built.builtin
    round_trip = parse_routine(
        tomllib.loads(routine_to_toml(built)), "x.toml", library.exercises, builtin=False
    )
    assert round_trip == built


def test_dragging_an_exercise_moves_it(make_builder):
    builder = make_builder()
    new_routine(builder, "Drag", ["cat-cow", "wall-angels", "childs-pose"])
    view = builder.editor.entries
    view.setCurrentRow(0)
    last = view.visualItemRect(view.item(2))
    drop_at = QPointF(last.center().x(), last.bottom() - 2)  # the lower half: after it
    mime = view.model().mimeData([view.currentIndex()])
    event = QDropEvent(
        drop_at,
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    view.dropEvent(event)
    assert entry_ids(builder) == ["wall-angels", "childs-pose", "cat-cow"]
    assert view.count() == 3  # the list did not move a row of its own as well
    view.setCurrentRow(2)
    first = view.visualItemRect(view.item(0))
    view.dropEvent(
        QDropEvent(
            QPointF(QPoint(first.center().x(), first.top() + 2)),
            Qt.DropAction.MoveAction,
            QMimeData(),
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    )
    assert entry_ids(builder) == ["cat-cow", "wall-angels", "childs-pose"]


def test_remove_takes_the_selected_exercise_out(qtbot, make_builder):
    builder = make_builder()
    new_routine(builder, "Short", ["cat-cow", "wall-angels", "childs-pose"])
    builder.editor.entries.setCurrentRow(1)
    builder.editor.remove_button.click()
    assert entry_ids(builder) == ["cat-cow", "childs-pose"]
    builder.editor.entries.setFocus()
    qtbot.keyClick(builder.editor.entries, Qt.Key.Key_Delete)
    assert len(entry_ids(builder)) == 1


# -- limits, totals, read-only routines ---------------------------------------------------


def test_spin_boxes_cannot_go_past_the_safe_limits(qtbot, make_builder):
    builder = make_builder()
    routine_id = new_routine(builder, "Limits", ["shoulder-blade-squeeze", "cat-cow"])
    spins = builder.editor.dose_panel.spins
    for row, fields in (
        (0, ("reps", "sets", "hold_seconds", "rest_seconds")),
        (1, ("tempo_seconds",)),
    ):
        select_entry(builder, row)
        for field in fields:
            low, high = ENTRY_BOUNDS[field]
            spin = spins[field]
            spin.setValue(high + 50)
            assert spin.value() == high
            spin.setFocus()
            qtbot.keyClick(spin, Qt.Key.Key_Up)
            assert spin.value() == high
            assert getattr(builder.workbench.draft(routine_id).entries[row], field) == high
            spin.setValue(low)
            assert getattr(builder.workbench.draft(routine_id).entries[row], field) == low
            qtbot.keyClick(spin, Qt.Key.Key_Down)  # one below the lowest: as programmed
            assert spin.text().startswith("As programmed")
            assert getattr(builder.workbench.draft(routine_id).entries[row], field) is None
            spin.setValue(low - 50)
            assert getattr(builder.workbench.draft(routine_id).entries[row], field) is None


def test_as_programmed_shows_the_value_of_the_sessions_dose(make_builder):
    for dose, reps in ((Dose.GENTLE, "10"), (Dose.STANDARD, "15")):
        builder = make_builder(select="full", dose=dose)
        builder.editor.entries.setCurrentRow(1)  # cat-cow
        assert builder.editor.dose_panel.spins["reps"].text() == f"As programmed ({reps})"
        builder.close()


def test_total_follows_the_reps_and_is_the_plans(make_builder, library):
    builder = make_builder()
    routine_id = new_routine(builder, "Timed", ["cat-cow", "childs-pose"])

    def plan_total() -> float:
        routine = library.routines[routine_id]
        return compile_plan(routine, Dose.GENTLE, library.phrases).total_duration

    before = builder.editor.total_label.text()
    assert format_duration(plan_total()) in before
    select_entry(builder, 0)
    builder.editor.dose_panel.spins["reps"].setValue(20)
    after = builder.editor.total_label.text()
    assert after != before
    assert builder.editor.total_seconds == plan_total()
    assert f"about {format_duration(plan_total())} at the gentle dose" in after


def test_an_exercise_moved_to_the_standard_dose_is_counted_at_it(make_builder, library):
    """Progression's per-exercise doses show in the list and the total, as a session does."""
    moved = {"cat-cow": Dose.STANDARD}
    builder = make_builder(exercise_doses=moved)
    routine_id = new_routine(builder, "Moved", ["cat-cow", "childs-pose"])
    routine = library.routines[routine_id]
    plan = compile_plan(routine, Dose.GENTLE, library.phrases, exercise_doses=moved)
    assert builder.editor.total_seconds == plan.total_duration
    standard_reps = library.exercises["cat-cow"].reps.standard
    assert f"{standard_reps} reps" in builder.editor.entries.item(0).text()
    gentle_reps = library.exercises["childs-pose"].reps.gentle
    assert f"{gentle_reps} reps" in builder.editor.entries.item(1).text()


def test_built_in_routines_are_shown_but_cannot_be_changed(qtbot, make_builder, library):
    builder = make_builder(select="full")
    full = library.routines["full"]
    assert builder.editor.builtin_note.isVisible()
    assert "cannot be changed or deleted" in builder.editor.builtin_note.text()
    assert "(built-in)" in builder.routine_list.currentItem().text()
    assert builder.editor.name_edit.isReadOnly() and builder.editor.description_edit.isReadOnly()
    for control in (
        builder.delete_button,
        builder.editor.add_button,
        builder.editor.library_picker,
        builder.editor.up_button,
        builder.editor.down_button,
        builder.editor.remove_button,
        builder.editor.dose_panel.per_side,
    ):
        assert not control.isEnabled(), control.objectName()
    reps = builder.editor.dose_panel.spins["reps"]
    assert reps.isReadOnly() and reps.text() == "As programmed (10)"
    reps.setFocus()
    qtbot.keyClick(reps, Qt.Key.Key_Up)
    assert reps.text() == "As programmed (10)"
    assert builder.duplicate_button.isEnabled() and builder.export_button.isEnabled()
    builder.editor.entries.setCurrentRow(0)
    builder.editor.entries.setFocus()
    qtbot.keyClick(builder.editor.entries, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(builder.editor.entries, Qt.Key.Key_Delete)
    assert builder.workbench.draft("full") == Draft.of(full)
    with pytest.raises(ValueError, match="built-in"):
        builder.workbench.delete("full")
    with pytest.raises(ValueError, match="built-in"):
        builder.workbench.edit("full", Draft.of(full).renamed("Mine"), "rename")
    assert library.routines["full"] is full


# -- rename, duplicate, delete, undo -------------------------------------------------------


def test_rename_keeps_the_id_and_the_file(qtbot, make_builder, folder, library):
    builder = make_builder()
    routine_id = new_routine(builder, "Morning", ["cat-cow"])
    builder.editor.name_edit.setFocus()
    builder.editor.name_edit.selectAll()
    qtbot.keyClicks(builder.editor.name_edit, "Evening calm")
    qtbot.keyClick(builder.editor.name_edit, Qt.Key.Key_Return)
    assert builder.current_id == routine_id == "morning"
    assert library.routines["morning"].name == "Evening calm"
    assert [p.name for p in folder.iterdir()] == ["morning.toml"]
    assert 'name = "Evening calm"' in (folder / "morning.toml").read_text(encoding="utf-8")
    assert builder.routine_list.currentItem().text() == "Evening calm"


def test_duplicate_makes_a_new_routine_with_its_own_id(make_builder, folder, library):
    builder = make_builder(select="full")
    builder.duplicate_button.click()
    answer_name_prompt(builder, "Full routine")  # the same name as the original
    copy_id = builder.current_id
    assert copy_id not in ("full",) and copy_id == "full-routine"
    assert library.routines[copy_id].entries == Draft.of(library.routines["full"]).entries
    assert (folder / f"{copy_id}.toml").exists()
    assert not builder.editor.name_edit.isReadOnly() and builder.delete_button.isEnabled()
    builder.duplicate_button.click()
    answer_name_prompt(builder, "Full routine")
    assert builder.current_id == "full-routine-2"


@pytest.fixture
def hand_written(folder):
    """A routine file typed by hand (short form, comments), there before the app starts."""
    folder.mkdir(parents=True)
    path = folder / "morning.toml"
    path.write_bytes(HAND_WRITTEN)
    return path


def test_delete_then_undo_puts_the_file_back_byte_for_byte(qtbot, hand_written, make_builder):
    path = hand_written
    builder = make_builder(select="morning")
    assert builder.current_id == "morning" and builder.delete_button.isEnabled()
    with qtbot.waitSignal(builder.routines_changed):
        builder.delete_button.click()
    assert not path.exists()
    assert "morning" not in builder.workbench.library.routines
    assert builder.deleted_bar.isVisible()
    assert "Routine deleted: “Morning”" in builder.deleted_label.text()
    assert builder.undo_delete_button.isVisible()
    assert builder.current_id != "morning"
    with qtbot.waitSignal(builder.routines_changed):
        builder.undo_delete_button.click()
    assert path.read_bytes() == HAND_WRITTEN
    assert not builder.deleted_bar.isVisible()
    assert builder.current_id == "morning"
    assert builder.workbench.library.routines["morning"].name == "Morning"
    builder.redo_button.click()
    assert not path.exists()


def test_a_change_then_undo_gives_back_the_previous_entry(qtbot, make_builder, folder, library):
    builder = make_builder()
    routine_id = new_routine(builder, "Undo", ["cat-cow", "wall-angels"])
    saved = (folder / "undo.toml").read_text(encoding="utf-8")
    with qtbot.waitActive(builder):
        builder.activateWindow()
    select_entry(builder, 1)
    spin = builder.editor.dose_panel.spins["reps"]
    spin.setValue(12)
    spin.setValue(13)  # a run of changes to one field is one step to undo
    assert library.routines[routine_id].entries[1] == Entry("wall-angels", reps=13)
    assert "change reps of Wall Angels" in builder.undo_button.toolTip()
    builder.editor.entries.setFocus()
    qtbot.keyClick(builder.editor.entries, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert library.routines[routine_id].entries[1] == Entry("wall-angels")
    assert spin.text().startswith("As programmed")
    assert (folder / "undo.toml").read_text(encoding="utf-8") == saved
    builder.redo_button.click()
    assert library.routines[routine_id].entries[1] == Entry("wall-angels", reps=13)
    builder.undo_button.click()
    builder.undo_button.click()  # the second exercise's addition
    assert entry_ids(builder) == ["cat-cow"]


def test_undo_lasts_after_the_builder_is_closed(make_builder, library, data_dir, qtbot):
    builder = make_builder()
    routine_id = new_routine(builder, "Kept", ["cat-cow"])
    workbench = builder.workbench
    builder.close()
    again = RoutineBuilder(workbench, Dose.GENTLE, select=routine_id)
    qtbot.addWidget(again)
    again.show()
    assert again.undo_button.isEnabled()
    again.undo_button.click()  # the exercise's addition: an empty routine, not saved
    assert workbench.draft(routine_id).entries == ()
    assert "Add at least one exercise" in again.editor.status.text()
    again.undo_button.click()  # the routine's creation
    assert routine_id not in library.routines
    assert not workbench.path_of(routine_id).exists()


def test_a_read_only_folder_keeps_the_routine_in_the_builder(folder, make_builder, library):
    builder = make_builder()
    with read_only(folder):
        routine_id = new_routine(builder, "Stuck", ["cat-cow", "wall-angels"])
        status = builder.editor.status.text()
        assert "Not saved yet" in status
        assert "“Stuck” could not be saved" in status and str(folder) in status
        assert "not allowed to write" in status and "Save to try again" in status
        assert entry_ids(builder) == ["cat-cow", "wall-angels"]  # still here
        assert builder.routine_list.currentItem().text() == "Stuck (not saved)"
        assert routine_id not in library.routines
        assert builder.save_button.isEnabled()
        builder.save_button.click()  # still refused: still here, still saying why
        assert not (folder / "stuck.toml").exists()
        assert "could not be saved" in builder.editor.status.text()
    builder.save_button.click()
    assert (folder / "stuck.toml").exists()
    assert library.routines[routine_id].entries == (Entry("cat-cow"), Entry("wall-angels"))
    assert "saved as you make it" in builder.editor.status.text()
    assert not builder.save_button.isEnabled()


# -- import and export hand over to routine_transfer -------------------------------------


def test_export_and_import_call_the_transfer_module(monkeypatch, make_builder, library, folder):
    import sys
    import types

    calls = []
    imported = (
        Draft("shared", "Shared", "From a friend.").adding("cat-cow").routine(library.exercises)
    )

    def export_routine(parent, routine):
        calls.append(("export", parent, routine.id))

    def import_routine(parent, library_, data_dir):
        calls.append(("import", parent, data_dir))
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "shared.toml").write_text(routine_to_toml(imported), encoding="utf-8")
        return imported

    # routine_transfer asks for file names in native dialogs, which a test cannot answer;
    # the builder's part is to call its two entry points and take in what comes back.
    module = types.ModuleType("backrelief_gui.ui.routine_transfer")
    module.export_routine = export_routine
    module.import_routine = import_routine
    monkeypatch.setitem(sys.modules, "backrelief_gui.ui.routine_transfer", module)
    builder = make_builder(select="full")
    builder.export_button.click()
    builder.import_button.click()
    assert calls == [("export", builder, "full"), ("import", builder, builder.workbench.data_dir)]
    assert builder.current_id == "shared" and library.routines["shared"] == imported
    builder.undo_button.click()
    assert "shared" not in library.routines and not (folder / "shared.toml").exists()


# -- keyboard and large text --------------------------------------------------------------


def test_every_control_can_be_reached_with_tab(qtbot, make_builder):
    builder = make_builder()
    new_routine(builder, "Keys", ["shoulder-blade-squeeze", "cat-cow"])
    with qtbot.waitActive(builder):
        builder.activateWindow()
    builder.routine_list.setFocus()
    reached: list[QWidget] = []
    for _ in range(60):
        widget = QApplication.focusWidget()
        if widget in reached:
            break
        reached.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    editor = builder.editor
    wanted = [
        builder.routine_list, builder.new_button, builder.duplicate_button, builder.delete_button,
        editor.name_edit, editor.library_picker, editor.add_button, editor.entries,
        editor.up_button, editor.dose_panel.spins["reps"], editor.dose_panel.per_side,
        builder.undo_button, builder.close_button,
    ]  # fmt: skip
    for widget in wanted:
        owner = (
            widget
            if widget in reached
            else next((w for w in reached if widget.isAncestorOf(w)), None)
        )
        assert owner is not None, f"Tab never reaches {widget.objectName()}"


def test_at_twice_the_text_size_nothing_is_cut_off_at_the_side(qtbot, make_builder):
    app = QApplication.instance()
    normal = QFont(app.font())
    large = QFont(normal)
    large.setPointSizeF(normal.pointSizeF() * 2)
    app.setFont(large)
    try:
        builder = make_builder()
        new_routine(builder, "Large", ["shoulder-blade-squeeze", "cat-cow", "wall-angels"])
        builder.resize(1300, 720)  # what a 1366 by 768 screen has room for
        scroll = builder.findChild(QWidget, "routineEditorScroll")
        side_bar = scroll.horizontalScrollBar()
        qtbot.waitUntil(lambda: builder.width() == 1300 and not side_bar.isVisible())
        entries = builder.editor.entries.mapTo(builder, QPoint(0, 0))
        dose = builder.editor.dose_panel.mapTo(builder, QPoint(0, 0))
        assert dose.x() > entries.x() + builder.editor.entries.width() - 1  # room side by side
        select_entry(builder, 0)
        for spin in builder.editor.dose_panel.spins.values():
            if spin.isVisible():
                assert spin.width() >= spin.sizeHint().width() - 1, spin.objectName()
        builder.resize(1000, 720)  # narrower: the dose moves under the list, not off the side
        qtbot.waitUntil(lambda: builder.width() == 1000 and not side_bar.isVisible())
        entries = builder.editor.entries.mapTo(builder, QPoint(0, 0))
        dose = builder.editor.dose_panel.mapTo(builder, QPoint(0, 0))
        assert dose.y() > entries.y() + builder.editor.entries.height() - 1
    finally:
        app.setFont(normal)


# -- the main window ----------------------------------------------------------------------


def test_the_main_window_opens_the_builder_and_its_picker_follows(
    qtbot, make_window, folder, settings_path
):
    window = make_window(routine="desk-break")
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window.exercise_list, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.findChild(RoutineBuilder) is not None)
    builder = window.findChild(RoutineBuilder)
    qtbot.waitExposed(builder)
    assert builder.current_id == "desk-break"  # opens on the routine chosen in the window

    new_routine(builder, "Lunch", ["cat-cow"])
    assert window.routine_picker.findData("lunch") >= 0
    assert window.routine.id == "desk-break"  # the choice is kept

    window.select_routine("lunch")
    builder.editor.library_picker.setCurrentIndex(
        builder.editor.library_picker.findData("wall-angels")
    )
    builder.editor.add_button.click()
    assert window.exercise_list.count() == 2  # the chosen routine changed: shown again

    builder.delete_button.click()
    assert window.routine_picker.findData("lunch") == -1
    assert window.routine.id == window.routine_picker.itemData(0)
    assert json.loads(settings_path.read_text())["routine"] == window.routine.id
    builder.undo_delete_button.click()
    assert window.routine_picker.findData("lunch") >= 0

    window.run_routine("lunch")  # as a break reminder would: the builder gives way
    qtbot.waitUntil(lambda: window.findChild(RoutineBuilder) is None)
    assert window.session_active and not window.routines_button.isEnabled()
    assert window.driver.machine.plan.routine.id == "lunch"
    window.open_routines()
    assert window.findChild(RoutineBuilder) is None  # not during a session
