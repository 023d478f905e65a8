/* test-hostile-input.c: files no CRM should write, read without a crash:
 * a clear error naming the file, line and column, or a row skipped with
 * its reason
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "accord-agreement.h"
#include "accord-importer.h"
#include "accord-workspace.h"

#include <glib/gstdio.h>

/* The fixtures' header: every row below has these five columns. */
#define HEADER "\"Record ID\",\"First Name\",\"Create Date\",\"Contact owner\",\"Amount\"\n"
#define GOOD_ROW "\"1\",\"A\",\"2024-03-01\",\"X\",\"5\"\n"

typedef struct
{
  char *folder;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->folder = g_dir_make_tmp ("accord-hostile-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->folder, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->folder, name, NULL);

      g_assert_cmpint (g_unlink (path), ==, 0);
    }
  g_assert_cmpint (g_rmdir (fixture->folder), ==, 0);
  g_free (fixture->folder);
}

/* Inputs too large to keep in the repository are written at run time. */
static GFile *
write_input (Fixture    *fixture,
             const char *name,
             GString    *contents)
{
  g_autofree char *path = g_build_filename (fixture->folder, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents->str, (gssize) contents->len, &error);
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

static AccordImporter *
import (GFile   *file,
        GError **error)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  AccordImporter *importer = accord_importer_new (file);

  accord_importer_set_time_zone (importer, utc);
  accord_importer_set_preview_rows (importer, 10);
  accord_importer_run (importer, NULL, error);
  return importer;
}

static AccordImporter *
import_fixture (const char  *name,
                GError     **error)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "hostile", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return import (file, error);
}

static guint
count_leads (AccordImporter *importer)
{
  return accord_lead_store_get_n_leads (accord_importer_get_store (importer));
}

static void
assert_skipped (AccordImporter *importer,
                guint           index,
                guint           line,
                const char     *reason)
{
  GArray *skipped = accord_importer_get_skipped (importer);
  const AccordSkippedRow *row;

  g_assert_cmpuint (index, <, skipped->len);
  row = &g_array_index (skipped, AccordSkippedRow, index);
  g_assert_cmpuint (row->line, ==, line);
  g_assert_cmpstr (row->reason, ==, reason);
}

/* A NUL byte in the first lines says the file is no text at all. */
static void
test_nul_field (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccordImporter) importer = import_fixture ("nul-field.csv", &error);

  /* Line 3 is "2","B<NUL>x",…: the NUL is its 7th byte. */
  g_assert_error (error, ACCORD_IMPORT_ERROR, ACCORD_IMPORT_ERROR_NOT_TEXT);
  g_assert_cmpstr (error->message, ==,
                   "nul-field.csv: not a text file (line 3, column 7 has a NUL byte)");
}

/* JSON must be UTF-8 (RFC 8259): the first bad byte is named. */
static void
test_invalid_utf8_json (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccordImporter) importer = import_fixture ("invalid-utf8.json", &error);

  /* [{"Record ID":"1","First Name":"A<FF>: 0xFF is the 34th byte. */
  g_assert_error (error, ACCORD_IMPORT_ERROR, ACCORD_IMPORT_ERROR_NOT_TEXT);
  g_assert_cmpstr (error->message, ==,
                   "invalid-utf8.json: line 1, column 34: the file is not UTF-8 text");
}

/* A CSV cell that is not UTF-8 in a UTF-8 file was pasted from a
 * Windows-1252 program: it is read that way, never passed on invalid. */
static void
test_invalid_utf8_csv (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccordImporter) importer = import_fixture ("invalid-utf8.csv", &error);
  GPtrArray *preview;

  g_assert_no_error (error);
  g_assert_cmpstr (accord_importer_get_encoding (importer), ==, "UTF-8");
  g_assert_cmpuint (count_leads (importer), ==, 2);
  preview = accord_importer_get_preview (importer);
  g_assert_cmpuint (preview->len, ==, 2);
  g_assert_cmpstr (((char **) preview->pdata[0])[1], ==, "Zoë");
  /* 0xFF 0xFE in Windows-1252: ÿ þ. */
  g_assert_cmpstr (((char **) preview->pdata[1])[1], ==, "Bÿþ");
}

/* Huge, not-a-number and infinite amounts skip their row, said why. */
static void
test_numbers (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccordImporter) importer = import_fixture ("numbers.csv", &error);

  g_assert_no_error (error);
  /* Only line 6, 12.5, is an amount. */
  g_assert_cmpuint (count_leads (importer), ==, 1);
  g_assert_cmpuint (accord_importer_get_skipped (importer)->len, ==, 4);
  assert_skipped (importer, 0, 2, "column “Amount”: “1e308” is too large a number");
  assert_skipped (importer, 1, 3, "column “Amount”: “-1e308” is too large a number");
  assert_skipped (importer, 2, 4, "column “Amount”: “NaN” is not an amount");
  assert_skipped (importer, 3, 5, "column “Amount”: “Infinity” is not an amount");
}

/* February has no 30th, and no hour has a 61st minute. */
static void
test_dates (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccordImporter) importer = import_fixture ("dates.csv", &error);

  g_assert_no_error (error);
  g_assert_cmpuint (count_leads (importer), ==, 1);
  g_assert_cmpuint (accord_importer_get_skipped (importer)->len, ==, 2);
  assert_skipped (importer, 0, 2, "column “Create Date”: “2024-02-30” is not a valid date");
  assert_skipped (importer, 1, 3, "column “Create Date”: “2024-03-15 24:61” is not a valid time");
}

/* 100,000 opening brackets: the readers stop at a fixed depth instead of
 * recursing until the stack runs out. */
static GString *
make_deep (const char *prefix)
{
  GString *text = g_string_new (prefix);

  for (guint i = 0; i < 100000; i++)
    g_string_append_c (text, '[');
  return text;
}

static void
test_deep_export (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GString) text = make_deep ("");
  g_autoptr(GFile) file = write_input (fixture, "deep.json", text);
  g_autoptr(GError) error = NULL;
  g_autoptr(AccordImporter) importer = import (file, &error);

  /* The 513th bracket is one level too many. */
  g_assert_error (error, ACCORD_IMPORT_ERROR, ACCORD_IMPORT_ERROR_MALFORMED);
  g_assert_cmpstr (error->message, ==,
                   "deep.json: line 1, column 513: nested too deeply (more than 512 levels)");
}

static void
test_deep_agreement (void)
{
  g_autoptr(GString) text = make_deep ("");
  g_autoptr(GError) error = NULL;
  g_autoptr(AccordAgreement) agreement = NULL;

  agreement = accord_agreement_new_from_data (text->str, (gssize) text->len, "deep.json", &error);
  g_assert_null (agreement);
  g_assert_error (error, ACCORD_AGREEMENT_ERROR, ACCORD_AGREEMENT_ERROR_PARSE);
  g_assert_true (g_str_has_prefix (error->message, "deep.json: line 1, column "));
  g_assert_nonnull (strstr (error->message, "nested too deeply"));
}

static void
test_deep_workspace (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GString) text = make_deep ("{\"format\": \"accord-workspace\", \"version\": 1, \"exports\": ");
  g_autoptr(GFile) file = write_input (fixture, "deep.accord", text);
  g_autoptr(GError) error = NULL;
  g_autoptr(AccordWorkspace) workspace = accord_workspace_new_from_file (file, &error);

  g_assert_null (workspace);
  g_assert_nonnull (error);
  g_assert_true (g_str_has_prefix (error->message, "deep.accord: line 1, column "));
  g_assert_nonnull (strstr (error->message, "nested too deeply"));
}

/* A 2 MiB field (the small version of tools/huge-inputs' 100 MB one)
 * skips its row; the rows around it are imported. */
static void
test_long_field (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GString) text = g_string_new (HEADER GOOD_ROW "\"2\",\"");
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AccordImporter) importer = NULL;

  for (guint i = 0; i < 2 * 1024 * 1024; i++)
    g_string_append_c (text, 'x');
  g_string_append (text, "\",\"2024-03-01\",\"X\",\"5\"\n\"3\",\"C\",\"2024-03-02\",\"X\",\"5\"\n");
  file = write_input (fixture, "long-field.csv", text);
  importer = import (file, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (count_leads (importer), ==, 2);
  g_assert_cmpuint (accord_importer_get_skipped (importer)->len, ==, 1);
  assert_skipped (importer, 0, 3, "a field in column 2 is longer than 1 MiB");
}

/* A 5 MiB line of short fields: past the 4 MiB a record may take. */
static void
test_long_line (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GString) text = g_string_new (HEADER GOOD_ROW "\"2\",\"B\",\"2024-03-01\",\"X\",\"5\"");
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AccordImporter) importer = NULL;

  for (guint i = 0; i < 5 * 1024 * 1024 / 8; i++)
    g_string_append (text, ",1234567");
  g_string_append (text, "\n" GOOD_ROW);
  file = write_input (fixture, "long-line.csv", text);
  importer = import (file, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (count_leads (importer), ==, 2);
  g_assert_cmpuint (accord_importer_get_skipped (importer)->len, ==, 1);
  assert_skipped (importer, 0, 3, "the record is larger than 4 MiB");
}

/* A header of 20,000 columns (the small version of 100,000), the columns
 * Accord reads among the last: read like any other. */
static void
test_wide_header (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AccordImporter) importer = NULL;

  for (guint i = 0; i < 19995; i++)
    g_string_append_printf (text, "Extra %u,", i);
  g_string_append (text, HEADER);
  for (guint i = 0; i < 19995; i++)
    g_string_append (text, "x,");
  g_string_append (text, GOOD_ROW);
  file = write_input (fixture, "wide.csv", text);
  importer = import (file, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length ((GStrv) accord_importer_get_header (importer)), ==, 20000);
  g_assert_cmpuint (count_leads (importer), ==, 1);
  g_assert_cmpuint (accord_importer_get_skipped (importer)->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/hostile-input/nul-field", test_nul_field);
  g_test_add_func ("/core/hostile-input/invalid-utf8-json", test_invalid_utf8_json);
  g_test_add_func ("/core/hostile-input/invalid-utf8-csv", test_invalid_utf8_csv);
  g_test_add_func ("/core/hostile-input/numbers", test_numbers);
  g_test_add_func ("/core/hostile-input/dates", test_dates);
  g_test_add ("/core/hostile-input/deep-export", Fixture, NULL,
              fixture_set_up, test_deep_export, fixture_tear_down);
  g_test_add_func ("/core/hostile-input/deep-agreement", test_deep_agreement);
  g_test_add ("/core/hostile-input/deep-workspace", Fixture, NULL,
              fixture_set_up, test_deep_workspace, fixture_tear_down);
  g_test_add ("/core/hostile-input/long-field", Fixture, NULL,
              fixture_set_up, test_long_field, fixture_tear_down);
  g_test_add ("/core/hostile-input/long-line", Fixture, NULL,
              fixture_set_up, test_long_line, fixture_tear_down);
  g_test_add ("/core/hostile-input/wide-header", Fixture, NULL,
              fixture_set_up, test_wide_header, fixture_tear_down);

  return g_test_run ();
}
