#!/usr/bin/env python3
# Checks the Flatpak manifest offline: what it builds, from which pinned
# sources, and that the sandbox gets no file system and no network (files
# come through the portal). With flatpak-builder installed, it must also
# accept the manifest without a warning.
#   check-manifest.py MANIFEST SOURCE_ROOT APP_ID

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

manifest_path, source_root, app_id = sys.argv[1:4]
problems = []


def expect(condition, message):
    print(("ok: " if condition else "not ok: ") + message)
    if not condition:
        problems.append(message)


with open(manifest_path, encoding="utf-8") as f:
    manifest = json.load(f)

expect(manifest.get("id") == app_id, "the id is " + app_id)
expect(manifest.get("runtime") == "org.gnome.Platform", "the runtime is org.gnome.Platform")
expect(manifest.get("sdk") == "org.gnome.Sdk", "the SDK is org.gnome.Sdk")
expect(manifest.get("runtime-version") == "49", "the runtime is GNOME 49")
expect(manifest.get("command") == "accord", "the command is accord")

finish_args = manifest.get("finish-args", [])
expect(not any(a.startswith("--filesystem") for a in finish_args), "no file system access")
expect("--share=network" not in finish_args, "no network")
expect(sorted(finish_args) == sorted(["--share=ipc", "--socket=fallback-x11",
                                       "--socket=wayland", "--device=dri"]),
       "finish-args are IPC, Wayland, fallback X11 and DRI only")

modules = manifest.get("modules", [])
names = [m.get("name") if isinstance(m, dict) else m for m in modules]
expect(names == ["libcsv", "accord"], "modules are libcsv, then accord")

for module in modules:
    for source in module.get("sources", []):
        if source.get("type") in ("archive", "file"):
            name = "%s: %s" % (module.get("name"), source.get("url"))
            expect(source.get("url", "").startswith("https://"), name + " is fetched over HTTPS")
            expect(re.fullmatch(r"[0-9a-f]{64}", source.get("sha256", "")) is not None,
                   name + " is pinned by a sha256 of 64 hex digits")

if names == ["libcsv", "accord"]:
    libcsv, accord = modules
    expect(any("3.0.3" in s.get("url", "") for s in libcsv.get("sources", [])),
           "libcsv is the 3.0.3 release")
    expect(accord.get("buildsystem") == "meson", "accord builds with meson")
    expect(accord.get("run-tests") is True, "accord's tests run in the build")
    dirs = [s for s in accord.get("sources", []) if s.get("type") == "dir"]
    expect(len(dirs) == 1 and os.path.samefile(
               os.path.join(os.path.dirname(manifest_path), dirs[0].get("path", "")),
               source_root),
           "accord is built from this source tree")

flatpak_builder = shutil.which("flatpak-builder")
if flatpak_builder is None:
    print("# flatpak-builder is not installed: its own check is skipped")
else:
    # fatal-warnings turns unknown keys and wrong types into failures.
    with tempfile.TemporaryDirectory() as state:
        result = subprocess.run([flatpak_builder, "--show-manifest", os.path.abspath(manifest_path)],
                                cwd=state, capture_output=True, text=True,
                                env=dict(os.environ, G_DEBUG="fatal-warnings"))
    expect(result.returncode == 0, "flatpak-builder accepts the manifest")
    if result.returncode == 0:
        expect(json.loads(result.stdout).get("id") == app_id,
               "flatpak-builder reads the id " + app_id)
    else:
        print(result.stderr)

sys.exit(1 if problems else 0)
