/* main.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "cli/accord-cli.h"
#include "gui/accord-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AccordApplication) application = NULL;
  const char *localedir;

  setlocale (LC_ALL, "");
  /* "meson devenv" points this at the catalogues of the build tree, so
   * that an uninstalled Accord speaks the user's language too. */
  localedir = g_getenv ("ACCORD_LOCALEDIR");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* "accord report", "accord inspect", "accord decisions" and "accord
   * agreement" need no display. */
  if (argc >= 2 && (strcmp (argv[1], "report") == 0 || strcmp (argv[1], "inspect") == 0 ||
                    strcmp (argv[1], "decisions") == 0 || strcmp (argv[1], "agreement") == 0))
    return accord_cli_run (argc, argv);

  application = accord_application_new ();
  return g_application_run (G_APPLICATION (application), argc, argv);
}
