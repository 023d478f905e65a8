/* test-csv-writer.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "accord-csv-writer.h"

/* One row of one cell, as the writer writes it. */
static char *
write_cell (const char *text)
{
  GString *out = g_string_new (NULL);
  AccordCsvWriter writer;

  accord_csv_writer_init (&writer, out);
  accord_csv_writer_add_cell (&writer, text);
  accord_csv_writer_end_row (&writer);

  return g_string_free (out, FALSE);
}

static void
test_plain (void)
{
  g_autofree char *plain = write_cell ("Ana Silva");
  g_autofree char *inner = write_cell ("a=b+c-d@e");
  g_autofree char *space = write_cell (" =1+1");

  g_assert_cmpstr (plain, ==, "Ana Silva\r\n");
  /* Only the first character makes a formula. */
  g_assert_cmpstr (inner, ==, "a=b+c-d@e\r\n");
  g_assert_cmpstr (space, ==, " =1+1\r\n");
}

static void
test_formula (void)
{
  /* Each leading character OWASP names: quoted, with an apostrophe. */
  const struct
  {
    const char *text;
    const char *expected;
  } cases[] = {
    { "=1+1", "\"'=1+1\"\r\n" },
    { "+49 30 1234", "\"'+49 30 1234\"\r\n" },
    { "-Bob", "\"'-Bob\"\r\n" },
    { "-1", "\"'-1\"\r\n" },
    { "@SUM(A1:A2)", "\"'@SUM(A1:A2)\"\r\n" },
    { "\t=1", "\"'\t=1\"\r\n" },
    { "\r=1", "\"'\r=1\"\r\n" },
    { "=", "\"'=\"\r\n" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *csv = write_cell (cases[i].text);

      g_assert_cmpstr (csv, ==, cases[i].expected);
    }
}

static void
test_formula_with_quotes (void)
{
  g_autofree char *csv = write_cell ("=HYPERLINK(\"http://x\",\"y\")");

  /* Quotes doubled inside, the apostrophe after the opening quote. */
  g_assert_cmpstr (csv, ==, "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\r\n");
}

static void
test_quoting (void)
{
  g_autofree char *comma = write_cell ("Okafor, Ben");
  g_autofree char *quote = write_cell ("the \"best\" lead");
  g_autofree char *newline = write_cell ("line 1\nline 2");
  g_autofree char *crlf = write_cell ("line 1\r\nline 2");
  g_autofree char *only_quote = write_cell ("\"");

  g_assert_cmpstr (comma, ==, "\"Okafor, Ben\"\r\n");
  g_assert_cmpstr (quote, ==, "\"the \"\"best\"\" lead\"\r\n");
  g_assert_cmpstr (newline, ==, "\"line 1\nline 2\"\r\n");
  g_assert_cmpstr (crlf, ==, "\"line 1\r\nline 2\"\r\n");
  g_assert_cmpstr (only_quote, ==, "\"\"\"\"\r\n");
}

static void
test_empty (void)
{
  GString *out = g_string_new (NULL);
  g_autofree char *csv = NULL;
  AccordCsvWriter writer;

  /* Empty and NULL cells are both empty, and keep their commas. */
  accord_csv_writer_init (&writer, out);
  accord_csv_writer_add_cell (&writer, NULL);
  accord_csv_writer_add_cell (&writer, "");
  accord_csv_writer_add_cell (&writer, NULL);
  accord_csv_writer_end_row (&writer);
  /* A row with no cell is an empty line. */
  accord_csv_writer_end_row (&writer);
  accord_csv_writer_add_cell (&writer, "");
  accord_csv_writer_end_row (&writer);

  csv = g_string_free (out, FALSE);
  g_assert_cmpstr (csv, ==, ",,\r\n\r\n\r\n");
}

static void
test_non_ascii (void)
{
  g_autofree char *name = write_cell ("Zoë Müller-Łukasiewicz");
  g_autofree char *japanese = write_cell ("山田, 太郎");
  g_autofree char *fullwidth = write_cell ("＝1+1");

  /* UTF-8 is written byte for byte; only ASCII characters matter. */
  g_assert_cmpstr (name, ==, "Zoë Müller-Łukasiewicz\r\n");
  g_assert_cmpstr (japanese, ==, "\"山田, 太郎\"\r\n");
  g_assert_cmpstr (fullwidth, ==, "＝1+1\r\n");
}

static void
test_numbers (void)
{
  GString *out = g_string_new ("section,value\r\n");
  g_autofree char *csv = NULL;
  AccordCsvWriter writer;

  /* A number stays a number: a negative one is not neutralised, a
   * fraction uses a point whatever the locale, NAN is empty. */
  accord_csv_writer_init (&writer, out);
  accord_csv_writer_add_cell (&writer, "a");
  accord_csv_writer_add_number (&writer, -5);
  accord_csv_writer_end_row (&writer);
  accord_csv_writer_add_cell (&writer, "b");
  accord_csv_writer_add_number (&writer, 0.25);
  accord_csv_writer_end_row (&writer);
  accord_csv_writer_add_number (&writer, NAN);
  accord_csv_writer_add_number (&writer, INFINITY);
  accord_csv_writer_add_number (&writer, 10000);
  accord_csv_writer_end_row (&writer);

  /* The writer appends to what @out already held. */
  csv = g_string_free (out, FALSE);
  g_assert_cmpstr (csv, ==, "section,value\r\na,-5\r\nb,0.25\r\n,,10000\r\n");
}

static void
test_rows (void)
{
  GString *out = g_string_new (NULL);
  g_autofree char *csv = NULL;
  AccordCsvWriter writer;

  accord_csv_writer_init (&writer, out);
  accord_csv_writer_add_cell (&writer, "Record ID");
  accord_csv_writer_add_cell (&writer, "Contact owner");
  accord_csv_writer_end_row (&writer);
  accord_csv_writer_add_cell (&writer, "1");
  accord_csv_writer_add_cell (&writer, "@Ana");
  accord_csv_writer_end_row (&writer);

  csv = g_string_free (out, FALSE);
  g_assert_cmpstr (csv, ==, "Record ID,Contact owner\r\n1,\"'@Ana\"\r\n");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/csv-writer/plain", test_plain);
  g_test_add_func ("/core/csv-writer/formula", test_formula);
  g_test_add_func ("/core/csv-writer/formula-with-quotes", test_formula_with_quotes);
  g_test_add_func ("/core/csv-writer/quoting", test_quoting);
  g_test_add_func ("/core/csv-writer/empty", test_empty);
  g_test_add_func ("/core/csv-writer/non-ascii", test_non_ascii);
  g_test_add_func ("/core/csv-writer/numbers", test_numbers);
  g_test_add_func ("/core/csv-writer/rows", test_rows);

  return g_test_run ();
}
