"""Desktop notifications through the freedesktop notification server, over D-Bus.

The reminder to take a break is shown as a desktop notification where a server answers
on the bus (``org.freedesktop.Notifications``), with buttons such as "Start" or "Later".
When there is no server, or it cannot show buttons, or it does not answer in time,
:meth:`DesktopNotifier.notify` returns None and the caller shows its own reminder
window: a reminder is never lost without a word.

Every call waits at most :data:`CALL_TIMEOUT_MS`, so a hung server or bus costs the UI
half a second, never a freeze. For that, nothing here gives Qt the server's well-known
name where Qt would look up its owner itself (a call with Qt's 25-second timeout): calls
go to the unique name of the server that answered, and its signals are taken from any
sender and checked against the server that showed the notification.

Typed arguments: the specification wants ``u`` (uint32) for ids, and PySide turns a
Python ``int`` into ``i``, which a strict server (GDBus, sd-bus) refuses. Qt sends typed
arguments only through a ``QDBusInterface`` built from introspection, and Qt caches that
per connection and interface name. So this module introspects a schema object of its own
first (:func:`teach_types`): later calls take the spec's types from it, and the server is
never asked to introspect (another call with Qt's timeout, not ours). The ``urgency``
hint, a byte, cannot be sent from PySide at all; it is left out, and servers then assume
normal urgency, the one wanted.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import (
    Q_ARG,
    Q_RETURN_ARG,
    SLOT,
    QMetaObject,
    QObject,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtDBus import (
    QDBus,
    QDBusConnection,
    QDBusInterface,
    QDBusMessage,
    QDBusServiceWatcher,
    QDBusVirtualObject,
)

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
BUS_SERVICE = "org.freedesktop.DBus"
BUS_PATH = "/org/freedesktop/DBus"

APP_NAME = "BackRelief"
ICON_NAME = "backrelief"
DESKTOP_ENTRY = "io.github.backrelief.BackRelief"  # the installed .desktop file
CATEGORY = "presence"  # the spec's nearest: the user's presence at the desk

CALL_TIMEOUT_MS = 500
RETRY_AFTER_S = 30.0  # a server that failed is asked again after this, or when it restarts
MAX_ID = 0xFFFFFFFF

NOTIFY_METHOD = "Notify(QString,uint,QString,QString,QString,QStringList,QVariantMap,int)"
SCHEMA_PATH = "/org/backrelief/NotificationsSchema"

# The spec's method signatures, with the Qt type of the hints map spelled out: a real
# server's introspection lacks that annotation, so Qt would not know how to send it.
SCHEMA_XML = f"""<interface name="{INTERFACE}">
  <method name="Notify">
    <arg name="app_name" type="s" direction="in"/>
    <arg name="replaces_id" type="u" direction="in"/>
    <arg name="app_icon" type="s" direction="in"/>
    <arg name="summary" type="s" direction="in"/>
    <arg name="body" type="s" direction="in"/>
    <arg name="actions" type="as" direction="in"/>
    <arg name="hints" type="a{{sv}}" direction="in"/>
    <annotation name="org.qtproject.QtDBus.QtTypeName.In6" value="QVariantMap"/>
    <arg name="expire_timeout" type="i" direction="in"/>
    <arg name="id" type="u" direction="out"/>
  </method>
  <method name="CloseNotification">
    <arg name="id" type="u" direction="in"/>
  </method>
</interface>"""


class CloseReason(IntEnum):
    """Why a notification went away: the spec's codes, and ours for a vanished server."""

    EXPIRED = 1
    DISMISSED = 2
    CLOSED_BY_CALL = 3
    UNDEFINED = 4  # also sent by us when the server leaves the bus with ours still up


class _Schema(QDBusVirtualObject):
    """Answers Qt's introspection of our own connection with :data:`SCHEMA_XML`."""

    def introspect(self, path: str) -> str:
        return SCHEMA_XML

    def handleMessage(self, message: QDBusMessage, connection: QDBusConnection) -> bool:  # noqa: N802
        return False  # Qt answers Introspect itself, from introspect()


def teach_types(bus: QDBusConnection) -> bool:
    """Put the spec's types into ``bus``'s interface cache; False if Qt kept others.

    The introspection is a call to ourselves, answered on the spot without the bus.
    """
    schema = _Schema()
    registered = bus.registerVirtualObject(SCHEMA_PATH, schema)
    try:
        taught = QDBusInterface(bus.baseService(), SCHEMA_PATH, INTERFACE, bus)
        return taught.metaObject().indexOfMethod(NOTIFY_METHOD) >= 0
    finally:
        if registered:
            bus.unregisterObject(SCHEMA_PATH)


def flatten_actions(actions: Sequence[tuple[str, str]]) -> list[str]:
    """The spec's flat ``[key, label, key, label, ...]`` list."""
    flat: list[str] = []
    for key, label in actions:
        if not key or not label:
            raise ValueError(f"an action needs a key and a label, got {(key, label)!r}")
        flat += [str(key), str(label)]
    return flat


class DesktopNotifier(QObject):
    """Shows notifications on the desktop's notification server and relays the answers.

    Pass a connection to use another bus than the session bus (tests use a private one).
    All calls are made on the thread that owns this object and wait at most
    :data:`CALL_TIMEOUT_MS`. When something fails, :attr:`problem` says why in words.

    Signals (only for notifications this object sent):
        action_invoked(int, str): the user chose the action with this key.
        closed(int, int): the notification went away; the second is a :class:`CloseReason`.
    """

    action_invoked = Signal(int, str)
    closed = Signal(int, int)

    def __init__(
        self, connection: QDBusConnection | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._bus = connection if connection is not None else QDBusConnection.sessionBus()
        self._capabilities: frozenset[str] | None = None
        self._failed_at: float | None = None
        self._proxy: QDBusInterface | None = None
        self._server: str | None = None  # the unique name of the server that answered
        self._sent: dict[int, str] = {}  # our notifications, and the server showing each
        self.problem: str | None = None
        if self._bus.isConnected():
            self._listen()

    # --- the server's signals ---------------------------------------------------------

    def _listen(self) -> None:
        """Follow the server's answers, and notice when it starts, stops or restarts."""
        connected = self._bus.connect(
            "", PATH, INTERFACE, "ActionInvoked", "us", self, SLOT("_on_action(QDBusMessage)")
        ) and self._bus.connect(
            "", PATH, INTERFACE, "NotificationClosed", "uu", self, SLOT("_on_closed(QDBusMessage)")
        )
        if not connected:
            self.problem = f"Could not follow the notification server ({self._last_bus_error()})."
        watcher = QDBusServiceWatcher(
            SERVICE, self._bus, QDBusServiceWatcher.WatchModeFlag.WatchForOwnerChange, self
        )
        watcher.serviceOwnerChanged.connect(self._on_owner_changed)

    def _ours(self, message: QDBusMessage) -> int | None:
        """The id a signal is about, if it is one of ours and comes from its server."""
        notification_id = int(message.arguments()[0])
        if self._sent.get(notification_id) != message.service():
            return None
        return notification_id

    @Slot(QDBusMessage)
    def _on_action(self, message: QDBusMessage) -> None:
        notification_id = self._ours(message)
        if notification_id is not None:
            self.action_invoked.emit(notification_id, str(message.arguments()[1]))

    @Slot(QDBusMessage)
    def _on_closed(self, message: QDBusMessage) -> None:
        notification_id = self._ours(message)
        if notification_id is not None:
            del self._sent[notification_id]
            self.closed.emit(notification_id, int(message.arguments()[1]))

    def _on_owner_changed(self, _service: str, old_owner: str, _new_owner: str) -> None:
        """A server came or went: ask afresh, and give up on what the old one showed."""
        self._capabilities = None
        self._failed_at = None
        self._server = None
        lost = sorted(key for key, server in self._sent.items() if server == old_owner)
        for notification_id in lost:
            del self._sent[notification_id]
            self.closed.emit(notification_id, CloseReason.UNDEFINED)

    # --- asking the server --------------------------------------------------------------

    def available(self) -> bool:
        """True if a notification server answers; the answer is kept until it changes."""
        if self._capabilities is not None:
            return True
        if self._failed_at is not None and time.monotonic() - self._failed_at < RETRY_AFTER_S:
            return False
        return self._ask_capabilities()

    @property
    def supports_actions(self) -> bool:
        """True if the server shows buttons, so a notification can be answered."""
        return self.available() and "actions" in (self._capabilities or ())

    def _ask_capabilities(self) -> bool:
        if not self._bus.isConnected():
            return self._fail(f"There is no D-Bus session bus ({self._last_bus_error()}).")
        call = QDBusMessage.createMethodCall(SERVICE, PATH, INTERFACE, "GetCapabilities")
        reply = self._bus.call(call, QDBus.CallMode.Block, CALL_TIMEOUT_MS)
        if reply.type() != QDBusMessage.MessageType.ReplyMessage:
            return self._fail(f"No notification server answered ({reply.errorMessage()}).")
        if reply.signature() != "as":  # a server this confused would not show much either
            return self._fail(f"The notification server answered {reply.signature()!r}.")
        server = self._owner()
        if server is None:
            return False
        self._capabilities = frozenset(str(name) for name in reply.arguments()[0])
        self._server = server
        self._failed_at = None
        self.problem = None
        return True

    def _owner(self) -> str | None:
        """The server's unique name, to tell its signals from anyone else's.

        Asked of the bus here, with our timeout: a reply does not carry its sender.
        """
        call = QDBusMessage.createMethodCall(BUS_SERVICE, BUS_PATH, BUS_SERVICE, "GetNameOwner")
        call.setArguments([SERVICE])
        reply = self._bus.call(call, QDBus.CallMode.Block, CALL_TIMEOUT_MS)
        if reply.type() != QDBusMessage.MessageType.ReplyMessage or reply.signature() != "s":
            self._fail(f"The bus did not name the notification server ({reply.errorMessage()}).")
            return None
        return str(reply.arguments()[0])

    def _fail(self, problem: str) -> bool:
        self.problem = problem
        self._capabilities = None
        self._server = None
        self._failed_at = time.monotonic()
        return False

    def _last_bus_error(self) -> str:
        return self._bus.lastError().message() or "no reason given"

    def _typed_proxy(self, server: str) -> QDBusInterface | None:
        """The interface of ``server`` (a unique name) with the spec's types."""
        if self._proxy is None or self._proxy.service() != server:
            if not teach_types(self._bus):
                self.problem = (
                    "Qt already knows other types for the notification interface on this "
                    "connection, so notifications cannot be sent on it."
                )
                return None
            if self._proxy is not None:
                self._proxy.deleteLater()
            self._proxy = QDBusInterface(server, PATH, INTERFACE, self._bus, self)
            self._proxy.setTimeout(CALL_TIMEOUT_MS)
        return self._proxy

    # --- showing and closing ------------------------------------------------------------

    def notify(
        self,
        summary: str,
        body: str,
        actions: Sequence[tuple[str, str]] = (),
        timeout_ms: int = 0,
        replaces: int = 0,
    ) -> int | None:
        """Show a notification; its id, or None if it could not be shown as asked.

        ``actions`` are (key, label) pairs; the key comes back in :attr:`action_invoked`.
        A server without buttons cannot show them, so that is None too, rather than a
        reminder nobody can answer. ``timeout_ms`` 0 keeps it up until it is answered; a
        negative value lets the server decide. ``replaces`` updates one shown earlier.
        """
        if not 0 <= replaces <= MAX_ID:
            raise ValueError(f"replaces must be a notification id or 0, got {replaces}")
        flat_actions = flatten_actions(actions)
        if not self.available():
            return None
        if flat_actions and not self.supports_actions:
            self.problem = "The notification server cannot show buttons."
            return None
        server = self._server
        proxy = self._typed_proxy(server) if server is not None else None
        if proxy is None:
            return None
        hints = {"desktop-entry": DESKTOP_ENTRY, "category": CATEGORY}
        notification_id = self._call(
            proxy,
            "Notify",
            Q_ARG(str, APP_NAME),
            Q_ARG("uint", replaces),
            Q_ARG(str, ICON_NAME),
            Q_ARG(str, summary),
            Q_ARG(str, body),
            Q_ARG("QStringList", flat_actions),
            Q_ARG("QVariantMap", hints),
            Q_ARG(int, max(timeout_ms, -1)),
            returns="uint",
        )
        if not notification_id:
            return None
        self._sent[notification_id] = proxy.service()
        return notification_id

    def close(self, notification_id: int) -> bool:
        """Take down a notification this object showed; False if it is not ours or failed.

        :attr:`closed` follows when the server confirms.
        """
        if notification_id not in self._sent:
            return False
        proxy = self._typed_proxy(self._sent[notification_id])
        if proxy is None:
            return False
        return self._call(proxy, "CloseNotification", Q_ARG("uint", notification_id)) is not None

    def _call(
        self, proxy: QDBusInterface, method: str, *args: object, returns: str = ""
    ) -> int | None:
        """Call ``method`` with typed arguments; its result (0 without one), None on error.

        A failed call may mean the server has gone or hangs: :meth:`available` then says
        no until the server changes or :data:`RETRY_AFTER_S` has passed.
        """
        invoke_args: list[object] = [proxy, method, Qt.ConnectionType.DirectConnection]
        if returns:
            invoke_args.append(Q_RETURN_ARG(returns))
        try:
            result = QMetaObject.invokeMethod(*invoke_args, *args)
        except RuntimeError as error:  # the method is missing from the interface
            self.problem = f"Could not call {method} ({error})."
            return None
        error = proxy.lastError()
        if error.isValid():
            self._fail(f"The notification server did not take {method} ({error.message()}).")
            return None
        return int(result) if returns else 0
