"""An exercise's figure, drawn crisp at any size, moving between its start and end position.

The start and end drawings are cross-faded by one ``QVariantAnimation``: ``progress`` is 0
on the start drawing and 1 on the end drawing. The view keeps no time of its own; whoever
drives it says where to go and over how many (real) seconds.

The exercise page's figures stand still, and they are on the first window: the animation
and the image blending are only loaded once a figure first moves.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPaintEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from backrelief_gui.core.catalogue import Exercise
from backrelief_gui.core.i18n import QT_TRANSLATE_NOOP
from backrelief_gui.ui.figures import Drawing, Figures, paint_tile, tile_margin
from backrelief_gui.ui.pose import SETTLE_SECONDS, Pose

if TYPE_CHECKING:
    from PySide6.QtCore import QVariantAnimation
    from PySide6.QtGui import QImage

# English sources, marked for the catalogue and translated where they are shown.
POSE_NAMES = {
    Pose.START: QT_TRANSLATE_NOOP("FigureView", "Start position"),
    Pose.END: QT_TRANSLATE_NOOP("FigureView", "End position"),
}
PROGRESS_AT = {Pose.START: 0.0, Pose.END: 1.0}


class FigureView(QWidget):
    """Shows one exercise's figure on a light tile and moves it between its two drawings.

    Without an end drawing the figure is static and every move is ignored.
    """

    def __init__(self, figures: Figures, side: int = 180, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._figures = figures
        self._side = side
        self._exercise: Exercise | None = None
        self._drawings: dict[Pose, Drawing] = {}
        self._pixmaps: dict[tuple[Pose, int, float], QPixmap] = {}
        self._progress = 0.0
        self._target = Pose.START
        self._shown: Pose | None = None
        self._animation: QVariantAnimation | None = None
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Exercise figure"))

    @property
    def animation(self) -> QVariantAnimation:
        """The cross-fade between the drawings, made when first needed."""
        if self._animation is None:
            from PySide6.QtCore import QEasingCurve, QVariantAnimation

            self._animation = QVariantAnimation(self)
            self._animation.setEasingCurve(QEasingCurve.Type.InOutSine)
            self._animation.valueChanged.connect(self._on_progress_changed)
        return self._animation

    def _animation_is(self, state_name: str) -> bool:
        """Whether the cross-fade is "Running" or "Paused"; one never made is neither."""
        if self._animation is None:
            return False
        return self._animation.state().name == state_name

    def _stop(self) -> None:
        if self._animation is not None:
            self._animation.stop()

    # -- what is shown ----------------------------------------------------------------

    def show_exercise(self, exercise: Exercise, pose: Pose = Pose.START) -> None:
        """Show ``exercise`` standing still at ``pose`` (its start drawing if it has no end)."""
        self._stop()
        start, end = self._figures.exercise_drawings(exercise)
        self._exercise = exercise
        self._drawings = {Pose.START: start} | ({Pose.END: end} if end else {})
        self._pixmaps.clear()
        self._shown = None
        pose = pose if pose in self._drawings else Pose.START
        self._target = pose
        self._set_progress(PROGRESS_AT[pose])

    @property
    def has_end(self) -> bool:
        return Pose.END in self._drawings

    @property
    def progress(self) -> float:
        """0 on the start drawing, 1 on the end drawing, in between while moving."""
        return self._progress

    @property
    def target(self) -> Pose:
        """The drawing the figure is at or heading for."""
        return self._target

    @property
    def pose(self) -> Pose:
        """The drawing that shows most right now."""
        return Pose.END if self._progress >= 0.5 else Pose.START

    # -- moving -----------------------------------------------------------------------

    def move_to(self, pose: Pose, seconds: float) -> None:
        """Cross-fade to ``pose`` over ``seconds`` of real time, from wherever it is now."""
        if pose not in self._drawings:
            return
        self._target = pose
        goal = PROGRESS_AT[pose]
        self._stop()
        if seconds <= 0 or self._progress == goal:
            self._set_progress(goal)
            return
        self.animation.setStartValue(self._progress)
        self.animation.setEndValue(goal)
        self.animation.setDuration(max(1, round(seconds * 1000)))
        self.animation.start()

    def move_to_end(self, seconds: float) -> None:
        self.move_to(Pose.END, seconds)

    def move_to_start(self, seconds: float) -> None:
        self.move_to(Pose.START, seconds)

    def hold_at(self, pose: Pose, seconds: float = SETTLE_SECONDS) -> None:
        """Stay at ``pose``; if a move there has not finished, finish it within ``seconds``."""
        if self._target is pose and self._animation_is("Running"):
            left = (self.animation.duration() - self.animation.currentTime()) / 1000
            if left <= seconds:
                return
        self.move_to(pose, seconds)

    def pause(self) -> None:
        """Freeze a move half-way, as the session pauses."""
        if self._animation_is("Running"):
            self.animation.pause()

    def resume(self) -> None:
        if self._animation_is("Paused"):
            self.animation.resume()

    def _on_progress_changed(self, value: float) -> None:
        self._set_progress(float(value))

    def _set_progress(self, value: float) -> None:
        self._progress = value
        self._name_pose()
        self.update()

    def _name_pose(self) -> None:
        """Tell screen readers which position is drawn, when that changes."""
        pose = self.pose if self.has_end else Pose.START
        if pose is self._shown:
            return
        self._shown = pose
        self.setAccessibleName(self.tr(POSE_NAMES[pose]))
        drawing = self._drawings.get(pose)
        name = self._exercise.name if self._exercise else ""
        description = drawing.description if drawing else ""
        if description:
            self.setAccessibleDescription(
                self.tr("{exercise}: {drawing}").format(exercise=name, drawing=description)
            )
        else:
            self.setAccessibleDescription(name)

    # -- drawing ----------------------------------------------------------------------

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(self._side, self._side)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt override)
        return width

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        self._pixmaps.clear()  # drawn again at the new size
        super().resizeEvent(event)

    def _tile_rect(self) -> QRectF:
        side = min(self.width(), self.height())
        return QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)

    def _pixmap(self, pose: Pose, side: int) -> QPixmap:
        """The drawing rendered from its SVG at the screen's own pixel size, so it is sharp."""
        ratio = self.devicePixelRatioF()
        key = (pose, side, ratio)
        if key not in self._pixmaps:
            icon: QIcon = self._drawings[pose].icon
            self._pixmaps[key] = icon.pixmap(QSize(side, side), ratio)
        return self._pixmaps[key]

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        if not self._drawings:
            return
        painter = QPainter(self)
        tile = self._tile_rect()
        paint_tile(painter, tile)
        margin = round(tile_margin(tile.width()))
        side = max(1, round(tile.width()) - 2 * margin)
        corner = QPointF(round(tile.x()) + margin, round(tile.y()) + margin)
        still = self._still_pose()
        if still is not None:  # one drawing alone needs no blending
            painter.drawPixmap(corner, self._pixmap(still, side))
        else:
            painter.drawImage(corner, self._blend(side))
        painter.end()

    def _still_pose(self) -> Pose | None:
        """The one drawing shown, when the figure is not between two."""
        if not self.has_end or self._progress <= 0.0:
            return Pose.START
        return Pose.END if self._progress >= 1.0 else None

    def _blend(self, side: int) -> QImage:
        """Start and end drawings mixed by ``progress``, added rather than layered, so the
        parts both drawings share (floor, legs, chair) stay solid while the rest fades."""
        end_weight = self._progress if self.has_end else 0.0
        layer = self._faded(Pose.START, side, 1.0 - end_weight)
        if end_weight > 0:
            painter = QPainter(layer)
            # Opacity and Plus do not mix in one draw, so the end drawing is faded first.
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Plus)
            painter.drawImage(QPointF(0, 0), self._faded(Pose.END, side, end_weight))
            painter.end()
        return layer

    def _faded(self, pose: Pose, side: int, weight: float) -> QImage:
        from PySide6.QtGui import QImage

        ratio = self.devicePixelRatioF()
        image = QImage(QSize(side, side) * ratio, QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(ratio)
        image.fill(Qt.GlobalColor.transparent)
        if weight > 0:
            painter = QPainter(image)
            painter.setOpacity(weight)
            painter.drawPixmap(QPointF(0, 0), self._pixmap(pose, side))
            painter.end()
        return image
