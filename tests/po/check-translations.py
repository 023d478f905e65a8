#!/usr/bin/env python3
# check-translations.py: fails when a translation of po/LINGUAS is not
# complete against the template made from the current sources: a message
# untranslated or fuzzy, or a catalogue that msgfmt --check rejects.
#
#   check-translations.py SOURCE_ROOT [LANGUAGE...]
#
# Copyright 2026 The Accord authors
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import pathlib
import re
import subprocess
import sys
import tempfile

# The arguments of meson's i18n.gettext (…, preset: 'glib'), which makes
# po/accord.pot with "meson compile accord-pot".
XGETTEXT_ARGS = [
    '--package-name=accord', '-k_', '--from-code=UTF-8', '--add-comments',
    '--keyword=_', '--keyword=N_', '--keyword=C_:1c,2', '--keyword=NC_:1c,2',
    '--keyword=g_dcgettext:2', '--keyword=g_dngettext:2,3', '--keyword=g_dpgettext2:2c,3',
    '--flag=N_:1:pass-c-format', '--flag=C_:2:pass-c-format', '--flag=NC_:2:pass-c-format',
    '--flag=g_dngettext:2:pass-c-format', '--flag=g_strdup_printf:1:c-format',
    '--flag=g_string_printf:2:c-format', '--flag=g_string_append_printf:2:c-format',
    '--flag=g_error_new:3:c-format', '--flag=g_set_error:4:c-format',
    '--flag=g_markup_printf_escaped:1:c-format', '--flag=g_log:3:c-format',
    '--flag=g_print:1:c-format', '--flag=g_printerr:1:c-format', '--flag=g_printf:1:c-format',
    '--flag=g_fprintf:2:c-format', '--flag=g_sprintf:2:c-format', '--flag=g_snprintf:3:c-format',
]

STATISTICS = re.compile(r'(\d+) translated messages?(?:, (\d+) fuzzy translations?)?(?:, (\d+) untranslated messages?)?')


def run(command):
    # The C locale keeps msgfmt's statistics in English, to be read below.
    result = subprocess.run(command, capture_output=True, text=True, check=False,
                            env={**os.environ, 'LC_ALL': 'C', 'LANGUAGE': ''})
    return result.returncode, result.stdout + result.stderr


def count(text):
    match = STATISTICS.search(text)
    if match is None:
        return None
    return tuple(int(group or 0) for group in match.groups())


def main(argv):
    if len(argv) < 2:
        print(f'usage: {argv[0]} SOURCE_ROOT [LANGUAGE...]', file=sys.stderr)
        return 2
    root = pathlib.Path(argv[1]).resolve()
    po = root / 'po'
    languages = argv[2:] or (po / 'LINGUAS').read_text(encoding='utf-8').split()
    if not languages:
        print('po/LINGUAS names no language', file=sys.stderr)
        return 1

    with tempfile.TemporaryDirectory() as directory:
        template = pathlib.Path(directory) / 'accord.pot'
        status, output = run(['xgettext', *XGETTEXT_ARGS, '-f', str(po / 'POTFILES.in'),
                              '-D', str(root), '-o', str(template)])
        if status != 0:
            print(f'xgettext failed:\n{output}', file=sys.stderr)
            return 1
        # "msgfmt --statistics" on the template counts every message untranslated.
        _, output = run(['msgfmt', '--statistics', '-o', os.devnull, str(template)])
        total = sum(count(output) or (0,))
        print(f'# the template has {total} messages')

        failed = False
        for language in languages:
            catalogue = po / f'{language}.po'
            status, output = run(['msgfmt', '--check', '--statistics', '-o', os.devnull, str(catalogue)])
            if status != 0:
                print(f'{catalogue.name}: msgfmt --check failed:\n{output}', file=sys.stderr)
                failed = True
                continue

            merged = pathlib.Path(directory) / f'{language}.po'
            status, output = run(['msgmerge', '--quiet', '-o', str(merged), str(catalogue), str(template)])
            if status != 0:
                print(f'{catalogue.name}: msgmerge failed:\n{output}', file=sys.stderr)
                failed = True
                continue
            _, output = run(['msgfmt', '--statistics', '-o', os.devnull, str(merged)])
            translated, fuzzy, untranslated = count(output)
            print(f'# {language}: {translated} translated, {fuzzy} fuzzy, {untranslated} untranslated')
            if fuzzy or untranslated or translated != total:
                _, untranslated_po = run(['msgattrib', '--untranslated', '--no-obsolete', str(merged)])
                _, fuzzy_po = run(['msgattrib', '--only-fuzzy', '--no-obsolete', str(merged)])
                print(f'{catalogue.name} is not complete against the current template '
                      f'({translated} of {total} translated, {fuzzy} fuzzy); '
                      f'run "meson compile -C BUILD accord-update-po" and translate:', file=sys.stderr)
                for line in (untranslated_po + fuzzy_po).splitlines():
                    if line.startswith('msgid "') and line != 'msgid ""':
                        print(f'  {line}', file=sys.stderr)
                failed = True
        return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
