/* test-print.c: the meeting pack and the agreement through GTK's print
 * operation
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

#include "accord-agreement-document.h"
#include "accord-print.h"

#include "accord-test-pdf.h"
#include "accord-test-widgets.h"

static void
test_export (void)
{
  AccordSession *session = accord_test_contacts_session ();
  g_autoptr(AccordMeetingPack) pack = accord_session_new_meeting_pack (session, ACCORD_TIME_NONE);
  g_autoptr(GtkPrintOperation) operation = accord_print_meeting_pack_new (pack);
  g_autofree char *folder = g_dir_make_tmp ("accord-print-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (folder, "pack.pdf", NULL);
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *n_pages = NULL;
  g_autofree char *size = NULL;
  g_auto(GStrv) pages = NULL;

  if (!accord_test_have_poppler ())
    {
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

  n_pages = accord_test_pdf_info (path, "Pages");
  size = accord_test_pdf_info (path, "Page size");
  g_assert_cmpstr (n_pages, ==, "7");
  g_assert_cmpstr (size, ==, "841.89 x 595.276 pts (A4)");

  /* Each page asks its screen's question, in the pack's order. */
  pages = accord_test_pdf_pages (path, "-layout");
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

/* The sample agreement printed on A4: the same pages as its own PDF,
 * portrait, the signatures last. */
static void
test_agreement (void)
{
  g_autofree char *sample = g_test_build_filename (G_TEST_DIST, "..", "data", "samples", "agreement.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (sample);
  g_autoptr(AccordAgreement) agreement = NULL;
  g_autoptr(AccordAgreementDocument) document = NULL;
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autofree char *folder = g_dir_make_tmp ("accord-print-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (folder, "agreement.pdf", NULL);
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *pages = NULL;
  g_autofree char *info_pages = NULL;
  g_autofree char *size = NULL;
  g_auto(GStrv) page_texts = NULL;
  guint n_pages;

  if (!accord_test_have_poppler ())
    return;

  agreement = accord_agreement_new_from_file (file, &error);
  g_assert_no_error (error);
  document = accord_agreement_document_new (agreement, 595, 842);
  n_pages = accord_agreement_document_get_n_pages (document);
  g_assert_cmpuint (n_pages, >, 1);

  operation = accord_print_agreement_new (agreement);
  gtk_page_setup_set_paper_size (setup, a4);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_export_filename (operation, path);
  g_assert_cmpint (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error),
                   ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);

  info_pages = accord_test_pdf_info (path, "Pages");
  size = accord_test_pdf_info (path, "Page size");
  pages = g_strdup_printf ("%u", n_pages);
  g_assert_cmpstr (info_pages, ==, pages);
  g_assert_cmpstr (size, ==, "595.276 x 841.89 pts (A4)");

  page_texts = accord_test_pdf_pages (path, "-layout");
  g_assert_null (strstr (page_texts[0], "Signature"));
  g_assert_nonnull (strstr (page_texts[n_pages - 1], "Signature"));
  g_assert_nonnull (strstr (page_texts[n_pages - 1], "Marketing"));
  g_assert_nonnull (strstr (page_texts[n_pages - 1], "Sales"));

  g_assert_no_errno (g_remove (path));
  g_assert_no_errno (g_rmdir (folder));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);

  if (!accord_test_init_display ())
    return 0;

  g_test_add_func ("/gui/print/export", test_export);
  g_test_add_func ("/gui/print/agreement", test_agreement);

  return g_test_run ();
}
