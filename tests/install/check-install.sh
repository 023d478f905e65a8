#!/bin/sh
# Installs the build into a temporary DESTDIR and checks that everything a
# desktop needs is in place and consistent: the binary (which runs from
# there), the desktop file, the metainfo, both icons, the settings schema,
# the MIME type and a translation for every language in po/LINGUAS.
#   check-install.sh BUILD_DIR SOURCE_DIR PREFIX BINDIR DATADIR LOCALEDIR
set -eu

build=$1
source=$2
prefix=$3
app_id=io.github.smarketing.Accord

destdir=$(mktemp -d)
trap 'rm -rf "$destdir"' EXIT

meson install -C "$build" --destdir "$destdir" --no-rebuild --quiet

# Relative install directories are under the prefix; absolute ones stand alone.
under_prefix () {
  case $1 in
    /*) echo "$destdir$1" ;;
    *) echo "$destdir$prefix/$1" ;;
  esac
}
bindir=$(under_prefix "$4")
datadir=$(under_prefix "$5")
localedir=$(under_prefix "$6")

status=0
expect () {
  if [ -e "$1" ]; then
    echo "ok: ${1#"$destdir"}"
  else
    echo "missing: ${1#"$destdir"}"
    status=1
  fi
}

expect "$bindir/accord"
expect "$datadir/applications/$app_id.desktop"
expect "$datadir/metainfo/$app_id.metainfo.xml"
expect "$datadir/icons/hicolor/scalable/apps/$app_id.svg"
expect "$datadir/icons/hicolor/symbolic/apps/$app_id-symbolic.svg"
expect "$datadir/glib-2.0/schemas/$app_id.gschema.xml"
expect "$datadir/mime/packages/$app_id.xml"
expect "$datadir/accord/samples/northwind.accord"
for language in $(sed 's/#.*//' "$source/po/LINGUAS"); do
  expect "$localedir/$language/LC_MESSAGES/accord.mo"
done

# The desktop file names the installed icon and command; the metainfo
# launches the installed desktop file.
desktop=$datadir/applications/$app_id.desktop
grep -qx "Icon=$app_id" "$desktop" || { echo "$desktop: Icon= is not $app_id"; status=1; }
grep -qx "Exec=accord %F" "$desktop" || { echo "$desktop: Exec= does not take files"; status=1; }
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" \
  "$datadir/metainfo/$app_id.metainfo.xml" || { echo "metainfo: wrong launchable"; status=1; }

# The installed binary runs on its own, on the installed sample.
if ! "$bindir/accord" report --workspace "$datadir/accord/samples/northwind.accord" \
     --format json > "$destdir/report.json"; then
  echo "the installed accord cannot read its installed sample"
  status=1
fi

exit $status
