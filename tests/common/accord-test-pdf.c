/* accord-test-pdf.c: PDFs read back with poppler's pdfinfo and pdftotext
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "accord-test-pdf.h"

/**
 * accord_test_find_poppler:
 *
 * Returns: whether pdftotext and pdfinfo (poppler-utils) are on the path
 */
gboolean
accord_test_find_poppler (void)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");

  return pdftotext != NULL && pdfinfo != NULL;
}

/**
 * accord_test_have_poppler:
 *
 * For the tests that read a PDF back and have nothing else to check:
 * skips the test when poppler's tools are missing.
 *
 * Returns: whether pdftotext and pdfinfo are on the path; when not, the
 *   test is marked as skipped and should return
 */
gboolean
accord_test_have_poppler (void)
{
  if (accord_test_find_poppler ())
    return TRUE;

  g_test_skip ("pdftotext or pdfinfo is missing (poppler-utils)");
  return FALSE;
}

/**
 * accord_test_run_tool:
 * @argv: (array zero-terminated=1): the command line; argv[0] is looked
 *   for on the path
 *
 * Runs a tool to its end and asserts that it succeeded. What it writes
 * on standard error is dropped.
 *
 * Returns: (transfer full): its standard output
 */
char *
accord_test_run_tool (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);

  return out;
}

/* The value of a line "@field:   value" of pdfinfo's @info, without its
 * padding; NULL when no line has it. */
static char *
find_field (const char *info,
            const char *field)
{
  g_auto(GStrv) lines = g_strsplit (info, "\n", -1);

  for (guint l = 0; lines[l] != NULL; l++)
    if (g_str_has_prefix (lines[l], field) && lines[l][strlen (field)] == ':')
      return g_strstrip (g_strdup (lines[l] + strlen (field) + 1));

  return NULL;
}

/**
 * accord_test_pdf_info:
 * @path: a PDF
 * @field: a field of pdfinfo's report, such as "Pages" or "Page size"
 *
 * Returns: (transfer full) (nullable): the field's value without its
 *   padding ("7" for "Pages:           7"), or %NULL when pdfinfo does
 *   not report it
 */
char *
accord_test_pdf_info (const char *path,
                      const char *field)
{
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autofree char *info = accord_test_run_tool (argv);

  return find_field (info, field);
}

/**
 * accord_test_pdf_page_sizes:
 * @path: a PDF
 *
 * Returns: (transfer full): the size of each page as pdfinfo reports it
 *   ("595 x 842 pts (A4)"), in the pages' order
 */
char **
accord_test_pdf_page_sizes (const char *path)
{
  const char *argv[] = { "pdfinfo", "-f", "1", "-l", "1000", path, NULL };
  g_autofree char *info = accord_test_run_tool (argv);
  g_auto(GStrv) lines = g_strsplit (info, "\n", -1);
  g_autoptr(GStrvBuilder) sizes = g_strv_builder_new ();

  /* "Page    1 size: 595 x 842 pts (A4)" */
  for (guint l = 0; lines[l] != NULL; l++)
    {
      const char *size = strstr (lines[l], " size:");
      g_autofree char *value = NULL;

      if (!g_str_has_prefix (lines[l], "Page ") || size == NULL)
        continue;
      value = g_strstrip (g_strdup (size + strlen (" size:")));
      g_strv_builder_add (sizes, value);
    }

  return g_strv_builder_end (sizes);
}

/**
 * accord_test_pdf_pages:
 * @path: a PDF
 * @mode: how pdftotext lays the text out: "-layout" or "-raw"
 *
 * Returns: (transfer full): pdftotext's text of each page, in UTF-8, in
 *   the pages' order
 */
char **
accord_test_pdf_pages (const char *path,
                       const char *mode)
{
  const char *argv[] = { "pdftotext", mode, "-enc", "UTF-8", path, "-", NULL };
  g_autofree char *text = accord_test_run_tool (argv);
  char **pages = g_strsplit (text, "\f", -1);
  guint n = g_strv_length (pages);

  /* pdftotext ends the last page with a form feed too. */
  if (n > 0 && pages[n - 1][0] == '\0')
    g_clear_pointer (&pages[n - 1], g_free);

  return pages;
}
