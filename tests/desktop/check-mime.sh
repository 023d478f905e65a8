#!/bin/sh
# Builds a MIME database with Accord's type and asks GIO, as the file
# manager does, what a workspace is: by its name, and by its content under
# a name without an extension.
#   check-mime.sh MIME_XML SAMPLE_WORKSPACE SAMPLE_CSV
set -eu

for tool in update-mime-database gio; do
  if ! command -v "$tool" >/dev/null; then
    echo "$tool is not installed"
    exit 77
  fi
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/share/mime/packages"
cp "$1" "$tmp/share/mime/packages/"
update-mime-database "$tmp/share/mime"

status=0
expect () {
  type=$(XDG_DATA_HOME="$tmp/share" gio info -a standard::content-type "$1" |
         sed -n 's/^ *standard::content-type: //p')
  if [ "$type" = "$2" ]; then
    echo "ok: $3 is $2"
  else
    echo "not ok: $3 is $type, expected $2"
    status=1
  fi
}

mkdir "$tmp/files"
cp "$2" "$tmp/files/northwind.accord"
cp "$2" "$tmp/files/by-hand"
# As json-glib writes it, with a space before the colon.
printf '{\n  "format" : "accord-workspace",\n  "version" : 1\n}\n' > "$tmp/files/saved"
printf '{\n  "format" : "accord-sla",\n  "version" : 1\n}\n' > "$tmp/files/agreement"
cp "$3" "$tmp/files/export.csv"

expect "$tmp/files/northwind.accord" application/x-accord-workspace "a workspace named *.accord"
expect "$tmp/files/by-hand" application/x-accord-workspace "a workspace written by hand, without an extension"
expect "$tmp/files/saved" application/x-accord-workspace "a workspace saved by Accord, without an extension"
# shared-mime-info knows JSON by its extension only.
expect "$tmp/files/agreement" text/plain "an agreement, without an extension"
expect "$tmp/files/export.csv" text/csv "a CSV export"
exit $status
