#!/usr/bin/python3
# test-import.py: Accord through the accessibility bus, as a screen reader
# user meets it. Starts Accord with no workspace, imports the sample HubSpot
# export with the Import button and the file chooser, waits for the
# dashboard, and reads one cell of the Goals grid over AT-SPI: it must
# state the number that counting the export's rows gives.
#
# Run under xvfb-run -a dbus-run-session (meson test does, through the
# README's command), with Debian's /usr/bin/python3 and python3-pyatspi.
#
# Copyright 2026 The Accord authors
# SPDX-License-Identifier: GPL-3.0-or-later

import csv
import ctypes
import json
import os
import signal
import subprocess
import sys
import tempfile
import time

# Debian's python3-pyatspi, for /usr/bin/python3; tools/install-deps
# --tests installs it, and without it the test skips, as the PDF checks do
# without poppler.
try:
    import pyatspi
    from gi.repository import GLib
except ImportError:
    pyatspi = None

# Every wait shares one deadline, so a missing widget fails the test
# rather than hanging it.
DEADLINE = time.monotonic() + 60

# X keycode of Control_L in Xvfb's default (evdev) keymap.
KEYCODE_CONTROL_L = 37
KEYSYM_L = 0x6C

DATE_COLUMNS = [
    "Create Date",
    "Became a Marketing Qualified Lead Date",
    "Became a Sales Qualified Lead Date",
    "Became an Opportunity Date",
    "Became a Customer Date",
    "First outreach date",
    "Last Contacted",
    "Disqualified Date",
]


def skip(reason):
    print("SKIP: " + reason)
    sys.exit(77)


def fail(message):
    raise AssertionError(message)


def wait_for(what, find, process=None):
    """Calls find () until it returns something, or fails at the deadline
    or when @process, Accord, has ended."""
    while time.monotonic() < DEADLINE:
        if process is not None and process.poll() is not None:
            fail("Accord ended (status %d) before %s" % (process.returncode, what))
        try:
            found = find()
        except GLib.GError:  # an object went away while we looked
            found = None
        if found:
            return found
        time.sleep(0.2)
    fail("timed out waiting for " + what)


def walk(node):
    yield node
    for i in range(node.childCount):
        child = node.getChildAtIndex(i)
        if child is not None:
            yield from walk(child)


def text_of(node):
    """What a screen reader reads of a text: all of it (getText (0, -1)
    returns nothing on GTK 4.8)."""
    text = node.queryText()
    return text.getText(0, text.characterCount)


def find_button(root, label):
    """A push button showing @label, by its name or its label's text."""
    for node in walk(root):
        if node.getRoleName() != "push button":
            continue
        if node.name == label:
            return node
        for child in walk(node):
            if child.getRoleName() == "label" and text_of(child) == label:
                return node
    return None


def end_with_parent():
    """Has the kernel stop Accord should this test be killed outright,
    where no finally clause runs."""
    PR_SET_PDEATHSIG = 1
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


def click(button):
    action = button.queryAction()
    for i in range(action.nActions):
        if action.getName(i) == "click":
            action.doAction(i)
            return
    fail("%s has no click action" % button.name)


def expected_leads(sample_dir):
    """Counts by hand what the Goals grid shows: the leads created in the
    month of the export's latest date (Accord opens on it), read in the
    sample workspace's time zone; and the export's rows."""
    with open(os.path.join(sample_dir, "northwind.accord"), encoding="utf-8") as f:
        zone = json.load(f)["time_zone"]
    with open(os.path.join(sample_dir, "hubspot-contacts.csv"), encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    # The export's times carry no zone: they are wall-clock times in the
    # zone, so their text gives their month.
    latest = max(row[c] for row in rows for c in DATE_COLUMNS if row[c])
    month = latest[:7]
    count = sum(1 for row in rows if row["Create Date"].startswith(month))
    return zone, len(rows), int(month[:4]), int(month[5:7]), count


# The test's own connection to the X server, open until it ends.
display_connection = None


def hold_display():
    """Opens the X display and keeps it open, or says it cannot. Xvfb
    resets when its last client leaves (the accessibility bus's launcher
    is one that comes and goes) and refuses connections while it resets:
    a connection held for the whole test keeps Accord's from landing in
    a reset."""
    global display_connection

    if not os.environ.get("DISPLAY"):
        return True  # Wayland: Accord finds out
    xlib = ctypes.CDLL("libX11.so.6")
    xlib.XOpenDisplay.restype = ctypes.c_void_p
    xlib.XOpenDisplay.argtypes = [ctypes.c_char_p]
    display_connection = xlib.XOpenDisplay(None)
    return bool(display_connection)


def main():
    build_dir = os.environ["ACCORD_BUILD_ROOT"]
    source_dir = os.environ["ACCORD_SOURCE_ROOT"]
    sample_dir = os.path.join(source_dir, "data", "samples")
    export = os.path.join(sample_dir, "hubspot-contacts.csv")

    zone, n_rows, year, month, leads = expected_leads(sample_dir)
    month_name = time.strftime("%B %Y", (year, month, 1, 0, 0, 0, 0, 1, -1))
    cell_name = "Leads sourced, " + month_name  # DESIGN §3: leads created in the month
    if not 0 < leads < 1000:  # shown without a thousands separator
        fail("unexpected hand count %d" % leads)

    home = tempfile.TemporaryDirectory(prefix="accord-a11y-")
    env = dict(os.environ)
    # The real AT-SPI bridge: nothing may turn it off.
    env.pop("GTK_A11Y", None)
    env.pop("NO_AT_BRIDGE", None)
    env.update({
        "GSETTINGS_BACKEND": "memory",
        "GSETTINGS_SCHEMA_DIR": os.path.join(build_dir, "data"),
        "ACCORD_SAMPLES_DIR": sample_dir,
        # A fresh user: no last workspace, no recent files.
        "HOME": home.name,
        "XDG_DATA_HOME": os.path.join(home.name, "data"),
        "XDG_CONFIG_HOME": os.path.join(home.name, "config"),
        "XDG_CACHE_HOME": os.path.join(home.name, "cache"),
        # An export imported by hand is read in the system's zone: the
        # sample's, as its company reads it.
        "TZ": zone,
        "LC_ALL": "C.UTF-8",
        "GSK_RENDERER": "cairo",
        "GDK_DEBUG": "gl-disable",
        "ADW_DISABLE_PORTAL": "1",
    })
    app_process = subprocess.Popen([os.path.join(build_dir, "src", "accord")], env=env, cwd=home.name,
                                   preexec_fn=end_with_parent)
    try:
        def find_app():
            desktop = pyatspi.Registry.getDesktop(0)
            for i in range(desktop.childCount):
                app = desktop.getChildAtIndex(i)
                if app is not None and app.get_process_id() == app_process.pid:
                    return app
            return None

        def find_window(title):
            app = find_app()
            if app is None:
                return None
            for i in range(app.childCount):
                window = app.getChildAtIndex(i)
                if window is not None and window.name == title:
                    return window
            return None

        started = time.monotonic()
        window = wait_for("Accord on the accessibility bus", lambda: find_window("Accord"), app_process)
        print("# Accord on the bus after %.1f s" % (time.monotonic() - started))

        # The header's Import button: an icon, named for screen readers.
        import_button = wait_for("the Import button", lambda: find_button(window, "Import CRM Export…"), app_process)
        click(import_button)
        chooser = wait_for("the file chooser", lambda: find_window("Import CRM Export"), app_process)

        # Ctrl+L opens the chooser's location entry, where the path goes.
        # The keys go to the window with the keyboard focus, which the
        # chooser may not have yet: press them again until it answers.
        def open_location():
            pyatspi.Registry.generateKeyboardEvent(KEYCODE_CONTROL_L, None, pyatspi.KEY_PRESS)
            pyatspi.Registry.generateKeyboardEvent(KEYSYM_L, None, pyatspi.KEY_SYM)
            pyatspi.Registry.generateKeyboardEvent(KEYCODE_CONTROL_L, None, pyatspi.KEY_RELEASE)
            for _ in range(10):
                time.sleep(0.2)
                for node in walk(chooser):
                    if node.getRoleName() == "text" and node.getState().contains(pyatspi.STATE_FOCUSED):
                        return node
            return None
        location = wait_for("the location entry", open_location, app_process)
        location.queryEditableText().setTextContents(export)
        if text_of(location) != export:
            fail("the location entry holds %r" % text_of(location))
        click(find_button(chooser, "Import"))

        # The toast that ends the import counts the export's rows.
        toast = wait_for("the import's toast",
                         lambda: next((n for n in walk(window)
                                       if n.getRoleName() == "label" and text_of(n).endswith(" imported")),
                                      None),
                         app_process)
        if text_of(toast) != "%d leads imported" % n_rows:
            fail("the toast says %r; the export has %d rows" % (text_of(toast), n_rows))

        # The Goals page is the dashboard's first: its grid, by name.
        grid = wait_for("the goals grid",
                        lambda: next((n for n in walk(window) if n.name == "Goals against actuals"), None),
                        app_process)
        cell = wait_for("the cell “%s”" % cell_name,
                        lambda: next((n for n in walk(grid) if n.name == cell_name), None),
                        app_process)
        print("# %s: %s" % (cell.name, cell.description))

        # What a screen reader reads inside the cell: the value first.
        texts = [text_of(n) for n in walk(cell) if n.getRoleName() == "label"]
        if not texts or texts[0] != str(leads):
            fail("the cell “%s” reads %r; counting the export gives %d" % (cell_name, texts, leads))
        # Its description states the value and the goal, with words.
        if " %d so far" % leads not in cell.description and not cell.description.startswith("%d of" % leads):
            fail("the description %r does not state %d" % (cell.description, leads))
        if "goal of 300" not in cell.description:  # DESIGN §1's default goal
            fail("the description %r does not state the goal" % cell.description)

        print("# %d leads created in %s, as counted by hand (%s); %.1f s in all"
              % (leads, month_name, zone, time.monotonic() - started))
    finally:
        app_process.terminate()
        try:
            app_process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            app_process.kill()
            app_process.wait()
        home.cleanup()


if __name__ == "__main__":
    # meson stops a test that runs too long with SIGTERM: end through the
    # finally clause, which stops Accord too.
    signal.signal(signal.SIGTERM, lambda *args: sys.exit(1))
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")) or not hold_display():
        skip("no display")
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        skip("no session bus")
    if pyatspi is None:
        skip("no pyatspi: tools/install-deps --tests installs python3-pyatspi")
    main()
    print("PASS")
