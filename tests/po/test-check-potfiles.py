#!/usr/bin/env python3
# Tests check-potfiles.py on small source trees: it passes on a complete
# POTFILES.in and fails, naming the file, on each kind of missing or stale
# entry.
#
# Copyright 2026 The Accord authors
# SPDX-License-Identifier: GPL-3.0-or-later

import pathlib
import subprocess
import sys
import tempfile

CHECKER = pathlib.Path(__file__).with_name('check-potfiles.py')

FILES = {
    'src/core/accord-thing.c': '#include <glib/gi18n.h>\nconst char *s (void) { return _("Leads"); }\n',
    'src/gui/accord-plural.c': 'const char *p (int n) { return g_dngettext (NULL, "%d lead", "%d leads", n); }\n',
    'src/cli/accord-context.c': 'const char *c (void) { return C_("funnel stage", "Leads"); }\n',
    'ui/accord-page.ui': '<interface><object class="GtkLabel"><property name="label" translatable="yes">Goals</property></object></interface>\n',
    'data/io.example.App.desktop.in': '[Desktop Entry]\nName=Accord\nComment=The SLA of sales and marketing\n',
    'data/io.example.App.metainfo.xml.in': '<component><name>Accord</name><summary>The SLA</summary></component>\n',
    'data/io.example.App.gschema.xml': '<schemalist gettext-domain="accord"><schema id="a"><key name="k" type="s"><summary>Last workspace</summary></key></schema></schemalist>\n',
    'data/io.example.App.mime.xml': '<mime-info><mime-type type="application/x-accord"><comment>Accord workspace</comment></mime-type></mime-info>\n',
}

# Files with nothing to translate: "_(" only in a comment or a string, a
# .ui without translatable="yes", a schema without a gettext-domain.
QUIET = {
    'src/core/accord-quiet.c': '/* Not _("this") */\nconst char *q = "call _(here)";\nint get_(void);\n',
    'ui/accord-icons.ui': '<interface><object class="GtkImage"><property name="icon-name">go-next</property></object></interface>\n',
    'data/io.example.Other.gschema.xml': '<schemalist><schema id="b"><key name="k" type="s"><summary>Untranslated</summary></key></schema></schemalist>\n',
}


def make_tree(directory, listed):
    root = pathlib.Path(directory)
    for name, text in {**FILES, **QUIET}.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding='utf-8')
    (root / 'po').mkdir(exist_ok=True)
    (root / 'po' / 'POTFILES.in').write_text('# A comment\n\n' + ''.join(f'{name}\n' for name in listed),
                                            encoding='utf-8')
    return root


def run_checker(root):
    result = subprocess.run([sys.executable, str(CHECKER), str(root)],
                            capture_output=True, text=True, check=False)
    return result.returncode, result.stderr


def main():
    cases = [('complete', sorted(FILES), 0, None)]
    for name in sorted(FILES):
        cases.append((f'missing {name}', sorted(set(FILES) - {name}), 1, name))
    cases.append(('stale entry', sorted(FILES) + ['src/core/accord-gone.c'], 1, 'src/core/accord-gone.c'))

    print(f'1..{len(cases)}')
    failed = 0
    for number, (title, listed, expected, named) in enumerate(cases, 1):
        with tempfile.TemporaryDirectory() as directory:
            status, stderr = run_checker(make_tree(directory, listed))
        ok = status == expected and (named is None or named in stderr) and (expected != 0 or stderr == '')
        if not ok:
            failed += 1
            print(f'# exit status {status}, expected {expected}; stderr: {stderr.strip()}')
        print(f'{"ok" if ok else "not ok"} {number} {title}')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
