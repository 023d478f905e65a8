/* accord-csv-reader.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-csv-reader"

#include "config.h"

#include "accord-csv-reader.h"

#include "accord-import-error.h"

#include <csv.h>
#include <glib/gi18n.h>
#include <string.h>

/* The stream is read in chunks of this size; a chunk may carry up to
 * HOLD_MAX bytes of an incomplete character over to the next one. */
#define CHUNK_SIZE (64 * 1024)
#define HOLD_MAX 4

/* Limits that keep memory bounded on hostile input. libcsv grows its field
 * buffer FIELD_BLOCK bytes at a time. */
#define FIELD_MAX (1024 * 1024)
#define FIELD_BLOCK (4 * 1024)
#define RECORD_MAX (4 * 1024 * 1024)
#define SHORT_FIELD 16

/* How many records of the first chunk the delimiter is sniffed from. */
#define SNIFF_RECORDS 50

typedef enum
{
  ENCODING_UTF8,
  ENCODING_UTF8_BOM,
  ENCODING_UTF16LE,
  ENCODING_UTF16BE,
  ENCODING_WINDOWS_1252,
} Encoding;

static const char * const encoding_names[] = {
  "UTF-8",
  "UTF-8 with BOM",
  "UTF-16LE",
  "UTF-16BE",
  "Windows-1252",
};

/* Windows-1252 bytes 0x80–0x9F; the five undefined ones become U+FFFD.
 * Bytes 0xA0–0xFF are the code points U+00A0–U+00FF. */
static const guint16 windows_1252_high[32] = {
  0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
  0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
};

struct _AccordCsvReader
{
  GInputStream *stream;
  char         *display_name;
  Encoding      encoding;
  char          delimiter[2];
  gboolean     *wanted;    /* per column: delivered; NULL: every column */
  guint         n_wanted;
};

/* The state of one accord_csv_reader_read(). */
typedef struct
{
  AccordCsvReader        *reader;
  const AccordRowHandler *handler;
  gpointer                user_data;
  struct csv_parser       parser;

  char                    eol;            /* the byte that ends a line */
  guint                   line;           /* the line being parsed */
  guint64                 position;       /* bytes read from the stream */
  gboolean                seen_multibyte; /* valid non-ASCII UTF-8 was read */
  char                   *converted;      /* UTF-8 made from another encoding */

  /* The record being collected: each field's bytes followed by a NUL in
   * @bytes, and where each field starts. Both are reused for every record. */
  char                   *bytes;
  gsize                   n_bytes;
  gsize                   bytes_size;
  gsize                  *starts;
  const char            **fields;
  guint                   n_fields;
  guint                   fields_size;
  guint                   record_line;
  guint                   long_column;    /* 1-based column of a field over FIELD_MAX, or 0 */
  guint                   long_line;      /* the line where that field begins */
  gboolean                too_big;        /* the record is over RECORD_MAX */

  /* Records are checked for NUL bytes only while a chunk that has them is
   * being parsed, and until the record open at its end is complete. */
  gboolean                chunk_clean;
  gboolean                check;

  guint                   n_records;      /* delivered or skipped */
  GError                 *error;
} Parse;

/**
 * accord_csv_reader_new:
 * @stream: the CSV bytes
 * @display_name: the file's name for error messages
 *
 * Creates a reader for one pass over @stream.
 *
 * Returns: (transfer full): a new reader
 */
AccordCsvReader *
accord_csv_reader_new (GInputStream *stream,
                       const char   *display_name)
{
  AccordCsvReader *self;

  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  self = g_new0 (AccordCsvReader, 1);
  self->stream = g_object_ref (stream);
  self->display_name = g_strdup (display_name);
  self->encoding = ENCODING_UTF8;
  self->delimiter[0] = ',';

  return self;
}

/**
 * accord_csv_reader_free:
 * @self: (transfer full): a reader
 *
 * Frees the reader and drops its reference on the stream.
 */
void
accord_csv_reader_free (AccordCsvReader *self)
{
  if (self == NULL)
    return;

  g_clear_object (&self->stream);
  g_free (self->display_name);
  g_free (self->wanted);
  g_free (self);
}

/**
 * accord_csv_reader_set_wanted_columns:
 * @wanted: (array length=n_wanted) (nullable): per column, whether its
 *   text is wanted; %NULL for every column
 *
 * Columns not wanted arrive as empty fields from the next record on; the
 * row handler may call this, after the header, once it knows what it
 * reads.
 */
void
accord_csv_reader_set_wanted_columns (AccordCsvReader *self,
                                      const gboolean  *wanted,
                                      guint            n_wanted)
{
  g_return_if_fail (self != NULL);

  g_clear_pointer (&self->wanted, g_free);
  self->n_wanted = 0;
  if (wanted != NULL)
    {
      self->wanted = g_memdup2 (wanted, n_wanted * sizeof (gboolean));
      self->n_wanted = n_wanted;
    }
}

/**
 * accord_csv_reader_get_encoding:
 * @self: a reader
 *
 * The encoding accord_csv_reader_read() found: "UTF-8", "UTF-8 with BOM",
 * "UTF-16LE", "UTF-16BE" or "Windows-1252". A file without a BOM whose
 * first non-ASCII bytes are not UTF-8 is Windows-1252 from there on.
 *
 * Returns: (transfer none): the encoding's name
 */
const char *
accord_csv_reader_get_encoding (AccordCsvReader *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return encoding_names[self->encoding];
}

/**
 * accord_csv_reader_get_delimiter:
 * @self: a reader
 *
 * The field delimiter accord_csv_reader_read() found: ",", ";", "\t" or "|".
 *
 * Returns: (transfer none): the delimiter
 */
const char *
accord_csv_reader_get_delimiter (AccordCsvReader *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->delimiter;
}

static gsize
encode_windows_1252 (guchar  c,
                     char   *out)
{
  gunichar u = c < 0xA0 ? windows_1252_high[c - 0x80] : c;

  if (u < 0x800)
    {
      out[0] = (char) (0xC0 | (u >> 6));
      out[1] = (char) (0x80 | (u & 0x3F));
      return 2;
    }

  out[0] = (char) (0xE0 | (u >> 12));
  out[1] = (char) (0x80 | ((u >> 6) & 0x3F));
  out[2] = (char) (0x80 | (u & 0x3F));
  return 3;
}

/* Returns how many bytes at the start of @s are ASCII, sixteen at a time. */
static gsize
count_ascii (const guchar *s,
             gsize         len)
{
  gsize i;

  for (i = 0; i + 16 <= len; i += 16)
    {
      guint64 words[2];

      memcpy (words, s + i, 16);
      if (((words[0] | words[1]) & G_GUINT64_CONSTANT (0x8080808080808080)) != 0)
        break;
    }
  while (i < len && s[i] < 0x80)
    i++;

  return i;
}

/* Returns how many bytes at the start of @s are valid UTF-8. Like
 * g_utf8_validate_len(), but NUL bytes are fine and it is several times
 * faster on mostly ASCII text: that took a tenth of the time spent reading
 * a CSV file of names like "Müller". */
static gsize
validate_utf8 (const guchar *s,
               gsize         len)
{
  gsize i = 0;

  for (;;)
    {
      guchar c;

      i += count_ascii (s + i, len - i);
      if (i == len)
        return len;

      c = s[i];
      if (c >= 0xC2 && c <= 0xDF)
        {
          if (i + 1 >= len || (s[i + 1] & 0xC0) != 0x80)
            return i;
          i += 2;
        }
      else if (c >= 0xE0 && c <= 0xEF)
        {
          guchar c1;

          if (i + 2 >= len)
            return i;
          /* No overlong forms, no surrogates. */
          c1 = s[i + 1];
          if (c == 0xE0 ? (c1 < 0xA0 || c1 > 0xBF)
              : c == 0xED ? (c1 < 0x80 || c1 > 0x9F)
              : (c1 & 0xC0) != 0x80)
            return i;
          if ((s[i + 2] & 0xC0) != 0x80)
            return i;
          i += 3;
        }
      else if (c >= 0xF0 && c <= 0xF4)
        {
          guchar c1;

          if (i + 3 >= len)
            return i;
          /* No overlong forms, nothing above U+10FFFF. */
          c1 = s[i + 1];
          if (c == 0xF0 ? (c1 < 0x90 || c1 > 0xBF)
              : c == 0xF4 ? (c1 < 0x80 || c1 > 0x8F)
              : (c1 & 0xC0) != 0x80)
            return i;
          if ((s[i + 2] & 0xC0) != 0x80 || (s[i + 3] & 0xC0) != 0x80)
            return i;
          i += 4;
        }
      else
        {
          return i;
        }
    }
}

/* Copies @in to @out, which has room for three bytes per input byte,
 * reading bytes that are not UTF-8 as Windows-1252: a file that mixes the
 * two. */
static gsize
repair_utf8 (const guchar *in,
             gsize         len,
             char         *out)
{
  char *o = out;
  gsize i = 0;

  while (i < len)
    {
      gsize valid = validate_utf8 (in + i, len - i);

      memcpy (o, in + i, valid);
      o += valid;
      i += valid;
      if (i < len)
        o += encode_windows_1252 (in[i++], o);
    }

  return o - out;
}

/* @out has room for three bytes per input byte. */
static gsize
convert_windows_1252 (const guchar *in,
                      gsize         len,
                      char         *out)
{
  char *o = out;
  gsize i = 0;

  while (i < len)
    {
      gsize ascii = count_ascii (in + i, len - i);

      memcpy (o, in + i, ascii);
      o += ascii;
      i += ascii;
      while (i < len && in[i] >= 0x80)
        o += encode_windows_1252 (in[i++], o);
    }

  return o - out;
}

static gunichar
read_utf16 (const guchar *in,
            gboolean      big_endian)
{
  return big_endian ? (gunichar) (in[0] << 8 | in[1]) : (gunichar) (in[1] << 8 | in[0]);
}

/* Converts UTF-16 to UTF-8 into @out, which has room for three bytes per
 * two input bytes, plus three. Unpaired surrogates become U+FFFD. Unless
 * @final, a last odd byte or high surrogate is left for the next chunk:
 * *@used says how much of @in was converted. */
static gsize
convert_utf16 (const guchar *in,
               gsize         len,
               gboolean      big_endian,
               gboolean      final,
               char         *out,
               gsize        *used)
{
  char *o = out;
  gsize i = 0;

  while (i + 2 <= len)
    {
      gunichar u = read_utf16 (in + i, big_endian);

      if (u < 0x80)
        {
          *o++ = (char) u;
          i += 2;
          continue;
        }

      if (u >= 0xD800 && u < 0xDC00)
        {
          gunichar low;

          if (i + 4 > len && !final)
            break;

          low = i + 4 <= len ? read_utf16 (in + i + 2, big_endian) : 0;
          if (low >= 0xDC00 && low < 0xE000)
            {
              u = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00);
              i += 2;
            }
          else
            {
              u = 0xFFFD;
            }
        }
      else if (u >= 0xDC00 && u < 0xE000)
        {
          u = 0xFFFD;
        }

      o += g_unichar_to_utf8 (u, o);
      i += 2;
    }

  if (final && i < len)
    {
      o += g_unichar_to_utf8 (0xFFFD, o);
      i = len;
    }

  *used = i;
  return o - out;
}

/* How many bytes at the end of @s begin a UTF-8 sequence that the next
 * chunk completes. */
static gsize
count_incomplete_utf8 (const guchar *s,
                       gsize         len)
{
  for (gsize i = 1; i <= MIN (len, 3); i++)
    {
      guchar c = s[len - i];
      gsize needed;

      if ((c & 0xC0) == 0x80)
        continue;
      if (c < 0xC0)
        return 0;

      needed = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
      return needed > i ? i : 0;
    }

  return 0;
}

static guint
count_eol (const char *s,
           gsize       len,
           char        eol)
{
  const char *end = s + len;
  guint n = 0;

  while ((s = memchr (s, eol, end - s)) != NULL)
    {
      n++;
      s++;
    }

  return n;
}

static void
set_error (Parse        *parse,
           GError      **error,
           gint          code,
           const char   *format,
           ...) G_GNUC_PRINTF (4, 5);

/* Sets @error to "<file name>: <message>". */
static void
set_error (Parse        *parse,
           GError      **error,
           gint          code,
           const char   *format,
           ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, ACCORD_IMPORT_ERROR, code, "%s: %s", parse->reader->display_name, message);
}

static void
report_skip (Parse      *parse,
             guint       line,
             const char *reason)
{
  parse->n_records++;
  if (parse->handler->skip != NULL)
    parse->handler->skip (line, reason, parse->user_data);
}

/* Skips the collected record if a field has a NUL byte. */
static gboolean
check_record (Parse *parse)
{
  for (guint i = 0; i < parse->n_fields; i++)
    {
      gsize end = i + 1 < parse->n_fields ? parse->starts[i + 1] : parse->n_bytes;

      if (memchr (parse->bytes + parse->starts[i], '\0', end - parse->starts[i] - 1) != NULL)
        {
          g_autofree char *reason = g_strdup_printf (_("column %u contains a NUL byte"), i + 1);

          report_skip (parse, parse->record_line, reason);
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
is_blank (const char *s)
{
  while (*s == ' ' || *s == '\t')
    s++;

  return *s == '\0';
}

static void
deliver_record (Parse *parse)
{
  if (parse->long_column != 0)
    {
      g_autofree char *reason = g_strdup_printf (_("a field in column %u is longer than 1 MiB"),
                                                 parse->long_column);

      report_skip (parse, parse->record_line, reason);
      return;
    }

  if (parse->too_big)
    {
      report_skip (parse, parse->record_line, _("the record is larger than 4 MiB"));
      return;
    }


  /* A line of spaces is as blank as an empty line, which libcsv skips. */
  if (parse->n_fields == 1 && is_blank (parse->bytes))
    return;

  for (guint i = 0; i < parse->n_fields; i++)
    parse->fields[i] = parse->bytes + parse->starts[i];

  if (parse->check && !check_record (parse))
    return;

  parse->n_records++;
  if (!parse->handler->row (parse->fields, parse->n_fields, parse->record_line,
                            parse->position, parse->user_data, &parse->error)
      && parse->error == NULL)
    set_error (parse, &parse->error, ACCORD_IMPORT_ERROR_FAILED,
               _("reading stopped at line %u"), parse->record_line);
}

static void
clear_record (Parse *parse)
{
  parse->n_fields = 0;
  parse->n_bytes = 0;
  parse->long_column = 0;
  parse->too_big = FALSE;
}

static void
grow_record (Parse *parse,
             gsize  n_bytes)
{
  if (n_bytes > parse->bytes_size)
    {
      parse->bytes_size = MAX (n_bytes, 2 * parse->bytes_size);
      parse->bytes = g_realloc (parse->bytes, parse->bytes_size);
    }

  if (parse->n_fields == parse->fields_size)
    {
      parse->fields_size = MAX (16, 2 * parse->fields_size);
      parse->starts = g_renew (gsize, parse->starts, parse->fields_size);
      parse->fields = g_renew (const char *, parse->fields, parse->fields_size);
    }
}

/* The field whose first @len bytes are @data, the next in the record, is
 * longer than FIELD_MAX: the record will be skipped. */
static void
note_long_field (Parse      *parse,
                 const char *data,
                 gsize       len)
{
  if (parse->long_column != 0)
    return;

  parse->long_column = parse->n_fields + 1;
  parse->long_line = parse->line - count_eol (data, len, parse->eol);
}

/* libcsv's field callback: copies the field into the record. */
static void
field_cb (void   *data,
          size_t  len,
          void   *user_data)
{
  Parse *parse = user_data;
  AccordCsvReader *reader = parse->reader;
  gsize n_bytes;

  if (G_UNLIKELY (len > FIELD_MAX))
    note_long_field (parse, data, len);

  if (G_UNLIKELY (parse->long_column != 0 || parse->too_big))
    {
      parse->n_fields++;
      return;
    }

  /* A column nobody reads arrives empty: copying a long note only for it
   * to be dropped would be most of the work. */
  if (reader->wanted != NULL &&
      (parse->n_fields >= reader->n_wanted || !reader->wanted[parse->n_fields]))
    len = 0;

  n_bytes = parse->n_bytes + len + 1;

  if (G_UNLIKELY (n_bytes + (parse->n_fields + 1) * 2 * sizeof (gpointer) > RECORD_MAX))
    {
      parse->too_big = TRUE;
      parse->n_fields++;
      return;
    }

  if (G_UNLIKELY (n_bytes + SHORT_FIELD > parse->bytes_size
                  || parse->n_fields == parse->fields_size))
    grow_record (parse, n_bytes + SHORT_FIELD);

  /* Most fields are short: copying a fixed size saves calling memcpy().
   * libcsv's buffer has FIELD_BLOCK bytes at least, so it can be read. */
  if (len <= SHORT_FIELD)
    memcpy (parse->bytes + parse->n_bytes, data, SHORT_FIELD);
  else
    memcpy (parse->bytes + parse->n_bytes, data, len);

  parse->starts[parse->n_fields++] = parse->n_bytes;
  parse->bytes[n_bytes - 1] = '\0';
  parse->n_bytes = n_bytes;
}

/* libcsv's record callback. */
static void
row_cb (int   c,
        void *user_data)
{
  Parse *parse = user_data;

  if (parse->error == NULL)
    deliver_record (parse);

  clear_record (parse);
  if (parse->chunk_clean)
    parse->check = FALSE;

  /* The next record begins on this line or a later one (see parse_text()). */
  parse->record_line = parse->line;
}

/* libcsv's buffer for one field may not grow much past FIELD_MAX: it then
 * stops with CSV_ENOMEM instead. It asks for room before it looks at the
 * byte that ends a field, so a field of FIELD_MAX needs one block more. */
static void *
realloc_field (void   *buffer,
               size_t  size)
{
  if (size > FIELD_MAX + FIELD_BLOCK)
    return NULL;

  return g_realloc (buffer, size);
}

/* libcsv stopped because a field outgrew its buffer. Note the field, and
 * empty the buffer: parsing goes on in the same quoting state, so the
 * record still ends where it should, and is skipped then. */
static void
drop_long_field (Parse *parse)
{
  note_long_field (parse, (const char *) parse->parser.entry_buf, parse->parser.entry_pos);
  parse->parser.entry_pos = 0;
  parse->parser.status = CSV_SUCCESS;
}

/* Feeds @text to libcsv one line at a time, so that the callbacks know on
 * which line they are. */
static void
parse_text (Parse      *parse,
            const char *text,
            gsize       len)
{
  const char *end = text + len;

  while (text < end && parse->error == NULL)
    {
      const char *eol = memchr (text, parse->eol, end - text);
      const char *stop = eol != NULL ? eol + 1 : end;
      gsize done = 0;

      while (done < (gsize) (stop - text))
        {
          done += csv_parse (&parse->parser, text + done, stop - text - done,
                             field_cb, row_cb, parse);
          if (done < (gsize) (stop - text))
            drop_long_field (parse);
        }

      /* With no record open at a line end, the next one begins on a later
       * line. A record is open if it has a field, or if a field has begun:
       * then the line end is in that field. libcsv tells neither where a
       * record begins nor which byte it is at. */
      if (eol != NULL)
        {
          parse->line++;
          if (parse->n_fields == 0 && parse->parser.entry_pos == 0 && parse->long_column == 0)
            parse->record_line = parse->line;
        }
      text = stop;
    }
}

/* Where @offset of the first chunk's @text is, as an editor counts. */
static void
locate (Parse      *parse,
        const char *text,
        gsize       offset,
        guint      *line,
        guint      *column)
{
  gsize line_start = 0;

  *line = 1;
  for (gsize i = 0; i < offset; i++)
    if (text[i] == parse->eol)
      {
        (*line)++;
        line_start = i + 1;
      }

  /* Count characters, not UTF-8 continuation bytes. */
  *column = 1;
  for (gsize i = line_start; i < offset; i++)
    if (((guchar) text[i] & 0xC0) != 0x80)
      (*column)++;
}

static gboolean
is_control (guchar c)
{
  return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F;
}

/* Refuses binary data in the first chunk. UTF-16 text has NUL bytes, so
 * there only the share of control characters counts. */
static gboolean
check_text (Parse       *parse,
            const char  *text,
            gsize        len,
            GError     **error)
{
  gboolean utf16 = parse->reader->encoding == ENCODING_UTF16LE
                   || parse->reader->encoding == ENCODING_UTF16BE;
  const char *nul = utf16 ? NULL : memchr (text, '\0', len);
  gsize n_control = 0;
  gsize first_control = 0;
  guint line, column;

  if (nul != NULL)
    {
      locate (parse, text, nul - text, &line, &column);
      set_error (parse, error, ACCORD_IMPORT_ERROR_NOT_TEXT,
                 _("not a text file (line %u, column %u has a NUL byte)"), line, column);
      return FALSE;
    }

  for (gsize i = 0; i < len; i++)
    if (is_control (text[i]) && n_control++ == 0)
      first_control = i;

  /* Text may hold the odd form feed; one byte in twenty is binary data. */
  if (n_control * 20 > len)
    {
      locate (parse, text, first_control, &line, &column);
      set_error (parse, error, ACCORD_IMPORT_ERROR_NOT_TEXT,
                 _("not a text file (too many control characters, the first at line %u, column %u)"),
                 line, column);
      return FALSE;
    }

  return TRUE;
}

/* Counts @delim in each of the first records of @text outside quotes.
 * Returns how many records have as many as the first, and sets *@in_header
 * to the first's count. */
static guint
count_delimiter (const char *text,
                 gsize       len,
                 gboolean    complete,
                 char        delim,
                 guint      *in_header)
{
  guint records = 0;
  guint consistent = 0;
  guint count = 0;
  gboolean quoted = FALSE;
  gboolean field_start = TRUE;
  gboolean empty = TRUE;

  *in_header = 0;
  for (gsize i = 0; i < len && records < SNIFF_RECORDS; i++)
    {
      char c = text[i];

      if (quoted)
        {
          if (c == '"' && i + 1 < len && text[i + 1] == '"')
            i++;
          else if (c == '"')
            quoted = FALSE;
          continue;
        }

      if (c == '\n' || c == '\r')
        {
          if (!empty)
            {
              if (records++ == 0)
                *in_header = count;
              if (count == *in_header)
                consistent++;
            }
          count = 0;
          field_start = TRUE;
          empty = TRUE;
          continue;
        }

      empty = FALSE;
      if (c == '"' && field_start)
        quoted = TRUE;
      if (c == delim)
        count++;
      field_start = c == delim;
    }

  /* The last record counts if it is complete, or if it is all there is. */
  if (!empty && records < SNIFF_RECORDS && (complete || records == 0))
    {
      if (records == 0)
        *in_header = count;
      if (count == *in_header)
        consistent++;
    }

  return consistent;
}

/* Picks the delimiter that splits the most records like the header, and
 * of those the one that splits the header most often. */
static char
sniff_delimiter (const char *text,
                 gsize       len,
                 gboolean    complete)
{
  static const char candidates[] = { ',', ';', '\t', '|' };
  char best = ',';
  guint best_consistent = 0;
  guint best_in_header = 0;

  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    {
      guint in_header;
      guint consistent = count_delimiter (text, len, complete, candidates[i], &in_header);

      if (in_header == 0)
        continue;

      if (consistent > best_consistent
          || (consistent == best_consistent && in_header > best_in_header))
        {
          best = candidates[i];
          best_consistent = consistent;
          best_in_header = in_header;
        }
    }

  return best;
}

/* Excel's "sep=;" first line names the delimiter. Returns its length with
 * the line end, or 0. */
static gsize
read_sep_line (const char *text,
               gsize       len,
               char       *delim)
{
  gsize i = 5;

  if (len < 5 || g_ascii_strncasecmp (text, "sep=", 4) != 0
      || strchr (",;\t|", text[4]) == NULL || text[4] == '\0'
      || (len > 5 && text[5] != '\r' && text[5] != '\n'))
    return 0;

  *delim = text[4];
  if (i < len && text[i] == '\r')
    i++;
  if (i < len && text[i] == '\n')
    i++;

  return i;
}

/* Looks at the first chunk's text: refuses binary data, finds the line
 * end and the delimiter, and skips a "sep=" line. */
static gboolean
begin (Parse       *parse,
       char       **text,
       gsize       *len,
       gboolean     complete,
       GError     **error)
{
  AccordCsvReader *reader = parse->reader;
  gsize sep_len;

  /* Old Mac files end lines with CR alone. */
  parse->eol = memchr (*text, '\n', *len) == NULL && memchr (*text, '\r', *len) != NULL ? '\r' : '\n';

  if (!check_text (parse, *text, *len, error))
    return FALSE;

  sep_len = read_sep_line (*text, *len, &reader->delimiter[0]);
  if (sep_len > 0)
    {
      parse->line += count_eol (*text, sep_len, parse->eol);
      parse->record_line = parse->line;
      *text += sep_len;
      *len -= sep_len;
    }
  else
    {
      reader->delimiter[0] = sniff_delimiter (*text, *len, complete);
    }

  csv_set_delim (&parse->parser, (unsigned char) reader->delimiter[0]);
  return TRUE;
}

/* Finds a byte order mark at the start of the stream. Returns its length. */
static gsize
read_bom (AccordCsvReader *self,
          const guchar    *raw,
          gsize            len)
{
  if (len >= 3 && raw[0] == 0xEF && raw[1] == 0xBB && raw[2] == 0xBF)
    {
      self->encoding = ENCODING_UTF8_BOM;
      return 3;
    }
  if (len >= 2 && raw[0] == 0xFF && raw[1] == 0xFE)
    {
      self->encoding = ENCODING_UTF16LE;
      return 2;
    }
  if (len >= 2 && raw[0] == 0xFE && raw[1] == 0xFF)
    {
      self->encoding = ENCODING_UTF16BE;
      return 2;
    }

  self->encoding = ENCODING_UTF8;
  return 0;
}

static char *
ensure_converted (Parse *parse)
{
  if (parse->converted == NULL)
    parse->converted = g_malloc (3 * (CHUNK_SIZE + HOLD_MAX) + 4);

  return parse->converted;
}

/* Turns @raw into UTF-8 text for libcsv, in place where it is UTF-8
 * already. Sets *@keep to the bytes at the end that begin a character the
 * next chunk completes. */
static char *
decode_chunk (Parse    *parse,
              guchar   *raw,
              gsize     len,
              gboolean  final,
              gsize    *text_len,
              gsize    *keep)
{
  AccordCsvReader *reader = parse->reader;
  gsize used;

  if (reader->encoding == ENCODING_UTF8 || reader->encoding == ENCODING_UTF8_BOM)
    {
      gsize n = final ? len : len - count_incomplete_utf8 (raw, len);
      gsize ascii = count_ascii (raw, n);
      gsize valid = ascii + validate_utf8 (raw + ascii, n - ascii);

      if (valid > ascii)
        parse->seen_multibyte = TRUE;

      *keep = len - n;
      if (valid == n)
        {
          *text_len = n;
          return (char *) raw;
        }

      /* Without a BOM and before any UTF-8 letter, bytes that are not UTF-8
       * mean the file was saved in Excel's ANSI code page. After one, the
       * file mixes the two. */
      if (reader->encoding == ENCODING_UTF8_BOM || parse->seen_multibyte)
        {
          *text_len = repair_utf8 (raw, n, ensure_converted (parse));
          return parse->converted;
        }

      reader->encoding = ENCODING_WINDOWS_1252;
    }

  if (reader->encoding == ENCODING_WINDOWS_1252)
    {
      *keep = 0;
      *text_len = convert_windows_1252 (raw, len, ensure_converted (parse));
      return parse->converted;
    }

  *text_len = convert_utf16 (raw, len, reader->encoding == ENCODING_UTF16BE, final,
                             ensure_converted (parse), &used);
  *keep = len - used;
  return parse->converted;
}

/* The end of the stream: the last record may lack its line end, or be an
 * unterminated quoted field. */
static void
finish (Parse *parse)
{
  g_autofree char *reason = NULL;
  guint column;
  guint field_line;

  /* Strict mode only for csv_fini(): a stray quote inside a field is fine,
   * a quoted field without its closing quote is not. */
  csv_set_opts (&parse->parser, csv_get_opts (&parse->parser) | CSV_STRICT | CSV_STRICT_FINI);
  if (csv_fini (&parse->parser, field_cb, row_cb, parse) == 0)
    return;

  /* csv_fini() failed before calling back: the field is still in libcsv's
   * buffer, unless it was dropped for being too long. */
  column = parse->n_fields + 1;
  field_line = parse->long_line;
  if (parse->long_column != column)
    field_line = parse->line - count_eol ((const char *) parse->parser.entry_buf,
                                          parse->parser.entry_pos, parse->eol);

  reason = g_strdup_printf (_("unterminated quoted field beginning at line %u, column %u"),
                            field_line, column);
  report_skip (parse, parse->record_line, reason);
  clear_record (parse);
}

static void
read_stream (Parse        *parse,
             GCancellable *cancellable)
{
  AccordCsvReader *reader = parse->reader;
  g_autofree guchar *raw = g_malloc (HOLD_MAX + CHUNK_SIZE);
  gsize held = 0;
  gboolean first = TRUE;
  gboolean eof = FALSE;

  while (!eof && parse->error == NULL)
    {
      g_autoptr(GError) local_error = NULL;
      char *text;
      gsize n_read;
      gsize text_len;
      gsize keep;
      gsize bom = 0;

      if (g_cancellable_set_error_if_cancelled (cancellable, &parse->error))
        return;

      if (!g_input_stream_read_all (reader->stream, raw + held, CHUNK_SIZE, &n_read,
                                    cancellable, &local_error))
        {
          if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
            g_propagate_error (&parse->error, g_steal_pointer (&local_error));
          else
            set_error (parse, &parse->error, ACCORD_IMPORT_ERROR_FAILED, "%s", local_error->message);
          return;
        }

      eof = n_read < CHUNK_SIZE;
      parse->position += n_read;

      if (first)
        bom = read_bom (reader, raw, n_read);

      text = decode_chunk (parse, raw + bom, held + n_read - bom, eof, &text_len, &keep);

      if (first && !begin (parse, &text, &text_len, eof, &parse->error))
        return;
      first = FALSE;

      parse->chunk_clean = memchr (text, '\0', text_len) == NULL;
      if (!parse->chunk_clean)
        parse->check = TRUE;

      parse_text (parse, text, text_len);

      memmove (raw, raw + held + n_read - keep, keep);
      held = keep;
    }

  if (parse->error == NULL)
    finish (parse);
}

/**
 * accord_csv_reader_read:
 * @self: a reader
 * @handler: what to call for each record
 * @user_data: data for @handler
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Reads the stream to its end and hands each record to @handler, the
 * header first: fields are UTF-8, an empty field is an empty string (never
 * %NULL), and a line of nothing but spaces is skipped like a blank line.
 * A record's line is where it begins in the file, counting blank lines and
 * a "sep=" line. Records that cannot be read (a field over 1 MiB, a record
 * over 4 MiB, a NUL byte, a quoted field without its closing quote at the
 * end) go to @handler's skip, with a reason that names the column.
 * Afterwards accord_csv_reader_get_encoding() and
 * accord_csv_reader_get_delimiter() say what was found.
 *
 * A file that is empty or not text, or a stream that cannot be read, is an
 * error in %ACCORD_IMPORT_ERROR; an error from @handler's row is returned
 * as it is.
 *
 * Returns: %TRUE if the whole stream was read
 */
gboolean
accord_csv_reader_read (AccordCsvReader        *self,
                        const AccordRowHandler *handler,
                        gpointer                user_data,
                        GCancellable           *cancellable,
                        GError                **error)
{
  Parse parse = { 0 };

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (handler != NULL && handler->row != NULL, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  parse.reader = self;
  parse.handler = handler;
  parse.user_data = user_data;
  parse.line = 1;
  parse.record_line = 1;

  csv_init (&parse.parser, 0);
  csv_set_realloc_func (&parse.parser, realloc_field);
  csv_set_blk_size (&parse.parser, FIELD_BLOCK);

  read_stream (&parse, cancellable);

  if (parse.error == NULL && parse.n_records == 0)
    set_error (&parse, &parse.error, ACCORD_IMPORT_ERROR_EMPTY, _("the file is empty"));

  csv_free (&parse.parser);
  g_free (parse.converted);
  g_free (parse.bytes);
  g_free (parse.starts);
  g_free (parse.fields);

  if (parse.error != NULL)
    {
      g_propagate_error (error, parse.error);
      return FALSE;
    }

  return TRUE;
}
