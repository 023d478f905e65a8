/* test-json-reader.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <gio/gio.h>

#include "accord-import-error.h"
#include "accord-json-reader.h"
#include "accord-mapping.h"

/* What the reader handed over: rows as "field|field|…" with "(null)" for
 * NULL, skips as "line: reason". */
typedef struct
{
  GPtrArray    *header;
  GPtrArray    *rows;
  GArray       *lines;
  GArray       *positions;
  GPtrArray    *skips;
  GCancellable *cancel_after_first;  /* cancelled by the first record */
  guint         fail_at_line;        /* a row callback that fails there */
} Recorder;

static void
recorder_init (Recorder *recorder)
{
  memset (recorder, 0, sizeof *recorder);
  recorder->header = g_ptr_array_new_with_free_func (g_free);
  recorder->rows = g_ptr_array_new_with_free_func (g_free);
  recorder->lines = g_array_new (FALSE, FALSE, sizeof (guint));
  recorder->positions = g_array_new (FALSE, FALSE, sizeof (guint64));
  recorder->skips = g_ptr_array_new_with_free_func (g_free);
}

static void
recorder_clear (Recorder *recorder)
{
  g_clear_pointer (&recorder->header, g_ptr_array_unref);
  g_clear_pointer (&recorder->rows, g_ptr_array_unref);
  g_clear_pointer (&recorder->lines, g_array_unref);
  g_clear_pointer (&recorder->positions, g_array_unref);
  g_clear_pointer (&recorder->skips, g_ptr_array_unref);
}

static gboolean
record_row (const char * const  *fields,
            guint                n_fields,
            guint                line,
            guint64              position,
            gpointer             user_data,
            GError             **error)
{
  Recorder *recorder = user_data;
  GString *text;

  if (line == 0)
    {
      g_assert_cmpuint (recorder->header->len, ==, 0);
      for (guint i = 0; i < n_fields; i++)
        g_ptr_array_add (recorder->header, g_strdup (fields[i]));
      return TRUE;
    }

  g_assert_cmpuint (n_fields, ==, recorder->header->len);

  if (line == recorder->fail_at_line)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "stop at %u", line);
      return FALSE;
    }

  text = g_string_new (NULL);
  for (guint i = 0; i < n_fields; i++)
    {
      if (i > 0)
        g_string_append_c (text, '|');
      g_string_append (text, fields[i] != NULL ? fields[i] : "(null)");
    }
  g_ptr_array_add (recorder->rows, g_string_free (text, FALSE));
  g_array_append_val (recorder->lines, line);
  g_array_append_val (recorder->positions, position);

  if (recorder->cancel_after_first != NULL)
    g_cancellable_cancel (recorder->cancel_after_first);

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

static char *
header_text (Recorder *recorder)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < recorder->header->len; i++)
    {
      if (i > 0)
        g_string_append_c (text, '|');
      g_string_append (text, g_ptr_array_index (recorder->header, i));
    }

  return g_string_free (text, FALSE);
}

static gboolean
read_fixture (const char  *name,
              Recorder    *recorder,
              gsize       *size,
              GError     **error)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "json", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInputStream) stream = NULL;
  g_autofree char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, size, NULL));

  stream = g_file_read (file, NULL, error);
  g_assert_nonnull (stream);

  return accord_json_reader_read (G_INPUT_STREAM (stream), name, &recorder_handler,
                                  recorder, NULL, error);
}

static gboolean
read_text (const char    *text,
           gssize         length,
           Recorder      *recorder,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autoptr(GInputStream) stream = NULL;

  if (length < 0)
    length = strlen (text);
  stream = g_memory_input_stream_new_from_data (text, length, NULL);

  return accord_json_reader_read (stream, "export.json", &recorder_handler, recorder,
                                  cancellable, error);
}

static void
test_flat_values (void)
{
  Recorder recorder;
  g_autoptr(GError) error = NULL;
  g_autofree char *header = NULL;
  gsize size;
  guint line;

  recorder_init (&recorder);
  g_assert_true (read_fixture ("flat.json", &recorder, &size, &error));
  g_assert_no_error (error);

  /* Names in the order first seen: record 1's eight, then record 2's new
   * ones; "extra": { "x" } flattens to "extra.x", "deep": { "a": {…} }
   * to "deep.a"; record 4 repeats known names in another order. */
  header = header_text (&recorder);
  g_assert_cmpstr (header, ==,
                   "id|name|employees|revenue|score|active|deleted|notes|"
                   "tags|extra.x|deep.a|big|neg|sci");

  g_assert_cmpuint (recorder.rows->len, ==, 3);
  /* 42 is an integer; 1234.5 and 0.1 print as written, not as
   * 0.10000000000000001; booleans as true/false; null as NULL. */
  g_assert_cmpstr (g_ptr_array_index (recorder.rows, 0), ==,
                   "1|Ada|42|1234.5|0.1|true|false|(null)|"
                   "(null)|(null)|(null)|(null)|(null)|(null)");
  /* The array and the object two levels down are dropped (NULL), not the
   * record; 1e21 is a double, "%.15g" gives 1e+21. */
  g_assert_cmpstr (g_ptr_array_index (recorder.rows, 1), ==,
                   "2|Grace|(null)|(null)|(null)|(null)|(null)|(null)|"
                   "(null)|1|(null)|12345678901234567|-7|1e+21");
  /* Record 4's values land in their columns; nothing is left over from
   * record 2. */
  g_assert_cmpstr (g_ptr_array_index (recorder.rows, 2), ==,
                   "4|Linus|(null)|(null)|(null)|(null)|(null)|(null)|"
                   "(null)|(null)|(null)|(null)|(null)|(null)");

  line = g_array_index (recorder.lines, guint, 0);
  g_assert_cmpuint (line, ==, 1);
  line = g_array_index (recorder.lines, guint, 1);
  g_assert_cmpuint (line, ==, 2);
  line = g_array_index (recorder.lines, guint, 2);
  g_assert_cmpuint (line, ==, 4);

  /* Record 3 is the string "oops". */
  g_assert_cmpuint (recorder.skips->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (recorder.skips, 0), ==, "3: record 3 is not an object");

  /* Progress: record 2 of 4 is half the file, the last record all of it. */
  g_assert_cmpuint (g_array_index (recorder.positions, guint64, 1), ==, size * 2 / 4);
  g_assert_cmpuint (g_array_index (recorder.positions, guint64, 2), ==, size);

  recorder_clear (&recorder);
}

static void
test_hubspot_page (void)
{
  Recorder recorder;
  g_autoptr(GError) error = NULL;
  g_autofree char *header = NULL;
  gsize size;
  double confidence;
  AccordPreset preset;
  g_autoptr(AccordMapping) mapping = NULL;
  int columns[ACCORD_N_FIELDS];

  recorder_init (&recorder);
  g_assert_true (read_fixture ("hubspot-page.json", &recorder, &size, &error));
  g_assert_no_error (error);

  /* Rows are the properties; "createdAt", "archived" and "paging" are
   * not. Record 1's six properties, then record 2's hubspot_owner_id. */
  header = header_text (&recorder);
  g_assert_cmpstr (header, ==,
                   "createdate|email|firstname|hs_object_id|lifecyclestage|"
                   "hs_lifecyclestage_marketingqualifiedlead_date|hubspot_owner_id");

  g_assert_cmpuint (recorder.rows->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (recorder.rows, 0), ==,
                   "2024-10-01T08:30:00.000Z|ada@example.com|Ada|101|marketingqualifiedlead|"
                   "2024-10-02T09:00:00.000Z|(null)");
  /* Record 2 has no hs_object_id property: its "id" fills that column. */
  g_assert_cmpstr (g_ptr_array_index (recorder.rows, 1), ==,
                   "2024-10-03T14:00:00.000Z|grace@example.com|Grace|102|lead|"
                   "(null)|5001");
  g_assert_cmpuint (recorder.skips->len, ==, 0);

  /* Internal names still say HubSpot: hs_ 1.5 + hubspot_owner_id 1.5 +
   * createdate 1.5 + lifecyclestage 1 = 5.5, nothing else: min (1, 5.5/3). */
  g_ptr_array_add (recorder.header, NULL);
  preset = accord_mapping_detect ((const char * const *) recorder.header->pdata, &confidence);
  g_assert_cmpint (preset, ==, ACCORD_PRESET_HUBSPOT);
  g_assert_cmpfloat_with_epsilon (confidence, 1.0, 1e-9);

  mapping = accord_mapping_new_for_preset (preset, (const char * const *) recorder.header->pdata);
  accord_mapping_resolve (mapping, (const char * const *) recorder.header->pdata, columns);
  g_assert_cmpint (columns[ACCORD_FIELD_RECORD_ID], ==, 3);
  g_assert_cmpint (columns[ACCORD_FIELD_CREATED], ==, 0);
  g_assert_cmpint (columns[ACCORD_FIELD_MQL_DATE], ==, 5);
  g_assert_cmpint (columns[ACCORD_FIELD_OWNER], ==, 6);
  g_assert_finalize_object (g_steal_pointer (&mapping));

  recorder_clear (&recorder);
}

static void
test_hubspot_pages (void)
{
  Recorder recorder;
  g_autoptr(GError) error = NULL;
  g_autofree char *header = NULL;
  gsize size;
  guint line;

  recorder_init (&recorder);
  g_assert_true (read_fixture ("hubspot-pages.json", &recorder, &size, &error));
  g_assert_no_error (error);

  /* Page 2 brings "phone" after the two names of page 1. */
  header = header_text (&recorder);
  g_assert_cmpstr (header, ==, "email|hs_object_id|phone");

  g_assert_cmpuint (recorder.rows->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (recorder.rows, 0), ==, "a@example.com|201|(null)");
  g_assert_cmpstr (g_ptr_array_index (recorder.rows, 1), ==, "b@example.com|202|(null)");
  g_assert_cmpstr (g_ptr_array_index (recorder.rows, 2), ==, "c@example.com|203|+49 30 1234");

  /* Records count on across pages: page 2's are 3 and 4. */
  line = g_array_index (recorder.lines, guint, 2);
  g_assert_cmpuint (line, ==, 3);
  g_assert_cmpuint (recorder.skips->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (recorder.skips, 0), ==, "4: record 4 is not an object");

  recorder_clear (&recorder);
}

static void
test_salesforce (void)
{
  Recorder recorder;
  g_autoptr(GError) error = NULL;
  g_autofree char *header = NULL;
  gsize size;

  recorder_init (&recorder);
  g_assert_true (read_fixture ("salesforce.json", &recorder, &size, &error));
  g_assert_no_error (error);

  /* "attributes" dropped at both levels; Owner flattens to Owner.Name and
   * Owner.Manager (an object two levels down: no value); record 2's
   * "Owner": null adds the column "Owner" last. */
  header = header_text (&recorder);
  g_assert_cmpstr (header, ==,
                   "Id|Name|Amount|StageName|CloseDate|IsWon|Owner.Name|Owner.Manager|"
                   "CreatedDate|Owner");

  g_assert_cmpuint (recorder.rows->len, ==, 2);
  /* 15000.0 is a double and prints as 15000. */
  g_assert_cmpstr (g_ptr_array_index (recorder.rows, 0), ==,
                   "0065g00000AbCdEAAV|Acme renewal|15000|Closed Won|2024-10-15|true|"
                   "Sam Seller|(null)|2024-09-01T10:00:00.000+0000|(null)");
  g_assert_cmpstr (g_ptr_array_index (recorder.rows, 1), ==,
                   "0065g00000XyZaBAAV|Globex pilot|(null)|Prospecting|2024-11-30|false|"
                   "(null)|(null)|2024-10-05T16:45:00.000+0000|(null)");

  recorder_clear (&recorder);
}

static void
test_malformed (void)
{
  Recorder recorder;
  g_autoptr(GError) error = NULL;
  gsize size;

  recorder_init (&recorder);
  g_assert_false (read_fixture ("malformed.json", &recorder, &size, &error));
  g_assert_error (error, ACCORD_IMPORT_ERROR, ACCORD_IMPORT_ERROR_MALFORMED);
  /* Line 3 lacks the comma after "Jörg", whose closing quote is the 29th
   * character (the 30th byte: ö takes two). */
  g_assert_true (g_str_has_prefix (error->message, "malformed.json: line 3, column 29: "));
  g_assert_cmpuint (recorder.header->len, ==, 0);
  g_assert_cmpuint (recorder.rows->len, ==, 0);

  recorder_clear (&recorder);
}

static void
test_not_an_export (void)
{
  Recorder recorder;
  g_autoptr(GError) error = NULL;
  gsize size;

  recorder_init (&recorder);
  g_assert_false (read_fixture ("not-an-export.json", &recorder, &size, &error));
  g_assert_error (error, ACCORD_IMPORT_ERROR, ACCORD_IMPORT_ERROR_MALFORMED);
  g_assert_cmpstr (error->message, ==,
                   "not-an-export.json: not a CRM export: expected an array of records, "
                   "HubSpot “results” or Salesforce “records”");
  g_clear_error (&error);

  g_assert_false (read_text ("42", -1, &recorder, NULL, &error));
  g_assert_error (error, ACCORD_IMPORT_ERROR, ACCORD_IMPORT_ERROR_MALFORMED);
  g_assert_true (g_str_has_prefix (error->message, "export.json: not a CRM export"));
  g_assert_cmpuint (recorder.header->len, ==, 0);

  recorder_clear (&recorder);
}

static void
test_bad_text (void)
{
  Recorder recorder;
  g_autoptr(GError) error = NULL;

  recorder_init (&recorder);

  /* json-glib would read the first array and ignore the second. */
  g_assert_false (read_text ("[{\"a\": 1}] [2]", -1, &recorder, NULL, &error));
  g_assert_error (error, ACCORD_IMPORT_ERROR, ACCORD_IMPORT_ERROR_MALFORMED);
  g_assert_true (g_str_has_prefix (error->message, "export.json: line 1, column 12: "));
  g_clear_error (&error);

  /* The byte 0xff is the third character of line 2. */
  g_assert_false (read_text ("[\n{\"\xff\": 1}]", -1, &recorder, NULL, &error));
  g_assert_error (error, ACCORD_IMPORT_ERROR, ACCORD_IMPORT_ERROR_NOT_TEXT);
  g_assert_true (g_str_has_prefix (error->message, "export.json: line 2, column 3: "));
  g_clear_error (&error);

  /* A surrogate escape alone, high or low, is no character, nor is an
   * escape of fewer than four hex digits: json-glib would pass on bytes
   * that are not UTF-8. */
  g_assert_false (read_text ("[{\"a\": \"x\\ud800y\"}]", -1, &recorder, NULL, &error));
  g_assert_error (error, ACCORD_IMPORT_ERROR, ACCORD_IMPORT_ERROR_NOT_TEXT);
  g_assert_cmpstr (error->message, ==, "export.json: line 1, column 10: "
                   "“\\ud800” is not a valid character escape");
  g_clear_error (&error);
  /* At the very end the escape is shown as far as the data goes. */
  g_assert_false (read_text ("[\"\\u12", 6, &recorder, NULL, &error));
  g_assert_error (error, ACCORD_IMPORT_ERROR, ACCORD_IMPORT_ERROR_NOT_TEXT);
  g_assert_cmpstr (error->message, ==, "export.json: line 1, column 3: "
                   "“\\u12” is not a valid character escape");
  g_clear_error (&error);
  g_assert_false (read_text ("[{\"\\uDC00\": 1}]", -1, &recorder, NULL, &error));
  g_assert_error (error, ACCORD_IMPORT_ERROR, ACCORD_IMPORT_ERROR_NOT_TEXT);
  g_assert_true (g_str_has_prefix (error->message, "export.json: line 1, column 4: "));
  g_clear_error (&error);

  /* A byte order mark and white space are no content. */
  g_assert_false (read_text ("\xef\xbb\xbf \n", -1, &recorder, NULL, &error));
  g_assert_error (error, ACCORD_IMPORT_ERROR, ACCORD_IMPORT_ERROR_EMPTY);
  g_clear_error (&error);

  g_assert_cmpuint (recorder.header->len, ==, 0);
  recorder_clear (&recorder);
}

/* A surrogate pair is one character; "\\ud800" is a backslash and text. */
static void
test_surrogate_pair (void)
{
  Recorder recorder;
  g_autoptr(GError) error = NULL;

  recorder_init (&recorder);
  g_assert_true (read_text ("[{\"a\": \"\\ud83d\\ude00\", \"b\": \"\\\\ud800\"}]", -1,
                            &recorder, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (recorder.rows->len, ==, 1);
  /* U+1F600 in UTF-8 is F0 9F 98 80. */
  g_assert_cmpstr (g_ptr_array_index (recorder.rows, 0), ==, "\xf0\x9f\x98\x80|\\ud800");
  recorder_clear (&recorder);
}

static void
test_deep_nesting (void)
{
  Recorder recorder;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = g_malloc (100000);
  g_autofree char *opening = g_strnfill (511, '[');
  g_autofree char *closing = g_strnfill (511, ']');

  /* json-glib alone overflows the stack on this. */
  memset (text, '[', 100000);
  recorder_init (&recorder);
  g_assert_false (read_text (text, 100000, &recorder, NULL, &error));
  g_assert_error (error, ACCORD_IMPORT_ERROR, ACCORD_IMPORT_ERROR_MALFORMED);
  /* The 513th bracket is one too many. */
  g_assert_true (g_str_has_prefix (error->message, "export.json: line 1, column 513: "));
  g_assert_nonnull (strstr (error->message, "nested too deeply"));
  g_assert_cmpuint (recorder.rows->len, ==, 0);
  g_clear_error (&error);

  /* 512 levels are allowed: inside the top array, 511 more. */
  g_clear_pointer (&text, g_free);
  text = g_strdup_printf ("[%s%s]", opening, closing);
  recorder_clear (&recorder);
  recorder_init (&recorder);
  g_assert_true (read_text (text, -1, &recorder, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (recorder.skips->len, ==, 1);

  recorder_clear (&recorder);
}

static void
test_empty_array (void)
{
  Recorder recorder;
  g_autoptr(GError) error = NULL;

  recorder_init (&recorder);
  g_assert_true (read_text ("[ ]", -1, &recorder, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (recorder.header->len, ==, 0);
  g_assert_cmpuint (recorder.rows->len, ==, 0);
  g_assert_cmpuint (recorder.skips->len, ==, 0);

  recorder_clear (&recorder);
}

static void
test_cancel (void)
{
  Recorder recorder;
  g_autoptr(GError) error = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  const char *text = "[{\"a\": 1}, {\"a\": 2}, {\"a\": 3}]";

  recorder_init (&recorder);
  g_cancellable_cancel (cancellable);
  g_assert_false (read_text (text, -1, &recorder, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (recorder.header->len, ==, 0);
  g_clear_error (&error);
  recorder_clear (&recorder);

  /* Cancelled while the first record is handled: no second record. */
  g_clear_object (&cancellable);
  cancellable = g_cancellable_new ();
  recorder_init (&recorder);
  recorder.cancel_after_first = cancellable;
  g_assert_false (read_text (text, -1, &recorder, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (recorder.rows->len, ==, 1);
  recorder_clear (&recorder);
}

static void
test_handler_error (void)
{
  Recorder recorder;
  g_autoptr(GError) error = NULL;

  recorder_init (&recorder);
  recorder.fail_at_line = 2;
  g_assert_false (read_text ("[{\"a\": 1}, {\"a\": 2}, {\"a\": 3}]", -1, &recorder, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);
  g_assert_cmpstr (error->message, ==, "stop at 2");
  g_assert_cmpuint (recorder.rows->len, ==, 1);

  recorder_clear (&recorder);
}

/* A stream of @size spaces, or one that fails to read. */
#define TEST_TYPE_FILLER_STREAM (test_filler_stream_get_type ())
G_DECLARE_FINAL_TYPE (TestFillerStream, test_filler_stream, TEST, FILLER_STREAM, GInputStream)

struct _TestFillerStream
{
  GInputStream parent_instance;
  guint64      left;
  gboolean     fail;
};

G_DEFINE_FINAL_TYPE (TestFillerStream, test_filler_stream, G_TYPE_INPUT_STREAM)

static gssize
test_filler_stream_read (GInputStream  *stream,
                         void          *buffer,
                         gsize          count,
                         GCancellable  *cancellable,
                         GError       **error)
{
  TestFillerStream *self = TEST_FILLER_STREAM (stream);
  gsize n = MIN (count, self->left);

  if (self->fail)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED, "Permission denied");
      return -1;
    }

  memset (buffer, ' ', n);
  self->left -= n;
  return n;
}

static void
test_filler_stream_class_init (TestFillerStreamClass *klass)
{
  G_INPUT_STREAM_CLASS (klass)->read_fn = test_filler_stream_read;
}

static void
test_filler_stream_init (TestFillerStream *self)
{
}

static void
test_stream_errors (void)
{
  Recorder recorder;
  g_autoptr(GError) error = NULL;
  TestFillerStream *stream;

  recorder_init (&recorder);

  /* One byte over 256 MiB. */
  stream = g_object_new (TEST_TYPE_FILLER_STREAM, NULL);
  stream->left = 256 * 1024 * 1024 + 1;
  g_assert_false (accord_json_reader_read (G_INPUT_STREAM (stream), "huge.json", &recorder_handler,
                                           &recorder, NULL, &error));
  g_assert_error (error, ACCORD_IMPORT_ERROR, ACCORD_IMPORT_ERROR_FAILED);
  g_assert_cmpstr (error->message, ==,
                   "huge.json: too large for a JSON import (more than 256 MiB), export CSV instead");
  g_assert_finalize_object (stream);
  g_clear_error (&error);

  stream = g_object_new (TEST_TYPE_FILLER_STREAM, NULL);
  stream->fail = TRUE;
  g_assert_false (accord_json_reader_read (G_INPUT_STREAM (stream), "locked.json", &recorder_handler,
                                           &recorder, NULL, &error));
  g_assert_error (error, ACCORD_IMPORT_ERROR, ACCORD_IMPORT_ERROR_FAILED);
  g_assert_cmpstr (error->message, ==, "locked.json: Permission denied");
  g_assert_finalize_object (stream);

  g_assert_cmpuint (recorder.header->len, ==, 0);
  recorder_clear (&recorder);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/json-reader/flat-values", test_flat_values);
  g_test_add_func ("/core/json-reader/hubspot-page", test_hubspot_page);
  g_test_add_func ("/core/json-reader/hubspot-pages", test_hubspot_pages);
  g_test_add_func ("/core/json-reader/salesforce", test_salesforce);
  g_test_add_func ("/core/json-reader/malformed", test_malformed);
  g_test_add_func ("/core/json-reader/not-an-export", test_not_an_export);
  g_test_add_func ("/core/json-reader/bad-text", test_bad_text);
  g_test_add_func ("/core/json-reader/surrogate-pair", test_surrogate_pair);
  g_test_add_func ("/core/json-reader/deep-nesting", test_deep_nesting);
  g_test_add_func ("/core/json-reader/empty-array", test_empty_array);
  g_test_add_func ("/core/json-reader/cancel", test_cancel);
  g_test_add_func ("/core/json-reader/handler-error", test_handler_error);
  g_test_add_func ("/core/json-reader/stream-errors", test_stream_errors);

  return g_test_run ();
}
