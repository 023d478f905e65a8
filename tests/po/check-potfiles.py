#!/usr/bin/env python3
# check-potfiles.py: fails when a file with translatable strings is missing
# from po/POTFILES.in, or when POTFILES.in names a file that is gone.
#
#   check-potfiles.py SOURCE_ROOT [POTFILES.in]
#
# Copyright 2026 The Accord authors
# SPDX-License-Identifier: GPL-3.0-or-later

import pathlib
import re
import sys

# The keywords of meson's glib preset, plus the plain ngettext that xgettext
# knows by itself.
C_KEYWORD = re.compile(r'(?<![A-Za-z0-9_])(?:_|N_|C_|NC_|g_dngettext|g_dpgettext2|ngettext)\s*\(')

# Comments and string literals, removed before looking for keywords, so that
# "_(" inside a comment or a string does not count.
C_NOISE = re.compile(r'/\*.*?\*/|//[^\n]*|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'', re.S)

UI_TRANSLATABLE = re.compile(r'translatable\s*=\s*"(?:yes|true|1)"')

# Keys of a desktop entry that xgettext extracts.
DESKTOP_KEYS = re.compile(r'^(?:Name|GenericName|Comment|Keywords|X-GNOME-FullName)\s*=\s*\S', re.M)

# Elements of a metainfo file that xgettext extracts, unless translate="no".
METAINFO_ELEMENT = re.compile(r'<(name|summary|developer_name|p|li|caption|keyword)\b(?![^>]*translate="no")[^>]*>')

SCHEMA_DOMAIN = re.compile(r'<schemalist\b[^>]*\bgettext-domain\s*=')
SCHEMA_TEXT = re.compile(r'<(summary|description)\b')

# A shared-mime-info file's comments, the names file managers show.
MIME_COMMENT = re.compile(r'<mime-info\b.*<comment\b(?![^>]*xml:lang)', re.S)


def c_has_strings(text):
    return C_KEYWORD.search(C_NOISE.sub(' ', text)) is not None


def data_has_strings(path, text):
    name = path.name
    if name.endswith('.desktop.in') or name.endswith('.desktop'):
        return DESKTOP_KEYS.search(text) is not None
    if '.metainfo.xml' in name or '.appdata.xml' in name:
        return METAINFO_ELEMENT.search(text) is not None
    if '.gschema.xml' in name:
        return SCHEMA_DOMAIN.search(text) is not None and SCHEMA_TEXT.search(text) is not None
    return MIME_COMMENT.search(text) is not None


def translatable_files(root):
    found = set()
    for path in sorted((root / 'src').rglob('*.c')):
        if c_has_strings(path.read_text(encoding='utf-8')):
            found.add(path)
    for path in sorted((root / 'ui').glob('*.ui')):
        if UI_TRANSLATABLE.search(path.read_text(encoding='utf-8')):
            found.add(path)
    data = root / 'data'
    for pattern in ('*.in', '*.xml', '*.xml.in'):
        for path in sorted(data.glob(pattern)):
            if data_has_strings(path, path.read_text(encoding='utf-8')):
                found.add(path)
    return {path.relative_to(root).as_posix() for path in found}


def read_potfiles(path):
    entries = []
    for line in path.read_text(encoding='utf-8').splitlines():
        line = line.strip()
        # Blank lines, comments and xgettext's [encoding: …] lines name no file.
        if line and not line.startswith('#') and not line.startswith('['):
            entries.append(line)
    return entries


def main(argv):
    if len(argv) not in (2, 3):
        print(f'usage: {argv[0]} SOURCE_ROOT [POTFILES.in]', file=sys.stderr)
        return 2
    root = pathlib.Path(argv[1]).resolve()
    potfiles = pathlib.Path(argv[2]) if len(argv) == 3 else root / 'po' / 'POTFILES.in'

    listed = read_potfiles(potfiles)
    needed = translatable_files(root)
    problems = []

    for entry in sorted(needed - set(listed)):
        problems.append(f'{entry} has translatable strings but is not in {potfiles.name}')
    for entry in listed:
        if not (root / entry).is_file():
            problems.append(f'{potfiles.name} lists {entry}, which does not exist')
    duplicates = sorted({entry for entry in listed if listed.count(entry) > 1})
    for entry in duplicates:
        problems.append(f'{potfiles.name} lists {entry} more than once')

    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        return 1
    print(f'{len(listed)} files in {potfiles.name}, every file with translatable strings among them')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
