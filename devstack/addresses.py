"""Where ``make run`` listens and the addresses it tells clients: the ports (the emulator's is
PORT+1 unless told, so the block ``make run`` prints stays true across restarts), a busy port
said in one sentence, and this machine's address on its network for ``HOST=0.0.0.0``."""

from __future__ import annotations

import errno
import socket

LOOPBACK = "127.0.0.1"
# Addresses that mean "every interface": clients must be told a real one instead.
EVERY_INTERFACE = ("0.0.0.0", "::", "")


class PortBusy(RuntimeError):
    """A port ``make run`` needs is taken; the message says which and how to choose another."""


def emulator_port_for(port: int, emulator_port: int | None) -> int:
    """The emulator's port: the one asked for, else the one after the service's."""
    return port + 1 if emulator_port is None else emulator_port


def check_free(host: str, port: int, what: str, setting: str) -> None:
    """Raise ``PortBusy`` when ``port`` of ``host`` cannot be listened on (0: any port)."""
    if port == 0:
        return
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
        # As the servers bind: a port whose last connections are closing is free to them.
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host or LOOPBACK, port))
        except OSError as exc:
            if exc.errno != errno.EADDRINUSE:
                raise
            raise PortBusy(
                f"Port {port} ({what}) is already in use, perhaps by another make run; "
                f"choose free ports with {setting}, e.g. make run PORT={port + 10}."
            ) from None


def public_host(host: str) -> str:
    """The address to put in URLs for clients of a server listening on ``host``."""
    return lan_address() if host in EVERY_INTERFACE else host


def lan_address() -> str:
    """This machine's address on its network (the one its default route leaves from), so a
    phone on the same network can reach it; loopback when there is no network."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            # A UDP "connection" only picks the route and the source address; nothing is sent.
            probe.connect(("10.255.255.255", 9))
            address = probe.getsockname()[0]
        except OSError:
            return LOOPBACK
    return address if address != "0.0.0.0" else LOOPBACK
