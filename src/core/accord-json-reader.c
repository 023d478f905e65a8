/* accord-json-reader.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-json-reader"

#include "config.h"

#include "accord-json-reader.h"
#include "accord-import-error.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

/* json-glib's tree takes several times the size of the text; exports
 * larger than this belong in CSV, which is read as a stream. */
#define MAX_JSON_SIZE (256u * 1024 * 1024)

/* json-glib parses recursively and overflows the stack on very deep input
 * (100,000 levels crash it); CRM records need four levels. */
#define MAX_DEPTH 512

#define READ_SIZE (64 * 1024)

typedef enum
{
  SHAPE_FLAT,        /* an array of records */
  SHAPE_HUBSPOT,     /* { "results": [ { "id", "properties": { … } } ] } */
  SHAPE_SALESFORCE,  /* { "records": [ { "attributes", "Id", … } ] } */
} Shape;

typedef struct
{
  JsonArray *records;
  Shape      shape;
} Page;

/* The columns found so far, and the row being filled. */
typedef struct
{
  GPtrArray   *header;    /* column names, NULL-terminated */
  GHashTable  *columns;   /* column name → index + 1 */
  GString     *key;       /* a flattened name, "Owner.Name" */
  const char **fields;    /* the row */
  GArray      *filled;    /* indexes set in the row */
  GPtrArray   *scratch;   /* strings made for the row */
} Table;

typedef void (*VisitFunc) (Table      *table,
                           const char *name,
                           JsonNode   *value);

static void
table_clear (Table *table)
{
  g_clear_pointer (&table->columns, g_hash_table_unref);
  g_clear_pointer (&table->header, g_ptr_array_unref);
  if (table->key != NULL)
    g_string_free (g_steal_pointer (&table->key), TRUE);
  g_clear_pointer (&table->fields, g_free);
  g_clear_pointer (&table->filled, g_array_unref);
  g_clear_pointer (&table->scratch, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Table, table_clear)

/* Where byte @offset of @data is, in lines and characters from 1. */
/**
 * accord_json_locate:
 * @data: JSON text
 * @offset: a byte offset into @data
 * @line: (out): the line of @offset, from 1
 * @column: (out): its column, in characters, from 1
 */
void
accord_json_locate (const char *data,
                    gsize       offset,
                    guint      *line,
                    guint      *column)
{
  *line = 1;
  *column = 1;

  for (gsize i = 0; i < offset; i++)
    {
      if (data[i] == '\n')
        {
          (*line)++;
          *column = 1;
        }
      else if (((guchar) data[i] & 0xc0) != 0x80)
        {
          (*column)++;
        }
    }
}

static void
set_error_at (GError     **error,
              int          code,
              const char  *display_name,
              const char  *data,
              gsize        offset,
              const char  *what)
{
  guint line, column;

  accord_json_locate (data, offset, &line, &column);
  g_set_error (error, ACCORD_IMPORT_ERROR, code,
               _("%s: line %u, column %u: %s"), display_name, line, column, what);
}

/* json-glib reports "<data>:LINE:COLUMN: message", the column in bytes. */
static gboolean
parse_parser_message (const char  *message,
                      guint64     *line,
                      guint64     *byte_column,
                      const char **text)
{
  char *end = NULL;

  if (!g_str_has_prefix (message, "<data>:"))
    return FALSE;

  *line = g_ascii_strtoull (message + strlen ("<data>:"), &end, 10);
  if (*end != ':')
    return FALSE;

  *byte_column = g_ascii_strtoull (end + 1, &end, 10);
  if (!g_str_has_prefix (end, ": "))
    return FALSE;

  *text = end + strlen (": ");
  return TRUE;
}

static void
set_parse_error (GError       **error,
                 const char    *display_name,
                 const char    *data,
                 gsize          length,
                 const GError  *parse_error)
{
  guint64 line, byte_column;
  const char *text;
  gsize offset = 0;

  if (!parse_parser_message (parse_error->message, &line, &byte_column, &text))
    {
      g_set_error (error, ACCORD_IMPORT_ERROR, ACCORD_IMPORT_ERROR_MALFORMED,
                   "%s: %s", display_name, parse_error->message);
      return;
    }

  /* Back to a byte offset, so that the message counts characters. */
  for (guint64 current = 1; current < line && offset < length; offset++)
    {
      if (data[offset] == '\n')
        current++;
    }
  if (byte_column > 0)
    offset = MIN (length, offset + byte_column - 1);

  set_error_at (error, ACCORD_IMPORT_ERROR_MALFORMED, display_name, data, offset, text);
}

/**
 * accord_json_scan_nesting:
 * @data: JSON text
 * @length: its length in bytes
 * @max_depth: how deeply arrays and objects may nest
 * @root_end: (out) (optional): set past the bracket that closes the first
 *   array or object, or to 0 when there is none
 *
 * json-glib's parser recurses once per level and overflows the stack on
 * deep data: callers refuse such data before parsing it.
 *
 * Returns: the offset of the first bracket deeper than @max_depth, or -1
 */
gssize
accord_json_scan_nesting (const char *data,
                          gsize       length,
                          guint       max_depth,
                          gsize      *root_end)
{
  guint depth = 0;
  gboolean in_string = FALSE;
  gsize first_end = 0;

  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];

      if (in_string)
        {
          if (c == '\\')
            i++;
          else if (c == '"')
            in_string = FALSE;
          continue;
        }

      switch (c)
        {
        case '"':
          in_string = TRUE;
          break;

        case '[':
        case '{':
          if (++depth > max_depth)
            return (gssize) i;
          break;

        case ']':
        case '}':
          if (depth > 0 && --depth == 0 && first_end == 0)
            first_end = i + 1;
          break;

        default:
          break;
        }
    }

  if (root_end != NULL)
    *root_end = first_end;
  return -1;
}

/* The UTF-16 unit of the escape "\uXXXX" at @at, or -1. */
static int
read_escaped_unit (const char *data,
                   gsize       length,
                   gsize       at)
{
  int unit = 0;

  if (at + 6 > length || data[at] != '\\' || data[at + 1] != 'u')
    return -1;

  for (guint i = 2; i < 6; i++)
    {
      int digit = g_ascii_xdigit_value (data[at + i]);

      if (digit < 0)
        return -1;
      unit = unit * 16 + digit;
    }

  return unit;
}

/**
 * accord_json_find_bad_escape:
 * @data: (array length=length): JSON text
 * @length: its length in bytes
 *
 * Finds a "\u" escape that is not four hex digits, or that is half of a
 * UTF-16 surrogate pair on its own ("\uD800"). json-glib accepts both and
 * turns them into bytes that are not UTF-8, which nothing after it
 * expects (and which it refuses to read back).
 *
 * Returns: the byte offset of the first such escape, or -1
 */
gssize
accord_json_find_bad_escape (const char *data,
                             gsize       length)
{
  gboolean in_string = FALSE;

  for (gsize i = 0; i < length; i++)
    {
      int unit;

      if (data[i] == '"')
        in_string = !in_string;
      if (!in_string || data[i] != '\\')
        continue;

      if (i + 1 < length && data[i + 1] == 'u')
        {
          unit = read_escaped_unit (data, length, i);
          if (unit < 0 || (unit >= 0xdc00 && unit <= 0xdfff))
            return (gssize) i;
          if (unit >= 0xd800 && unit <= 0xdbff)
            {
              int low = read_escaped_unit (data, length, i + 6);

              if (low < 0xdc00 || low > 0xdfff)
                return (gssize) i;
              i += 6;
            }
        }
      /* Past the escaped character: an escaped quote ends nothing. */
      i++;
    }

  return -1;
}

/**
 * accord_json_describe_bad_escape:
 * @data: (array length=length): JSON text
 * @length: its length in bytes
 * @offset: what accord_json_find_bad_escape() returned
 *
 * Returns: (transfer full): why the escape at @offset is refused
 */
char *
accord_json_describe_bad_escape (const char *data,
                                 gsize       length,
                                 gsize       offset)
{
  /* The escape as written, without reading past the data's end. */
  int shown = (int) MIN (6, length - offset);

  return g_strdup_printf (_("“%.*s” is not a valid character escape"), shown, data + offset);
}

static gboolean
check_nesting (const char  *data,
               gsize        length,
               const char  *display_name,
               gsize       *root_end,
               GError     **error)
{
  gssize too_deep = accord_json_scan_nesting (data, length, MAX_DEPTH, root_end);
  g_autofree char *what = NULL;

  if (too_deep < 0)
    return TRUE;

  what = g_strdup_printf (_("nested too deeply (more than %u levels)"), MAX_DEPTH);
  set_error_at (error, ACCORD_IMPORT_ERROR_MALFORMED, display_name, data, too_deep, what);
  return FALSE;
}

static gboolean
is_blank (const char *data,
          gsize       length)
{
  for (gsize i = 0; i < length; i++)
    {
      if (!g_ascii_isspace (data[i]))
        return FALSE;
    }

  return TRUE;
}

/**
 * accord_json_reader_parse:
 * @data: (array length=length): the text of a JSON file
 * @length: its length in bytes
 * @display_name: the file's name, for messages
 * @error: return location for an %ACCORD_IMPORT_ERROR
 *
 * Parses JSON safely: the text must be UTF-8 (a byte order mark is
 * allowed), nest at most 512 levels deep and hold one document. Errors
 * name the file, line and column: %ACCORD_IMPORT_ERROR_EMPTY,
 * %ACCORD_IMPORT_ERROR_NOT_TEXT or %ACCORD_IMPORT_ERROR_MALFORMED.
 *
 * Returns: (transfer full) (nullable): the document's root, or %NULL on error
 */
JsonNode *
accord_json_reader_parse (const char  *data,
                          gsize        length,
                          const char  *display_name,
                          GError     **error)
{
  const char *end;
  gsize root_end;
  gssize bad_escape;
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) parse_error = NULL;
  JsonNode *root;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    {
      data += 3;
      length -= 3;
    }

  if (!g_utf8_validate_len (data, length, &end))
    {
      set_error_at (error, ACCORD_IMPORT_ERROR_NOT_TEXT, display_name, data, end - data,
                    _("the file is not UTF-8 text"));
      return NULL;
    }

  if (is_blank (data, length))
    {
      g_set_error (error, ACCORD_IMPORT_ERROR, ACCORD_IMPORT_ERROR_EMPTY,
                   _("%s: the file is empty"), display_name);
      return NULL;
    }

  if (!check_nesting (data, length, display_name, &root_end, error))
    return NULL;

  bad_escape = accord_json_find_bad_escape (data, length);
  if (bad_escape >= 0)
    {
      g_autofree char *what = accord_json_describe_bad_escape (data, length, bad_escape);

      set_error_at (error, ACCORD_IMPORT_ERROR_NOT_TEXT, display_name, data, bad_escape, what);
      return NULL;
    }

  /* json-glib reads every value of "[1] [2]" and leaks all but the last:
   * it sees the first only, and what follows is checked below. */
  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, data, root_end > 0 ? root_end : length, &parse_error))
    {
      set_parse_error (error, display_name, data, length, parse_error);
      return NULL;
    }

  /* Only white space may follow the first array or object. */
  for (gsize i = root_end; root_end > 0 && i < length; i++)
    {
      if (!g_ascii_isspace (data[i]))
        {
          set_error_at (error, ACCORD_IMPORT_ERROR_MALFORMED, display_name, data, i,
                        _("unexpected text after the end of the JSON data"));
          return NULL;
        }
    }

  root = json_parser_steal_root (parser);
  if (root == NULL)
    {
      g_set_error (error, ACCORD_IMPORT_ERROR, ACCORD_IMPORT_ERROR_EMPTY,
                   _("%s: the file is empty"), display_name);
      return NULL;
    }

  return root;
}

/* The whole stream, up to one byte more than MAX_JSON_SIZE. */
static GByteArray *
read_all (GInputStream  *stream,
          const char    *display_name,
          GCancellable  *cancellable,
          GError       **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();

  for (;;)
    {
      guint len = bytes->len;
      gsize wanted = MIN (READ_SIZE, MAX_JSON_SIZE + 1 - len);
      g_autoptr(GError) local_error = NULL;
      gssize n_read;

      g_byte_array_set_size (bytes, len + wanted);
      n_read = g_input_stream_read (stream, bytes->data + len, wanted, cancellable, &local_error);
      if (n_read < 0)
        {
          if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
            g_propagate_error (error, g_steal_pointer (&local_error));
          else
            g_set_error (error, ACCORD_IMPORT_ERROR, ACCORD_IMPORT_ERROR_FAILED,
                         "%s: %s", display_name, local_error->message);
          return NULL;
        }

      g_byte_array_set_size (bytes, len + n_read);
      if (n_read == 0)
        return g_steal_pointer (&bytes);

      if (bytes->len > MAX_JSON_SIZE)
        {
          g_set_error (error, ACCORD_IMPORT_ERROR, ACCORD_IMPORT_ERROR_FAILED,
                       _("%s: too large for a JSON import (more than %u MiB), export CSV instead"),
                       display_name, MAX_JSON_SIZE / (1024 * 1024));
          return NULL;
        }
    }
}

/* A HubSpot or Salesforce page of records; several pages may be saved
 * together in an array. */
static gboolean
get_page (JsonNode *node,
          Page     *page)
{
  JsonObject *object;
  JsonNode *records;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return FALSE;

  object = json_node_get_object (node);

  records = json_object_get_member (object, "results");
  if (records != NULL && JSON_NODE_HOLDS_ARRAY (records))
    {
      page->records = json_node_get_array (records);
      page->shape = SHAPE_HUBSPOT;
      return TRUE;
    }

  records = json_object_get_member (object, "records");
  if (records != NULL && JSON_NODE_HOLDS_ARRAY (records))
    {
      page->records = json_node_get_array (records);
      page->shape = SHAPE_SALESFORCE;
      return TRUE;
    }

  return FALSE;
}

static gboolean
collect_pages (JsonNode *root,
               GArray   *pages)
{
  Page page;
  JsonArray *array;

  if (JSON_NODE_HOLDS_OBJECT (root))
    {
      if (!get_page (root, &page))
        return FALSE;
      g_array_append_val (pages, page);
      return TRUE;
    }

  if (!JSON_NODE_HOLDS_ARRAY (root))
    return FALSE;

  /* An array of pages only if every element is one. */
  array = json_node_get_array (root);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      if (!get_page (json_array_get_element (array, i), &page))
        {
          g_array_set_size (pages, 0);
          break;
        }
      g_array_append_val (pages, page);
    }

  if (pages->len == 0)
    {
      page.records = array;
      page.shape = SHAPE_FLAT;
      g_array_append_val (pages, page);
    }

  return TRUE;
}

/* The shortest text that reads back as the same number: 0.1, not
 * 0.10000000000000001. */
static char *
format_double (double value)
{
  static const char * const formats[] = { "%.15g", "%.16g", "%.17g" };
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_ascii_formatd (buffer, sizeof buffer, formats[i], value);
      if (g_ascii_strtod (buffer, NULL) == value)
        break;
    }

  return g_strdup (buffer);
}

/* A value as a cell's text: NULL for null, and for arrays and objects,
 * which are no column's value. */
static const char *
format_value (JsonNode  *node,
              GPtrArray *scratch)
{
  char *text;

  if (!JSON_NODE_HOLDS_VALUE (node))
    return NULL;

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return json_node_get_string (node);

    case G_TYPE_BOOLEAN:
      return json_node_get_boolean (node) ? "true" : "false";

    case G_TYPE_INT64:
      text = g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
      break;

    case G_TYPE_DOUBLE:
      /* json-glib reads 1e400 as infinity. */
      if (!isfinite (json_node_get_double (node)))
        return NULL;
      text = format_double (json_node_get_double (node));
      break;

    default:
      return NULL;
    }

  g_ptr_array_add (scratch, text);
  return text;
}

static void
collect_column (Table      *table,
                const char *name,
                JsonNode   *value)
{
  char *column;

  if (g_hash_table_contains (table->columns, name))
    return;

  column = g_strdup (name);
  g_ptr_array_add (table->header, column);
  g_hash_table_insert (table->columns, column, GUINT_TO_POINTER (table->header->len));
}

static void
fill_field (Table      *table,
            const char *name,
            JsonNode   *value)
{
  guint index = GPOINTER_TO_UINT (g_hash_table_lookup (table->columns, name));

  /* The header pass saw every name, so index is never 0. */
  if (index == 0)
    return;

  index--;
  table->fields[index] = format_value (value, table->scratch);
  g_array_append_val (table->filled, index);
}

/* Nested objects flatten one level with a dot: Salesforce's
 * "Owner": { "Name": … } is the column "Owner.Name". Salesforce's
 * "attributes" (type and URL of each record) are no data. */
static void
visit_members (Table      *table,
               JsonObject *object,
               Shape       shape,
               VisitFunc   visit)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &name, &node))
    {
      JsonObjectIter inner_iter;
      const char *inner_name;
      JsonNode *inner_node;

      if (shape == SHAPE_SALESFORCE && strcmp (name, "attributes") == 0)
        continue;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          visit (table, name, node);
          continue;
        }

      json_object_iter_init_ordered (&inner_iter, json_node_get_object (node));
      while (json_object_iter_next_ordered (&inner_iter, &inner_name, &inner_node))
        {
          if (shape == SHAPE_SALESFORCE && strcmp (inner_name, "attributes") == 0)
            continue;

          g_string_assign (table->key, name);
          g_string_append_c (table->key, '.');
          g_string_append (table->key, inner_name);
          visit (table, table->key->str, inner_node);
        }
    }
}

/* A HubSpot record's row is its properties, with its id as
 * "hs_object_id" when the properties lack it. */
static void
visit_hubspot_record (Table      *table,
                      JsonObject *record,
                      VisitFunc   visit)
{
  JsonNode *properties = json_object_get_member (record, "properties");
  JsonNode *id = json_object_get_member (record, "id");
  JsonNode *object_id = NULL;

  if (properties != NULL && JSON_NODE_HOLDS_OBJECT (properties))
    {
      visit_members (table, json_node_get_object (properties), SHAPE_HUBSPOT, visit);
      object_id = json_object_get_member (json_node_get_object (properties), "hs_object_id");
    }

  if (id != NULL && (object_id == NULL || JSON_NODE_HOLDS_NULL (object_id)))
    visit (table, "hs_object_id", id);
}

static void
visit_record (Table      *table,
              const Page *page,
              JsonObject *record,
              VisitFunc   visit)
{
  if (page->shape == SHAPE_HUBSPOT)
    visit_hubspot_record (table, record, visit);
  else
    visit_members (table, record, page->shape, visit);
}

/**
 * accord_json_reader_read:
 * @stream: a JSON export
 * @display_name: the file's name, for messages
 * @handler: what to call for the header and for each record
 * @user_data: data for @handler
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for an error
 *
 * Reads an array of flat records, HubSpot API pages (`{ "results": … }`,
 * or an array of them) or a Salesforce query result (`{ "records": … }`).
 * The header, delivered first as line 0, is the union of the records'
 * names in the order first seen; each record then comes as one row (line
 * = its position from 1) with its values as text: numbers, and booleans
 * as "true" or "false"; NULL where a value is null, absent, an array or
 * nested deeper than one flattened level. A record that is not an object
 * is skipped. Files over 256 MiB are refused.
 *
 * Returns: %TRUE when the whole file was read
 */
gboolean
accord_json_reader_read (GInputStream            *stream,
                         const char              *display_name,
                         const AccordRowHandler  *handler,
                         gpointer                 user_data,
                         GCancellable            *cancellable,
                         GError                 **error)
{
  g_autoptr(GByteArray) bytes = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GArray) pages = NULL;
  g_auto(Table) table = { NULL, };
  guint64 total;
  guint n_records = 0;
  guint line = 0;

  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (display_name != NULL, FALSE);
  g_return_val_if_fail (handler != NULL && handler->row != NULL, FALSE);

  bytes = read_all (stream, display_name, cancellable, error);
  if (bytes == NULL)
    return FALSE;
  total = bytes->len;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  root = accord_json_reader_parse ((const char *) bytes->data, bytes->len, display_name, error);
  if (root == NULL)
    return FALSE;
  g_clear_pointer (&bytes, g_byte_array_unref);

  pages = g_array_new (FALSE, FALSE, sizeof (Page));
  if (!collect_pages (root, pages))
    {
      g_set_error (error, ACCORD_IMPORT_ERROR, ACCORD_IMPORT_ERROR_MALFORMED,
                   _("%s: not a CRM export: expected an array of records, "
                     "HubSpot “results” or Salesforce “records”"),
                   display_name);
      return FALSE;
    }

  table.header = g_ptr_array_new_null_terminated (16, g_free, TRUE);
  table.columns = g_hash_table_new (g_str_hash, g_str_equal);
  table.key = g_string_new (NULL);
  table.filled = g_array_new (FALSE, FALSE, sizeof (guint));
  table.scratch = g_ptr_array_new_with_free_func (g_free);

  for (guint p = 0; p < pages->len; p++)
    {
      const Page *page = &g_array_index (pages, Page, p);

      for (guint i = 0; i < json_array_get_length (page->records); i++)
        {
          JsonNode *record = json_array_get_element (page->records, i);

          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            return FALSE;

          n_records++;
          if (JSON_NODE_HOLDS_OBJECT (record))
            visit_record (&table, page, json_node_get_object (record), collect_column);
        }
    }

  if (!handler->row ((const char * const *) table.header->pdata, table.header->len,
                     0, 0, user_data, error))
    return FALSE;

  table.fields = g_new0 (const char *, table.header->len + 1);

  for (guint p = 0; p < pages->len; p++)
    {
      const Page *page = &g_array_index (pages, Page, p);

      for (guint i = 0; i < json_array_get_length (page->records); i++)
        {
          JsonNode *record = json_array_get_element (page->records, i);
          guint64 position;

          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            return FALSE;

          line++;
          if (!JSON_NODE_HOLDS_OBJECT (record))
            {
              g_autofree char *reason = g_strdup_printf (_("record %u is not an object"), line);

              if (handler->skip != NULL)
                handler->skip (line, reason, user_data);
              continue;
            }

          visit_record (&table, page, json_node_get_object (record), fill_field);

          /* The whole file was read before the first record; spread its
           * size over the records so that progress still moves. */
          position = total * line / n_records;
          if (!handler->row (table.fields, table.header->len, line, position, user_data, error))
            return FALSE;

          for (guint f = 0; f < table.filled->len; f++)
            table.fields[g_array_index (table.filled, guint, f)] = NULL;
          g_array_set_size (table.filled, 0);
          g_ptr_array_set_size (table.scratch, 0);
        }
    }

  return TRUE;
}
