"""What the PyInstaller bundle keeps and drops, kept apart from the spec so tests can read it.

Only the standard library is used here: the spec imports this file while PyInstaller runs,
and tests/packaging imports it without PyInstaller installed.
"""

from __future__ import annotations

from fnmatch import fnmatchcase

# The Qt modules BackRelief imports (grep "PySide6.Qt" in backrelief_gui). SVG figures and
# icons need no Python module: QIcon reads them through the qsvg plugins, which bring
# libQt6Svg along themselves. tests/packaging checks this list against the source.
USED_QT_MODULES = ("QtCore", "QtDBus", "QtGui", "QtNetwork", "QtWidgets")

# Every other PySide6 module (Essentials and Addons), kept out even if some dependency
# imports one, so its library, plugins and translations never come along. The spec adds
# any further Qt* module it finds in the installed PySide6.
UNUSED_QT_MODULES = (
    "Qt3DAnimation",
    "Qt3DCore",
    "Qt3DExtras",
    "Qt3DInput",
    "Qt3DLogic",
    "Qt3DRender",
    "QtAsyncio",
    "QtAxContainer",
    "QtBluetooth",
    "QtCharts",
    "QtConcurrent",
    "QtDataVisualization",
    "QtDesigner",
    "QtGraphs",
    "QtGraphsWidgets",
    "QtHelp",
    "QtHttpServer",
    "QtLocation",
    "QtMultimedia",
    "QtMultimediaWidgets",
    "QtNetworkAuth",
    "QtNfc",
    "QtOpenGL",
    "QtOpenGLWidgets",
    "QtPdf",
    "QtPdfWidgets",
    "QtPositioning",
    "QtPrintSupport",
    "QtQml",
    "QtQuick",
    "QtQuick3D",
    "QtQuickControls2",
    "QtQuickTest",
    "QtQuickWidgets",
    "QtRemoteObjects",
    "QtScxml",
    "QtSensors",
    "QtSerialBus",
    "QtSerialPort",
    "QtSpatialAudio",
    "QtSql",
    "QtStateMachine",
    "QtSvg",
    "QtSvgWidgets",
    "QtTest",
    "QtTextToSpeech",
    "QtUiTools",
    "QtWebChannel",
    "QtWebEngineCore",
    "QtWebEngineQuick",
    "QtWebEngineWidgets",
    "QtWebSockets",
    "QtWebView",
    "QtXml",
)

# Files dropped from the bundle, matched against their path inside it ("/" separators).
# PySide6 keeps plugins in PySide6/Qt/plugins on Linux and macOS, PySide6/plugins on
# Windows, hence the leading "*/".
DROPPED_FILES = (
    # Display back ends for embedded devices (EGLFS, LinuxFB, VNC, Vulkan display) and
    # their input and device plugins: a desktop app runs on X11 or Wayland.
    "*/plugins/platforms/*qeglfs*",
    "*/plugins/platforms/*qlinuxfb*",
    "*/plugins/platforms/*qminimalegl*",
    "*/plugins/platforms/*qvnc*",
    "*/plugins/platforms/*qvkkhrdisplay*",
    "*/plugins/egldeviceintegrations/*",
    "*/plugins/generic/*",
    "*libQt6EglFSDeviceIntegration*",
    "*libQt6EglFsKmsSupport*",
    # Wayland shells of special compositors (IVI, kiosks, Qt's own); desktops use xdg-shell.
    "*/plugins/wayland-shell-integration/*ivi-shell*",
    "*/plugins/wayland-shell-integration/*fullscreen-shell*",
    "*/plugins/wayland-shell-integration/*wl-shell*",
    "*/plugins/wayland-shell-integration/*qt-shell*",
    "*libQt6WlShellIntegration*",
    # Buffer sharing with QtWaylandCompositor-based compositors only.
    "*/plugins/wayland-graphics-integration-client/*-server*",
    # The GTK 3 theme drags in GTK, GDK, ATK, Pango and Cairo (about 20 MB) that must then
    # match the system's GTK modules; without it Qt draws its own dialogs. The XDG portal
    # theme stays: it gives native file dialogs under Flatpak and on portal desktops.
    "*/plugins/platformthemes/*qgtk3*",
    # No network beyond local sockets: no TLS, no reachability monitoring.
    "*/plugins/tls/*",
    "*/plugins/networkinformation/*",
    # The app reads only SVG (figures, icons); PNG is built into QtGui.
    "*/plugins/imageformats/*qgif*",
    "*/plugins/imageformats/*qicns*",
    "*/plugins/imageformats/*qico*",
    "*/plugins/imageformats/*qjpeg*",
    "*/plugins/imageformats/*qpdf*",
    "*/plugins/imageformats/*qtga*",
    "*/plugins/imageformats/*qtiff*",
    "*/plugins/imageformats/*qwbmp*",
    "*/plugins/imageformats/*qwebp*",
    # Qt's own translations, but for those of the languages BackRelief shows (KEPT_FILES).
    "*/translations/*.qm",
)

# The languages BackRelief ships besides English (LANGUAGES in backrelief_gui/core/i18n.py;
# tests/packaging checks the two agree). For each, Qt's own catalogue stays in the bundle,
# so Qt's standard buttons (Cancel, Close, …) and dialogs are in that language too.
TRANSLATED_LANGUAGES = ("fr",)

# Exceptions to DROPPED_FILES. The app installs qtbase_<lang>.qm (backrelief_gui/qt/
# language.py); qt_<lang>.qm only includes it and the modules the app does not use.
KEPT_FILES = tuple(f"*/translations/qtbase_{language}.qm" for language in TRANSLATED_LANGUAGES)

# Libraries every Linux desktop has and that must be the system's: the GPU driver (Mesa)
# and eSpeak NG are loaded from the system at run time and need its newest C++ runtime; a
# bundled older libstdc++ would shadow it ("GLIBCXX_… not found").
SYSTEM_ONLY_LIBRARIES = ("libstdc++.so*", "libgcc_s.so*")

# On Linux these must still be in the bundle after the drops above, or the app cannot show
# a window (X11, Wayland, offscreen for tests) or draw its SVG figures and icons.
REQUIRED_LINUX_FILES = (
    "*/plugins/platforms/*qxcb*",
    "*/plugins/platforms/*qwayland*",
    "*/plugins/platforms/*qoffscreen*",
    "*/plugins/iconengines/*qsvgicon*",
    "*/plugins/imageformats/*qsvg*",
    "*/plugins/platformthemes/*qxdgdesktopportal*",
)


def _posix(path: str) -> str:
    return path.replace("\\", "/")


def is_dropped(bundle_path: str) -> bool:
    """Whether a file at ``bundle_path`` (relative to the bundle) is left out."""
    path = _posix(bundle_path)
    name = path.rsplit("/", 1)[-1]
    if "/" not in path and any(fnmatchcase(name, p) for p in SYSTEM_ONLY_LIBRARIES):
        return True
    if any(fnmatchcase(path, pattern) for pattern in KEPT_FILES):
        return False
    return any(fnmatchcase(path, pattern) for pattern in DROPPED_FILES)


def missing_required(bundle_paths: list[str]) -> list[str]:
    """The patterns of REQUIRED_LINUX_FILES that none of ``bundle_paths`` matches."""
    paths = [_posix(p) for p in bundle_paths]
    return [p for p in REQUIRED_LINUX_FILES if not any(fnmatchcase(path, p) for path in paths)]
