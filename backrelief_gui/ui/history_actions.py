"""What the history page's buttons do: show, export, report, back up and restore.

File pickers and confirmations are the user's; the work is done by the storage modules.
Every outcome is said in words: where the file went, or what went wrong and that
nothing was lost.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox

from backrelief_gui.core.history_stats import window_start_utc
from backrelief_gui.qt.history_link import HistoryLink
from backrelief_gui.storage.history import HistoryUnavailableError
from backrelief_gui.ui.main_window import MainWindow

Today = Callable[[], date]
FilePicker = Callable[..., tuple[str, str]]


def _documents() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


class HistoryActions(QObject):
    """Connects the history page to the store behind a :class:`HistoryLink`.

    ``save_file`` and ``open_file`` are the file pickers (QFileDialog's by default), so a
    test can stand in for the person choosing a file.
    """

    def __init__(
        self,
        window: MainWindow,
        link: HistoryLink,
        data_dir: Path,
        today: Today = date.today,
        save_file: FilePicker = QFileDialog.getSaveFileName,
        open_file: FilePicker = QFileDialog.getOpenFileName,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._link = link
        self._data_dir = data_dir
        self._today = today
        self._save_file = save_file
        self._open_file = open_file
        window.history_requested.connect(self.show)
        window.set_history_available(True)
        self._connected = False

    def show(self) -> None:
        store = self._link.store
        view = self._window.history_view
        if not self._connected:
            view.export_csv_requested.connect(self.export_csv)
            view.export_pdf_requested.connect(self.write_report)
            view.backup_requested.connect(self.backup)
            view.restore_requested.connect(self.restore)
            view.preferences_requested.connect(lambda: self._window.edit_preferences(self.show))
            self._connected = True
        from backrelief_gui.ui.history_view import TABLE_ROWS

        # The exercise figures are counted in SQL: reading every exercise row cost the
        # page some 100 ms on ten years of history.
        today = self._today()
        work = store.exercise_digest(TABLE_ROWS)  # completion of the sessions listed
        reminders = store.reminder_days(window_start_utc(today))  # the charts' eight weeks
        self._window.show_history(store.sessions(), work, today, reminders)

    def export_csv(self) -> None:
        from backrelief_gui.storage.csv_export import export_csv

        target = self._ask_save(
            self.tr("Export the history as CSV"),
            "backrelief-history.csv",
            self.tr("CSV files (*.csv)"),
        )
        if target is not None:

            def export() -> str:
                rows = export_csv(self._link.store, target)
                if rows == 1:
                    return self.tr("Saved 1 row to {path}.").format(path=target)
                return self.tr("Saved %n rows to {path}.", "", rows).format(path=target)

            self._run(export)

    def write_report(self) -> None:
        from backrelief_gui.storage.report import write_report

        target = self._ask_save(
            self.tr("Save a report for your physiotherapist"),
            "backrelief-report.pdf",
            self.tr("PDF files (*.pdf)"),
        )
        if target is not None:
            goal = self._window.weekly_goal

            def report() -> str:
                write_report(self._link.store, target, self._today(), goal)
                return self.tr("Saved the report to {path}.").format(path=target)

            self._run(report)

    def backup(self) -> None:
        from backrelief_gui.storage.backup import backup

        stamp = self._today().isoformat()
        target = self._ask_save(
            self.tr("Back up the history"),
            f"backrelief-backup-{stamp}.sqlite3",
            self.tr("BackRelief history (*.sqlite3)"),
        )
        if target is not None:

            def copy() -> str:
                backup(self._link.store, target)
                return self.tr("Backed up the history to {path}.").format(path=target)

            self._run(copy)

    def restore(self) -> None:
        from backrelief_gui.storage.backup import restore

        chosen, _ = self._open_file(
            self._window,
            self.tr("Restore the history from a backup"),
            str(_documents()),
            self.tr("BackRelief history (*.sqlite3)"),
        )
        if not chosen:
            return
        answer = QMessageBox.question(
            self._window,
            self.tr("Restore the history"),
            self.tr(
                "Replace your history with this backup? Your current history is kept as a "
                "copy beside it, so nothing is lost."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            store, message = restore(self._data_dir, Path(chosen), current=self._link.store)
        except HistoryUnavailableError as error:
            self._tell(str(error), problem=True)
            return
        if store is None:
            self._window.set_history_available(False)
            self._tell(message or self.tr("The history could not be opened."), problem=True)
            return
        self._link.replace_store(store)
        self._tell(message or self.tr("Restored the history from {path}.").format(path=chosen))
        self.show()

    def _ask_save(self, title: str, name: str, kinds: str) -> Path | None:
        chosen, _ = self._save_file(self._window, title, str(_documents() / name), kinds)
        return Path(chosen) if chosen else None

    def _run(self, work: Callable[[], str]) -> None:
        try:
            self._tell(work())
        except (OSError, HistoryUnavailableError) as error:
            failed = self.tr("That did not work, and your history is unchanged: {error}")
            self._tell(failed.format(error=error), problem=True)

    def _tell(self, text: str, *, problem: bool = False) -> None:
        if problem:
            self._window.show_notice(text)
        else:
            self._window.statusBar().showMessage(text, 10_000)
