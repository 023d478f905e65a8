/* test-report.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "accord-report.h"
#include "accord-zone.h"

/* The whole report, number by number, is checked through the command
 * line (tests/cli); these tests check what the report adds itself. */

static AccordLeadStore *
make_store (AccordZone *zone)
{
  AccordLeadStore *store = accord_lead_store_new ();
  AccordLead *lead;

  /* An owner whose name a spreadsheet would run as a formula. */
  lead = accord_lead_store_append (store);
  lead->record_id = accord_lead_store_add_text (store, "1");
  lead->owner = accord_lead_store_intern (store, "=HYPERLINK(\"http://x\",\"y\")");
  lead->employees = 50;
  lead->moments[ACCORD_MOMENT_CREATED] = accord_zone_from_civil (zone, 2024, 9, 2, 10, 0, 0);
  lead->moments[ACCORD_MOMENT_MQL] = accord_zone_from_civil (zone, 2024, 9, 3, 10, 0, 0);

  lead = accord_lead_store_append (store);
  lead->record_id = accord_lead_store_add_text (store, "2");
  lead->owner = accord_lead_store_intern (store, "Ben, Okafor");
  lead->employees = 50;
  lead->moments[ACCORD_MOMENT_CREATED] = accord_zone_from_civil (zone, 2024, 10, 7, 9, 30, 0);

  return store;
}

static void
test_defaults (void)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(AccordZone) zone = accord_zone_new (tz);
  g_autoptr(AccordLeadStore) store = make_store (zone);
  g_autoptr(AccordAgreement) agreement = accord_agreement_new ();
  g_autoptr(AccordReport) report = accord_report_new (store, agreement, tz);

  /* DESIGN §6: the month of the latest date, D the latest timestamp. */
  g_assert_cmpint (accord_report_get_month (report), ==, ACCORD_MONTH_KEY (2024, 10));
  g_assert_cmpint (accord_report_get_as_of (report), ==,
                   accord_zone_from_civil (zone, 2024, 10, 7, 9, 30, 0));

  accord_report_set_month (report, ACCORD_MONTH_KEY (2024, 9));
  accord_report_set_as_of (report, 1000);
  g_assert_cmpint (accord_report_get_month (report), ==, ACCORD_MONTH_KEY (2024, 9));
  g_assert_cmpint (accord_report_get_as_of (report), ==, 1000);
}

static void
test_csv_neutralises_formulas (void)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(AccordZone) zone = accord_zone_new (tz);
  g_autoptr(AccordLeadStore) store = make_store (zone);
  g_autoptr(AccordAgreement) agreement = accord_agreement_new ();
  g_autoptr(AccordReport) report = accord_report_new (store, agreement, tz);
  g_autofree char *csv = NULL;

  accord_report_set_month (report, ACCORD_MONTH_KEY (2024, 9));
  csv = accord_report_to_csv (report);

  /* The formula is quoted text behind an apostrophe, its quotes doubled;
   * a comma is quoted. Lead 1 is one MQL in September's pool. */
  g_assert_nonnull (strstr (csv, "sdrs,2024-09,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",active_mqls,1\r\n"));
  g_assert_nonnull (strstr (csv, "sdrs,2024-09,\"Ben, Okafor\",universe,0\r\n"));
  g_assert_null (strstr (csv, "\n=HYPERLINK"));
  g_assert_null (strstr (csv, ",=HYPERLINK"));
}

static void
test_json_nulls (void)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(AccordZone) zone = accord_zone_new (tz);
  g_autoptr(AccordLeadStore) store = make_store (zone);
  g_autoptr(AccordAgreement) agreement = accord_agreement_new ();
  g_autoptr(AccordReport) report = accord_report_new (store, agreement, tz);
  g_autoptr(JsonNode) node = NULL;
  JsonObject *root, *october, *goals;
  JsonArray *months;

  node = accord_report_to_json (report);
  root = json_node_get_object (node);
  g_assert_cmpstr (json_object_get_string_member (root, "time_zone"), ==, "Europe/Berlin");
  g_assert_cmpstr (json_object_get_string_member (root, "as_of"), ==, "2024-10-07 09:30");

  months = json_object_get_array_member (root, "months");
  g_assert_cmpuint (json_array_get_length (months), ==, 2);
  october = json_array_get_object_element (months, 1);
  g_assert_true (json_object_get_boolean_member (october, "running"));
  /* No goal for revenue: null, not NaN (which is no JSON). */
  goals = json_object_get_object_member (october, "goals");
  g_assert_true (json_object_get_null_member (goals, "revenue"));
  g_assert_cmpint (json_object_get_int_member (goals, "leads_sourced"), ==, 300);
  /* The running month has its pace: 300 leads × the part of October gone
   * by 7 October 09:30 — 153.5 hours of 745 (31 days and the hour the
   * clocks go back on the 27th). */
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (
    json_object_get_object_member (october, "pace"), "leads_sourced"),
    300 * 153.5 / 745, 1e-9);
  /* The import part is there even when nothing was recorded. */
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (root, "import"), "leads"), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/report/defaults", test_defaults);
  g_test_add_func ("/core/report/csv-neutralises-formulas", test_csv_neutralises_formulas);
  g_test_add_func ("/core/report/json-nulls", test_json_nulls);

  return g_test_run ();
}
