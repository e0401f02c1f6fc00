"""Importing and exporting routine files: the file dialogs, and the preview before an import.

A file to import may come from anyone and be built to hurt, so it is checked on a worker
thread (:mod:`backrelief_gui.core.routine_import` reads at most 256 KB, but parsing that
much takes a few hundred milliseconds) while the window stays responsive. The preview
shows what the routine holds and how long it takes, or every problem in the file; nothing
is written until the user presses Import.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from backrelief_gui.core.catalogue import Dose, Dosed, Entry, Exercise, Routine
from backrelief_gui.core.i18n import QT_TRANSLATE_NOOP
from backrelief_gui.core.loading import CatalogueError, Library
from backrelief_gui.core.routine_draft import entry_extras
from backrelief_gui.core.routine_import import (
    ImportCheck,
    check_routine_file,
    place_routine,
)
from backrelief_gui.paths import user_routines_dir
from backrelief_gui.storage.routine_store import (
    ROUTINE_SUFFIX,
    export_file_name,
    failure_reason,
    write_routine_file,
)
from backrelief_gui.storage.user_routines import RoutineStorageError, UserRoutines
from backrelief_gui.ui.labels import heading, plain_label

#: Checks a file and says what importing it would do; it runs on a worker thread.
Checker = Callable[[Path], ImportCheck]
# English sources, marked for the catalogue; file_filters() translates them.
FILE_FILTERS = [
    QT_TRANSLATE_NOOP("RoutineTransfer", "Routine files (*.toml)"),
    QT_TRANSLATE_NOOP("RoutineTransfer", "All files (*)"),
]
VISIBLE_ROWS = 12  # exercises shown before the list scrolls
MAX_TABLE_WIDTH = 860  # pixels: past this the dose column scrolls sideways
MIN_WIDTH = 560
CHECKING_PAGE, PREVIEW_PAGE, PROBLEMS_PAGE = range(3)


def _tr(text: str) -> str:
    """A text marked above, in the user's language."""
    return QCoreApplication.translate("RoutineTransfer", text)


def file_filters() -> list[str]:
    return [_tr(text) for text in FILE_FILTERS]


def export_routine(parent: QWidget, routine: Routine) -> None:
    """Ask where to save ``routine`` and write it there, in the documented format."""
    title = QCoreApplication.translate("RoutineTransfer", "Export “{name}”")
    chooser = QFileDialog(parent, title.format(name=routine.name))
    chooser.setObjectName("exportChooser")
    chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    ours = QCoreApplication.translate("RoutineTransfer", "BackRelief routines (*{suffix})")
    chooser.setNameFilters([ours.format(suffix=ROUTINE_SUFFIX), *file_filters()])
    chooser.setDefaultSuffix(ROUTINE_SUFFIX.lstrip("."))
    chooser.setDirectory(str(Path.home()))
    chooser.selectFile(export_file_name(routine))
    try:
        if chooser.exec() != QDialog.DialogCode.Accepted or not chooser.selectedFiles():
            return
        path = Path(chooser.selectedFiles()[0])
    finally:
        chooser.deleteLater()
    try:
        write_routine_file(routine, path)
    except OSError as error:
        text = QCoreApplication.translate(
            "RoutineTransfer",
            "“{name}” could not be saved as {path}: {reason}.\n\n"
            "Nothing was written there. Try another folder.",
        )
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("RoutineTransfer", "Export failed"),
            text.format(name=routine.name, path=path, reason=failure_reason(error)),
        )


def import_routine(parent: QWidget, library: Library, data_dir: Path) -> Routine | None:
    """Ask for a routine file, show what it holds, and add it if the user says Import.

    Returns the routine added to ``library.routines`` (and saved in the routines folder),
    or None when the user cancelled or the file could not be imported.
    """
    chooser = QFileDialog(parent, QCoreApplication.translate("RoutineTransfer", "Import a routine"))
    chooser.setObjectName("importChooser")
    chooser.setFileMode(QFileDialog.FileMode.ExistingFile)
    chooser.setNameFilters(file_filters())
    chooser.setDirectory(str(Path.home()))
    try:
        if chooser.exec() != QDialog.DialogCode.Accepted or not chooser.selectedFiles():
            return None
        path = Path(chooser.selectedFiles()[0])
    finally:
        chooser.deleteLater()
    return import_routine_file(parent, library, data_dir, path)


def import_routine_file(
    parent: QWidget, library: Library, data_dir: Path, path: Path
) -> Routine | None:
    """The preview of ``path`` as a modal dialog; the routine imported, or None."""
    dialog = ImportDialog(path, library, data_dir, parent)
    try:
        dialog.exec()
        return dialog.routine
    finally:
        dialog.dispose()


class _Relay(QObject):
    """Carries a worker's result to the UI thread (a queued signal)."""

    checked = Signal(object)


class ImportDialog(QDialog):
    """What a routine file holds, or why it cannot be imported; imports it on Import.

    Use :meth:`open` for a file opened from a file manager, or :func:`import_routine_file`
    to wait for the answer. Call :meth:`dispose` rather than ``deleteLater`` once done: a
    check still running keeps the dialog until it reports.

    Signals:
        imported(object): this routine was saved and added to the library.
    """

    imported = Signal(object)

    def __init__(
        self,
        path: Path,
        library: Library,
        data_dir: Path,
        parent: QWidget | None = None,
        *,
        checker: Checker | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import a routine"))
        self.setMinimumWidth(MIN_WIDTH)
        self.path = path
        self.routine: Routine | None = None  # once imported
        self.check: ImportCheck | None = None  # once checked
        self._library = library
        self._files = UserRoutines(user_routines_dir(data_dir))
        self._checking = False
        self._dispose_when_checked = False
        # One page shows at a time. Not a QStackedWidget: it keeps the height of its
        # tallest page, so the short ones would float in empty space.
        self.pages = (self._checking_page(), self._preview_page(), self._problems_page())
        layout = QVBoxLayout(self)
        for page in self.pages:
            layout.addWidget(page)
        self._show_page(CHECKING_PAGE)
        self._relay = _Relay(self)  # owned by the dialog: never deleted by the worker
        self._relay.checked.connect(self._on_checked)
        self._start_check(checker or self._snapshot_checker())

    # -- pages ------------------------------------------------------------------------

    def _checking_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("checkingPage")
        busy = QProgressBar()
        busy.setObjectName("checkingProgress")
        busy.setRange(0, 0)  # no steps to count: moving means working
        busy.setAccessibleName(self.tr("Checking the routine file"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)  # the dialog's own margins are enough
        layout.addWidget(heading(1.2, self.tr("Checking the routine file…")))
        layout.addWidget(plain_label(str(self.path)))
        layout.addWidget(busy)
        layout.addStretch()
        layout.addWidget(buttons)
        return page

    def _preview_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("previewPage")
        self.title = heading(1.4)
        self.title.setObjectName("routineName")
        self.description = plain_label()
        self.summary = plain_label()
        self.summary.setObjectName("routineSummary")
        self.exercise_table = QTreeWidget()
        self.exercise_table.setObjectName("routineExercises")
        self.exercise_table.setAccessibleName(self.tr("Exercises in this routine"))
        self.exercise_table.setHeaderLabels(
            [self.tr("Exercise"), self.tr("Dose (gentle–standard)")]
        )
        self.exercise_table.setRootIsDecorated(False)
        self.exercise_table.setSelectionMode(QTreeWidget.SelectionMode.NoSelection)
        self.exercise_table.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.note = plain_label()
        self.note.setObjectName("importNote")
        self.source = plain_label()
        self.source.setObjectName("importSource")
        self.source.setEnabled(False)  # greyed: where it came from is a detail
        self.save_problem = plain_label()
        self.save_problem.setObjectName("saveProblem")
        self.save_problem.setVisible(False)
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setObjectName("importButton")
        self.import_button.setAccessibleDescription(self.tr("Add this routine to your routines"))
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self._import)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelImport")
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)  # the dialog's own margins are enough
        layout.addWidget(self.title)
        layout.addWidget(self.description)
        layout.addWidget(self.summary)
        layout.addWidget(self.exercise_table)
        layout.addWidget(self.note)
        layout.addWidget(self.source)
        layout.addWidget(self.save_problem)
        layout.addStretch()
        layout.addLayout(buttons)
        return page

    def _problems_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("problemsPage")
        self.problems_intro = plain_label()
        self.problems_intro.setObjectName("problemsIntro")
        self.problem_list = QListWidget()
        self.problem_list.setObjectName("problemList")
        self.problem_list.setAccessibleName(self.tr("Problems in the file"))
        self.problem_list.setWordWrap(True)
        self.problem_list.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.problem_list.setSpacing(3)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)  # the dialog's own margins are enough
        layout.addWidget(heading(1.3, self.tr("This file cannot be imported")))
        layout.addWidget(self.problems_intro)
        layout.addWidget(self.problem_list, 1)
        layout.addWidget(buttons)
        return page

    # -- checking -----------------------------------------------------------------------

    def _snapshot_checker(self) -> Checker:
        """The real check, on copies made here: the UI thread may add routines meanwhile."""
        routines, exercises = dict(self._library.routines), self._library.exercises
        files = self._files

        def check(path: Path) -> ImportCheck:
            return check_routine_file(path, exercises, routines, files.ids_on_disk())

        return check

    def _start_check(self, checker: Checker) -> None:
        """Run ``checker`` on a worker thread; only its result comes back, by a signal."""
        self._checking = True
        relay, path = self._relay, self.path

        def work() -> None:
            try:
                result = checker(path)
            except Exception as error:  # a bug must still end the wait, with a reason
                problem = CatalogueError(str(path), f"it could not be checked ({error})")
                result = ImportCheck(str(path), problems=(problem,))
            with suppress(RuntimeError):  # the dialog was deleted meanwhile: nobody waits
                relay.checked.emit(result)

        QThreadPool.globalInstance().start(work)

    def _on_checked(self, check: ImportCheck) -> None:
        self._checking = False
        if self._dispose_when_checked:
            self.deleteLater()
            return
        self.check = check
        if check.ok and check.routine is not None:
            self._show_preview(check, check.routine)
        else:
            self._show_problems(check)

    def is_checking(self) -> bool:
        return self._checking

    def dispose(self) -> None:
        """Delete the dialog once no worker will report to it any more."""
        if self._checking:
            self._dispose_when_checked = True
        else:
            self.deleteLater()

    # -- showing ------------------------------------------------------------------------

    def _show_preview(self, check: ImportCheck, routine: Routine) -> None:
        self.title.setText(routine.name)
        self.description.setText(routine.description)
        self.summary.setText(self._summary(routine))
        self.exercise_table.clear()
        exercises = self._library.exercises
        for position, exercise in enumerate(routine.exercises, start=1):
            entry = routine.entry(position - 1)
            dose = dose_text(entry, exercises[entry.exercise])
            item = QTreeWidgetItem([f"{position}. {exercise.name}", dose])
            self.exercise_table.addTopLevelItem(item)
        for column in range(2):
            self.exercise_table.resizeColumnToContents(column)
        self._fit_table_to_rows()
        self.source.setText(self.tr("From {path}").format(path=self.path))
        if check.same_as is not None:
            same = self.tr(
                "You already have this routine (“{name}”), exactly as this file has it, so "
                "there is nothing to import."
            )
            self.note.setText(same.format(name=self._library.routines[check.same_as].name))
            self.import_button.setVisible(False)
            self.cancel_button.setText(self.tr("Close"))
        elif check.renamed_from is not None:
            renamed = self.tr(
                "You already have a routine with the id “{id}”. It stays as it is; this one "
                "will be added as “{new_id}”."
            )
            self.note.setText(renamed.format(id=check.renamed_from, new_id=routine.id))
        else:
            added = self.tr("It will be added to your routines as “{id}”.")
            self.note.setText(added.format(id=routine.id))
        self._show_page(PREVIEW_PAGE)
        (self.cancel_button if self.import_button.isHidden() else self.import_button).setFocus()

    def _fit_table_to_rows(self) -> None:
        """As tall as its rows, up to a dozen (a longer routine scrolls), and as wide as
        its text, within reason."""
        table = self.exercise_table
        count = table.topLevelItemCount()
        rows = min(count, VISIBLE_ROWS)
        row_height = table.sizeHintForRow(0) if rows else 0
        frame = 2 * table.frameWidth()
        scroll_bar = table.verticalScrollBar().sizeHint().width() if count > rows else 0
        text_width = sum(
            max(table.sizeHintForColumn(column), table.header().sectionSizeHint(column))
            for column in range(table.columnCount())
        )
        # Past the widest table, a scroll bar at the bottom takes a row's room: add it back.
        too_wide = text_width + frame + scroll_bar + 8 > MAX_TABLE_WIDTH
        side_bar = table.horizontalScrollBar().sizeHint().height() if too_wide else 0
        header = table.header().sizeHint().height()
        table.setFixedHeight(header + rows * row_height + frame + side_bar)
        margins = self.contentsMargins().left() + self.contentsMargins().right()
        if (layout := self.layout()) is not None:
            margins += layout.contentsMargins().left() + layout.contentsMargins().right()
        wanted = min(text_width + frame + scroll_bar + 8, MAX_TABLE_WIDTH) + margins
        self.setMinimumWidth(max(MIN_WIDTH, wanted))  # a window may not grow by itself

    def _show_page(self, index: int) -> None:
        """Show one page, and size the dialog to it."""
        for number, page in enumerate(self.pages):
            page.setVisible(number == index)
        layout = self.layout()
        if layout is not None:
            layout.activate()  # now, so the size below is the new page's
        self.adjustSize()

    def current_page(self) -> QWidget:
        return next(page for page in self.pages if not page.isHidden())

    def _summary(self, routine: Routine) -> str:
        from backrelief_gui.core.plan import compile_plan
        from backrelief_gui.core.text import format_duration

        phrases = self._library.phrases
        gentle = format_duration(compile_plan(routine, Dose.GENTLE, phrases).total_duration)
        standard = format_duration(compile_plan(routine, Dose.STANDARD, phrases).total_duration)
        count = len(routine.exercises)
        if gentle == standard:
            length = self.tr("about {duration}").format(duration=gentle)
        else:
            length = self.tr("about {gentle} to {standard}").format(
                gentle=gentle, standard=standard
            )
        exercises = self.tr("1 exercise") if count == 1 else self.tr("%n exercises", "", count)
        return f"{exercises} · {length}"

    def _show_problems(self, check: ImportCheck) -> None:
        count = check.problem_count
        if count == 1:
            fix = self.tr("Fix this in the file, then open it again:")
        else:
            fix = self.tr("Fix these %n problems in the file, then open it again:", "", count)
        nothing = self.tr("Nothing was added or changed.")
        self.problems_intro.setText(f"{self.path}\n\n{nothing} {fix}")
        self.problem_list.clear()
        for problem in check.problems:
            self.problem_list.addItem(problem_text(problem))
        if check.unlisted:
            unlisted = check.unlisted
            more = self.tr("… and %n more like these.", "", unlisted)
            self.problem_list.addItem(more)
        self._show_page(PROBLEMS_PAGE)
        self.close_button.setFocus()

    # -- importing ----------------------------------------------------------------------

    def _import(self) -> None:
        """Save the routine under a free id (checked again: things may have changed)."""
        check = self.check
        if check is None or check.routine is None:
            return
        own_id = check.renamed_from or check.routine.id
        placed = place_routine(
            check.file,
            check.routine._replace(id=own_id),
            self._library.routines,
            self._files.ids_on_disk(),
        )
        if placed.same_as is not None:
            self.routine = self._library.routines[placed.same_as]
            self.accept()
            return
        if placed.routine is None or placed.problems:
            self._show_problems(placed)
            return
        try:
            self._files.save(placed.routine)
        except RoutineStorageError as error:
            nothing = self.tr("Nothing was imported.")
            self.save_problem.setText(f"{error}\n{nothing}")
            self.save_problem.setVisible(True)
            return
        self._library.routines[placed.routine.id] = placed.routine
        self.routine = placed.routine
        self.imported.emit(placed.routine)
        self.accept()


def dose_text(entry: Entry, exercise: Exercise) -> str:
    """What one place in a routine asks, as a range where the dose chosen decides.

    For example '2 × 10–15 reps · each side · rest 20 s'; a value the routine sets is the
    same at both doses, so it shows as one number.
    """

    def span(dosed: Dosed) -> str:
        if dosed.gentle == dosed.standard:
            return str(dosed.gentle)
        return f"{dosed.gentle}–{dosed.standard}"

    dosed = entry.applied_to(exercise)
    reps = QCoreApplication.translate("RoutineTransfer", "{reps} reps").format(
        reps=span(dosed.reps)
    )
    if dosed.sets.standard > 1:
        first = QCoreApplication.translate("RoutineTransfer", "{sets} × {reps}").format(
            sets=span(dosed.sets), reps=reps
        )
    else:
        first = reps
    if dosed.hold_seconds is not None:
        first = QCoreApplication.translate("RoutineTransfer", "{reps}, hold {seconds} s").format(
            reps=first, seconds=span(dosed.hold_seconds)
        )
    return " · ".join([first, *entry_extras(entry)])


def problem_text(problem: CatalogueError) -> str:
    """One problem as the dialog lists it: where in the file, then what is wrong.

    The file is named once above the list, so it is left out here.
    """
    where = []
    if problem.exercise:
        where.append(f"exercise “{problem.exercise}”")
    if problem.field:
        where.append(f"field “{problem.field}”")
    text = f"{', '.join(where)}: {problem.problem}" if where else problem.problem
    return text[:1].upper() + text[1:]
