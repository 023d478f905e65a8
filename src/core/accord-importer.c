/* accord-importer.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-importer"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "accord-csv-reader.h"
#include "accord-importer.h"
#include "accord-json-reader.h"
#include "accord-value-parser.h"
#include "accord-zone.h"

/* The import reads in a thread; it tells the main thread at most this many
 * times how far it got. */
#define PROGRESS_STEPS 1000

struct _AccordImporter
{
  GObject          parent_instance;

  GFile           *file;
  GTimeZone       *time_zone;
  AccordPreset     forced_preset;
  AccordMapping   *user_mapping;
  guint            preview_rows;
  guint            row_limit;
  gboolean         require_columns;

  /* What the last run found. */
  AccordLeadStore *store;
  char            *encoding;
  char            *delimiter;
  AccordPreset     preset;
  double           confidence;
  GStrv            header;
  AccordMapping   *mapping;
  guint            n_rows;
  GPtrArray       *preview;
  GArray          *skipped;

  GMainContext    *context;
  gint             progress;   /* atomic: steps of PROGRESS_STEPS */
  guint            notified;   /* the step last notified, main thread */
};

enum {
  PROP_0,
  PROP_FILE,
  PROP_FRACTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (AccordImporter, accord_importer, G_TYPE_OBJECT)

/* Which dates of a lead were written N/N/YYYY with both numbers ≤ 12, so
 * that their reading waits for the column's day/month order. */
typedef struct
{
  guint   lead;
  guint16 fields;  /* bits by AccordMoment, and CLOSED_FROM_CUSTOMER */
} AmbiguousDates;

/* A lost deal's closed date came from the customer column, whose order
 * it follows. */
#define CLOSED_FROM_CUSTOMER (1 << 15)

/* A lead that has a closed or breakup date, checked once every date's
 * reading is settled. */
typedef struct
{
  guint lead;
  guint line;
} ClosedLead;

typedef struct
{
  AccordImporter *self;
  const char     *display_name;
  gboolean        is_json;
  guint64         size;
  AccordZone     *zone;
  gboolean        header_seen;
  gboolean        read_only;        /* inspect a file whose columns are not known */
  int             columns[ACCORD_N_FIELDS];
  gboolean       *needed;           /* per header column: mapped to a field */
  guint           n_needed;
  guint           rows_sent;        /* data rows handed to the worker */
  gboolean        limit_reached;    /* stopped at the row limit, not by an error */
  AccordCsvReader *csv_reader;      /* NULL for JSON */
  guint           header_skip_line; /* the reader could not read the header: where */
  char           *header_skip;      /* and why */
  /* Per moment: how many cells could only be read month-first or day-first. */
  guint           month_first[ACCORD_N_MOMENTS];
  guint           day_first[ACCORD_N_MOMENTS];
  GArray         *ambiguous;        /* AmbiguousDates */
  GArray         *closed_leads;     /* ClosedLead */
} ImportRun;

static void
accord_importer_finalize (GObject *object)
{
  AccordImporter *self = ACCORD_IMPORTER (object);

  g_clear_object (&self->file);
  g_clear_pointer (&self->time_zone, g_time_zone_unref);
  g_clear_object (&self->user_mapping);
  g_clear_object (&self->store);
  g_clear_pointer (&self->encoding, g_free);
  g_clear_pointer (&self->delimiter, g_free);
  g_clear_pointer (&self->header, g_strfreev);
  g_clear_object (&self->mapping);
  g_clear_pointer (&self->preview, g_ptr_array_unref);
  g_clear_pointer (&self->skipped, g_array_unref);
  g_clear_pointer (&self->context, g_main_context_unref);

  G_OBJECT_CLASS (accord_importer_parent_class)->finalize (object);
}

static void
accord_importer_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  AccordImporter *self = ACCORD_IMPORTER (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    case PROP_FRACTION:
      g_value_set_double (value, accord_importer_get_fraction (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_importer_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  AccordImporter *self = ACCORD_IMPORTER (object);

  switch (prop_id)
    {
    case PROP_FILE:
      self->file = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_importer_class_init (AccordImporterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = accord_importer_finalize;
  object_class->get_property = accord_importer_get_property;
  object_class->set_property = accord_importer_set_property;

  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AccordImporter:fraction:
   *
   * How much of the file has been read, from 0 to 1; notified on the
   * thread that started the import.
   */
  properties[PROP_FRACTION] =
    g_param_spec_double ("fraction", NULL, NULL, 0, 1, 0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
accord_importer_init (AccordImporter *self)
{
  self->require_columns = TRUE;
  self->preview_rows = 0;
  self->row_limit = G_MAXUINT;
}

/**
 * accord_importer_new:
 * @file: a CSV or JSON export
 *
 * Returns: (transfer full): an importer for @file
 */
AccordImporter *
accord_importer_new (GFile *file)
{
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  return g_object_new (ACCORD_TYPE_IMPORTER, "file", file, NULL);
}

/**
 * accord_importer_get_file:
 *
 * Returns: (transfer none): the file being imported
 */
GFile *
accord_importer_get_file (AccordImporter *self)
{
  g_return_val_if_fail (ACCORD_IS_IMPORTER (self), NULL);
  return self->file;
}

/**
 * accord_importer_set_time_zone:
 * @time_zone: (nullable): the workspace's zone; %NULL for UTC
 *
 * Timestamps without a zone are read in @time_zone (DESIGN §2).
 */
void
accord_importer_set_time_zone (AccordImporter *self,
                               GTimeZone      *time_zone)
{
  g_return_if_fail (ACCORD_IS_IMPORTER (self));

  g_clear_pointer (&self->time_zone, g_time_zone_unref);
  if (time_zone != NULL)
    self->time_zone = g_time_zone_ref (time_zone);
}

/**
 * accord_importer_set_preset:
 *
 * Forces a CRM's column mapping instead of detecting it from the header.
 * %ACCORD_PRESET_NONE lets the header decide.
 */
void
accord_importer_set_preset (AccordImporter *self,
                            AccordPreset    preset)
{
  g_return_if_fail (ACCORD_IS_IMPORTER (self));
  g_return_if_fail (preset < ACCORD_N_PRESETS);

  self->forced_preset = preset;
}

/**
 * accord_importer_set_mapping:
 * @mapping: (nullable): the user's mapping
 *
 * The fields @mapping sets replace those of the preset.
 */
void
accord_importer_set_mapping (AccordImporter *self,
                             AccordMapping  *mapping)
{
  g_return_if_fail (ACCORD_IS_IMPORTER (self));

  g_set_object (&self->user_mapping, mapping);
}

/**
 * accord_importer_set_preview_rows:
 *
 * Keeps the first @n_rows data rows as the file's fields, for a preview.
 */
void
accord_importer_set_preview_rows (AccordImporter *self,
                                  guint           n_rows)
{
  g_return_if_fail (ACCORD_IS_IMPORTER (self));

  self->preview_rows = n_rows;
}

/**
 * accord_importer_set_row_limit:
 *
 * Stops reading after @n_rows data rows: enough to look at a file's header
 * and first rows before importing it whole. The default reads every row.
 */
void
accord_importer_set_row_limit (AccordImporter *self,
                               guint           n_rows)
{
  g_return_if_fail (ACCORD_IS_IMPORTER (self));

  self->row_limit = n_rows;
}

/**
 * accord_importer_set_require_columns:
 *
 * With %FALSE, a file whose columns do not give the required fields is
 * still read (header, preview, skipped rows), importing no leads; this is
 * what `accord inspect` needs. The default is %TRUE.
 */
void
accord_importer_set_require_columns (AccordImporter *self,
                                     gboolean        require_columns)
{
  g_return_if_fail (ACCORD_IS_IMPORTER (self));

  self->require_columns = !!require_columns;
}

static gboolean
notify_progress_cb (gpointer user_data)
{
  AccordImporter *self = user_data;
  guint step = (guint) g_atomic_int_get (&self->progress);

  if (step != self->notified)
    {
      self->notified = step;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FRACTION]);
    }

  return G_SOURCE_REMOVE;
}

static void
report_progress (ImportRun *run,
                 guint64    position)
{
  AccordImporter *self = run->self;
  guint step;

  if (run->size == 0)
    return;

  step = (guint) MIN (PROGRESS_STEPS, position * PROGRESS_STEPS / run->size);
  if ((guint) g_atomic_int_get (&self->progress) == step)
    return;

  g_atomic_int_set (&self->progress, (gint) step);

  /* Always through an idle: g_main_context_invoke() would run the
   * notification right here, on an import thread, whenever the context
   * happens to be free. */
  if (self->context != NULL)
    {
      g_autoptr(GSource) source = g_idle_source_new ();

      g_source_set_callback (source, notify_progress_cb, g_object_ref (self), g_object_unref);
      g_source_set_static_name (source, "[accord] import progress");
      g_source_attach (source, self->context);
    }
}

static void
add_skipped (ImportRun  *run,
             guint       line,
             char       *reason)
{
  AccordSkippedRow row = { line, reason };

  g_array_append_val (run->self->skipped, row);
}

/* A cell as the file has it; the value parsers tell empty cells apart. */
static const char *
raw_field (const char * const *fields,
           guint               n_fields,
           int                 column)
{
  if (column < 0 || (guint) column >= n_fields)
    return NULL;

  return fields[column];
}

static const char *
field_text (const char * const *fields,
            guint               n_fields,
            int                 column)
{
  const char *text;

  if (column < 0 || (guint) column >= n_fields)
    return NULL;

  text = fields[column];
  return accord_value_is_empty (text) ? NULL : text;
}

/* Report exports end with totals and disclaimers (Salesforce: "Grand
 * Totals (N records)", "Confidential Information - Do Not Distribute",
 * "Copyright (c) …"); a row that starts with one of these words and has
 * little else is such a footer. */
static const char * const footer_words[] = {
  "grand total", "total", "subtotal", "confidential information",
  "copyright", "generated by",
};

static gboolean
is_footer (const char * const *fields,
           guint               n_fields,
           const char        **first_text)
{
  guint first = 0, non_empty = 1;
  gboolean footer_word = FALSE;

  while (first < n_fields && accord_value_is_empty (fields[first]))
    first++;
  if (first == n_fields)
    return FALSE;

  /* Most rows are leads: decide on their first cell before counting. */
  for (guint i = 0; i < G_N_ELEMENTS (footer_words) && !footer_word; i++)
    footer_word = g_ascii_strncasecmp (fields[first], footer_words[i], strlen (footer_words[i])) == 0;
  if (!footer_word)
    return FALSE;

  for (guint i = first + 1; i < n_fields && non_empty <= 3; i++)
    if (!accord_value_is_empty (fields[i]))
      non_empty++;

  *first_text = fields[first];
  return non_empty <= 3;
}

static gboolean
is_empty_row (const char * const *fields,
              guint               n_fields)
{
  for (guint i = 0; i < n_fields; i++)
    if (!accord_value_is_empty (fields[i]))
      return FALSE;

  return TRUE;
}

static const char *
column_name (ImportRun   *run,
             AccordField  field)
{
  return run->self->header[run->columns[field]];
}

static char *
field_reason (ImportRun   *run,
              AccordField  field,
              const char  *reason)
{
  /* Translators: a row was skipped; the first %s is the file's column
   * name, the second says what is wrong with its value. */
  return g_strdup_printf (_("column “%s”: %s"), column_name (run, field), reason);
}

/* A deal's stage decides what its close date means (DESIGN §2). */
typedef enum { STAGE_OPEN, STAGE_WON, STAGE_LOST } StageKind;

static StageKind
classify_stage (const char *stage)
{
  static const char * const won[] = { "won", "closed won", "closedwon", "closed - won", "closed-won" };
  static const char * const lost[] = { "lost", "closed lost", "closedlost", "closed - lost", "closed-lost" };
  g_autofree char *folded = NULL;

  if (stage == NULL)
    return STAGE_OPEN;

  folded = g_utf8_casefold (stage, -1);
  g_strstrip (folded);
  for (guint i = 0; i < G_N_ELEMENTS (won); i++)
    if (strcmp (folded, won[i]) == 0)
      return STAGE_WON;
  for (guint i = 0; i < G_N_ELEMENTS (lost); i++)
    if (strcmp (folded, lost[i]) == 0)
      return STAGE_LOST;

  return STAGE_OPEN;
}

static gboolean
read_date (ImportRun          *run,
           const char * const *fields,
           guint               n_fields,
           AccordField         field,
           AccordLead         *lead,
           guint16            *ambiguous,
           char              **reason)
{
  const char *text = raw_field (fields, n_fields, run->columns[field]);
  g_autofree char *why = NULL;
  AccordDateParts parts;
  AccordMoment moment;

  if (text == NULL || !accord_field_get_moment (field, &moment))
    return TRUE;

  switch (accord_parse_date (text, ACCORD_DATE_ORDER_UNKNOWN, &parts, &why))
    {
    case ACCORD_VALUE_EMPTY:
      return TRUE;

    case ACCORD_VALUE_INVALID:
      *reason = field_reason (run, field, why);
      return FALSE;

    case ACCORD_VALUE_OK:
    default:
      break;
    }

  if (parts.evidence == ACCORD_DATE_ORDER_MONTH_FIRST)
    run->month_first[moment]++;
  else if (parts.evidence == ACCORD_DATE_ORDER_DAY_FIRST)
    run->day_first[moment]++;
  if (parts.ambiguous)
    *ambiguous |= 1 << moment;

  lead->moments[moment] = accord_date_parts_to_time (&parts, run->zone);
  return TRUE;
}

static gboolean
read_number (ImportRun          *run,
             const char * const *fields,
             guint               n_fields,
             AccordField         field,
             AccordLead         *lead,
             char              **reason)
{
  const char *text = raw_field (fields, n_fields, run->columns[field]);
  g_autofree char *why = NULL;
  AccordValueStatus status;
  gint32 count = -1;
  double amount = NAN;
  gboolean yes = FALSE;

  if (text == NULL)
    return TRUE;

  switch (accord_field_get_kind (field))
    {
    case ACCORD_FIELD_KIND_COUNT:
      status = accord_parse_count (text, &count, &why);
      break;

    case ACCORD_FIELD_KIND_AMOUNT:
      status = accord_parse_amount (text, &amount, &why);
      break;

    case ACCORD_FIELD_KIND_BAND:
      status = accord_parse_band (text, &count, &why);
      break;

    case ACCORD_FIELD_KIND_BOOLEAN:
      status = accord_parse_boolean (text, &yes, &why);
      break;

    case ACCORD_FIELD_KIND_TEXT:
    case ACCORD_FIELD_KIND_DATE:
    case ACCORD_FIELD_KIND_TIER:
    default:
      g_assert_not_reached ();
    }

  if (status == ACCORD_VALUE_INVALID)
    {
      *reason = field_reason (run, field, why);
      return FALSE;
    }
  if (status == ACCORD_VALUE_EMPTY)
    return TRUE;

  switch (field)
    {
    case ACCORD_FIELD_EMPLOYEES:
      lead->employees = count;
      break;

    case ACCORD_FIELD_ANNUAL_REVENUE:
      lead->annual_revenue = amount;
      break;

    case ACCORD_FIELD_AMOUNT:
      lead->amount = amount;
      break;

    case ACCORD_FIELD_SCORE:
      lead->score = amount;
      break;

    case ACCORD_FIELD_TOUCHES:
    case ACCORD_FIELD_CALLS:
    case ACCORD_FIELD_EMAILS:
      /* DESIGN §2: calls and e-mails are added into touches. */
      lead->touches = MAX (lead->touches, 0) + count;
      break;

    case ACCORD_FIELD_AUTHORITY:
    case ACCORD_FIELD_NEED:
    case ACCORD_FIELD_UNDERSTANDING:
    case ACCORD_FIELD_FIT:
      {
        guint8 bit = 1 << (field - ACCORD_FIELD_AUTHORITY);

        lead->anuf_known |= bit;
        if (yes)
          lead->anuf |= bit;
      }
      break;

    default:
      g_assert_not_reached ();
    }

  return TRUE;
}

static const char *
store_text (AccordLeadStore    *store,
            const char * const *fields,
            guint               n_fields,
            int                 column,
            gboolean            repetitive)
{
  const char *text = field_text (fields, n_fields, column);
  g_autofree char *trimmed = NULL;

  if (text == NULL)
    return NULL;

  if (g_ascii_isspace (text[0]) || g_ascii_isspace (text[strlen (text) - 1]))
    text = trimmed = g_strstrip (g_strdup (text));

  return repetitive ? accord_lead_store_intern (store, text)
                    : accord_lead_store_add_text (store, text);
}

/* Reads one data row into @lead; on failure sets @reason and leaves the
 * store as it was. */
static gboolean
read_lead (ImportRun          *run,
           const char * const *fields,
           guint               n_fields,
           AccordLead         *lead,
           guint16            *ambiguous,
           char              **reason)
{
  AccordLeadStore *store = run->self->store;
  const char *stage_text;

  accord_lead_init (lead);
  *ambiguous = 0;

  for (guint f = 0; f < ACCORD_N_FIELDS; f++)
    {
      if (run->columns[f] < 0)
        continue;

      switch (accord_field_get_kind (f))
        {
        case ACCORD_FIELD_KIND_DATE:
          if (!read_date (run, fields, n_fields, f, lead, ambiguous, reason))
            return FALSE;
          break;

        case ACCORD_FIELD_KIND_COUNT:
        case ACCORD_FIELD_KIND_AMOUNT:
        case ACCORD_FIELD_KIND_BAND:
        case ACCORD_FIELD_KIND_BOOLEAN:
          if (!read_number (run, fields, n_fields, f, lead, reason))
            return FALSE;
          break;

        case ACCORD_FIELD_KIND_TIER:
          lead->tier = accord_parse_tier (raw_field (fields, n_fields, run->columns[f]));
          break;

        case ACCORD_FIELD_KIND_TEXT:
        default:
          break;
        }
    }

  if (lead->moments[ACCORD_MOMENT_CREATED] == ACCORD_TIME_NONE)
    {
      *reason = g_strdup_printf (_("column “%s”: no create date"),
                                 column_name (run, ACCORD_FIELD_CREATED));
      return FALSE;
    }

  /* DESIGN §2: a won stage makes the close date count as won, a lost one
   * makes it a closed date. An open deal's close date is only expected. */
  stage_text = field_text (fields, n_fields, run->columns[ACCORD_FIELD_STAGE]);
  if (stage_text != NULL && lead->moments[ACCORD_MOMENT_CUSTOMER] != ACCORD_TIME_NONE)
    {
      const char *customer_column = column_name (run, ACCORD_FIELD_CUSTOMER_DATE);

      switch (classify_stage (stage_text))
        {
        case STAGE_LOST:
          /* The date moves, and so does its wait for the column's
           * day/month order: still the customer column's. */
          if (lead->moments[ACCORD_MOMENT_CLOSED] == ACCORD_TIME_NONE)
            {
              lead->moments[ACCORD_MOMENT_CLOSED] = lead->moments[ACCORD_MOMENT_CUSTOMER];
              if (*ambiguous & (1 << ACCORD_MOMENT_CUSTOMER))
                *ambiguous |= CLOSED_FROM_CUSTOMER;
            }
          lead->moments[ACCORD_MOMENT_CUSTOMER] = ACCORD_TIME_NONE;
          *ambiguous &= ~(1 << ACCORD_MOMENT_CUSTOMER);
          break;

        case STAGE_OPEN:
          if (g_strrstr (customer_column, "lose") != NULL)
            {
              lead->moments[ACCORD_MOMENT_CUSTOMER] = ACCORD_TIME_NONE;
              *ambiguous &= ~(1 << ACCORD_MOMENT_CUSTOMER);
            }
          break;

        case STAGE_WON:
        default:
          break;
        }
    }

  /* Strings last: a skipped row adds nothing to the store. */
  lead->record_id = store_text (store, fields, n_fields, run->columns[ACCORD_FIELD_RECORD_ID], FALSE);
  lead->first_name = store_text (store, fields, n_fields, run->columns[ACCORD_FIELD_FIRST_NAME], FALSE);
  lead->last_name = store_text (store, fields, n_fields, run->columns[ACCORD_FIELD_LAST_NAME], FALSE);
  lead->email = store_text (store, fields, n_fields, run->columns[ACCORD_FIELD_EMAIL], FALSE);
  lead->company = store_text (store, fields, n_fields, run->columns[ACCORD_FIELD_COMPANY], TRUE);
  lead->industry = store_text (store, fields, n_fields, run->columns[ACCORD_FIELD_INDUSTRY], TRUE);
  lead->owner = store_text (store, fields, n_fields, run->columns[ACCORD_FIELD_OWNER], TRUE);
  lead->source = store_text (store, fields, n_fields, run->columns[ACCORD_FIELD_SOURCE], TRUE);
  lead->stage = store_text (store, fields, n_fields, run->columns[ACCORD_FIELD_STAGE], TRUE);
  lead->status = store_text (store, fields, n_fields, run->columns[ACCORD_FIELD_STATUS], TRUE);

  return TRUE;
}

static gboolean
identifies_lead (ImportRun          *run,
                 const char * const *fields,
                 guint               n_fields)
{
  static const AccordField identities[] = {
    ACCORD_FIELD_RECORD_ID, ACCORD_FIELD_EMAIL, ACCORD_FIELD_FIRST_NAME,
    ACCORD_FIELD_LAST_NAME, ACCORD_FIELD_COMPANY,
  };

  for (guint i = 0; i < G_N_ELEMENTS (identities); i++)
    if (field_text (fields, n_fields, run->columns[identities[i]]) != NULL)
      return TRUE;

  return FALSE;
}

static gboolean
has_identity_column (ImportRun *run)
{
  return run->columns[ACCORD_FIELD_RECORD_ID] >= 0 ||
         run->columns[ACCORD_FIELD_EMAIL] >= 0 ||
         run->columns[ACCORD_FIELD_FIRST_NAME] >= 0 ||
         run->columns[ACCORD_FIELD_LAST_NAME] >= 0 ||
         run->columns[ACCORD_FIELD_COMPANY] >= 0;
}

static gboolean
check_mapping (ImportRun  *run,
               GError    **error)
{
  AccordImporter *self = run->self;

  /* A user mapping that names a column the file lacks is a mistake to
   * report, not a field to leave empty. */
  for (guint f = 0; f < ACCORD_N_FIELDS; f++)
    {
      const char *column;

      if (self->user_mapping == NULL ||
          (column = accord_mapping_get_column (self->user_mapping, f)) == NULL ||
          run->columns[f] >= 0)
        continue;

      if (self->require_columns)
        {
          g_set_error (error, ACCORD_IMPORT_ERROR, ACCORD_IMPORT_ERROR_MISSING_COLUMN,
                       _("%s: the mapping gives column “%s” for “%s”, but the file has no such column"),
                       run->display_name, column, accord_field_get_name (f));
          return FALSE;
        }
    }

  if (run->columns[ACCORD_FIELD_CREATED] >= 0 && has_identity_column (run))
    return TRUE;

  if (!self->require_columns)
    {
      run->read_only = TRUE;
      return TRUE;
    }

  if (run->columns[ACCORD_FIELD_CREATED] < 0)
    g_set_error (error, ACCORD_IMPORT_ERROR, ACCORD_IMPORT_ERROR_MISSING_COLUMN,
                 _("%s: no column gives the date each lead was created (“created”, "
                   "such as “Create Date” or “CreatedDate”); choose one in a column mapping"),
                 run->display_name);
  else
    g_set_error (error, ACCORD_IMPORT_ERROR, ACCORD_IMPORT_ERROR_MISSING_COLUMN,
                 _("%s: no column identifies a lead (a record id, e-mail, name or company); "
                   "choose one in a column mapping"),
                 run->display_name);

  return FALSE;
}

static gboolean
read_header (ImportRun          *run,
             const char * const *fields,
             guint               n_fields,
             GError            **error)
{
  AccordImporter *self = run->self;
  g_autoptr(AccordMapping) mapping = NULL;
  GStrvBuilder *builder = g_strv_builder_new ();

  for (guint i = 0; i < n_fields; i++)
    g_strv_builder_add (builder, fields[i] != NULL ? fields[i] : "");
  g_clear_pointer (&self->header, g_strfreev);
  self->header = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);

  if (is_empty_row (fields, n_fields))
    {
      g_set_error (error, ACCORD_IMPORT_ERROR, ACCORD_IMPORT_ERROR_EMPTY,
                   _("%s: the first row, the header, is empty"), run->display_name);
      return FALSE;
    }

  self->preset = accord_mapping_detect ((const char * const *) self->header, &self->confidence);
  if (self->forced_preset != ACCORD_PRESET_NONE)
    self->preset = self->forced_preset;

  if (self->preset != ACCORD_PRESET_NONE)
    mapping = accord_mapping_new_for_preset (self->preset, (const char * const *) self->header);
  else
    mapping = accord_mapping_new ();
  if (self->user_mapping != NULL)
    accord_mapping_override (mapping, self->user_mapping);

  accord_mapping_resolve (mapping, (const char * const *) self->header, run->columns);
  g_set_object (&self->mapping, mapping);

  return check_mapping (run, error);
}

typedef enum
{
  ROW_DATA,
  ROW_EMPTY,
  ROW_FOOTER,
  ROW_SKIPPED_BY_READER,
} RowKind;

/* What a row is, decided on the reader's thread before it is copied. */
static RowKind
classify_row (const char * const  *fields,
              guint                n_fields,
              const char         **footer_text)
{
  if (is_empty_row (fields, n_fields))
    return ROW_EMPTY;
  if (is_footer (fields, n_fields, footer_text))
    return ROW_FOOTER;
  return ROW_DATA;
}

/* Reads one data row on the worker's thread. @note is the footer's text
 * or the reader's reason; @fields has every column when @all_fields, else
 * the mapped ones only. */
static void
read_row (ImportRun          *run,
          RowKind             kind,
          const char         *note,
          const char * const *fields,
          guint               n_fields,
          gboolean            all_fields,
          guint               line)
{
  AccordImporter *self = run->self;
  g_autofree char *reason = NULL;
  AccordLead lead;
  guint16 ambiguous;

  if (kind == ROW_SKIPPED_BY_READER)
    {
      add_skipped (run, line, g_strdup (note));
      return;
    }

  self->n_rows++;
  if (all_fields && self->preview->len < self->preview_rows)
    {
      GStrvBuilder *builder = g_strv_builder_new ();

      for (guint i = 0; i < n_fields; i++)
        g_strv_builder_add (builder, fields[i] != NULL ? fields[i] : "");
      g_ptr_array_add (self->preview, g_strv_builder_end (builder));
      g_strv_builder_unref (builder);
    }

  if (kind == ROW_EMPTY)
    {
      add_skipped (run, line, g_strdup (_("no values in the columns Accord reads")));
      return;
    }

  if (kind == ROW_FOOTER)
    {
      g_autofree char *shown = g_utf8_substring (note, 0, MIN (60, g_utf8_strlen (note, -1)));

      add_skipped (run, line, g_strdup_printf (_("a report’s total or footer row (“%s”)"), shown));
      return;
    }

  if (run->read_only)
    return;

  if (!identifies_lead (run, fields, n_fields))
    {
      add_skipped (run, line, g_strdup (_("no record id, name, e-mail or company: "
                                          "a summary row, or not a lead")));
      return;
    }

  if (!read_lead (run, fields, n_fields, &lead, &ambiguous, &reason))
    {
      add_skipped (run, line, g_steal_pointer (&reason));
      return;
    }

  *accord_lead_store_append (self->store) = lead;
  if (ambiguous != 0)
    {
      AmbiguousDates dates = { accord_lead_store_get_n_leads (self->store) - 1, ambiguous };

      g_array_append_val (run->ambiguous, dates);
    }
  if (lead.moments[ACCORD_MOMENT_CLOSED] != ACCORD_TIME_NONE ||
      lead.moments[ACCORD_MOMENT_BREAKUP] != ACCORD_TIME_NONE)
    {
      ClosedLead closed = { accord_lead_store_get_n_leads (self->store) - 1, line };

      g_array_append_val (run->closed_leads, closed);
    }
}

/* Once the preview has its rows, the CSV reader delivers only the columns
 * the mapping reads. Not when only inspecting: every column tells whether
 * a row is empty or a footer. */
static void
want_needed_columns (ImportRun *run)
{
  if (run->csv_reader != NULL && !run->read_only && run->rows_sent >= run->self->preview_rows)
    accord_csv_reader_set_wanted_columns (run->csv_reader, run->needed, run->n_needed);
}

/* Which columns the worker needs: those the mapping uses. */
static void
find_needed_columns (ImportRun *run)
{
  run->n_needed = g_strv_length (run->self->header);
  run->needed = g_new0 (gboolean, run->n_needed);
  for (guint f = 0; f < ACCORD_N_FIELDS; f++)
    if (run->columns[f] >= 0)
      run->needed[run->columns[f]] = TRUE;
}

/* The reader parses on the import's thread while a worker turns rows into
 * leads, so that both cores work: rows travel in batches, in file order,
 * and a fixed set of batches bounds the memory in flight. */
#define BATCH_ROWS 1024
#define BATCH_BYTES (1024 * 1024)
#define N_BATCHES 4
#define NO_FIELD G_MAXUINT32

typedef struct
{
  guint    line;
  guint64  position;
  RowKind  kind;
  gboolean all_fields;   /* every column was copied, not only the mapped ones */
  guint32  note;         /* offset of the footer's text or the reader's reason */
  guint    first_field;  /* index into Batch.fields */
  guint    n_fields;
} BatchEntry;

typedef struct
{
  GByteArray *text;     /* every field's text, each ending in a nul */
  GArray     *fields;   /* guint32 offsets into text, or NO_FIELD */
  GArray     *entries;  /* BatchEntry */
} Batch;

typedef struct
{
  ImportRun    *run;
  GAsyncQueue  *full;     /* Batch, then the end marker */
  GAsyncQueue  *empty;    /* Batch */
  Batch        *current;
} Pipeline;

/* Ends the stream of batches; never dereferenced. */
static Batch end_of_rows;

static Batch *
batch_new (void)
{
  Batch *batch = g_new0 (Batch, 1);

  batch->text = g_byte_array_sized_new (BATCH_BYTES + 4096);
  batch->fields = g_array_new (FALSE, FALSE, sizeof (guint32));
  batch->entries = g_array_sized_new (FALSE, FALSE, sizeof (BatchEntry), BATCH_ROWS);
  return batch;
}

static void
batch_free (gpointer data)
{
  Batch *batch = data;

  if (batch == &end_of_rows)
    return;

  g_byte_array_unref (batch->text);
  g_array_unref (batch->fields);
  g_array_unref (batch->entries);
  g_free (batch);
}

static void
batch_reset (Batch *batch)
{
  g_byte_array_set_size (batch->text, 0);
  g_array_set_size (batch->fields, 0);
  g_array_set_size (batch->entries, 0);
}

static guint32
batch_add_text (Batch      *batch,
                const char *text)
{
  guint32 offset;

  if (text == NULL)
    return NO_FIELD;

  offset = batch->text->len;
  g_byte_array_append (batch->text, (const guint8 *) text, strlen (text) + 1);
  return offset;
}

static void
batch_add_field (Batch      *batch,
                 const char *text)
{
  guint32 offset = batch_add_text (batch, text);

  g_array_append_val (batch->fields, offset);
}

static void
send_batch (Pipeline *pipeline)
{
  g_async_queue_push (pipeline->full, pipeline->current);
  pipeline->current = g_async_queue_pop (pipeline->empty);
  batch_reset (pipeline->current);
}

static gboolean
queue_row_cb (const char * const  *fields,
              guint                n_fields,
              guint                line,
              guint64              position,
              gpointer             user_data,
              GError             **error)
{
  Pipeline *pipeline = user_data;
  ImportRun *run = pipeline->run;
  Batch *batch = pipeline->current;
  const char *footer_text = NULL;
  BatchEntry entry = { line, position, ROW_DATA, FALSE, NO_FIELD, batch->fields->len, n_fields };

  if (run->header_skip != NULL)
    {
      g_set_error (error, ACCORD_IMPORT_ERROR, ACCORD_IMPORT_ERROR_MALFORMED,
                   _("%s: line %u: the header row cannot be read: %s"),
                   run->display_name, run->header_skip_line, run->header_skip);
      return FALSE;
    }

  /* The header decides the mapping before any row goes to the worker. */
  if (!run->header_seen)
    {
      run->header_seen = TRUE;
      report_progress (run, position);
      if (!read_header (run, fields, n_fields, error))
        return FALSE;
      find_needed_columns (run);
      want_needed_columns (run);
      return TRUE;
    }

  if (run->rows_sent >= run->self->row_limit)
    {
      run->limit_reached = TRUE;
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, "row limit");
      return FALSE;
    }

  entry.kind = classify_row (fields, n_fields, &footer_text);
  entry.note = batch_add_text (batch, footer_text);

  /* Rows for the preview keep every column; the others only what the
   * mapping reads, which spares copying long notes and addresses. */
  entry.all_fields = run->rows_sent++ < run->self->preview_rows;
  if (run->rows_sent == run->self->preview_rows)
    want_needed_columns (run);
  for (guint i = 0; i < n_fields; i++)
    {
      gboolean copy = entry.all_fields ||
                      (entry.kind == ROW_DATA && i < run->n_needed && run->needed[i]);

      batch_add_field (batch, copy ? fields[i] : NULL);
    }
  g_array_append_val (batch->entries, entry);

  if (batch->entries->len >= BATCH_ROWS || batch->text->len >= BATCH_BYTES)
    send_batch (pipeline);

  return TRUE;
}

static void
queue_skip_cb (guint       line,
               const char *reason,
               gpointer    user_data)
{
  Pipeline *pipeline = user_data;
  Batch *batch = pipeline->current;
  BatchEntry entry = { line, 0, ROW_SKIPPED_BY_READER, FALSE, NO_FIELD, batch->fields->len, 0 };

  /* The header cannot be skipped: the next row would pass for it. */
  if (!pipeline->run->header_seen)
    {
      if (pipeline->run->header_skip == NULL)
        {
          pipeline->run->header_skip_line = line;
          pipeline->run->header_skip = g_strdup (reason);
        }
      return;
    }

  entry.note = batch_add_text (batch, reason);
  g_array_append_val (batch->entries, entry);
}

static gpointer
convert_rows_thread (gpointer data)
{
  Pipeline *pipeline = data;
  g_autoptr(GPtrArray) fields = g_ptr_array_new ();
  Batch *batch;

  while ((batch = g_async_queue_pop (pipeline->full)) != &end_of_rows)
    {
      for (guint i = 0; i < batch->entries->len; i++)
        {
          const BatchEntry *entry = &g_array_index (batch->entries, BatchEntry, i);
          const char *text = (const char *) batch->text->data;

          /* A note with no fields may come in a batch whose field array
           * was never allocated: index it only when there are fields. */
          g_ptr_array_set_size (fields, entry->n_fields);
          for (guint f = 0; f < entry->n_fields; f++)
            {
              guint32 offset = g_array_index (batch->fields, guint32, entry->first_field + f);

              fields->pdata[f] = offset == NO_FIELD ? NULL : (gpointer) (text + offset);
            }

          report_progress (pipeline->run, entry->position);
          read_row (pipeline->run, entry->kind,
                    entry->note == NO_FIELD ? NULL : text + entry->note,
                    (const char * const *) fields->pdata, entry->n_fields,
                    entry->all_fields, entry->line);
        }

      g_async_queue_push (pipeline->empty, batch);
    }

  return NULL;
}

static const AccordRowHandler queue_handler = { queue_row_cb, queue_skip_cb };

/* Runs @read_rows with the pipeline's handler and waits for the worker. */
typedef gboolean (*ReadRowsFunc) (const AccordRowHandler  *handler,
                                  gpointer                 handler_data,
                                  gpointer                 user_data,
                                  GCancellable            *cancellable,
                                  GError                 **error);

static gboolean
read_in_pipeline (ImportRun     *run,
                  ReadRowsFunc   read_rows,
                  gpointer       user_data,
                  GCancellable  *cancellable,
                  GError       **error)
{
  Pipeline pipeline = { 0 };
  GThread *worker;
  gboolean ok;

  pipeline.run = run;
  pipeline.full = g_async_queue_new_full (batch_free);
  pipeline.empty = g_async_queue_new_full (batch_free);
  for (guint i = 0; i < N_BATCHES - 1; i++)
    g_async_queue_push (pipeline.empty, batch_new ());
  pipeline.current = batch_new ();

  worker = g_thread_new ("accord-import", convert_rows_thread, &pipeline);
  ok = read_rows (&queue_handler, &pipeline, user_data, cancellable, error);
  g_async_queue_push (pipeline.full, pipeline.current);
  g_async_queue_push (pipeline.full, &end_of_rows);
  g_thread_join (worker);

  g_async_queue_unref (pipeline.full);
  g_async_queue_unref (pipeline.empty);

  return ok;
}

static gboolean
read_csv_rows (const AccordRowHandler  *handler,
               gpointer                 handler_data,
               gpointer                 user_data,
               GCancellable            *cancellable,
               GError                 **error)
{
  return accord_csv_reader_read (user_data, handler, handler_data, cancellable, error);
}

typedef struct
{
  GInputStream *stream;
  const char   *display_name;
} JsonSource;

static gboolean
read_json_rows (const AccordRowHandler  *handler,
                gpointer                 handler_data,
                gpointer                 user_data,
                GCancellable            *cancellable,
                GError                 **error)
{
  JsonSource *source = user_data;

  return accord_json_reader_read (source->stream, source->display_name, handler, handler_data,
                                  cancellable, error);
}

/* DESIGN §2 and the reference on real exports: the day/month order of
 * N/N/YYYY dates is decided per column, by the cells that can only be read
 * one way; until then ambiguous cells were read month-first. */
static void
settle_date_order (ImportRun *run)
{
  guint16 day_first_moments = 0;

  for (guint m = 0; m < ACCORD_N_MOMENTS; m++)
    if (run->day_first[m] > run->month_first[m])
      day_first_moments |= 1 << m;

  if (day_first_moments == 0)
    return;

  for (guint i = 0; i < run->ambiguous->len; i++)
    {
      const AmbiguousDates *dates = &g_array_index (run->ambiguous, AmbiguousDates, i);
      AccordLead *lead = (AccordLead *) accord_lead_store_get_lead (run->self->store, dates->lead);

      for (guint m = 0; m < ACCORD_N_MOMENTS; m++)
        {
          gboolean ambiguous = (dates->fields & (1 << m)) != 0;
          gboolean day_first = (day_first_moments & (1 << m)) != 0;
          AccordCivil civil;

          if (m == ACCORD_MOMENT_CLOSED && (dates->fields & CLOSED_FROM_CUSTOMER))
            {
              ambiguous = TRUE;
              day_first = (day_first_moments & (1 << ACCORD_MOMENT_CUSTOMER)) != 0;
            }
          if (!ambiguous || !day_first || lead->moments[m] == ACCORD_TIME_NONE)
            continue;

          accord_zone_to_civil (run->zone, lead->moments[m], &civil);
          lead->moments[m] = accord_zone_from_civil (run->zone, civil.year, civil.day, civil.month,
                                                     civil.hour, civil.minute, civil.second);
        }
    }
}

static int
compare_skipped_rows (gconstpointer a,
                      gconstpointer b)
{
  const AccordSkippedRow *x = a, *y = b;

  return (x->line > y->line) - (x->line < y->line);
}

/* With every date read: DESIGN §2, a breakup date closes a lead too, so
 * the closed moment is the earlier of the two; and a lead closed before it
 * was created is skipped, with its line. */
static void
check_closed_leads (ImportRun *run)
{
  AccordLeadStore *store = run->self->store;
  g_autoptr(GArray) removed = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < run->closed_leads->len; i++)
    {
      const ClosedLead *closed = &g_array_index (run->closed_leads, ClosedLead, i);
      AccordLead *lead = (AccordLead *) accord_lead_store_get_lead (store, closed->lead);
      gint64 breakup = lead->moments[ACCORD_MOMENT_BREAKUP];
      gboolean from_breakup = FALSE;

      if (breakup != ACCORD_TIME_NONE &&
          (lead->moments[ACCORD_MOMENT_CLOSED] == ACCORD_TIME_NONE || breakup < lead->moments[ACCORD_MOMENT_CLOSED]))
        {
          lead->moments[ACCORD_MOMENT_CLOSED] = breakup;
          from_breakup = TRUE;
        }

      if (lead->moments[ACCORD_MOMENT_CLOSED] >= lead->moments[ACCORD_MOMENT_CREATED])
        continue;

      add_skipped (run, closed->line,
                   g_strdup_printf (_("column “%s”: closed before it was created (column “%s”)"),
                                    column_name (run, from_breakup ? ACCORD_FIELD_BREAKUP_DATE
                                                                   : run->columns[ACCORD_FIELD_CLOSED_DATE] >= 0
                                                                     ? ACCORD_FIELD_CLOSED_DATE
                                                                     : ACCORD_FIELD_CUSTOMER_DATE),
                                    column_name (run, ACCORD_FIELD_CREATED)));
      g_array_append_val (removed, closed->lead);
    }

  if (removed->len == 0)
    return;

  accord_lead_store_remove_many (store, (const guint *) removed->data, removed->len);
  g_array_sort (run->self->skipped, compare_skipped_rows);
}

static gboolean
is_json_file (GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *lower = g_ascii_strdown (name, -1);

  return g_str_has_suffix (lower, ".json");
}

static void
reset_results (AccordImporter *self)
{
  g_set_object (&self->store, NULL);
  self->store = accord_lead_store_new ();
  g_clear_pointer (&self->encoding, g_free);
  g_clear_pointer (&self->delimiter, g_free);
  g_clear_pointer (&self->header, g_strfreev);
  g_clear_object (&self->mapping);
  g_clear_pointer (&self->preview, g_ptr_array_unref);
  self->preview = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_clear_pointer (&self->skipped, g_array_unref);
  self->skipped = g_array_new (FALSE, FALSE, sizeof (AccordSkippedRow));
  g_array_set_clear_func (self->skipped, (GDestroyNotify) accord_skipped_row_clear);
  self->preset = ACCORD_PRESET_NONE;
  self->confidence = 0;
  self->n_rows = 0;
  g_atomic_int_set (&self->progress, 0);
}

/**
 * accord_importer_run:
 * @cancellable: (nullable): a #GCancellable
 *
 * Reads the file into a new store. Rows that cannot be used are skipped
 * and listed by accord_importer_get_skipped(); a file that cannot be used
 * at all is an error in %ACCORD_IMPORT_ERROR.
 *
 * Returns: %TRUE when the file was read
 */
gboolean
accord_importer_run (AccordImporter  *self,
                     GCancellable    *cancellable,
                     GError         **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *display_name = NULL;
  g_autoptr(AccordZone) zone = NULL;
  g_autoptr(GArray) ambiguous = NULL;
  g_autoptr(GArray) closed_leads = NULL;
  ImportRun run = { 0 };
  gboolean ok;

  g_return_val_if_fail (ACCORD_IS_IMPORTER (self), FALSE);

  reset_results (self);

  display_name = g_file_get_basename (self->file);
  zone = accord_zone_new (self->time_zone);
  ambiguous = g_array_new (FALSE, FALSE, sizeof (AmbiguousDates));
  closed_leads = g_array_new (FALSE, FALSE, sizeof (ClosedLead));

  run.self = self;
  run.display_name = display_name;
  run.zone = zone;
  run.ambiguous = ambiguous;
  run.closed_leads = closed_leads;
  run.is_json = is_json_file (self->file);
  for (guint f = 0; f < ACCORD_N_FIELDS; f++)
    run.columns[f] = -1;

  stream = g_file_read (self->file, cancellable, &local_error);
  if (stream == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, ACCORD_IMPORT_ERROR, ACCORD_IMPORT_ERROR_FAILED,
                     "%s: %s", display_name, local_error->message);
      return FALSE;
    }

  info = g_file_input_stream_query_info (stream, G_FILE_ATTRIBUTE_STANDARD_SIZE, cancellable, NULL);
  if (info != NULL)
    run.size = (guint64) g_file_info_get_size (info);

  if (run.is_json)
    {
      JsonSource source = { G_INPUT_STREAM (stream), display_name };

      self->encoding = g_strdup ("UTF-8");
      ok = read_in_pipeline (&run, read_json_rows, &source, cancellable, error);
    }
  else
    {
      g_autoptr(AccordCsvReader) reader = accord_csv_reader_new (G_INPUT_STREAM (stream), display_name);

      run.csv_reader = reader;
      ok = read_in_pipeline (&run, read_csv_rows, reader, cancellable, error);
      self->encoding = g_strdup (accord_csv_reader_get_encoding (reader));
      self->delimiter = g_strdup (accord_csv_reader_get_delimiter (reader));
    }

  g_clear_pointer (&run.needed, g_free);
  if (ok && run.header_skip != NULL && !run.header_seen)
    {
      g_set_error (error, ACCORD_IMPORT_ERROR, ACCORD_IMPORT_ERROR_MALFORMED,
                   _("%s: line %u: the header row cannot be read: %s"),
                   display_name, run.header_skip_line, run.header_skip);
      ok = FALSE;
    }
  g_clear_pointer (&run.header_skip, g_free);
  if (!ok && run.limit_reached)
    {
      g_clear_error (error);
      ok = TRUE;
    }
  if (!ok)
    return FALSE;

  if (!run.header_seen)
    {
      g_set_error (error, ACCORD_IMPORT_ERROR, ACCORD_IMPORT_ERROR_EMPTY,
                   _("%s: the file has no header row"), display_name);
      return FALSE;
    }

  settle_date_order (&run);
  check_closed_leads (&run);

  if (!run.read_only && self->require_columns && self->n_rows == 0)
    {
      /* Records the reader could not read are not rows, but they are
       * what the user needs to hear about. */
      if (self->skipped->len > 0)
        {
          const AccordSkippedRow *first = &g_array_index (self->skipped, AccordSkippedRow, 0);

          g_set_error (error, ACCORD_IMPORT_ERROR, ACCORD_IMPORT_ERROR_NO_ROWS,
                       _("%s: no row could be read; line %u: %s"),
                       display_name, first->line, first->reason);
        }
      else
        {
          g_set_error (error, ACCORD_IMPORT_ERROR, ACCORD_IMPORT_ERROR_NO_ROWS,
                       _("%s: the file has a header but no rows"), display_name);
        }
      return FALSE;
    }

  if (!run.read_only && self->n_rows > 0 && accord_lead_store_get_n_leads (self->store) == 0)
    {
      const AccordSkippedRow *first = &g_array_index (self->skipped, AccordSkippedRow, 0);

      g_set_error (error, ACCORD_IMPORT_ERROR, ACCORD_IMPORT_ERROR_NO_ROWS,
                   _("%s: none of its %u rows could be imported; line %u: %s"),
                   display_name, self->n_rows, first->line, first->reason);
      return FALSE;
    }

  report_progress (&run, run.size);
  return TRUE;
}

static void
run_in_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  AccordImporter *self = source_object;
  GError *error = NULL;

  if (accord_importer_run (self, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * accord_importer_run_async:
 *
 * Runs accord_importer_run() in a thread. The importer must not be used
 * until @callback is called; its #AccordImporter:fraction is notified on
 * the calling thread's main context meanwhile.
 */
void
accord_importer_run_async (AccordImporter      *self,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (ACCORD_IS_IMPORTER (self));

  g_clear_pointer (&self->context, g_main_context_unref);
  self->context = g_main_context_ref_thread_default ();
  self->notified = 0;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, accord_importer_run_async);
  g_task_set_check_cancellable (task, TRUE);
  g_task_run_in_thread (task, run_in_thread);
}

gboolean
accord_importer_run_finish (AccordImporter  *self,
                            GAsyncResult    *result,
                            GError         **error)
{
  g_return_val_if_fail (ACCORD_IS_IMPORTER (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

double
accord_importer_get_fraction (AccordImporter *self)
{
  g_return_val_if_fail (ACCORD_IS_IMPORTER (self), 0);

  return g_atomic_int_get (&self->progress) / (double) PROGRESS_STEPS;
}

/**
 * accord_importer_get_store:
 *
 * Returns: (transfer none) (nullable): the leads read by the last run
 */
AccordLeadStore *
accord_importer_get_store (AccordImporter *self)
{
  g_return_val_if_fail (ACCORD_IS_IMPORTER (self), NULL);
  return self->store;
}

/**
 * accord_importer_get_encoding:
 *
 * Returns: (nullable): "UTF-8", "UTF-8 with BOM", "UTF-16LE", "UTF-16BE"
 *   or "Windows-1252"
 */
const char *
accord_importer_get_encoding (AccordImporter *self)
{
  g_return_val_if_fail (ACCORD_IS_IMPORTER (self), NULL);
  return self->encoding;
}

/**
 * accord_importer_get_delimiter:
 *
 * Returns: (nullable): the CSV delimiter; %NULL for JSON
 */
const char *
accord_importer_get_delimiter (AccordImporter *self)
{
  g_return_val_if_fail (ACCORD_IS_IMPORTER (self), NULL);
  return self->delimiter;
}

AccordPreset
accord_importer_get_preset (AccordImporter *self)
{
  g_return_val_if_fail (ACCORD_IS_IMPORTER (self), ACCORD_PRESET_NONE);
  return self->preset;
}

/**
 * accord_importer_get_confidence:
 *
 * Returns: how sure the header detection is of its preset, from 0 to 1
 */
double
accord_importer_get_confidence (AccordImporter *self)
{
  g_return_val_if_fail (ACCORD_IS_IMPORTER (self), 0);
  return self->confidence;
}

/**
 * accord_importer_get_header:
 *
 * Returns: (transfer none) (nullable): the file's column names
 */
const char * const *
accord_importer_get_header (AccordImporter *self)
{
  g_return_val_if_fail (ACCORD_IS_IMPORTER (self), NULL);
  return (const char * const *) self->header;
}

/**
 * accord_importer_get_mapping:
 *
 * Returns: (transfer none) (nullable): the mapping the last run used
 */
AccordMapping *
accord_importer_get_mapping (AccordImporter *self)
{
  g_return_val_if_fail (ACCORD_IS_IMPORTER (self), NULL);
  return self->mapping;
}

/**
 * accord_importer_get_n_rows:
 *
 * Returns: how many data rows the file has (the header not counted)
 */
guint
accord_importer_get_n_rows (AccordImporter *self)
{
  g_return_val_if_fail (ACCORD_IS_IMPORTER (self), 0);
  return self->n_rows;
}

/**
 * accord_importer_get_preview:
 *
 * Returns: (transfer none) (element-type GStrv) (nullable): the first data
 *   rows as the file has them
 */
GPtrArray *
accord_importer_get_preview (AccordImporter *self)
{
  g_return_val_if_fail (ACCORD_IS_IMPORTER (self), NULL);
  return self->preview;
}

/**
 * accord_importer_get_skipped:
 *
 * Returns: (transfer none) (element-type AccordSkippedRow) (nullable): the
 *   rows that were not imported, in file order
 */
GArray *
accord_importer_get_skipped (AccordImporter *self)
{
  g_return_val_if_fail (ACCORD_IS_IMPORTER (self), NULL);
  return self->skipped;
}
