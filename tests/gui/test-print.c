/* test-print.c: the meeting pack through GTK's print operation
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK exports a print operation to PDF without a printer: the pages it
 * prints must be the pack's, landscape, one per screen.
 */

#include "config.h"

#include <glib/gstdio.h>

#include <adwaita.h>

#include "accord-print.h"

#include "accord-test-widgets.h"

static char *
run_tool (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *standard_error = NULL;
  char *output = NULL;
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               &output, &standard_error, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return output;
}

/* A field of pdfinfo's output, "Pages:           7", without its padding. */
static const char *
get_info (const char *info,
          const char *field)
{
  static char value[128];
  g_auto(GStrv) lines = g_strsplit (info, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (g_str_has_prefix (lines[i], field) && lines[i][strlen (field)] == ':')
        {
          g_strlcpy (value, g_strstrip (lines[i] + strlen (field) + 1), sizeof value);
          return value;
        }
    }
  return NULL;
}

static void
test_export (void)
{
  AccordSession *session = accord_test_contacts_session ();
  g_autoptr(AccordMeetingPack) pack = accord_session_new_meeting_pack (session);
  g_autoptr(GtkPrintOperation) operation = accord_print_meeting_pack_new (pack);
  g_autofree char *folder = g_dir_make_tmp ("accord-print-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (folder, "pack.pdf", NULL);
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) pages = NULL;

  if (g_find_program_in_path ("pdftotext") == NULL || g_find_program_in_path ("pdfinfo") == NULL)
    {
      g_test_skip ("pdftotext and pdfinfo (poppler-utils) are not installed");
      g_assert_finalize_object (session);
      return;
    }

  /* The user's paper, landscape: A4 here. */
  gtk_page_setup_set_paper_size (setup, a4);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_export_filename (operation, path);
  g_assert_cmpint (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error),
                   ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);

  info = run_tool ((const char * const[]) { "pdfinfo", path, NULL });
  g_assert_cmpstr (get_info (info, "Pages"), ==, "7");
  g_assert_cmpstr (get_info (info, "Page size"), ==, "841.89 x 595.276 pts (A4)");

  /* Each page asks its screen's question, in the pack's order. */
  text = run_tool ((const char * const[]) { "pdftotext", "-layout", path, "-", NULL });
  pages = g_strsplit (text, "\f", -1);
  g_assert_cmpuint (g_strv_length (pages), >=, ACCORD_PACK_N_SCREENS);
  for (guint i = 1; i < ACCORD_PACK_N_SCREENS; i++)
    {
      g_test_message ("page %u: %s", i + 1, pages[i]);
      g_assert_nonnull (strstr (pages[i], accord_meeting_pack_get_question (i)));
    }

  g_assert_no_errno (g_remove (path));
  g_assert_no_errno (g_rmdir (folder));
  g_assert_finalize_object (session);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);

  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }
  adw_init ();

  g_test_add_func ("/gui/print/export", test_export);

  return g_test_run ();
}
