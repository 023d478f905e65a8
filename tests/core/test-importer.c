/* test-importer.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <fcntl.h>
#include <math.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "accord-importer.h"

#include <glib/gstdio.h>

/* Every expected moment below is worked out by hand: days since the epoch
 * (2024-01-01 is day 19723) × 86400, less the Berlin offset, one hour in
 * winter (CET) and two in summer (CEST, from 2024-03-31). */

static GTimeZone *
berlin (void)
{
  return g_time_zone_new_identifier ("Europe/Berlin");
}

static AccordImporter *
import_file (const char  *name,
             const char  *mapping_name,
             GError     **error)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "import", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GTimeZone) tz = berlin ();
  AccordImporter *importer = accord_importer_new (file);

  accord_importer_set_time_zone (importer, tz);
  if (mapping_name != NULL)
    {
      g_autofree char *mapping_path = g_test_build_filename (G_TEST_DIST, "data", "import",
                                                             mapping_name, NULL);
      g_autoptr(GFile) mapping_file = g_file_new_for_path (mapping_path);
      g_autoptr(AccordMapping) mapping = accord_mapping_new_from_file (mapping_file, NULL);

      g_assert_nonnull (mapping);
      accord_importer_set_mapping (importer, mapping);
    }

  accord_importer_run (importer, NULL, error);
  return importer;
}

static const AccordSkippedRow *
skipped_row (AccordImporter *importer,
             guint           index)
{
  GArray *skipped = accord_importer_get_skipped (importer);

  g_assert_cmpuint (index, <, skipped->len);
  return &g_array_index (skipped, AccordSkippedRow, index);
}

static void
test_hubspot_contacts (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccordImporter) importer = import_file ("hubspot-contacts.csv", "contacts-mapping.json", &error);
  AccordLeadStore *store;
  const AccordLead *lead;

  g_assert_no_error (error);
  g_assert_cmpint (accord_importer_get_preset (importer), ==, ACCORD_PRESET_HUBSPOT);
  g_assert_cmpstr (accord_importer_get_delimiter (importer), ==, ",");
  g_assert_cmpstr (accord_importer_get_encoding (importer), ==, "UTF-8");
  g_assert_cmpstr (accord_mapping_get_column (accord_importer_get_mapping (importer),
                                              ACCORD_FIELD_CLOSED_DATE), ==, "Disqualified Date");

  /* Four data rows, an empty row and the footer. */
  g_assert_cmpuint (accord_importer_get_n_rows (importer), ==, 6);
  store = accord_importer_get_store (importer);
  g_assert_cmpuint (accord_lead_store_get_n_leads (store), ==, 2);

  lead = accord_lead_store_get_lead (store, 0);
  /* A 20-digit record id stays text, digit for digit. */
  g_assert_cmpstr (lead->record_id, ==, "51234567890123456789");
  g_assert_cmpstr (lead->first_name, ==, "Zoë");
  g_assert_cmpstr (lead->last_name, ==, "Müller");
  g_assert_cmpstr (lead->company, ==, "Acme GmbH");
  g_assert_cmpstr (lead->owner, ==, "Ana Silva");
  g_assert_cmpstr (lead->source, ==, "Organic Search");
  /* The band "1,001-5,000" counts as its lower bound. */
  g_assert_cmpint (lead->employees, ==, 1001);
  g_assert_cmpfloat (lead->annual_revenue, ==, 1200000);
  g_assert_cmpint (lead->tier, ==, ACCORD_TIER_HIGH);
  g_assert_cmpfloat (lead->score, ==, 85);
  g_assert_cmpint (lead->touches, ==, 12);
  g_assert_cmpfloat (lead->amount, ==, 12500);
  /* 2024-03-15 14:30 CET: day 19797, 13:30 UTC = 1710460800 + 48600. */
  g_assert_cmpint (lead->moments[ACCORD_MOMENT_CREATED], ==, 1710509400);
  /* 2024-03-16 09:00 CET = 08:00 UTC: 1710547200 + 28800. */
  g_assert_cmpint (lead->moments[ACCORD_MOMENT_MQL], ==, 1710576000);
  /* 2024-04-02 10:15 CEST = 08:15 UTC: day 19815, 1712016000 + 29700. */
  g_assert_cmpint (lead->moments[ACCORD_MOMENT_SQL], ==, 1712045700);
  /* 2024-03-16 11:00 CET = 10:00 UTC. */
  g_assert_cmpint (lead->moments[ACCORD_MOMENT_FIRST_TOUCH], ==, 1710583200);
  g_assert_cmpint (lead->moments[ACCORD_MOMENT_CLOSED], ==, ACCORD_TIME_NONE);

  lead = accord_lead_store_get_lead (store, 1);
  g_assert_cmpstr (lead->record_id, ==, "2");
  g_assert_cmpint (lead->employees, ==, 25);
  g_assert_true (isnan (lead->annual_revenue));
  g_assert_cmpint (lead->tier, ==, ACCORD_TIER_UNKNOWN);
  g_assert_cmpfloat (lead->score, ==, 55);
  g_assert_cmpint (lead->touches, ==, -1);
  g_assert_cmpint (lead->moments[ACCORD_MOMENT_MQL], ==, ACCORD_TIME_NONE);

  /* Lines: the header is line 1, the rows 2 to 5, the empty row 6 and
   * the footer 7. */
  g_assert_cmpuint (accord_importer_get_skipped (importer)->len, ==, 4);
  g_assert_cmpuint (skipped_row (importer, 0)->line, ==, 4);
  g_assert_nonnull (strstr (skipped_row (importer, 0)->reason, "Create Date"));
  g_assert_nonnull (strstr (skipped_row (importer, 0)->reason, "2024-02-30"));
  g_assert_cmpuint (skipped_row (importer, 1)->line, ==, 5);
  g_assert_nonnull (strstr (skipped_row (importer, 1)->reason, "before"));
  g_assert_cmpuint (skipped_row (importer, 2)->line, ==, 6);
  g_assert_nonnull (strstr (skipped_row (importer, 2)->reason, "no values"));
  g_assert_cmpuint (skipped_row (importer, 3)->line, ==, 7);
  g_assert_nonnull (strstr (skipped_row (importer, 3)->reason, "Grand Totals (4 records)"));

  g_assert_cmpfloat (accord_importer_get_fraction (importer), ==, 1.0);
}

static void
test_salesforce_report (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccordImporter) importer = import_file ("salesforce-report.csv", NULL, &error);
  AccordLeadStore *store;
  const AccordLead *lead;

  g_assert_no_error (error);
  g_assert_cmpint (accord_importer_get_preset (importer), ==, ACCORD_PRESET_SALESFORCE);
  store = accord_importer_get_store (importer);
  g_assert_cmpuint (accord_lead_store_get_n_leads (store), ==, 2);

  lead = accord_lead_store_get_lead (store, 0);
  g_assert_cmpstr (lead->record_id, ==, "00Q5g000001AbCd");
  g_assert_cmpstr (lead->owner, ==, "Grace Liu");
  g_assert_cmpint (lead->tier, ==, ACCORD_TIER_HIGH);
  /* "3/14/2024" can only be month-first, so "3/5/2024" is 5 March:
   * day 19787, midnight CET = 1709596800 − 3600. */
  g_assert_cmpint (lead->moments[ACCORD_MOMENT_CREATED], ==, 1709593200);
  g_assert_cmpint (accord_lead_store_get_lead (store, 1)->tier, ==, ACCORD_TIER_MODERATE);

  /* The trailer: "Grand Totals" on line 5, the disclaimer on 7 and the
   * copyright on 8; blank lines are no rows. */
  g_assert_cmpuint (accord_importer_get_skipped (importer)->len, ==, 3);
  g_assert_cmpuint (skipped_row (importer, 0)->line, ==, 5);
  g_assert_cmpuint (skipped_row (importer, 1)->line, ==, 7);
  g_assert_cmpuint (skipped_row (importer, 2)->line, ==, 8);
}

static void
test_day_first_column (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccordImporter) importer = import_file ("day-first.csv", "plain-mapping.json", &error);
  AccordLeadStore *store;

  g_assert_no_error (error);
  g_assert_cmpint (accord_importer_get_preset (importer), ==, ACCORD_PRESET_NONE);
  store = accord_importer_get_store (importer);
  g_assert_cmpuint (accord_lead_store_get_n_leads (store), ==, 3);

  /* "25/04/2024" makes the column day-first: "03/04/2024" is 3 April,
   * day 19816, midnight CEST = 1712102400 − 7200. */
  g_assert_cmpint (accord_lead_store_get_lead (store, 0)->moments[ACCORD_MOMENT_CREATED], ==, 1712095200);
  /* 25 April: day 19838. */
  g_assert_cmpint (accord_lead_store_get_lead (store, 1)->moments[ACCORD_MOMENT_CREATED], ==,
                   19838 * (gint64) 86400 - 7200);
  /* "04/04/2024" reads the same both ways: day 19817. */
  g_assert_cmpint (accord_lead_store_get_lead (store, 2)->moments[ACCORD_MOMENT_CREATED], ==,
                   19817 * (gint64) 86400 - 7200);
  g_assert_cmpstr (accord_lead_store_get_lead (store, 2)->owner, ==, "Ana");
}

static void
test_month_first_column (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccordImporter) importer = import_file ("month-first.csv", "plain-mapping.json", &error);
  AccordLeadStore *store;

  g_assert_no_error (error);
  store = accord_importer_get_store (importer);
  /* "04/25/2024" makes the column month-first: "03/04/2024" is 4 March,
   * day 19786, midnight CET = 1709510400 − 3600. */
  g_assert_cmpint (accord_lead_store_get_lead (store, 0)->moments[ACCORD_MOMENT_CREATED], ==, 1709506800);
}

/* Every column of day-first-deals.csv holds a day above 12, so each is
 * read day-first; each check waits for that. Midnights in CET, 2024
 * (day 19723 is 1 January). */
static void
test_day_first_checks (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccordImporter) importer = import_file ("day-first-deals.csv", "deals-mapping.json", &error);
  AccordLeadStore *store;
  const AccordLead *lead;

  g_assert_no_error (error);
  store = accord_importer_get_store (importer);
  g_assert_cmpuint (accord_lead_store_get_n_leads (store), ==, 4);

  /* D1: created 2 March, lost 1 April (CEST): read month-first they would
   * be 3 February and 4 January, closed before created. */
  lead = accord_lead_store_get_lead (store, 0);
  g_assert_cmpstr (lead->record_id, ==, "D1");
  g_assert_cmpint (lead->moments[ACCORD_MOMENT_CREATED], ==, 19784 * (gint64) 86400 - 3600);
  g_assert_cmpint (lead->moments[ACCORD_MOMENT_CLOSED], ==, 19814 * (gint64) 86400 - 7200);

  /* D3: a lost deal's close date, 3 February, moved to the closed date
   * and read in its own column's order. */
  lead = accord_lead_store_get_lead (store, 2);
  g_assert_cmpstr (lead->record_id, ==, "D3");
  g_assert_cmpint (lead->moments[ACCORD_MOMENT_CUSTOMER], ==, ACCORD_TIME_NONE);
  g_assert_cmpint (lead->moments[ACCORD_MOMENT_CLOSED], ==, 19756 * (gint64) 86400 - 3600);

  /* D4: a breakup on 20 January closes the lead (DESIGN §2). */
  lead = accord_lead_store_get_lead (store, 3);
  g_assert_cmpstr (lead->record_id, ==, "D4");
  g_assert_cmpint (lead->moments[ACCORD_MOMENT_BREAKUP], ==, 19742 * (gint64) 86400 - 3600);
  g_assert_cmpint (lead->moments[ACCORD_MOMENT_CLOSED], ==, 19742 * (gint64) 86400 - 3600);

  /* D5, line 6: lost on 13 February, created 20 February. */
  g_assert_cmpuint (accord_importer_get_skipped (importer)->len, ==, 1);
  g_assert_cmpuint (skipped_row (importer, 0)->line, ==, 6);
  g_assert_nonnull (strstr (skipped_row (importer, 0)->reason, "Lost On"));
}

/* A header the reader cannot read is an error, not a row to skip: the
 * next row would pass for the header. */
static void
test_unreadable_header (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("accord-importer-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(GString) data = g_string_new (NULL);
  g_autoptr(GFile) file = NULL;
  g_autoptr(AccordImporter) importer = NULL;

  g_assert_no_error (error);
  path = g_build_filename (dir, "huge-header.csv", NULL);
  g_string_append (data, "Record ID,");
  for (guint i = 0; i < 1100 * 1024; i++)
    g_string_append_c (data, 'x');
  g_string_append (data, "\n1,2024-01-01\n");
  g_assert_true (g_file_set_contents (path, data->str, data->len, &error));

  file = g_file_new_for_path (path);
  importer = accord_importer_new (file);
  g_assert_false (accord_importer_run (importer, NULL, &error));
  g_assert_error (error, ACCORD_IMPORT_ERROR, ACCORD_IMPORT_ERROR_MALFORMED);
  g_assert_nonnull (strstr (error->message, "huge-header.csv: line 1: the header row cannot be read"));

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_deal_stages (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccordImporter) importer = import_file ("hubspot-deals.csv", NULL, &error);
  AccordLeadStore *store;
  const AccordLead *won, *lost, *open;

  g_assert_no_error (error);
  g_assert_cmpint (accord_importer_get_preset (importer), ==, ACCORD_PRESET_HUBSPOT);
  store = accord_importer_get_store (importer);
  g_assert_cmpuint (accord_lead_store_get_n_leads (store), ==, 3);
  won = accord_lead_store_get_lead (store, 0);
  lost = accord_lead_store_get_lead (store, 1);
  open = accord_lead_store_get_lead (store, 2);

  /* Closed Won: the close date is the day it was won, 2024-05-10, day
   * 19853, midnight CEST. */
  g_assert_cmpint (won->moments[ACCORD_MOMENT_CUSTOMER], ==, 19853 * (gint64) 86400 - 7200);
  g_assert_cmpint (won->moments[ACCORD_MOMENT_CLOSED], ==, ACCORD_TIME_NONE);
  g_assert_cmpfloat (won->amount, ==, 5000);
  /* Closed Lost: the close date closes it, 2024-05-12. */
  g_assert_cmpint (lost->moments[ACCORD_MOMENT_CUSTOMER], ==, ACCORD_TIME_NONE);
  g_assert_cmpint (lost->moments[ACCORD_MOMENT_CLOSED], ==, 19855 * (gint64) 86400 - 7200);
  /* An open deal's close date is only expected. */
  g_assert_cmpint (open->moments[ACCORD_MOMENT_CUSTOMER], ==, ACCORD_TIME_NONE);
  g_assert_cmpint (open->moments[ACCORD_MOMENT_CLOSED], ==, ACCORD_TIME_NONE);
  g_assert_cmpstr (open->stage, ==, "Contract Sent");
}

static void
test_hubspot_json (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccordImporter) importer = import_file ("hubspot-api.json", NULL, &error);
  AccordLeadStore *store;

  g_assert_no_error (error);
  g_assert_cmpint (accord_importer_get_preset (importer), ==, ACCORD_PRESET_HUBSPOT);
  g_assert_null (accord_importer_get_delimiter (importer));
  store = accord_importer_get_store (importer);
  g_assert_cmpuint (accord_lead_store_get_n_leads (store), ==, 2);
  g_assert_cmpstr (accord_lead_store_get_lead (store, 0)->record_id, ==, "101");
  g_assert_cmpstr (accord_lead_store_get_lead (store, 0)->owner, ==, "Ana Silva");
  g_assert_cmpfloat (accord_lead_store_get_lead (store, 0)->score, ==, 72);
  /* 2024-01-17T19:55:04.281Z: day 19739, 1705449600 + 71704; the
   * milliseconds are dropped. */
  g_assert_cmpint (accord_lead_store_get_lead (store, 0)->moments[ACCORD_MOMENT_CREATED], ==, 1705521304);
  g_assert_true (isnan (accord_lead_store_get_lead (store, 1)->score));
}

static void
test_missing_column (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccordImporter) importer = import_file ("missing-created.csv", NULL, &error);

  g_assert_error (error, ACCORD_IMPORT_ERROR, ACCORD_IMPORT_ERROR_MISSING_COLUMN);
  g_assert_true (g_str_has_prefix (error->message, "missing-created.csv: "));
  g_assert_nonnull (strstr (error->message, "created"));
}

static void
test_inspect_without_columns (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "import", "missing-created.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(AccordImporter) importer = accord_importer_new (file);
  g_autoptr(GError) error = NULL;
  GPtrArray *preview;

  accord_importer_set_require_columns (importer, FALSE);
  accord_importer_set_preview_rows (importer, 20);
  g_assert_true (accord_importer_run (importer, NULL, &error));
  g_assert_no_error (error);

  g_assert_cmpstrv (accord_importer_get_header (importer), ((const char *[]) { "Name", "Phone", NULL }));
  preview = accord_importer_get_preview (importer);
  g_assert_cmpuint (preview->len, ==, 1);
  g_assert_cmpstrv (g_ptr_array_index (preview, 0), ((const char *[]) { "Ada", "123", NULL }));
  g_assert_cmpuint (accord_lead_store_get_n_leads (accord_importer_get_store (importer)), ==, 0);
  g_assert_true (accord_mapping_is_empty (accord_importer_get_mapping (importer)));
}

static void
test_row_limit (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "import", "hubspot-contacts.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(AccordImporter) importer = accord_importer_new (file);
  g_autoptr(GError) error = NULL;

  /* A look at the header and the first two rows, not an import. */
  accord_importer_set_row_limit (importer, 2);
  accord_importer_set_preview_rows (importer, 5);
  g_assert_true (accord_importer_run (importer, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (accord_importer_get_preset (importer), ==, ACCORD_PRESET_HUBSPOT);
  g_assert_cmpuint (accord_importer_get_n_rows (importer), ==, 2);
  g_assert_cmpuint (accord_importer_get_preview (importer)->len, ==, 2);
  g_assert_cmpstr (((char **) g_ptr_array_index (accord_importer_get_preview (importer), 1))[0], ==, "2");
}

static void
test_wrong_user_mapping (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccordImporter) importer = import_file ("day-first.csv", "wrong-mapping.json", &error);

  g_assert_error (error, ACCORD_IMPORT_ERROR, ACCORD_IMPORT_ERROR_MISSING_COLUMN);
  g_assert_nonnull (strstr (error->message, "day-first.csv"));
  g_assert_nonnull (strstr (error->message, "Sales Rep"));
}

static void
test_header_only (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccordImporter) importer = import_file ("header-only.csv", NULL, &error);

  g_assert_error (error, ACCORD_IMPORT_ERROR, ACCORD_IMPORT_ERROR_NO_ROWS);
  g_assert_true (g_str_has_prefix (error->message, "header-only.csv: "));
}

static void
test_all_rows_bad (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccordImporter) importer = import_file ("all-bad.csv", NULL, &error);

  /* The error tells the first reason, with its line. */
  g_assert_error (error, ACCORD_IMPORT_ERROR, ACCORD_IMPORT_ERROR_NO_ROWS);
  g_assert_nonnull (strstr (error->message, "line 2"));
  g_assert_nonnull (strstr (error->message, "not a date"));
  g_assert_cmpuint (accord_importer_get_skipped (importer)->len, ==, 3);
  g_assert_cmpuint (skipped_row (importer, 1)->line, ==, 3);
  g_assert_nonnull (strstr (skipped_row (importer, 1)->reason, "2024-13-01"));
  /* Year 1 is no CRM's date. */
  g_assert_cmpuint (skipped_row (importer, 2)->line, ==, 4);
  g_assert_nonnull (strstr (skipped_row (importer, 2)->reason, "out of range"));
}

/* Found by fuzz-csv: a record the reader skips, first in its batch, reached
 * the worker with no fields at all (UBSan: offset applied to NULL). */
static void
test_unterminated_first_row (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccordImporter) importer = import_file ("unterminated-first-row.csv", NULL, &error);

  /* The quote opened at line 2, column 1 is never closed: that record is
   * skipped, and it was the only one. */
  g_assert_error (error, ACCORD_IMPORT_ERROR, ACCORD_IMPORT_ERROR_NO_ROWS);
  g_assert_cmpstr (error->message, ==,
                   "unterminated-first-row.csv: no row could be read; "
                   "line 2: unterminated quoted field beginning at line 2, column 1");
  g_assert_cmpuint (accord_importer_get_skipped (importer)->len, ==, 1);
  g_assert_cmpuint (skipped_row (importer, 0)->line, ==, 2);
}

/* The input fuzz-csv found: a header over lines 1 and 2 (a quoted newline
 * in "Amou nt"), then line 3 whose 7th field, "1,00, is never closed. */
static void
test_fuzz_csv_crash (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccordImporter) importer = import_file ("fuzz-csv-crash.csv", NULL, &error);

  g_assert_error (error, ACCORD_IMPORT_ERROR, ACCORD_IMPORT_ERROR_NO_ROWS);
  g_assert_cmpstr (error->message, ==,
                   "fuzz-csv-crash.csv: no row could be read; "
                   "line 3: unterminated quoted field beginning at line 3, column 7");
}

static void
test_missing_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccordImporter) importer = import_file ("no-such-file.csv", NULL, &error);

  g_assert_error (error, ACCORD_IMPORT_ERROR, ACCORD_IMPORT_ERROR_FAILED);
  g_assert_true (g_str_has_prefix (error->message, "no-such-file.csv: "));
}

static void
fraction_notify_cb (GObject    *object,
                    GParamSpec *pspec,
                    guint      *n_notifies)
{
  (*n_notifies)++;
}

typedef struct
{
  gboolean  done;
  GError   *error;
} RunResult;

static void
run_done_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  RunResult *run = user_data;

  accord_importer_run_finish (ACCORD_IMPORTER (object), result, &run->error);
  run->done = TRUE;
}

static void
test_async (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "import", "hubspot-contacts.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(AccordImporter) importer = accord_importer_new (file);
  RunResult run = { FALSE, NULL };
  guint n_notifies = 0;

  g_signal_connect (importer, "notify::fraction", G_CALLBACK (fraction_notify_cb), &n_notifies);
  accord_importer_run_async (importer, NULL, run_done_cb, &run);
  /* Progress and the result arrive on this thread's main context. */
  while (!run.done)
    g_main_context_iteration (NULL, TRUE);
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);

  g_assert_no_error (run.error);
  g_assert_cmpuint (n_notifies, >=, 1);
  g_assert_cmpfloat (accord_importer_get_fraction (importer), ==, 1.0);
  /* Without the mapping, "Disqualified Date" closes nothing: leads 1, 2
   * and 4 are imported; 3 has no valid create date. */
  g_assert_cmpuint (accord_lead_store_get_n_leads (accord_importer_get_store (importer)), ==, 3);
}

static void
test_cancelled (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "import", "hubspot-contacts.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(AccordImporter) importer = accord_importer_new (file);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;

  g_cancellable_cancel (cancellable);
  g_assert_false (accord_importer_run (importer, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

/* Cancel half way: the export arrives through a pipe, and Cancel is
 * pressed between two writes, so the import cannot have reached the end
 * of the file; it stops with a cancelled error, not with a part read. */
static void
test_cancelled_midway (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_dir_make_tmp ("accord-importer-XXXXXX", &error);
  g_autofree char *path = g_build_filename (folder, "contacts.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(AccordImporter) importer = accord_importer_new (file);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GString) rows = g_string_new (NULL);
  RunResult run = { FALSE, NULL };
  int fd;

  g_assert_no_error (error);
  g_assert_cmpint (mkfifo (path, 0600), ==, 0);
  /* Once the import stops reading, the last write may meet a closed pipe. */
  signal (SIGPIPE, SIG_IGN);

  accord_importer_run_async (importer, cancellable, run_done_cb, &run);
  /* Opening blocks until the import opens the other end. */
  fd = g_open (path, O_WRONLY, 0);
  g_assert_cmpint (fd, >=, 0);

  g_string_append (rows, "Record ID,Create Date,Contact owner\n");
  for (guint i = 1; i <= 1000; i++)
    g_string_append_printf (rows, "%u,2024-03-01,Ana\n", i);
  g_assert_cmpint (write (fd, rows->str, rows->len), ==, (gssize) rows->len);
  g_cancellable_cancel (cancellable);
  /* A read begun before Cancel returns these rows; the next one stops. */
  (void) !write (fd, rows->str + 36, 1000);

  while (!run.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (close (fd), ==, 0);

  g_assert_error (run.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&run.error);
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (folder), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/importer/hubspot-contacts", test_hubspot_contacts);
  g_test_add_func ("/core/importer/salesforce-report", test_salesforce_report);
  g_test_add_func ("/core/importer/day-first-column", test_day_first_column);
  g_test_add_func ("/core/importer/month-first-column", test_month_first_column);
  g_test_add_func ("/core/importer/deal-stages", test_deal_stages);
  g_test_add_func ("/core/importer/day-first-checks", test_day_first_checks);
  g_test_add_func ("/core/importer/unreadable-header", test_unreadable_header);
  g_test_add_func ("/core/importer/hubspot-json", test_hubspot_json);
  g_test_add_func ("/core/importer/missing-column", test_missing_column);
  g_test_add_func ("/core/importer/inspect-without-columns", test_inspect_without_columns);
  g_test_add_func ("/core/importer/row-limit", test_row_limit);
  g_test_add_func ("/core/importer/wrong-user-mapping", test_wrong_user_mapping);
  g_test_add_func ("/core/importer/header-only", test_header_only);
  g_test_add_func ("/core/importer/all-rows-bad", test_all_rows_bad);
  g_test_add_func ("/core/importer/unterminated-first-row", test_unterminated_first_row);
  g_test_add_func ("/core/importer/fuzz-csv-crash", test_fuzz_csv_crash);
  g_test_add_func ("/core/importer/missing-file", test_missing_file);
  g_test_add_func ("/core/importer/async", test_async);
  g_test_add_func ("/core/importer/cancelled", test_cancelled);
  g_test_add_func ("/core/importer/cancelled-midway", test_cancelled_midway);

  return g_test_run ();
}
