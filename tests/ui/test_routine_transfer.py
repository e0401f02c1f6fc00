"""Importing and exporting routines in the window: the file dialogs, preview and problems.

Modal dialogs are driven the way a user would: a zero-delay timer finds the dialog once
its own event loop runs, fills it in and accepts it.
"""

from __future__ import annotations

import stat
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from backrelief_gui.app import _show_imported
from backrelief_gui.core.bundled import bundled_resources
from backrelief_gui.core.catalogue import Dose, Entry, Routine
from backrelief_gui.core.loading import load_library
from backrelief_gui.core.plan import compile_plan
from backrelief_gui.core.routine_file import routine_to_toml
from backrelief_gui.core.routine_import import MAX_FILE_BYTES, check_routine_file
from backrelief_gui.core.text import format_duration
from backrelief_gui.ui.routine_transfer import (
    ImportDialog,
    export_routine,
    import_routine,
    import_routine_file,
    problem_text,
)
from tests.shared_routines import CORPUS, SHARED


@pytest.fixture
def lib():
    """A library of this test's own: an import adds to its routines."""
    return load_library(bundled_resources())


@pytest.fixture
def data_dir(tmp_path):
    return tmp_path / "data"


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def folder_bytes(folder: Path) -> dict[str, bytes]:
    if not folder.exists():
        return {}
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def when(ready: Callable[[], object], act: Callable[[object], None], tries: int = 1000) -> None:
    """Run ``act(thing)`` as soon as ``ready()`` gives a thing, from inside a modal loop."""

    def attempt(left: int) -> None:
        thing = ready()
        if thing:
            act(thing)
        elif left:
            QTimer.singleShot(5, lambda: attempt(left - 1))

    QTimer.singleShot(0, lambda: attempt(tries))


def modal(kind: type) -> Callable[[], object]:
    def find() -> object:
        widget = QApplication.activeModalWidget()
        return widget if isinstance(widget, kind) and widget.isVisible() else None

    return find


def checked_dialog(parent: QWidget) -> Callable[[], object]:
    def find() -> object:
        dialog = parent.findChild(ImportDialog)
        return dialog if dialog is not None and not dialog.is_checking() else None

    return find


def open_dialog(qtbot, path, lib, data_dir, **kwargs) -> ImportDialog:
    dialog = ImportDialog(path, lib, data_dir, **kwargs)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitUntil(lambda: not dialog.is_checking())
    return dialog


def rows(dialog: ImportDialog) -> list[tuple[str, str]]:
    table = dialog.exercise_table
    return [
        (table.topLevelItem(i).text(0), table.topLevelItem(i).text(1))
        for i in range(table.topLevelItemCount())
    ]


# --- the preview ------------------------------------------------------------------------


def test_a_valid_file_is_previewed_and_imported_on_request(qtbot, tmp_path, lib, data_dir):
    path = write(tmp_path / "shoulder-care.backrelief.toml", SHARED)
    dialog = open_dialog(qtbot, path, lib, data_dir)
    assert dialog.current_page().objectName() == "previewPage"
    assert dialog.title.text() == "Shoulder care"
    assert dialog.description.text() == "Squeezes and slow angels."
    assert rows(dialog) == [
        ("1. Shoulder Blade Squeeze", "12 reps, hold 8 s"),
        ("2. Wall Angels", "10–15 reps · 8 s a rep · each side"),
    ]
    routine = dialog.check.routine
    gentle, standard = (
        format_duration(compile_plan(routine, dose, lib.phrases).total_duration) for dose in Dose
    )
    assert dialog.summary.text() == f"2 exercises · about {gentle} to {standard}"
    assert dialog.note.text() == "It will be added to your routines as “shoulder-care”."
    assert not (data_dir / "routines").exists()  # nothing written before Import

    with qtbot.waitSignal(dialog.imported) as imported:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert imported.args == [routine]
    assert dialog.result() == ImportDialog.DialogCode.Accepted
    assert lib.routines["shoulder-care"] == routine
    saved = data_dir / "routines" / "shoulder-care.toml"
    assert saved.read_text(encoding="utf-8") == routine_to_toml(routine)
    assert routine.entries[1] == Entry("wall-angels", tempo_seconds=8, per_side=True)


def test_a_clash_with_a_routine_of_yours_is_said_and_a_new_id_taken(qtbot, tmp_path, lib, data_dir):
    (data_dir / "routines").mkdir(parents=True)
    mine = write(data_dir / "routines" / "shoulder-care.toml", "not even TOML [")  # yours
    path = write(tmp_path / "shared.toml", SHARED)
    dialog = open_dialog(qtbot, path, lib, data_dir)
    assert dialog.note.text() == (
        "You already have a routine with the id “shoulder-care”. It stays as it is; this one "
        "will be added as “shoulder-care-2”."
    )
    dialog.import_button.click()
    assert mine.read_text() == "not even TOML ["
    assert (data_dir / "routines" / "shoulder-care-2.toml").is_file()
    assert "shoulder-care-2" in lib.routines


def test_a_routine_you_already_have_offers_nothing_to_import(qtbot, tmp_path, lib, data_dir):
    path = write(tmp_path / "desk.toml", routine_to_toml(lib.routines["desk-break"]))
    dialog = open_dialog(qtbot, path, lib, data_dir)
    assert "You already have this routine (“Desk break”)" in dialog.note.text()
    assert dialog.import_button.isHidden()
    assert dialog.cancel_button.text() == "Close"


def test_cancel_writes_nothing(qtbot, tmp_path, lib, data_dir, parent):
    path = write(tmp_path / "shared.toml", SHARED)
    when(checked_dialog(parent), lambda dialog: dialog.cancel_button.click())
    assert import_routine_file(parent, lib, data_dir, path) is None
    assert not (data_dir / "routines").exists()
    assert "shoulder-care" not in lib.routines


def test_a_folder_that_refuses_the_file_is_said_and_nothing_imported(
    qtbot, tmp_path, lib, data_dir
):
    data_dir.mkdir()
    (data_dir / "routines").write_text("a file where the folder should be")
    dialog = open_dialog(qtbot, write(tmp_path / "shared.toml", SHARED), lib, data_dir)
    dialog.import_button.click()
    assert dialog.save_problem.isVisible()
    assert "could not be saved" in dialog.save_problem.text()
    assert dialog.save_problem.text().endswith("Nothing was imported.")
    assert dialog.isVisible() and "shoulder-care" not in lib.routines


# --- problems ---------------------------------------------------------------------------


def test_a_hostile_file_shows_every_problem_and_changes_nothing(qtbot, lib, data_dir):
    routines = data_dir / "routines"
    routines.mkdir(parents=True)
    (routines / "mine.toml").write_text(
        'format = 1\nid = "mine"\nname = "Mine"\ndescription = "d"\nexercises = ["cat-cow"]\n'
    )
    before = folder_bytes(data_dir)
    path = CORPUS / "wrong-types.toml"
    dialog = open_dialog(qtbot, path, lib, data_dir)
    assert dialog.current_page().objectName() == "problemsPage"
    assert dialog.problems_intro.text() == (
        f"{path}\n\nNothing was added or changed. "
        "Fix these 7 problems in the file, then open it again:"
    )
    shown = [dialog.problem_list.item(i).text() for i in range(dialog.problem_list.count())]
    assert shown == [problem_text(p) for p in check_routine_file(path, lib.exercises, {}).problems]
    assert "Field “id”: expected text in quotes, got a whole number (42)" in shown
    assert (
        "Exercise “shoulder-blade-squeeze”, field “per_side”: expected true or false, "
        "got text ('yes')"
    ) in shown
    dialog.close_button.click()
    assert dialog.result() == ImportDialog.DialogCode.Rejected
    assert folder_bytes(data_dir) == before


def test_past_fifty_problems_the_rest_are_counted(qtbot, tmp_path, lib, data_dir):
    entries = "".join(f'\n[[exercise]]\nid = "cat-cow"\nreps = {100 + n}\n' for n in range(80))
    path = write(
        tmp_path / "many.toml", 'format = 1\nid = "m"\nname = "M"\ndescription = "d"\n' + entries
    )
    dialog = open_dialog(qtbot, path, lib, data_dir)
    last = dialog.problem_list.item(dialog.problem_list.count() - 1).text()
    assert dialog.problem_list.count() == 51
    assert last == "… and 31 more like these."
    assert dialog.problem_list.item(2).text() == (
        "Exercise “cat-cow #2”, field “reps”: expected a value from 1 to 30, got 101"
    )


def hostile_file_at_the_cap(folder: Path) -> Path:
    """Thousands of bad exercises, just under the size cap: the slowest file to refuse."""
    head = 'format = 1\nid = "slow"\nname = "Slow"\ndescription = "d"\n'
    unit = '[[exercise]]\nid = "cat-cow"\nreps = 100\nhold_seconds = 3\n'
    count = (MAX_FILE_BYTES - len(head)) // len(unit)
    return write(folder / "slow.toml", head + unit * count)


def test_the_event_loop_keeps_running_while_a_hostile_file_is_checked(
    qtbot, tmp_path, lib, data_dir
):
    """The check waits for the UI thread's timer to fire: were the check on the UI
    thread, the timer could never fire and the check would give up."""
    path = hostile_file_at_the_cap(tmp_path)
    ticked = threading.Event()
    ticks = []

    def slow_check(file: Path):
        result = check_routine_file(file, lib.exercises, {})
        if not ticked.wait(10):
            raise AssertionError("the UI thread's timer never fired during the check")
        return result

    def tick() -> None:
        ticks.append(True)
        if len(ticks) >= 3:
            ticked.set()

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    timer.start()
    try:
        dialog = ImportDialog(path, lib, data_dir, checker=slow_check)
        qtbot.addWidget(dialog)
        dialog.open()
        assert dialog.current_page().objectName() == "checkingPage"
        qtbot.waitUntil(lambda: not dialog.is_checking(), timeout=30_000)
    finally:
        timer.stop()
    assert len(ticks) >= 3
    assert dialog.current_page().objectName() == "problemsPage"
    assert (
        dialog.problem_list.item(0)
        .text()
        .startswith("Field “exercise”: expected at most 30 exercises, got ")
    )


def test_a_dialog_closed_during_the_check_is_deleted_once_it_reports(qtbot, tmp_path, lib):
    release = threading.Event()

    def held_check(file: Path):
        release.wait(10)
        return check_routine_file(file, lib.exercises, {})

    dialog = ImportDialog(write(tmp_path / "s.toml", SHARED), lib, tmp_path, checker=held_check)
    dialog.open()
    dialog.reject()
    dialog.dispose()
    with qtbot.waitSignal(dialog.destroyed, timeout=10_000):
        release.set()


# --- the file dialogs ---------------------------------------------------------------------


def test_import_routine_asks_for_a_file_then_previews_it(qtbot, tmp_path, lib, data_dir, parent):
    path = write(tmp_path / "shared.backrelief.toml", SHARED)

    def choose(chooser: QFileDialog) -> None:
        chooser.selectFile(str(path))
        chooser.accept()
        when(checked_dialog(parent), lambda dialog: dialog.import_button.click())

    when(modal(QFileDialog), choose)
    routine = import_routine(parent, lib, data_dir)
    assert routine is not None and routine.id == "shoulder-care"
    assert lib.routines["shoulder-care"] == routine
    assert (data_dir / "routines" / "shoulder-care.toml").is_file()


def test_import_routine_cancelled_at_the_file_dialog_does_nothing(qtbot, lib, data_dir, parent):
    when(modal(QFileDialog), lambda chooser: chooser.reject())
    assert import_routine(parent, lib, data_dir) is None
    assert not data_dir.exists()


def test_export_suggests_a_routine_file_and_writes_it(qtbot, tmp_path, lib, parent):
    routine = lib.routines["desk-break"]
    target = tmp_path / "out" / "for-anna.backrelief.toml"
    target.parent.mkdir()
    suggested = []

    def choose(chooser: QFileDialog) -> None:
        suggested.append((Path(chooser.selectedFiles()[0]).name, chooser.directory().path()))
        chooser.selectFile(str(target))
        chooser.accept()

    when(modal(QFileDialog), choose)
    export_routine(parent, routine)
    assert suggested == [("desk-break.backrelief.toml", str(Path.home()))]
    assert target.read_text(encoding="utf-8") == routine_to_toml(routine)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert [p.name for p in target.parent.iterdir()] == [target.name]  # no temporary left
    again = check_routine_file(target, lib.exercises, {})
    assert again.routine._replace(builtin=True) == routine


def test_an_export_that_cannot_be_written_says_so(qtbot, tmp_path, lib, parent):
    blocker = write(tmp_path / "not-a-folder", "x")
    target = blocker / "desk.backrelief.toml"
    said = []

    def choose(chooser: QFileDialog) -> None:
        chooser.selectFile(str(target))
        chooser.accept()

    def read_and_close(box: QMessageBox) -> None:
        said.append((box.windowTitle(), box.text()))
        box.close()

    when(modal(QFileDialog), choose)
    when(modal(QMessageBox), read_and_close)
    export_routine(parent, lib.routines["desk-break"])
    ((title, text),) = said
    assert title == "Export failed"
    assert text.startswith(
        f"“Desk break” could not be saved as {target}: something that is not a folder is "
        "in the way."
    )
    assert "Nothing was written there." in text
    assert blocker.read_text() == "x"


# --- the main window ------------------------------------------------------------------


def test_an_imported_routine_is_chosen_in_the_window(make_window):
    window = make_window()
    entries = (Entry("cat-cow", reps=4),)
    exercises = tuple(e.applied_to(window.library.exercises[e.exercise]) for e in entries)
    routine = Routine("imported", "Imported one", "d", exercises, entries, builtin=False)
    window.library.routines[routine.id] = routine
    try:
        _show_imported(window, routine)
        assert window.routine_picker.currentText() == "Imported one"
        assert window.routine == routine
    finally:
        window.select_routine("full")
        window.routine_picker.removeItem(window.routine_picker.findData(routine.id))
        del window.library.routines[routine.id]
