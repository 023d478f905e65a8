/* test-csv-reader.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <gio/gio.h>

#include "accord-csv-reader.h"
#include "accord-import-error.h"

/* Empty fields come as empty strings, never NULL: the reader's contract. */

#define MIB (1024 * 1024)

/* What the reader handed over, and what it found. */
typedef struct
{
  GPtrArray    *rows;       /* of GStrv */
  GArray       *lines;      /* guint, where each row begins */
  GArray       *positions;  /* guint64 */
  GPtrArray    *skips;      /* "line: reason" */
  guint         fail_at;    /* the row (from 1) whose callback fails, or 0 */
  char         *encoding;
  char         *delimiter;
} Recorder;

static Recorder *
recorder_new (void)
{
  Recorder *recorder = g_new0 (Recorder, 1);

  recorder->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  recorder->lines = g_array_new (FALSE, FALSE, sizeof (guint));
  recorder->positions = g_array_new (FALSE, FALSE, sizeof (guint64));
  recorder->skips = g_ptr_array_new_with_free_func (g_free);

  return recorder;
}

static void
recorder_free (Recorder *recorder)
{
  g_ptr_array_unref (recorder->rows);
  g_array_unref (recorder->lines);
  g_array_unref (recorder->positions);
  g_ptr_array_unref (recorder->skips);
  g_free (recorder->encoding);
  g_free (recorder->delimiter);
  g_free (recorder);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Recorder, recorder_free)

static gboolean
record_row (const char * const  *fields,
            guint                n_fields,
            guint                line,
            guint64              position,
            gpointer             user_data,
            GError             **error)
{
  Recorder *recorder = user_data;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < n_fields; i++)
    {
      g_assert_nonnull (fields[i]);
      /* Every test checks that nothing but UTF-8 comes out. */
      g_assert_true (g_utf8_validate (fields[i], -1, NULL));
      g_strv_builder_add (builder, fields[i]);
    }

  g_ptr_array_add (recorder->rows, g_strv_builder_end (builder));
  g_array_append_val (recorder->lines, line);
  g_array_append_val (recorder->positions, position);

  if (recorder->rows->len == recorder->fail_at)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED, "stop at line %u", line);
      return FALSE;
    }

  return TRUE;
}

static void
record_skip (guint       line,
             const char *reason,
             gpointer    user_data)
{
  Recorder *recorder = user_data;

  g_ptr_array_add (recorder->skips, g_strdup_printf ("%u: %s", line, reason));
}

static const AccordRowHandler recorder_handler = { record_row, record_skip };

static gboolean
read_stream (GInputStream  *stream,
             const char    *name,
             Recorder      *recorder,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autoptr(AccordCsvReader) reader = accord_csv_reader_new (stream, name);
  gboolean ok;

  ok = accord_csv_reader_read (reader, &recorder_handler, recorder, cancellable, error);
  recorder->encoding = g_strdup (accord_csv_reader_get_encoding (reader));
  recorder->delimiter = g_strdup (accord_csv_reader_get_delimiter (reader));

  return ok;
}

static gboolean
read_fixture (const char  *name,
              Recorder    *recorder,
              GError     **error)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "csv", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GFileInputStream *stream;
  gboolean ok;

  stream = g_file_read (file, NULL, NULL);
  g_assert_nonnull (stream);

  ok = read_stream (G_INPUT_STREAM (stream), name, recorder, NULL, error);
  g_assert_finalize_object (stream);

  return ok;
}

static gboolean
read_data (const char  *data,
           gsize        len,
           Recorder    *recorder,
           GError     **error)
{
  GInputStream *stream = g_memory_input_stream_new_from_data (g_memdup2 (data, len), len, g_free);
  gboolean ok;

  ok = read_stream (stream, "memory.csv", recorder, NULL, error);
  g_assert_finalize_object (stream);

  return ok;
}

/* Reads a fixture that must be read without an error or a skip. */
static Recorder *
read_good_fixture (const char *name)
{
  Recorder *recorder = recorder_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (read_fixture (name, recorder, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (recorder->skips->len, ==, 0);

  return recorder;
}

static void
assert_row (Recorder *recorder,
            guint     index,
            guint     line,
            ...) G_GNUC_NULL_TERMINATED;

/* Row @index began on @line and has exactly the fields that follow. */
static void
assert_row (Recorder *recorder,
            guint     index,
            guint     line,
            ...)
{
  const char * const *row;
  const char *expected;
  guint n = 0;
  va_list args;

  g_assert_cmpuint (index, <, recorder->rows->len);
  row = g_ptr_array_index (recorder->rows, index);
  g_assert_cmpuint (g_array_index (recorder->lines, guint, index), ==, line);

  va_start (args, line);
  while ((expected = va_arg (args, const char *)) != NULL)
    {
      g_assert_nonnull (row[n]);
      g_assert_cmpstr (row[n], ==, expected);
      n++;
    }
  va_end (args);

  g_assert_cmpuint (g_strv_length ((char **) row), ==, n);
}

static void
test_comma (void)
{
  g_autoptr(Recorder) recorder = read_good_fixture ("comma.csv");

  g_assert_cmpstr (recorder->delimiter, ==, ",");
  g_assert_cmpstr (recorder->encoding, ==, "UTF-8");
  g_assert_cmpuint (recorder->rows->len, ==, 3);
  assert_row (recorder, 0, 1, "Name", "Email", "Company", NULL);
  assert_row (recorder, 1, 2, "Anna", "anna@example.com", "Acme", NULL);
  /* The quoted ";" does not make it a semicolon file. */
  assert_row (recorder, 2, 3, "Ben", "ben@example.com", "Beta; Inc.", NULL);

  /* The file is read in one chunk: 19 + 27 + 33 bytes, one line each. */
  g_assert_cmpuint (g_array_index (recorder->positions, guint64, 2), ==, 19 + 27 + 33);
}

static void
test_semicolon (void)
{
  g_autoptr(Recorder) recorder = read_good_fixture ("semicolon.csv");

  /* Two ";" in every line; no "," in the header, only decimal commas. */
  g_assert_cmpstr (recorder->delimiter, ==, ";");
  g_assert_cmpstr (recorder->encoding, ==, "UTF-8");
  g_assert_cmpuint (recorder->rows->len, ==, 3);
  assert_row (recorder, 0, 1, "Name", "Betrag", "Datum", NULL);
  assert_row (recorder, 1, 2, "Müller", "1,5", "01.02.2024", NULL);
  assert_row (recorder, 2, 3, "Schmidt", "2,25", "03.02.2024", NULL);
}

static void
test_tab (void)
{
  g_autoptr(Recorder) recorder = read_good_fixture ("tab.tsv");

  g_assert_cmpstr (recorder->delimiter, ==, "\t");
  g_assert_cmpuint (recorder->rows->len, ==, 3);
  assert_row (recorder, 0, 1, "Name", "Notes", NULL);
  assert_row (recorder, 1, 2, "Anna", "hello, world", NULL);
  assert_row (recorder, 2, 3, "Ben", "foo; bar", NULL);
}

static void
test_pipe (void)
{
  g_autoptr(Recorder) recorder = read_good_fixture ("pipe.csv");

  g_assert_cmpstr (recorder->delimiter, ==, "|");
  g_assert_cmpuint (recorder->rows->len, ==, 3);
  assert_row (recorder, 0, 1, "id", "name", "note", NULL);
  assert_row (recorder, 1, 2, "1", "Anna", "a, b", NULL);
  assert_row (recorder, 2, 3, "2", "Ben", "c; d", NULL);
}

static void
test_sep_line (void)
{
  g_autoptr(Recorder) recorder = read_good_fixture ("sep.csv");
  g_autoptr(Recorder) comma = read_good_fixture ("sep-comma.csv");

  /* Line 1 is "sep=;", line 4 is blank. */
  g_assert_cmpstr (recorder->delimiter, ==, ";");
  g_assert_cmpuint (recorder->rows->len, ==, 3);
  assert_row (recorder, 0, 2, "Name", "Amount", NULL);
  assert_row (recorder, 1, 3, "Anna", "1,5", NULL);
  assert_row (recorder, 2, 5, "Ben", "2", NULL);

  /* Sniffing would pick ";" (two a line against one ","); the sep line wins. */
  g_assert_cmpstr (comma->delimiter, ==, ",");
  g_assert_cmpuint (comma->rows->len, ==, 2);
  assert_row (comma, 0, 2, "a;b;c", "d", NULL);
  assert_row (comma, 1, 3, "1;2;3", "4", NULL);
}

static void
test_bom (void)
{
  g_autoptr(Recorder) recorder = read_good_fixture ("bom.csv");

  g_assert_cmpstr (recorder->encoding, ==, "UTF-8 with BOM");
  g_assert_cmpuint (recorder->rows->len, ==, 2);
  /* No EF BB BF left in front of the first header. */
  assert_row (recorder, 0, 1, "Name", "Email", NULL);
  assert_row (recorder, 1, 2, "Zoë", "zoe@example.com", NULL);
}

static void
check_utf16 (const char *name,
             const char *encoding)
{
  g_autoptr(Recorder) recorder = read_good_fixture (name);

  g_assert_cmpstr (recorder->encoding, ==, encoding);
  g_assert_cmpstr (recorder->delimiter, ==, "\t");
  g_assert_cmpuint (recorder->rows->len, ==, 3);
  assert_row (recorder, 0, 1, "Name", "City", NULL);
  assert_row (recorder, 1, 2, "Müller", "Köln", NULL);
  /* U+1F600 is a surrogate pair in UTF-16. */
  assert_row (recorder, 2, 3, "Smile", "\xf0\x9f\x98\x80", NULL);

  /* Positions count the file's bytes: a BOM and 34 UTF-16 units. */
  g_assert_cmpuint (g_array_index (recorder->positions, guint64, 2), ==, 2 + 34 * 2);
}

static void
test_utf16le (void)
{
  check_utf16 ("utf16le.txt", "UTF-16LE");
}

static void
test_utf16be (void)
{
  check_utf16 ("utf16be.txt", "UTF-16BE");
}

static void
test_utf16_broken (void)
{
  g_autoptr(Recorder) recorder = recorder_new ();
  g_autoptr(GError) error = NULL;
  /* UTF-16LE "a,b\n", a high surrogate D83D without its low half, ",x\n",
   * a low surrogate DC00 alone, ",y\n", and a last odd byte. */
  const char data[] = "\xff\xfe" "a\0,\0b\0\n\0" "\x3d\xd8,\0x\0\n\0" "\x00\xdc,\0y\0\n\0" "z";

  g_assert_true (read_data (data, sizeof data - 1, recorder, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (recorder->encoding, ==, "UTF-16LE");
  g_assert_cmpuint (recorder->rows->len, ==, 4);
  assert_row (recorder, 0, 1, "a", "b", NULL);
  assert_row (recorder, 1, 2, "\xef\xbf\xbd", "x", NULL);
  assert_row (recorder, 2, 3, "\xef\xbf\xbd", "y", NULL);
  assert_row (recorder, 3, 4, "\xef\xbf\xbd", NULL);
}

static void
test_windows_1252 (void)
{
  g_autoptr(Recorder) recorder = read_good_fixture ("windows-1252.csv");

  g_assert_cmpstr (recorder->encoding, ==, "Windows-1252");
  g_assert_cmpuint (recorder->rows->len, ==, 3);
  assert_row (recorder, 0, 1, "Name", "Note", NULL);
  /* E9 is é, 80 is €, 93/94 are curly quotes, EF is ï, 81 is undefined. */
  assert_row (recorder, 1, 2, "Café", "€ 5", NULL);
  assert_row (recorder, 2, 3, "“Quoted”", "naïve \xef\xbf\xbd", NULL);
}

/* Every byte from 0x80 up, as glibc's iconv reads Windows-1252. */
static void
test_windows_1252_table (void)
{
  g_autoptr(Recorder) recorder = recorder_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) data = g_string_new ("byte,x\n");

  for (guint byte = 0x80; byte <= 0xFF; byte++)
    g_string_append_printf (data, "%c,x\n", byte);

  g_assert_true (read_data (data->str, data->len, recorder, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (recorder->encoding, ==, "Windows-1252");
  g_assert_cmpuint (recorder->rows->len, ==, 1 + 128);

  for (guint byte = 0x80; byte <= 0xFF; byte++)
    {
      char c = (char) byte;
      char **row = g_ptr_array_index (recorder->rows, byte - 0x80 + 1);
      g_autofree char *expected = g_convert (&c, 1, "UTF-8", "WINDOWS-1252", NULL, NULL, NULL);

      /* iconv knows no character for the five undefined bytes. */
      if (byte == 0x81 || byte == 0x8D || byte == 0x8F || byte == 0x90 || byte == 0x9D)
        g_assert_cmpstr (row[0], ==, "\xef\xbf\xbd");
      else
        g_assert_cmpstr (row[0], ==, expected);
    }
}

/* ASCII rows, more than a chunk (64 KiB) of them, to put what follows into
 * a later chunk. Row i is "row<i>,x", lines 2 to @n_rows + 1. */
static GString *
filler (const char *header,
        guint       n_rows)
{
  GString *data = g_string_new (header);

  for (guint i = 0; i < n_rows; i++)
    g_string_append_printf (data, "row%05u,x\n", i);
  g_assert_cmpuint (data->len, >, 64 * 1024);

  return data;
}

static void
test_windows_1252_late (void)
{
  g_autoptr(Recorder) recorder = recorder_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) data = filler ("name,note\n", 7000);

  /* Header on line 1, filler on lines 2 to 7001. */
  g_string_append (data, "Caf\xe9,x\n");

  g_assert_true (read_data (data->str, data->len, recorder, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (recorder->encoding, ==, "Windows-1252");
  g_assert_cmpuint (recorder->rows->len, ==, 7002);
  assert_row (recorder, 7001, 7002, "Café", "x", NULL);
}

static void
test_mixed_encoding (void)
{
  g_autoptr(Recorder) recorder = recorder_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) data = g_string_new ("name,note\nM\xc3\xbcller,x\n");
  g_autoptr(GString) rest = filler ("", 7000);

  /* UTF-8 on line 2, filler on lines 3 to 7002, then a Windows-1252 é. */
  g_string_append (data, rest->str);
  g_string_append (data, "Caf\xe9,x\n");

  g_assert_true (read_data (data->str, data->len, recorder, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (recorder->encoding, ==, "UTF-8");
  g_assert_cmpuint (recorder->rows->len, ==, 7003);
  assert_row (recorder, 1, 2, "Müller", "x", NULL);
  assert_row (recorder, 7002, 7003, "Café", "x", NULL);
}

static void
test_crlf (void)
{
  g_autoptr(Recorder) recorder = read_good_fixture ("crlf.csv");

  g_assert_cmpuint (recorder->rows->len, ==, 3);
  assert_row (recorder, 0, 1, "a", "b", NULL);
  assert_row (recorder, 1, 2, "1", "2", NULL);
  assert_row (recorder, 2, 3, "3", "4", NULL);
}

static void
test_cr (void)
{
  g_autoptr(Recorder) recorder = recorder_new ();
  g_autoptr(GError) error = NULL;
  const char data[] = "a,b\r1,2\r\"x\ry\",3\r4,5";

  /* Old Mac files end lines with CR alone; the quoted one spans 3 and 4. */
  g_assert_true (read_data (data, strlen (data), recorder, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (recorder->rows->len, ==, 4);
  assert_row (recorder, 0, 1, "a", "b", NULL);
  assert_row (recorder, 1, 2, "1", "2", NULL);
  assert_row (recorder, 2, 3, "x\ry", "3", NULL);
  assert_row (recorder, 3, 5, "4", "5", NULL);
}

static void
test_stray_cr (void)
{
  g_autoptr(Recorder) recorder = recorder_new ();
  g_autoptr(GError) error = NULL;
  const char data[] = "a,b\n\"x\ny\",1\rb,c\n";

  /* In a file of LF lines a lone CR ends a record but not a line: "b,c"
   * is on line 3, where the record before it ended. */
  g_assert_true (read_data (data, strlen (data), recorder, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (recorder->rows->len, ==, 3);
  assert_row (recorder, 1, 2, "x\ny", "1", NULL);
  assert_row (recorder, 2, 3, "b", "c", NULL);
}

static void
test_quoted_newline (void)
{
  g_autoptr(Recorder) recorder = read_good_fixture ("quoted-newline.csv");

  g_assert_cmpuint (recorder->rows->len, ==, 6);
  assert_row (recorder, 0, 1, "id", "note", "x", NULL);
  /* Lines 2–3. */
  assert_row (recorder, 1, 2, "1", "line one\nline two", "a", NULL);
  /* Lines 4–5, a CRLF inside a file of LF lines. */
  assert_row (recorder, 2, 4, "2", "crlf\r\ninside", "b", NULL);
  assert_row (recorder, 3, 6, "3", "plain", "c", NULL);
  /* Lines 7–9: the first field itself spans three lines. */
  assert_row (recorder, 4, 7, "first\nfield\nhere", "d", "e", NULL);
  assert_row (recorder, 5, 10, "5", "after", "f", NULL);
}

static void
test_escaped_quotes (void)
{
  g_autoptr(Recorder) recorder = read_good_fixture ("escaped-quotes.csv");

  g_assert_cmpuint (recorder->rows->len, ==, 3);
  assert_row (recorder, 0, 1, "a", "b", NULL);
  assert_row (recorder, 1, 2, "He said \"hi\"", "x", NULL);
  assert_row (recorder, 2, 3, "\"", "\"\"", NULL);
}

static void
test_empty_fields (void)
{
  g_autoptr(Recorder) recorder = read_good_fixture ("empty-fields.csv");

  g_assert_cmpuint (recorder->rows->len, ==, 4);
  assert_row (recorder, 0, 1, "a", "b", "c", NULL);
  assert_row (recorder, 1, 2, "", "", "", NULL);
  assert_row (recorder, 2, 3, "1", "", "3", NULL);
  /* Quoted or not, empty is "". */
  assert_row (recorder, 3, 4, "", "x", "", NULL);
}

static void
test_spaces (void)
{
  g_autoptr(Recorder) recorder = recorder_new ();
  g_autoptr(GError) error = NULL;
  const char data[] = "a ,\tb, c\n  1 , 2\t,\" 3 \"\n";

  /* Spaces and tabs around unquoted fields are padding, as spreadsheets
   * write it; a quoted field keeps its own. Both lines have two "," and
   * one tab: "," splits the header more often. */
  g_assert_true (read_data (data, strlen (data), recorder, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (recorder->delimiter, ==, ",");
  g_assert_cmpuint (recorder->rows->len, ==, 2);
  assert_row (recorder, 0, 1, "a", "b", "c", NULL);
  assert_row (recorder, 1, 2, "1", "2", " 3 ", NULL);
}

/* A space beside a quoted field neither opens nor closes it: no row is
 * swallowed, no field split. */
static void
test_spaces_beside_quotes (void)
{
  g_autoptr(Recorder) recorder = recorder_new ();
  g_autoptr(GError) error = NULL;
  const char data[] = "id,date,company,owner\n"
                      "1,2024-01-01,\"Acme, Inc\" ,Ann\n"
                      "2,2024-01-02, \"Beta, Ltd\",Bo\n"
                      "3,2024-01-03,Gamma,Cy\n";

  g_assert_true (read_data (data, strlen (data), recorder, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (recorder->rows->len, ==, 4);
  assert_row (recorder, 1, 2, "1", "2024-01-01", "Acme, Inc", "Ann", NULL);
  assert_row (recorder, 2, 3, "2", "2024-01-02", "Beta, Ltd", "Bo", NULL);
  assert_row (recorder, 3, 4, "3", "2024-01-03", "Gamma", "Cy", NULL);
}

static void
test_blank_lines (void)
{
  g_autoptr(Recorder) recorder = read_good_fixture ("blank-lines.csv");

  /* Line 2 is empty, line 4 three spaces, line 5 empty. */
  g_assert_cmpuint (recorder->rows->len, ==, 3);
  assert_row (recorder, 0, 1, "a", "b", NULL);
  assert_row (recorder, 1, 3, "1", "2", NULL);
  assert_row (recorder, 2, 6, "3", "4", NULL);
}

static void
test_stray_quote (void)
{
  g_autoptr(Recorder) recorder = read_good_fixture ("stray-quote.csv");

  g_assert_cmpuint (recorder->rows->len, ==, 2);
  assert_row (recorder, 0, 1, "a", "b", "c", NULL);
  assert_row (recorder, 1, 2, "a", "b\"c", "d", NULL);
}

static void
test_unterminated (void)
{
  g_autoptr(Recorder) recorder = recorder_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (read_fixture ("unterminated.csv", recorder, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (recorder->rows->len, ==, 2);
  assert_row (recorder, 0, 1, "a", "b", NULL);
  assert_row (recorder, 1, 2, "1", "2", NULL);
  /* The quote opens on line 3 in the second field and swallows line 4. */
  g_assert_cmpuint (recorder->skips->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (recorder->skips, 0), ==,
                   "3: unterminated quoted field beginning at line 3, column 2");
}

static void
test_unterminated_first_field (void)
{
  g_autoptr(Recorder) recorder = recorder_new ();
  g_autoptr(GError) error = NULL;
  const char data[] = "a,b\n\n1,2\n\"open\nstill\n";

  g_assert_true (read_data (data, strlen (data), recorder, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (recorder->rows->len, ==, 2);
  /* Line 2 is blank, 3 is "1,2", the quote opens line 4. */
  assert_row (recorder, 1, 3, "1", "2", NULL);
  g_assert_cmpuint (recorder->skips->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (recorder->skips, 0), ==,
                   "4: unterminated quoted field beginning at line 4, column 1");
}

static void
test_long_field (void)
{
  g_autoptr(Recorder) recorder = recorder_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) data = g_string_new ("a,b,c\n1,");

  for (guint i = 0; i < MIB + 1; i++)
    g_string_append_c (data, 'x');
  g_string_append (data, ",3\n4,5,6\n");

  g_assert_true (read_data (data->str, data->len, recorder, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (recorder->rows->len, ==, 2);
  assert_row (recorder, 0, 1, "a", "b", "c", NULL);
  assert_row (recorder, 1, 3, "4", "5", "6", NULL);
  g_assert_cmpuint (recorder->skips->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (recorder->skips, 0), ==,
                   "2: a field in column 2 is longer than 1 MiB");
}

static void
test_long_quoted_field (void)
{
  g_autoptr(Recorder) recorder = recorder_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) data = g_string_new ("a,b\n\"");

  /* 1,100 lines of 1,000 bytes: over a MiB, with a delimiter on each line
   * that must not end the field. */
  for (guint i = 0; i < 1100; i++)
    {
      for (guint j = 0; j < 998; j++)
        g_string_append_c (data, 'x');
      g_string_append (data, ",\n");
    }
  g_string_append (data, "\",2\n3,4\n");

  g_assert_true (read_data (data->str, data->len, recorder, &error));
  g_assert_no_error (error);

  /* The field opens on line 2 and has 1,100 newlines: the record ends on
   * line 1,102 and the next one is on 1,103. */
  g_assert_cmpuint (recorder->rows->len, ==, 2);
  assert_row (recorder, 1, 1103, "3", "4", NULL);
  g_assert_cmpuint (recorder->skips->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (recorder->skips, 0), ==,
                   "2: a field in column 1 is longer than 1 MiB");
}

static void
test_field_of_one_mib (void)
{
  g_autoptr(Recorder) recorder = recorder_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) data = g_string_new ("a\n");
  char **row;

  /* Exactly 1 MiB is not longer than 1 MiB. */
  for (guint i = 0; i < MIB; i++)
    g_string_append_c (data, 'x');
  g_string_append (data, "\n");

  g_assert_true (read_data (data->str, data->len, recorder, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (recorder->skips->len, ==, 0);
  g_assert_cmpuint (recorder->rows->len, ==, 2);
  row = g_ptr_array_index (recorder->rows, 1);
  g_assert_cmpuint (strlen (row[0]), ==, MIB);
}

static void
test_large_record (void)
{
  g_autoptr(Recorder) recorder = recorder_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) data = g_string_new ("a,b\n");

  /* Five fields of 1 MiB each are fine alone, not together. */
  for (guint i = 0; i < 5; i++)
    {
      for (guint j = 0; j < MIB; j++)
        g_string_append_c (data, 'y');
      g_string_append_c (data, ',');
    }
  g_string_append (data, "\n1,2\n");

  g_assert_true (read_data (data->str, data->len, recorder, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (recorder->rows->len, ==, 2);
  assert_row (recorder, 1, 3, "1", "2", NULL);
  g_assert_cmpuint (recorder->skips->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (recorder->skips, 0), ==,
                   "2: the record is larger than 4 MiB");
}

static void
test_late_nul (void)
{
  g_autoptr(Recorder) recorder = recorder_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) data = filler ("name,note\n", 7000);

  /* Header on line 1, filler on lines 2 to 7001. */
  g_string_append_len (data, "bad,x\0y\nok,1\n", 13);

  g_assert_true (read_data (data->str, data->len, recorder, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (recorder->rows->len, ==, 7002);
  assert_row (recorder, 7001, 7003, "ok", "1", NULL);
  g_assert_cmpuint (recorder->skips->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (recorder->skips, 0), ==,
                   "7002: column 2 contains a NUL byte");
}

static void
test_header_only (void)
{
  g_autoptr(Recorder) recorder = read_good_fixture ("header-only.csv");

  g_assert_cmpuint (recorder->rows->len, ==, 1);
  assert_row (recorder, 0, 1, "Name", "Email", NULL);
}

static void
check_empty (const char *data,
             gsize       len)
{
  g_autoptr(Recorder) recorder = recorder_new ();
  g_autoptr(GError) error = NULL;

  g_assert_false (read_data (data, len, recorder, &error));
  g_assert_error (error, ACCORD_IMPORT_ERROR, ACCORD_IMPORT_ERROR_EMPTY);
  g_assert_cmpstr (error->message, ==, "memory.csv: the file is empty");
  g_assert_cmpuint (recorder->rows->len, ==, 0);
}

static void
test_empty (void)
{
  g_autoptr(Recorder) recorder = recorder_new ();
  g_autoptr(GError) error = NULL;

  g_assert_false (read_fixture ("empty.csv", recorder, &error));
  g_assert_error (error, ACCORD_IMPORT_ERROR, ACCORD_IMPORT_ERROR_EMPTY);
  g_assert_cmpstr (error->message, ==, "empty.csv: the file is empty");

  check_empty (" \r\n\t\n", 5);
  check_empty ("\xef\xbb\xbf", 3);
  check_empty ("\xff\xfe\n\0", 4);
  check_empty ("sep=;\n", 6);
}

static void
test_binary (void)
{
  g_autoptr(Recorder) recorder = recorder_new ();
  g_autoptr(Recorder) control = recorder_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) control_error = NULL;
  const char controls[] = "a,b\n\x01\x02\x03\x04,\x05\x06\n";

  /* 89 'P' 'N' 'G' CR LF 1A LF NUL: the NUL starts line 3. */
  g_assert_false (read_fixture ("binary.png", recorder, &error));
  g_assert_error (error, ACCORD_IMPORT_ERROR, ACCORD_IMPORT_ERROR_NOT_TEXT);
  g_assert_cmpstr (error->message, ==,
                   "binary.png: not a text file (line 3, column 1 has a NUL byte)");
  g_assert_cmpuint (recorder->rows->len, ==, 0);

  /* Six control characters in twelve bytes. */
  g_assert_false (read_data (controls, strlen (controls), control, &control_error));
  g_assert_error (control_error, ACCORD_IMPORT_ERROR, ACCORD_IMPORT_ERROR_NOT_TEXT);
  g_assert_cmpstr (control_error->message, ==,
                   "memory.csv: not a text file (too many control characters, "
                   "the first at line 2, column 1)");
}

static void
test_cancelled (void)
{
  g_autoptr(Recorder) recorder = recorder_new ();
  g_autoptr(GError) error = NULL;
  GCancellable *cancellable = g_cancellable_new ();
  GInputStream *stream = g_memory_input_stream_new_from_data ("a,b\n1,2\n", -1, NULL);

  g_cancellable_cancel (cancellable);
  g_assert_false (read_stream (stream, "memory.csv", recorder, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (recorder->rows->len, ==, 0);

  g_assert_finalize_object (stream);
  g_assert_finalize_object (cancellable);
}

static void
test_row_error (void)
{
  g_autoptr(Recorder) recorder = recorder_new ();
  g_autoptr(GError) error = NULL;

  /* The callback fails on the second row; the third is never read. */
  recorder->fail_at = 2;
  g_assert_false (read_fixture ("comma.csv", recorder, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
  g_assert_cmpstr (error->message, ==, "stop at line 2");
  g_assert_cmpuint (recorder->rows->len, ==, 2);
}

/* A stream whose reads fail. */
typedef struct
{
  GInputStream parent_instance;
} FailingStream;

typedef struct
{
  GInputStreamClass parent_class;
} FailingStreamClass;

static GType failing_stream_get_type (void);

G_DEFINE_TYPE (FailingStream, failing_stream, G_TYPE_INPUT_STREAM)

static gssize
failing_stream_read (GInputStream  *stream,
                     void          *buffer,
                     gsize          count,
                     GCancellable  *cancellable,
                     GError       **error)
{
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_BROKEN_PIPE, "the disk went away");
  return -1;
}

static void
failing_stream_class_init (FailingStreamClass *klass)
{
  G_INPUT_STREAM_CLASS (klass)->read_fn = failing_stream_read;
}

static void
failing_stream_init (FailingStream *self)
{
}

static void
test_read_error (void)
{
  g_autoptr(Recorder) recorder = recorder_new ();
  g_autoptr(GError) error = NULL;
  GInputStream *stream = g_object_new (failing_stream_get_type (), NULL);

  g_assert_false (read_stream (stream, "broken.csv", recorder, NULL, &error));
  g_assert_error (error, ACCORD_IMPORT_ERROR, ACCORD_IMPORT_ERROR_FAILED);
  g_assert_cmpstr (error->message, ==, "broken.csv: the disk went away");

  g_assert_finalize_object (stream);
}

/* A random field that CSV can carry: ASCII, Latin, euro, astral, and the
 * characters that need quoting. */
static char *
random_field (GRand *rand)
{
  static const char * const pieces[] = {
    "a", "b", "Z", "1", " ", "\t", "ü", "€", "\xf0\x9f\x98\x80",
    ",", "\"", "\n", "\r\n", "x y",
  };
  guint n = g_rand_int_range (rand, 0, 32);
  GString *field = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    g_string_append (field, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);

  return g_string_free (field, FALSE);
}

/* Writes @field as CSV: quoted when it must be — a delimiter, a line
 * end, a quote, or blanks at either end, which unquoted are padding — and
 * now and then when it need not be. */
static void
append_field (GString    *out,
              const char *field,
              GRand      *rand)
{
  gsize len = strlen (field);
  gboolean quote = strpbrk (field, ",\r\n\"") != NULL ||
                   (len > 0 && (g_ascii_isspace (field[0]) || g_ascii_isspace (field[len - 1]))) ||
                   g_rand_int_range (rand, 0, 4) == 0;

  if (!quote)
    {
      g_string_append (out, field);
      return;
    }

  g_string_append_c (out, '"');
  for (const char *p = field; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

/* 2,000 random records, with LF or CRLF line ends and blank lines between
 * some of them; @lines gets where each begins. */
static GPtrArray *
write_random_csv (GString *out,
                  GArray  *lines)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20260101);
  GPtrArray *records = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  guint line = 1;

  for (guint r = 0; r < 2000; r++)
    {
      char **record = g_new0 (char *, 6);
      gsize start = out->len;

      for (guint c = 0; c < 5; c++)
        {
          record[c] = r == 0 ? g_strdup_printf ("column %u", c) : random_field (rand);
          if (c > 0)
            g_string_append_c (out, ',');
          append_field (out, record[c], rand);
        }
      g_string_append (out, g_rand_boolean (rand) ? "\n" : "\r\n");
      if (g_rand_int_range (rand, 0, 10) == 0)
        g_string_append (out, "\n");

      g_ptr_array_add (records, record);
      g_array_append_val (lines, line);
      for (gsize i = start; i < out->len; i++)
        if (out->str[i] == '\n')
          line++;
    }

  return records;
}

static void
check_round_trip (Recorder  *recorder,
                  GPtrArray *records,
                  GArray    *lines)
{
  g_assert_cmpuint (recorder->skips->len, ==, 0);
  g_assert_cmpuint (recorder->rows->len, ==, records->len);
  for (guint r = 0; r < records->len; r++)
    {
      char **expected = g_ptr_array_index (records, r);
      char **row = g_ptr_array_index (recorder->rows, r);

      g_assert_cmpuint (g_array_index (recorder->lines, guint, r), ==,
                        g_array_index (lines, guint, r));
      g_assert_cmpstrv (row, expected);
    }
}

static void
test_round_trip (void)
{
  g_autoptr(Recorder) recorder = recorder_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) data = g_string_new (NULL);
  g_autoptr(GArray) lines = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GPtrArray) records = write_random_csv (data, lines);

  /* Several chunks, so characters and records straddle chunk ends. */
  g_assert_cmpuint (data->len, >, 3 * 64 * 1024);

  g_assert_true (read_data (data->str, data->len, recorder, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (recorder->encoding, ==, "UTF-8");
  g_assert_cmpstr (recorder->delimiter, ==, ",");
  check_round_trip (recorder, records, lines);
}

static void
test_round_trip_utf16 (void)
{
  g_autoptr(Recorder) recorder = recorder_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) data = g_string_new (NULL);
  g_autoptr(GArray) lines = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GPtrArray) records = write_random_csv (data, lines);
  g_autofree char *utf16 = NULL;
  g_autoptr(GString) file = g_string_new_len ("\xff\xfe", 2);
  gsize len;

  utf16 = g_convert (data->str, data->len, "UTF-16LE", "UTF-8", NULL, &len, &error);
  g_assert_no_error (error);
  g_string_append_len (file, utf16, len);

  g_assert_true (read_data (file->str, file->len, recorder, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (recorder->encoding, ==, "UTF-16LE");
  check_round_trip (recorder, records, lines);
}

/* Random bytes, quotes and line ends included, never crash the reader nor
 * give anything but UTF-8 (record_row checks). */
static void
test_garbage (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  static const char alphabet[] = "ab,;\t|\"\r\n \xc3\xa9\xe2\x82\xac\x80\xff\xfe\xe9";

  for (guint n = 0; n < 300; n++)
    {
      g_autoptr(Recorder) recorder = recorder_new ();
      g_autoptr(GError) error = NULL;
      g_autoptr(GString) data = g_string_new (NULL);
      guint len = g_rand_int_range (rand, 0, n < 290 ? 2000 : 200000);

      if (n % 3 == 0)
        g_string_append (data, n % 2 == 0 ? "\xef\xbb\xbf" : "\xff\xfe");
      for (guint i = 0; i < len; i++)
        g_string_append_c (data, alphabet[g_rand_int_range (rand, 0, sizeof alphabet - 1)]);

      if (!read_data (data->str, data->len, recorder, &error))
        g_assert_true (g_error_matches (error, ACCORD_IMPORT_ERROR, ACCORD_IMPORT_ERROR_EMPTY)
                       || g_error_matches (error, ACCORD_IMPORT_ERROR, ACCORD_IMPORT_ERROR_NOT_TEXT));
    }
}

/* A handler that, after the header, asks for the first and third
 * columns only. */
typedef struct
{
  Recorder        *recorder;
  AccordCsvReader *reader;
} Wanting;

static gboolean
want_after_header (const char * const  *fields,
                   guint                n_fields,
                   guint                line,
                   guint64              position,
                   gpointer             user_data,
                   GError             **error)
{
  static const gboolean wanted[] = { TRUE, FALSE, TRUE };
  Wanting *wanting = user_data;

  if (wanting->recorder->rows->len == 0)
    accord_csv_reader_set_wanted_columns (wanting->reader, wanted, G_N_ELEMENTS (wanted));

  return record_row (fields, n_fields, line, position, wanting->recorder, error);
}

static void
test_wanted_columns (void)
{
  static const char data[] = "id,note,date\n1,\"long, long note\",2024-01-01\n2,x,2024-01-02,extra\n";
  static const AccordRowHandler handler = { want_after_header, record_skip };
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (data, sizeof data - 1, NULL);
  g_autoptr(AccordCsvReader) reader = accord_csv_reader_new (stream, "wanted.csv");
  g_autoptr(Recorder) recorder = recorder_new ();
  g_autoptr(GError) error = NULL;
  Wanting wanting = { recorder, reader };

  g_assert_true (accord_csv_reader_read (reader, &handler, &wanting, NULL, &error));
  g_assert_no_error (error);

  /* The header arrives whole; then the note, and a column past the
   * wanted ones, arrive empty. */
  g_assert_cmpuint (recorder->rows->len, ==, 3);
  g_assert_cmpstrv (g_ptr_array_index (recorder->rows, 0), ((const char *[]) { "id", "note", "date", NULL }));
  g_assert_cmpstrv (g_ptr_array_index (recorder->rows, 1), ((const char *[]) { "1", "", "2024-01-01", NULL }));
  g_assert_cmpstrv (g_ptr_array_index (recorder->rows, 2), ((const char *[]) { "2", "", "2024-01-02", "", NULL }));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/csv-reader/comma", test_comma);
  g_test_add_func ("/core/csv-reader/semicolon", test_semicolon);
  g_test_add_func ("/core/csv-reader/tab", test_tab);
  g_test_add_func ("/core/csv-reader/pipe", test_pipe);
  g_test_add_func ("/core/csv-reader/sep-line", test_sep_line);
  g_test_add_func ("/core/csv-reader/bom", test_bom);
  g_test_add_func ("/core/csv-reader/utf16le", test_utf16le);
  g_test_add_func ("/core/csv-reader/utf16be", test_utf16be);
  g_test_add_func ("/core/csv-reader/utf16-broken", test_utf16_broken);
  g_test_add_func ("/core/csv-reader/windows-1252", test_windows_1252);
  g_test_add_func ("/core/csv-reader/windows-1252-table", test_windows_1252_table);
  g_test_add_func ("/core/csv-reader/windows-1252-late", test_windows_1252_late);
  g_test_add_func ("/core/csv-reader/mixed-encoding", test_mixed_encoding);
  g_test_add_func ("/core/csv-reader/crlf", test_crlf);
  g_test_add_func ("/core/csv-reader/cr", test_cr);
  g_test_add_func ("/core/csv-reader/stray-cr", test_stray_cr);
  g_test_add_func ("/core/csv-reader/quoted-newline", test_quoted_newline);
  g_test_add_func ("/core/csv-reader/escaped-quotes", test_escaped_quotes);
  g_test_add_func ("/core/csv-reader/empty-fields", test_empty_fields);
  g_test_add_func ("/core/csv-reader/spaces", test_spaces);
  g_test_add_func ("/core/csv-reader/blank-lines", test_blank_lines);
  g_test_add_func ("/core/csv-reader/stray-quote", test_stray_quote);
  g_test_add_func ("/core/csv-reader/unterminated", test_unterminated);
  g_test_add_func ("/core/csv-reader/unterminated-first-field", test_unterminated_first_field);
  g_test_add_func ("/core/csv-reader/long-field", test_long_field);
  g_test_add_func ("/core/csv-reader/long-quoted-field", test_long_quoted_field);
  g_test_add_func ("/core/csv-reader/field-of-one-mib", test_field_of_one_mib);
  g_test_add_func ("/core/csv-reader/large-record", test_large_record);
  g_test_add_func ("/core/csv-reader/late-nul", test_late_nul);
  g_test_add_func ("/core/csv-reader/header-only", test_header_only);
  g_test_add_func ("/core/csv-reader/empty", test_empty);
  g_test_add_func ("/core/csv-reader/binary", test_binary);
  g_test_add_func ("/core/csv-reader/cancelled", test_cancelled);
  g_test_add_func ("/core/csv-reader/row-error", test_row_error);
  g_test_add_func ("/core/csv-reader/read-error", test_read_error);
  g_test_add_func ("/core/csv-reader/round-trip", test_round_trip);
  g_test_add_func ("/core/csv-reader/round-trip-utf16", test_round_trip_utf16);
  g_test_add_func ("/core/csv-reader/garbage", test_garbage);

  g_test_add_func ("/core/csv-reader/wanted-columns", test_wanted_columns);
  g_test_add_func ("/core/csv-reader/spaces-beside-quotes", test_spaces_beside_quotes);

  return g_test_run ();
}
