"""The exercises of the routine being built, in order; reordered by dragging or Alt+arrows.

The list never moves its own rows: a drop or a key asks for the move, the routine makes
it (so it can be undone), and the list is shown again from the routine.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QDropEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

MOVE_KEYS = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}


class EntryList(QListWidget):
    """One row per exercise of the routine: its name and what the routine asks of it.

    Signals:
        move_requested(int, int): move the exercise at the first row to the second.
        remove_requested(int): take the exercise at this row out of the routine.
    """

    move_requested = Signal(int, int)
    remove_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("routineEntries")
        self.setAccessibleName(self.tr("Exercises in this routine"))
        self.setAccessibleDescription(
            self.tr(
                "Drag an exercise, or press Alt+Up or Alt+Down, to change the order; "
                "Delete takes it out"
            )
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setWordWrap(True)
        self.setSpacing(2)
        self.set_editable(True)

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        self.setDragDropMode(
            QAbstractItemView.DragDropMode.InternalMove
            if editable
            else QAbstractItemView.DragDropMode.NoDragDrop
        )

    def show_entries(self, rows: list[tuple[str, str]], current: int) -> None:
        """Show ``(text, spoken text)`` rows and select ``current``, quietly."""
        self.blockSignals(True)
        self.clear()
        for position, (text, spoken) in enumerate(rows, start=1):
            item = QListWidgetItem(f"{position}. {text}")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{position}. {spoken}")
            self.addItem(item)
        self.setCurrentRow(min(current, self.count() - 1))
        self.blockSignals(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        row = self.currentRow()
        step = MOVE_KEYS.get(Qt.Key(event.key()))
        alt_only = event.modifiers() == Qt.KeyboardModifier.AltModifier
        if self._editable and row >= 0 and step is not None and alt_only:
            if 0 <= row + step < self.count():
                self.move_requested.emit(row, row + step)
            event.accept()
            return
        if self._editable and row >= 0 and event.key() == Qt.Key.Key_Delete:
            self.remove_requested.emit(row)
            event.accept()
            return
        super().keyPressEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt override)
        """Ask for the move the drop means; the list is redrawn from the routine after."""
        source = self.currentRow()
        if not self._editable or source < 0 or event.source() not in (self, None):
            event.ignore()
            return
        target = self.drop_row(event.position().toPoint(), source)
        event.setDropAction(Qt.DropAction.IgnoreAction)  # nothing for the drag to remove
        event.accept()
        if target != source:
            self.move_requested.emit(source, target)

    def drop_row(self, point: QPoint, source: int) -> int:
        """Where the row at ``source`` ends up when dropped at ``point``."""
        index = self.indexAt(point)
        if not index.isValid():
            return self.count() - 1
        rect = self.visualRect(index)
        slot = index.row() + (1 if point.y() > rect.center().y() else 0)
        return slot - 1 if slot > source else slot
