/* test-agreement.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "accord-agreement.h"
#include "accord-zone.h"

static AccordAgreement *
load_fixture (const char  *name,
              GError     **error)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "agreement", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return accord_agreement_new_from_file (file, error);
}

static void
assert_message_has (const GError *error,
                    const char   *prefix,
                    const char   *text)
{
  g_assert_nonnull (error);
  if (!g_str_has_prefix (error->message, prefix) || strstr (error->message, text) == NULL)
    g_error ("message “%s” does not begin with “%s” and hold “%s”", error->message, prefix, text);
}

static void
test_defaults (void)
{
  g_autoptr(AccordAgreement) agreement = accord_agreement_new ();
  g_autoptr(GError) error = NULL;
  const AccordProtocol *protocol;
  const AccordCapacity *capacity;
  const AccordKpi *kpis;
  guint n_kpis;
  int min, max;
  double high, moderate, revenue_min, revenue_max;
  int january = ACCORD_MONTH_KEY (2025, 1);

  g_assert_cmpstr (accord_agreement_get_name (agreement), ==, "Sales and marketing agreement");

  /* DESIGN §1: any industry, 10–5000 employees, no revenue bounds. */
  g_assert_cmpuint (g_strv_length ((char **) accord_agreement_get_industries (agreement)), ==, 0);
  accord_agreement_get_employees (agreement, &min, &max);
  g_assert_cmpint (min, ==, 10);
  g_assert_cmpint (max, ==, 5000);
  accord_agreement_get_revenue (agreement, &revenue_min, &revenue_max);
  g_assert_true (isnan (revenue_min));
  g_assert_true (isnan (revenue_max));

  /* Goals 300, 250, 125, 525, 32; none for the rest. */
  g_assert_cmpfloat (accord_agreement_get_goal (agreement, january, ACCORD_FIGURE_LEADS_SOURCED), ==, 300);
  g_assert_cmpfloat (accord_agreement_get_goal (agreement, january, ACCORD_FIGURE_QUALIFIED_LEADS), ==, 250);
  g_assert_cmpfloat (accord_agreement_get_goal (agreement, january, ACCORD_FIGURE_MQLS_CREATED), ==, 125);
  g_assert_cmpfloat (accord_agreement_get_goal (agreement, january, ACCORD_FIGURE_MQLS_MANAGED), ==, 525);
  g_assert_cmpfloat (accord_agreement_get_goal (agreement, january, ACCORD_FIGURE_SQLS_CREATED), ==, 32);
  g_assert_true (isnan (accord_agreement_get_goal (agreement, january, ACCORD_FIGURE_OPPORTUNITIES)));
  g_assert_true (isnan (accord_agreement_get_goal (agreement, january, ACCORD_FIGURE_CUSTOMERS)));
  g_assert_true (isnan (accord_agreement_get_goal (agreement, january, ACCORD_FIGURE_REVENUE)));

  /* High 4 h / 15 / 1 / 90 d; Moderate 24 h / 8 / 1 / 60 d; Low 48 h / 3 / 1 / 30 d. */
  protocol = accord_agreement_get_protocol (agreement, ACCORD_TIER_HIGH);
  g_assert_cmpuint (protocol->response_hours, ==, 4);
  g_assert_cmpuint (protocol->touches, ==, 15);
  g_assert_cmpuint (protocol->breakups, ==, 1);
  g_assert_cmpuint (protocol->timeframe_days, ==, 90);
  protocol = accord_agreement_get_protocol (agreement, ACCORD_TIER_MODERATE);
  g_assert_cmpuint (protocol->response_hours, ==, 24);
  g_assert_cmpuint (protocol->touches, ==, 8);
  g_assert_cmpuint (protocol->breakups, ==, 1);
  g_assert_cmpuint (protocol->timeframe_days, ==, 60);
  protocol = accord_agreement_get_protocol (agreement, ACCORD_TIER_LOW);
  g_assert_cmpuint (protocol->response_hours, ==, 48);
  g_assert_cmpuint (protocol->touches, ==, 3);
  g_assert_cmpuint (protocol->breakups, ==, 1);
  g_assert_cmpuint (protocol->timeframe_days, ==, 30);
  protocol = accord_agreement_get_protocol (agreement, ACCORD_TIER_UNKNOWN);
  g_assert_cmpuint (protocol->response_hours, ==, 48);
  g_assert_cmpuint (protocol->timeframe_days, ==, 30);

  accord_agreement_get_score_thresholds (agreement, &high, &moderate);
  g_assert_cmpfloat (high, ==, 70);
  g_assert_cmpfloat (moderate, ==, 40);

  /* 200–400, 150–200, 15, 8 %. */
  capacity = accord_agreement_get_capacity (agreement);
  g_assert_cmpuint (capacity->universe_min, ==, 200);
  g_assert_cmpuint (capacity->universe_max, ==, 400);
  g_assert_cmpuint (capacity->active_min, ==, 150);
  g_assert_cmpuint (capacity->active_max, ==, 200);
  g_assert_cmpuint (capacity->sqls_per_month, ==, 15);
  g_assert_cmpfloat_with_epsilon (capacity->mql_conversion, 0.08, 1e-12);

  g_assert_cmpuint (accord_agreement_get_n_sdrs (agreement), ==, 0);
  g_assert_cmpstr (accord_agreement_get_handoff_rule (agreement), ==, "least-load");

  /* Lead velocity, contact rate, MQL:SQL, time MQL→SQL, $ value of SQLs. */
  kpis = accord_agreement_get_kpis (agreement, &n_kpis);
  g_assert_cmpuint (n_kpis, ==, 5);
  g_assert_cmpint (kpis[0], ==, ACCORD_KPI_LEAD_VELOCITY);
  g_assert_cmpint (kpis[1], ==, ACCORD_KPI_CONTACT_RATE);
  g_assert_cmpint (kpis[2], ==, ACCORD_KPI_MQL_TO_SQL);
  g_assert_cmpint (kpis[3], ==, ACCORD_KPI_TIME_MQL_TO_SQL);
  g_assert_cmpint (kpis[4], ==, ACCORD_KPI_SQL_VALUE);

  g_assert_cmpuint (accord_agreement_get_review_months (agreement), ==, 6);
  g_assert_null (accord_agreement_get_next_review (agreement));

  for (guint i = 0; i < ACCORD_N_SECTIONS; i++)
    g_assert_cmpuint (strlen (accord_agreement_get_section (agreement, i)), >, 40);
  g_assert_true (g_str_has_prefix (accord_agreement_get_section (agreement, ACCORD_SECTION_SUMMARY),
                                   "Marketing and sales agree"));

  g_assert_true (accord_agreement_validate (agreement, &error));
  g_assert_no_error (error);

  g_assert_finalize_object (g_steal_pointer (&agreement));
}

/* A default agreement written and read back gives the same text. */
static void
test_default_round_trip (void)
{
  g_autoptr(AccordAgreement) agreement = accord_agreement_new ();
  g_autoptr(AccordAgreement) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *again = NULL;
  gsize length;

  data = accord_agreement_to_data (agreement, &length);
  g_assert_cmpuint (length, ==, strlen (data));
  loaded = accord_agreement_new_from_data (data, -1, "default.json", &error);
  g_assert_no_error (error);
  again = accord_agreement_to_data (loaded, NULL);
  g_assert_cmpstr (again, ==, data);

  g_assert_finalize_object (g_steal_pointer (&agreement));
  g_assert_finalize_object (g_steal_pointer (&loaded));
}

/* Every part changed from its default, saved, loaded: the same JSON. */
static void
test_round_trip (void)
{
  g_autoptr(AccordAgreement) agreement = accord_agreement_new ();
  g_autoptr(AccordAgreement) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "round-trip.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *data = NULL;
  g_autofree char *again = NULL;
  g_autofree char *on_disk = NULL;
  const char *industries[] = { " Software ", "Retail", "", NULL };
  const AccordKpi kpis[] = {
    ACCORD_KPI_SALES_VELOCITY, ACCORD_KPI_CONTACT_RATE, ACCORD_KPI_MQL_TO_CUSTOMER,
    ACCORD_KPI_TOUCHES_TO_SQL, ACCORD_KPI_CONVERSATION_RATE, ACCORD_KPI_MQL_TO_OPPORTUNITY,
  };
  AccordProtocol protocol = { 2, 20, 2, 120 };
  AccordCapacity capacity = { 100, 300, 50, 90, 12, 0.125 };
  const char * const *stored;
  const AccordKpi *got_kpis;
  guint n_kpis;
  double revenue_min, revenue_max;

  g_assert_no_errno (g_mkdir_with_parents (g_get_user_data_dir (), 0700));

  accord_agreement_set_name (agreement, "Northwind “2025”");
  accord_agreement_set_industries (agreement, industries);
  accord_agreement_set_employees (agreement, -1, 250);
  accord_agreement_set_revenue (agreement, 1500000.5, NAN);
  accord_agreement_set_score_thresholds (agreement, 80.5, 45);
  accord_agreement_set_default_goal (agreement, ACCORD_FIGURE_REVENUE, 60000);
  accord_agreement_set_default_goal (agreement, ACCORD_FIGURE_LEADS_SOURCED, NAN);
  accord_agreement_set_goal (agreement, ACCORD_MONTH_KEY (2025, 2), ACCORD_FIGURE_SQLS_CREATED, 40);
  accord_agreement_set_goal (agreement, ACCORD_MONTH_KEY (2024, 12), ACCORD_FIGURE_CUSTOMERS, 3);
  accord_agreement_set_goal (agreement, ACCORD_MONTH_KEY (2024, 12), ACCORD_FIGURE_REVENUE, 12345.75);
  accord_agreement_set_protocol (agreement, ACCORD_TIER_MODERATE, &protocol);
  accord_agreement_set_capacity (agreement, &capacity);
  accord_agreement_add_sdr (agreement, "Ana Silva", ACCORD_SPECIALISATION_INBOUND);
  accord_agreement_add_sdr (agreement, "Chloé Martin", ACCORD_SPECIALISATION_HYBRID);
  accord_agreement_add_sdr (agreement, "Grace Liu", ACCORD_SPECIALISATION_OUTBOUND);
  accord_agreement_set_kpis (agreement, kpis, G_N_ELEMENTS (kpis));
  accord_agreement_set_review_months (agreement, 3);
  g_assert_true (accord_agreement_set_next_review (agreement, "2025-06-30"));
  accord_agreement_set_section (agreement, ACCORD_SECTION_CANCELLATION, "Line one.\nLine “two”.");
  accord_agreement_set_asset_hours (agreement, "Webinars", 12.5);
  accord_agreement_set_asset_hours (agreement, "Organic Search", 40);
  accord_agreement_set_asset_hours (agreement, "Webinars", 20);

  g_assert_true (accord_agreement_save_to_file (agreement, file, &error));
  g_assert_no_error (error);

  loaded = accord_agreement_new_from_file (file, &error);
  g_assert_no_error (error);
  g_assert_nonnull (loaded);

  data = accord_agreement_to_data (agreement, NULL);
  again = accord_agreement_to_data (loaded, NULL);
  g_assert_cmpstr (again, ==, data);
  g_assert_true (g_file_get_contents (path, &on_disk, NULL, NULL));
  g_assert_cmpstr (on_disk, ==, data);

  /* And the values themselves, not only their text. */
  g_assert_cmpstr (accord_agreement_get_name (loaded), ==, "Northwind “2025”");
  stored = accord_agreement_get_industries (loaded);
  g_assert_cmpuint (g_strv_length ((char **) stored), ==, 2);
  g_assert_cmpstr (stored[0], ==, "Software");
  g_assert_cmpstr (stored[1], ==, "Retail");
  accord_agreement_get_revenue (loaded, &revenue_min, &revenue_max);
  g_assert_cmpfloat (revenue_min, ==, 1500000.5);
  g_assert_true (isnan (revenue_max));
  g_assert_true (isnan (accord_agreement_get_default_goal (loaded, ACCORD_FIGURE_LEADS_SOURCED)));
  g_assert_cmpfloat (accord_agreement_get_goal (loaded, ACCORD_MONTH_KEY (2024, 12), ACCORD_FIGURE_REVENUE),
                     ==, 12345.75);
  g_assert_cmpfloat (accord_agreement_get_goal (loaded, ACCORD_MONTH_KEY (2025, 2), ACCORD_FIGURE_SQLS_CREATED),
                     ==, 40);
  g_assert_cmpuint (accord_agreement_get_protocol (loaded, ACCORD_TIER_MODERATE)->timeframe_days, ==, 120);
  g_assert_cmpfloat (accord_agreement_get_capacity (loaded)->mql_conversion, ==, 0.125);
  g_assert_cmpuint (accord_agreement_get_n_sdrs (loaded), ==, 3);
  g_assert_cmpstr (accord_agreement_get_sdr_name (loaded, 1), ==, "Chloé Martin");
  g_assert_cmpint (accord_agreement_get_sdr_specialisation (loaded, 2), ==, ACCORD_SPECIALISATION_OUTBOUND);
  got_kpis = accord_agreement_get_kpis (loaded, &n_kpis);
  g_assert_cmpuint (n_kpis, ==, 6);
  g_assert_cmpint (got_kpis[0], ==, ACCORD_KPI_SALES_VELOCITY);
  g_assert_cmpstr (accord_agreement_get_next_review (loaded), ==, "2025-06-30");
  g_assert_cmpstr (accord_agreement_get_section (loaded, ACCORD_SECTION_CANCELLATION), ==,
                   "Line one.\nLine “two”.");
  /* Setting an asset again replaces its hours, in its place. */
  g_assert_cmpuint (accord_agreement_get_n_assets (loaded), ==, 2);
  g_assert_cmpstr (accord_agreement_get_asset_name (loaded, 0), ==, "Webinars");
  g_assert_cmpfloat (accord_agreement_get_asset_hours (loaded, 0), ==, 20);
  g_assert_cmpstr (accord_agreement_get_asset_name (loaded, 1), ==, "Organic Search");
  g_assert_cmpfloat (accord_agreement_get_asset_hours (loaded, 1), ==, 40);

  g_assert_finalize_object (g_steal_pointer (&agreement));
  g_assert_finalize_object (g_steal_pointer (&loaded));
}

/* Only "format", "version" and one goal: everything else is the default. */
static void
test_partial (void)
{
  g_autoptr(AccordAgreement) agreement = NULL;
  g_autoptr(AccordAgreement) defaults = accord_agreement_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *expected = NULL;

  agreement = load_fixture ("partial.json", &error);
  g_assert_no_error (error);

  g_assert_cmpfloat (accord_agreement_get_goal (agreement, ACCORD_MONTH_KEY (2025, 1),
                                                ACCORD_FIGURE_SQLS_CREATED), ==, 40);
  /* The month keeps the defaults of the figures it does not set. */
  g_assert_cmpfloat (accord_agreement_get_goal (agreement, ACCORD_MONTH_KEY (2025, 1),
                                                ACCORD_FIGURE_MQLS_CREATED), ==, 125);
  g_assert_cmpfloat (accord_agreement_get_goal (agreement, ACCORD_MONTH_KEY (2025, 2),
                                                ACCORD_FIGURE_SQLS_CREATED), ==, 32);

  /* Apart from the override, the same as a new agreement. */
  accord_agreement_set_goal (defaults, ACCORD_MONTH_KEY (2025, 1), ACCORD_FIGURE_SQLS_CREATED, 40);
  data = accord_agreement_to_data (agreement, NULL);
  expected = accord_agreement_to_data (defaults, NULL);
  g_assert_cmpstr (data, ==, expected);

  g_assert_finalize_object (g_steal_pointer (&agreement));
  g_assert_finalize_object (g_steal_pointer (&defaults));
}

/* The sample that ships in data/samples. */
static void
test_sample (void)
{
  static const char * const names[] = {
    "Ana Silva", "Ben Okafor", "Chloé Martin", "Dmitri Volkov", "Elena García",
    "Farid Haddad", "Grace Liu", "Hiro Tanaka", "Ingrid Larsen", "Jamal Wright",
  };
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "samples",
                                                 "agreement.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(AccordAgreement) agreement = NULL;
  g_autoptr(GError) error = NULL;
  int month = ACCORD_MONTH_KEY (2026, 7);
  guint n_kpis;
  int min, max;

  agreement = accord_agreement_new_from_file (file, &error);
  g_assert_no_error (error);

  g_assert_cmpuint (accord_agreement_get_n_sdrs (agreement), ==, G_N_ELEMENTS (names));
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_assert_cmpstr (accord_agreement_get_sdr_name (agreement, i), ==, names[i]);
  g_assert_cmpint (accord_agreement_get_sdr_specialisation (agreement, 3), ==,
                   ACCORD_SPECIALISATION_OUTBOUND);

  g_assert_cmpuint (g_strv_length ((char **) accord_agreement_get_industries (agreement)), ==, 5);
  accord_agreement_get_employees (agreement, &min, &max);
  g_assert_cmpint (min, ==, 20);
  g_assert_cmpint (max, ==, 5000);
  g_assert_cmpfloat (accord_agreement_get_goal (agreement, month, ACCORD_FIGURE_OPPORTUNITIES), ==, 12);
  g_assert_cmpfloat (accord_agreement_get_goal (agreement, month, ACCORD_FIGURE_CUSTOMERS), ==, 4);
  g_assert_cmpfloat (accord_agreement_get_goal (agreement, month, ACCORD_FIGURE_REVENUE), ==, 60000);
  accord_agreement_get_kpis (agreement, &n_kpis);
  g_assert_cmpuint (n_kpis, ==, 6);
  g_assert_cmpuint (accord_agreement_get_review_months (agreement), ==, 6);
  g_assert_cmpstr (accord_agreement_get_next_review (agreement), ==, "2027-03-31");
  /* Hours of effort for four of its sources. */
  g_assert_cmpuint (accord_agreement_get_n_assets (agreement), ==, 4);
  g_assert_cmpstr (accord_agreement_get_asset_name (agreement, 3), ==, "Offline Sources");
  g_assert_cmpfloat (accord_agreement_get_asset_hours (agreement, 3), ==, 80);

  g_assert_finalize_object (g_steal_pointer (&agreement));
}

static void
test_error_parse (void)
{
  g_autoptr(GError) error = NULL;
  AccordAgreement *agreement;

  /* not-json.json line 4 is `  "name": @`: two spaces, "name" (6), the
   * colon (9), a space (10), and the @ in column 11. */
  agreement = load_fixture ("not-json.json", &error);
  g_assert_null (agreement);
  g_assert_error (error, ACCORD_AGREEMENT_ERROR, ACCORD_AGREEMENT_ERROR_PARSE);
  assert_message_has (error, "not-json.json: line 4, column 11: ", "JSON");
  g_clear_error (&error);

  agreement = accord_agreement_new_from_data ("", -1, "empty.json", &error);
  g_assert_null (agreement);
  g_assert_error (error, ACCORD_AGREEMENT_ERROR, ACCORD_AGREEMENT_ERROR_PARSE);
  assert_message_has (error, "empty.json: ", "JSON object");
  g_clear_error (&error);

  agreement = accord_agreement_new_from_data ("[1, 2]", -1, "list.json", &error);
  g_assert_null (agreement);
  g_assert_error (error, ACCORD_AGREEMENT_ERROR, ACCORD_AGREEMENT_ERROR_PARSE);
  assert_message_has (error, "list.json: ", "JSON object");
  g_clear_error (&error);

  agreement = accord_agreement_new_from_data ("\xff\xfe{}", 4, "utf16.json", &error);
  g_assert_null (agreement);
  g_assert_error (error, ACCORD_AGREEMENT_ERROR, ACCORD_AGREEMENT_ERROR_PARSE);
  assert_message_has (error, "utf16.json: ", "JSON");
  g_clear_error (&error);
}

/* Found by fuzz-agreement: json-glib accepts a "\u" escape of half a
 * surrogate pair, or of fewer than four hex digits, and turns it into
 * bytes that are not UTF-8, so the agreement loaded but could not be saved
 * and read again. */
static void
test_error_bad_escape (void)
{
  g_autoptr(GError) error = NULL;
  AccordAgreement *agreement;

  /* Line 55 is `    "summary": "Northwind Analytics' marketing \ud800and…`:
   * four spaces, "summary": and a space (15), the quote (16), 31
   * characters of text (17 to 47), and the backslash in column 48. */
  agreement = load_fixture ("lone-surrogate.json", &error);
  g_assert_null (agreement);
  g_assert_error (error, ACCORD_AGREEMENT_ERROR, ACCORD_AGREEMENT_ERROR_PARSE);
  g_assert_cmpstr (error->message, ==,
                   "lone-surrogate.json: line 55, column 48: "
                   "“\\ud800” is not a valid character escape");
  g_clear_error (&error);

  /* Line 37 is `    "summary": "Nmq\ud83\uforthwind…`: the quote in
   * column 16, Nmq in 17 to 19, the backslash in 20. */
  agreement = load_fixture ("short-escape.json", &error);
  g_assert_null (agreement);
  g_assert_error (error, ACCORD_AGREEMENT_ERROR, ACCORD_AGREEMENT_ERROR_PARSE);
  g_assert_cmpstr (error->message, ==,
                   "short-escape.json: line 37, column 20: "
                   "“\\ud83\\” is not a valid character escape");
}

/* json-glib's parser recurses per level; deep data must be refused, not
 * crash. 100 000 brackets: the 33rd is one too many, in column 33. */
static void
test_error_deep (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data = g_strnfill (100000, '[');
  AccordAgreement *agreement;

  agreement = accord_agreement_new_from_data (data, -1, "deep.json", &error);
  g_assert_null (agreement);
  g_assert_error (error, ACCORD_AGREEMENT_ERROR, ACCORD_AGREEMENT_ERROR_PARSE);
  assert_message_has (error, "deep.json: line 1, column 33: ", "nested");
}

static void
test_error_format (void)
{
  g_autoptr(GError) error = NULL;
  AccordAgreement *agreement;

  agreement = load_fixture ("no-format.json", &error);
  g_assert_null (agreement);
  g_assert_error (error, ACCORD_AGREEMENT_ERROR, ACCORD_AGREEMENT_ERROR_FORMAT);
  assert_message_has (error, "no-format.json: ", "“format”");
  g_clear_error (&error);

  agreement = load_fixture ("wrong-format.json", &error);
  g_assert_null (agreement);
  g_assert_error (error, ACCORD_AGREEMENT_ERROR, ACCORD_AGREEMENT_ERROR_FORMAT);
  assert_message_has (error, "wrong-format.json: ", "“format”");
  g_clear_error (&error);
}

static void
test_error_version (void)
{
  g_autoptr(GError) error = NULL;
  AccordAgreement *agreement;

  agreement = load_fixture ("version-2.json", &error);
  g_assert_null (agreement);
  g_assert_error (error, ACCORD_AGREEMENT_ERROR, ACCORD_AGREEMENT_ERROR_VERSION);
  assert_message_has (error, "version-2.json was written by a newer Accord (version 2)", "");
  g_clear_error (&error);

  agreement = load_fixture ("version-0.json", &error);
  g_assert_null (agreement);
  g_assert_error (error, ACCORD_AGREEMENT_ERROR, ACCORD_AGREEMENT_ERROR_VERSION);
  assert_message_has (error, "version-0.json: ", "“version” 0");
  g_clear_error (&error);

  agreement = accord_agreement_new_from_data ("{ \"format\": \"accord-sla\" }", -1,
                                              "a.json", &error);
  g_assert_null (agreement);
  g_assert_error (error, ACCORD_AGREEMENT_ERROR, ACCORD_AGREEMENT_ERROR_VERSION);
  assert_message_has (error, "a.json: ", "“version”");
  g_clear_error (&error);

  agreement = accord_agreement_new_from_data ("{ \"format\": \"accord-sla\", \"version\": \"1\" }",
                                              -1, "a.json", &error);
  g_assert_null (agreement);
  g_assert_error (error, ACCORD_AGREEMENT_ERROR, ACCORD_AGREEMENT_ERROR_VERSION);
  assert_message_has (error, "a.json: ", "“version”");
  g_clear_error (&error);
}

typedef struct
{
  const char *members;  /* inside { "format": "accord-sla", "version": 1, … } */
  const char *message;  /* what the message holds after "agreement.json: " */
} InvalidCase;

static const InvalidCase invalid_cases[] = {
  { "\"protocols\": { \"high\": { \"response_hours\": \"abc\" } }",
    "“protocols.high.response_hours” must be a whole number of hours, not “abc”" },
  { "\"protocols\": { \"low\": { \"touches\": -3 } }",
    "“protocols.low.touches” must be a whole number of calls and emails, not “-3”" },
  { "\"protocols\": { \"moderate\": { \"timeframe_days\": 7.5 } }",
    "“protocols.moderate.timeframe_days” must be a whole number of days, not “7.5”" },
  { "\"protocols\": { \"moderate\": { \"breakups\": true } }",
    "“protocols.moderate.breakups” must be a whole number of breakup emails, not “true”" },
  { "\"protocols\": { \"high\": { \"response_hours\": 0 } }",
    "“protocols.high.response_hours” must be at least 1" },
  { "\"protocols\": { \"low\": { \"timeframe_days\": 0 } }",
    "“protocols.low.timeframe_days” must be at least 1" },
  { "\"protocols\": { \"high\": 4 }",
    "“protocols.high” must be a JSON object" },
  { "\"kpis\": [ \"lead_velocity\", \"contact_rate\", \"mql_to_sql\" ]",
    "“kpis” must list 5 to 7 KPIs (it lists 3)" },
  { "\"kpis\": [ \"lead_velocity\", \"contact_rate\", \"mql_to_sql\", \"sql_value\", "
    "\"time_mql_to_sql\", \"touches_to_sql\", \"mql_to_customer\", \"sales_velocity\" ]",
    "“kpis” must list 5 to 7 KPIs (it lists 8)" },
  { "\"kpis\": [ 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 ]",
    "“kpis” must list 5 to 7 KPIs (it lists 12)" },
  { "\"kpis\": [ \"lead_velocity\", \"contact_rate\", \"mql_to_sql\", \"sql_value\", \"happiness\" ]",
    "“kpis[4]”: “happiness” is not a KPI Accord knows" },
  { "\"kpis\": [ \"lead_velocity\", \"contact_rate\", \"mql_to_sql\", \"contact_rate\", \"sql_value\" ]",
    "“kpis” lists “contact_rate” twice" },
  { "\"kpis\": \"lead_velocity\"",
    "“kpis” must be a list" },
  { "\"capacity\": { \"universe\": { \"min\": 400, \"max\": 200 } }",
    "“capacity.universe”: min 400 is above max 200" },
  { "\"capacity\": { \"active_mqls\": { \"max\": 100 } }",
    "“capacity.active_mqls”: min 150 is above max 100" },
  { "\"capacity\": { \"mql_conversion\": 0 }",
    "“capacity.mql_conversion” must be a fraction above 0 and at most 1 (8% is 0.08), not “0”" },
  { "\"capacity\": { \"mql_conversion\": 8 }",
    "“capacity.mql_conversion” must be a fraction above 0 and at most 1 (8% is 0.08), not “8”" },
  { "\"capacity\": { \"sqls_per_month\": -15 }",
    "“capacity.sqls_per_month” must be a whole number of SQLs, not “-15”" },
  { "\"quick_test\": { \"employees\": { \"min\": -5 } }",
    "“quick_test.employees.min” must be a whole number of employees" },
  { "\"quick_test\": { \"employees\": { \"min\": 500, \"max\": 100 } }",
    "“quick_test.employees”: min 500 is above max 100" },
  { "\"quick_test\": { \"annual_revenue\": { \"min\": 2000000, \"max\": 1000000 } }",
    "“quick_test.annual_revenue”: min 2000000 is above max 1000000" },
  { "\"quick_test\": { \"annual_revenue\": { \"max\": -1 } }",
    "“quick_test.annual_revenue.max” must be an amount, zero or more" },
  { "\"quick_test\": { \"industries\": [ \"Retail\", 7 ] }",
    "“quick_test.industries[1]” must be text, not “7”" },
  { "\"quick_test\": \"any\"",
    "“quick_test” must be a JSON object ({ … }), not “any”" },
  { "\"goals\": { \"default\": { \"leads_sourced\": -1 } }",
    "“goals.default.leads_sourced” must be a number, zero or more" },
  { "\"goals\": { \"default\": { \"leeds_sourced\": 300 } }",
    "“goals.default.leeds_sourced” is not a figure Accord knows" },
  { "\"goals\": { \"months\": { \"2025-13\": { \"sqls_created\": 40 } } }",
    "“goals.months.2025-13” is not a month" },
  { "\"goals\": { \"months\": { \"2025-01\": { \"sqls_created\": \"forty\" } } }",
    "“goals.months.2025-01.sqls_created” must be a number, zero or more, or null for no goal, "
    "not “forty”" },
  { "\"tier\": { \"score_high\": 40, \"score_moderate\": 70 }",
    "“tier.score_moderate” (70) must be below “tier.score_high” (40)" },
  { "\"tier\": { \"score_high\": null }",
    "“tier.score_high” must be a score (a number), not “null”" },
  { "\"handoff\": { \"rule\": \"random\" }",
    "“handoff.rule” must be “least-load”, not “random”" },
  { "\"handoff\": { \"sdrs\": [ { \"name\": \"Ana\" }, { \"name\": \"Ben\", \"specialisation\": \"sideways\" } ] }",
    "“handoff.sdrs[1].specialisation” must be inbound, outbound or hybrid, not “sideways”" },
  { "\"handoff\": { \"sdrs\": [ { \"specialisation\": \"inbound\" } ] }",
    "“handoff.sdrs[0].name” is missing" },
  { "\"handoff\": { \"sdrs\": [ { \"name\": \"Ana\" }, { \"name\": \"Ana\" } ] }",
    "“handoff.sdrs[1].name”: “Ana” is listed twice" },
  { "\"handoff\": { \"sdrs\": [ \"Ana\" ] }",
    "“handoff.sdrs[0]” must be a JSON object" },
  { "\"review\": { \"next\": \"2025-02-30\" }",
    "“review.next” must be a date written YYYY-MM-DD, not “2025-02-30”" },
  { "\"review\": { \"next\": \"30/06/2025\" }",
    "“review.next” must be a date written YYYY-MM-DD, not “30/06/2025”" },
  { "\"review\": { \"next\": 20250630 }",
    "“review.next” must be text, not “20250630”" },
  { "\"review\": { \"every_months\": 0 }",
    "“review.every_months” must be at least 1" },
  { "\"review\": { \"every_months\": 2.5 }",
    "“review.every_months” must be a whole number of months, not “2.5”" },
  { "\"name\": 5",
    "“name” must be text, not “5”" },
  { "\"effort\": [ { \"asset\": \"Webinars\", \"hours_per_month\": 0 } ]",
    "“effort[0].hours_per_month” must be a number of hours above 0, not “0”" },
  { "\"effort\": [ { \"asset\": \"Webinars\", \"hours_per_month\": \"ten\" } ]",
    "“effort[0].hours_per_month” must be a number of hours above 0, not “ten”" },
  { "\"effort\": [ { \"asset\": \"Webinars\" } ]",
    "“effort[0].hours_per_month” is missing" },
  { "\"effort\": [ { \"hours_per_month\": 4 } ]",
    "“effort[0].asset” is missing" },
  { "\"effort\": [ { \"asset\": \"\", \"hours_per_month\": 4 } ]",
    "“effort[0].asset” must not be empty" },
  { "\"effort\": [ { \"asset\": \"Ads\", \"hours_per_month\": 4 }, "
    "{ \"asset\": \"Ads\", \"hours_per_month\": 2 } ]",
    "“effort[1].asset”: “Ads” is listed twice" },
  { "\"effort\": { \"Ads\": 4 }",
    "“effort” must be a list" },
  { "\"sections\": { \"summary\": null }",
    "“sections.summary” must be text, not “null”" },
};

/* Each case's members, in an otherwise empty agreement file, make it
 * invalid with the case's message. */
static void
assert_invalid_cases (const InvalidCase *cases,
                      guint              n_cases)
{
  for (guint i = 0; i < n_cases; i++)
    {
      g_autofree char *data = g_strdup_printf ("{ \"format\": \"accord-sla\", \"version\": 1, %s }",
                                               cases[i].members);
      g_autoptr(GError) error = NULL;
      AccordAgreement *agreement;

      g_test_message ("case %u: %s", i, cases[i].members);
      agreement = accord_agreement_new_from_data (data, -1, "agreement.json", &error);
      g_assert_null (agreement);
      g_assert_error (error, ACCORD_AGREEMENT_ERROR, ACCORD_AGREEMENT_ERROR_INVALID);
      assert_message_has (error, "agreement.json: ", cases[i].message);
    }
}

static void
test_error_invalid (void)
{
  assert_invalid_cases (invalid_cases, G_N_ELEMENTS (invalid_cases));
}

/* The values just inside each limit load. */
static void
test_limits (void)
{
  static const char * const cases[] = {
    "\"capacity\": { \"mql_conversion\": 1, \"universe\": { \"min\": 300, \"max\": 300 } }",
    "\"tier\": { \"score_high\": 41, \"score_moderate\": 40 }",
    "\"kpis\": [ \"lead_velocity\", \"contact_rate\", \"mql_to_sql\", \"sql_value\", "
    "\"time_mql_to_sql\", \"touches_to_sql\", \"mql_to_customer\" ]",
    "\"quick_test\": { \"employees\": { \"min\": null, \"max\": null }, \"industries\": [] }",
    "\"review\": { \"next\": \"2028-02-29\", \"every_months\": 1 }",
    "\"goals\": { \"default\": { \"revenue\": 0, \"leads_sourced\": null }, \"months\": { \"2025-01\": null } }",
    "\"protocols\": { \"high\": { \"touches\": 0, \"breakups\": 0, \"response_hours\": 1.0 } }",
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *data = g_strdup_printf ("{ \"format\": \"accord-sla\", \"version\": 1, %s }",
                                               cases[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(AccordAgreement) agreement = NULL;

      g_test_message ("case %u: %s", i, cases[i]);
      agreement = accord_agreement_new_from_data (data, -1, "agreement.json", &error);
      g_assert_no_error (error);
      g_assert_finalize_object (g_steal_pointer (&agreement));
    }
}

/* validate() checks an agreement made in memory the same way. */
static void
test_validate (void)
{
  g_autoptr(AccordAgreement) agreement = accord_agreement_new ();
  g_autoptr(GError) error = NULL;
  const AccordKpi three[] = { ACCORD_KPI_LEAD_VELOCITY, ACCORD_KPI_CONTACT_RATE, ACCORD_KPI_MQL_TO_SQL };
  AccordCapacity capacity = *accord_agreement_get_capacity (agreement);
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "invalid.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  accord_agreement_set_employees (agreement, 500, 100);
  g_assert_false (accord_agreement_validate (agreement, &error));
  g_assert_error (error, ACCORD_AGREEMENT_ERROR, ACCORD_AGREEMENT_ERROR_INVALID);
  assert_message_has (error, "Sales and marketing agreement: ",
                      "“quick_test.employees”: min 500 is above max 100");
  g_clear_error (&error);

  /* An invalid agreement is not saved: it could not be opened again. */
  g_assert_false (accord_agreement_save_to_file (agreement, file, &error));
  assert_message_has (error, "invalid.json: ", "“quick_test.employees”");
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_clear_error (&error);
  accord_agreement_set_employees (agreement, 10, 5000);

  accord_agreement_set_kpis (agreement, three, G_N_ELEMENTS (three));
  g_assert_false (accord_agreement_validate (agreement, &error));
  assert_message_has (error, "Sales and marketing agreement: ",
                      "“kpis” must list 5 to 7 KPIs (it lists 3)");
  g_clear_error (&error);
  accord_agreement_set_kpis (agreement, NULL, 0);
  g_assert_false (accord_agreement_validate (agreement, &error));
  assert_message_has (error, "Sales and marketing agreement: ", "(it lists 0)");
  g_clear_error (&error);
  {
    const AccordKpi five[] = {
      ACCORD_KPI_LEAD_VELOCITY, ACCORD_KPI_CONTACT_RATE, ACCORD_KPI_MQL_TO_SQL,
      ACCORD_KPI_SQL_VALUE, ACCORD_KPI_TIME_MQL_TO_SQL,
    };

    accord_agreement_set_kpis (agreement, five, G_N_ELEMENTS (five));
  }

  accord_agreement_set_score_thresholds (agreement, 50, 50);
  g_assert_false (accord_agreement_validate (agreement, &error));
  assert_message_has (error, "Sales and marketing agreement: ", "“tier.score_moderate” (50)");
  g_clear_error (&error);
  accord_agreement_set_score_thresholds (agreement, 70, 40);

  capacity.mql_conversion = 1.2;
  accord_agreement_set_capacity (agreement, &capacity);
  g_assert_false (accord_agreement_validate (agreement, &error));
  assert_message_has (error, "Sales and marketing agreement: ", "“capacity.mql_conversion”");
  g_clear_error (&error);
  capacity.mql_conversion = 0.08;
  capacity.active_min = 300;
  accord_agreement_set_capacity (agreement, &capacity);
  g_assert_false (accord_agreement_validate (agreement, &error));
  assert_message_has (error, "Sales and marketing agreement: ",
                      "“capacity.active_mqls”: min 300 is above max 200");
  g_clear_error (&error);
  capacity.active_min = 150;
  accord_agreement_set_capacity (agreement, &capacity);

  accord_agreement_set_goal (agreement, ACCORD_MONTH_KEY (2025, 3), ACCORD_FIGURE_MQLS_CREATED, -4);
  g_assert_false (accord_agreement_validate (agreement, &error));
  assert_message_has (error, "Sales and marketing agreement: ",
                      "“goals.months.2025-03.mqls_created” must be a number, zero or more, not -4");
  g_clear_error (&error);
  accord_agreement_set_goal (agreement, ACCORD_MONTH_KEY (2025, 3), ACCORD_FIGURE_MQLS_CREATED, NAN);

  accord_agreement_add_sdr (agreement, "", ACCORD_SPECIALISATION_HYBRID);
  g_assert_false (accord_agreement_validate (agreement, &error));
  assert_message_has (error, "Sales and marketing agreement: ", "“handoff.sdrs[0].name”");
  g_clear_error (&error);
  accord_agreement_remove_sdr (agreement, 0);

  accord_agreement_set_handoff_rule (agreement, "coin-toss");
  g_assert_false (accord_agreement_validate (agreement, &error));
  assert_message_has (error, "Sales and marketing agreement: ", "“handoff.rule”");
  g_clear_error (&error);
  accord_agreement_set_handoff_rule (agreement, ACCORD_HANDOFF_LEAST_LOAD);

  g_assert_true (accord_agreement_validate (agreement, &error));
  g_assert_no_error (error);

  g_assert_finalize_object (g_steal_pointer (&agreement));
}

static void
test_next_review (void)
{
  g_autoptr(AccordAgreement) agreement = accord_agreement_new ();

  g_assert_true (accord_agreement_set_next_review (agreement, "2024-02-29"));
  g_assert_cmpstr (accord_agreement_get_next_review (agreement), ==, "2024-02-29");
  /* 2025 is no leap year; the others are not dates at all. */
  g_assert_false (accord_agreement_set_next_review (agreement, "2025-02-29"));
  g_assert_false (accord_agreement_set_next_review (agreement, "2025-6-30"));
  g_assert_false (accord_agreement_set_next_review (agreement, "2025-06-30T10:00"));
  g_assert_false (accord_agreement_set_next_review (agreement, "+025-06-30"));
  g_assert_false (accord_agreement_set_next_review (agreement, ""));
  g_assert_cmpstr (accord_agreement_get_next_review (agreement), ==, "2024-02-29");
  g_assert_true (accord_agreement_set_next_review (agreement, NULL));
  g_assert_null (accord_agreement_get_next_review (agreement));

  g_assert_finalize_object (g_steal_pointer (&agreement));
}

/* A moment given as Berlin's wall clock. */
static gint64
berlin_moment (GTimeZone *berlin,
               int        year,
               int        month,
               int        day,
               int        hour,
               int        minute)
{
  g_autoptr(GDateTime) moment = g_date_time_new (berlin, year, month, day, hour, minute, 0);

  return g_date_time_to_unix (moment);
}

static void
assert_review_status (AccordAgreement    *agreement,
                      GTimeZone          *time_zone,
                      gint64              today,
                      AccordReviewStatus  expected_status,
                      guint               expected_days)
{
  guint days = 999;

  g_assert_cmpint (accord_agreement_get_review_status (agreement, time_zone, today, &days), ==,
                   expected_status);
  g_assert_cmpuint (days, ==, expected_days);
}

/* Days are counted between Berlin's calendar dates. Europe/Berlin goes to
 * summer time on 28 March 2027 and back on 31 October 2027. */
static void
test_review_status (void)
{
  g_autoptr(AccordAgreement) agreement = accord_agreement_new ();
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  gint64 today = berlin_moment (berlin, 2027, 3, 20, 9, 0);

  g_assert_nonnull (berlin);

  /* No date: nothing to announce. */
  g_assert_null (accord_agreement_get_next_review (agreement));
  assert_review_status (agreement, berlin, today, ACCORD_REVIEW_STATUS_NONE, 0);
  g_assert_cmpint (accord_agreement_get_review_status (agreement, berlin, today, NULL), ==,
                   ACCORD_REVIEW_STATUS_NONE);

  g_assert_null (accord_agreement_format_next_review (agreement));

  g_assert_true (accord_agreement_set_next_review (agreement, "2027-03-31"));
  {
    g_autofree char *words = accord_agreement_format_next_review (agreement);

    g_assert_cmpstr (words, ==, "31 March 2027");
  }

  /* 17 → 31 March: 14 days, not yet announced; 18 → 31 March: 13. The
   * summer time between (a day of 23 hours) does not shorten the count. */
  assert_review_status (agreement, berlin, berlin_moment (berlin, 2027, 3, 17, 12, 0),
                        ACCORD_REVIEW_STATUS_NONE, 0);
  assert_review_status (agreement, berlin, berlin_moment (berlin, 2027, 3, 18, 0, 0),
                        ACCORD_REVIEW_STATUS_DUE_SOON, 13);
  assert_review_status (agreement, berlin, berlin_moment (berlin, 2027, 3, 18, 23, 59),
                        ACCORD_REVIEW_STATUS_DUE_SOON, 13);

  /* 00:15 on the 18th in Berlin is still the 17th in UTC: the zone's
   * calendar decides. */
  assert_review_status (agreement, utc, berlin_moment (berlin, 2027, 3, 18, 0, 15),
                        ACCORD_REVIEW_STATUS_NONE, 0);

  assert_review_status (agreement, berlin, berlin_moment (berlin, 2027, 3, 30, 23, 59),
                        ACCORD_REVIEW_STATUS_DUE_SOON, 1);

  /* The day itself, from its first minute to its last. */
  assert_review_status (agreement, berlin, berlin_moment (berlin, 2027, 3, 31, 0, 0),
                        ACCORD_REVIEW_STATUS_DUE_TODAY, 0);
  assert_review_status (agreement, berlin, berlin_moment (berlin, 2027, 3, 31, 23, 59),
                        ACCORD_REVIEW_STATUS_DUE_TODAY, 0);

  /* The day after, and a month after. */
  assert_review_status (agreement, berlin, berlin_moment (berlin, 2027, 4, 1, 0, 0),
                        ACCORD_REVIEW_STATUS_OVERDUE, 1);
  assert_review_status (agreement, berlin, berlin_moment (berlin, 2027, 5, 1, 12, 0),
                        ACCORD_REVIEW_STATUS_OVERDUE, 31);

  /* Back to winter time: 23 October → 5 November is 13 days, and the
   * day of 25 hours does not lengthen the count either. */
  g_assert_true (accord_agreement_set_next_review (agreement, "2027-11-05"));
  assert_review_status (agreement, berlin, berlin_moment (berlin, 2027, 10, 22, 23, 59),
                        ACCORD_REVIEW_STATUS_NONE, 0);
  assert_review_status (agreement, berlin, berlin_moment (berlin, 2027, 10, 23, 0, 0),
                        ACCORD_REVIEW_STATUS_DUE_SOON, 13);

  /* A year away, and across a leap day: 2028-02-28 → 2028-03-01 is 2. */
  g_assert_true (accord_agreement_set_next_review (agreement, "2028-03-01"));
  assert_review_status (agreement, berlin, today, ACCORD_REVIEW_STATUS_NONE, 0);
  assert_review_status (agreement, berlin, berlin_moment (berlin, 2028, 2, 28, 12, 0),
                        ACCORD_REVIEW_STATUS_DUE_SOON, 2);

  g_assert_finalize_object (g_steal_pointer (&agreement));
}

static AccordLead
make_lead (const char *industry,
           int         employees,
           double      revenue)
{
  AccordLead lead;

  accord_lead_init (&lead);
  lead.industry = industry;
  lead.employees = employees;
  lead.annual_revenue = revenue;
  return lead;
}

static void
test_quick_test (void)
{
  g_autoptr(AccordAgreement) agreement = accord_agreement_new ();
  const char *industries[] = { "Software", "Financial Services", "Santé", NULL };
  const char *broken[] = { " Sant\xc3", NULL };
  AccordLead lead;

  /* Employees 10–5000, bounds included; a missing count fails a set bound. */
  lead = make_lead (NULL, 10, NAN);
  g_assert_true (accord_agreement_passes_quick_test (agreement, &lead));
  lead = make_lead (NULL, 9, NAN);
  g_assert_false (accord_agreement_passes_quick_test (agreement, &lead));
  lead = make_lead (NULL, 5000, NAN);
  g_assert_true (accord_agreement_passes_quick_test (agreement, &lead));
  lead = make_lead (NULL, 5001, NAN);
  g_assert_false (accord_agreement_passes_quick_test (agreement, &lead));
  lead = make_lead (NULL, -1, NAN);
  g_assert_false (accord_agreement_passes_quick_test (agreement, &lead));

  /* Without bounds, a missing count passes. */
  accord_agreement_set_employees (agreement, -1, -1);
  g_assert_true (accord_agreement_passes_quick_test (agreement, &lead));
  /* Only a max: 0 employees pass, a missing count fails. */
  accord_agreement_set_employees (agreement, -1, 100);
  lead = make_lead (NULL, 0, NAN);
  g_assert_true (accord_agreement_passes_quick_test (agreement, &lead));
  lead = make_lead (NULL, -1, NAN);
  g_assert_false (accord_agreement_passes_quick_test (agreement, &lead));
  accord_agreement_set_employees (agreement, 10, 5000);

  /* Revenue 1 000 000–2 000 000 inclusive; missing revenue fails. */
  accord_agreement_set_revenue (agreement, 1000000, 2000000);
  lead = make_lead (NULL, 50, 1000000);
  g_assert_true (accord_agreement_passes_quick_test (agreement, &lead));
  lead = make_lead (NULL, 50, 999999.99);
  g_assert_false (accord_agreement_passes_quick_test (agreement, &lead));
  lead = make_lead (NULL, 50, 2000000);
  g_assert_true (accord_agreement_passes_quick_test (agreement, &lead));
  lead = make_lead (NULL, 50, 2000000.01);
  g_assert_false (accord_agreement_passes_quick_test (agreement, &lead));
  lead = make_lead (NULL, 50, NAN);
  g_assert_false (accord_agreement_passes_quick_test (agreement, &lead));
  /* Only a min: anything above passes. */
  accord_agreement_set_revenue (agreement, 1000000, NAN);
  lead = make_lead (NULL, 50, 1e12);
  g_assert_true (accord_agreement_passes_quick_test (agreement, &lead));
  accord_agreement_set_revenue (agreement, NAN, NAN);

  /* An empty industry list accepts any industry, a missing one included. */
  lead = make_lead ("Mining", 50, NAN);
  g_assert_true (accord_agreement_passes_quick_test (agreement, &lead));
  lead = make_lead (NULL, 50, NAN);
  g_assert_true (accord_agreement_passes_quick_test (agreement, &lead));

  /* A list: case and surrounding spaces do not matter, other text does. */
  accord_agreement_set_industries (agreement, industries);
  lead = make_lead ("software", 50, NAN);
  g_assert_true (accord_agreement_passes_quick_test (agreement, &lead));
  lead = make_lead ("  FINANCIAL services ", 50, NAN);
  g_assert_true (accord_agreement_passes_quick_test (agreement, &lead));
  lead = make_lead ("SANTÉ", 50, NAN);
  g_assert_true (accord_agreement_passes_quick_test (agreement, &lead));
  lead = make_lead ("Software Development", 50, NAN);
  g_assert_false (accord_agreement_passes_quick_test (agreement, &lead));
  lead = make_lead ("Soft", 50, NAN);
  g_assert_false (accord_agreement_passes_quick_test (agreement, &lead));
  lead = make_lead ("Financial  Services", 50, NAN);
  g_assert_false (accord_agreement_passes_quick_test (agreement, &lead));
  lead = make_lead ("", 50, NAN);
  g_assert_false (accord_agreement_passes_quick_test (agreement, &lead));
  lead = make_lead ("Sant\xff", 50, NAN);
  g_assert_false (accord_agreement_passes_quick_test (agreement, &lead));
  lead = make_lead (NULL, 50, NAN);
  g_assert_false (accord_agreement_passes_quick_test (agreement, &lead));
  /* The industry passes, the employees do not. */
  lead = make_lead ("Software", 9, NAN);
  g_assert_false (accord_agreement_passes_quick_test (agreement, &lead));

  /* An industry cut off inside a character is stored made valid, and
   * compared without reading past either string. */
  accord_agreement_set_industries (agreement, broken);
  g_assert_cmpstr (accord_agreement_get_industries (agreement)[0], ==, "Sant\xef\xbf\xbd");
  lead = make_lead ("Sant\xc3", 50, NAN);
  g_assert_false (accord_agreement_passes_quick_test (agreement, &lead));
  lead = make_lead ("sant\xef\xbf\xbd ", 50, NAN);
  g_assert_true (accord_agreement_passes_quick_test (agreement, &lead));

  g_assert_finalize_object (g_steal_pointer (&agreement));
}

static void
test_tier (void)
{
  g_autoptr(AccordAgreement) agreement = accord_agreement_new ();
  AccordLead lead;

  accord_lead_init (&lead);
  /* Neither a tier nor a score: Low. */
  g_assert_cmpint (accord_agreement_tier_for_lead (agreement, &lead), ==, ACCORD_TIER_LOW);

  /* Thresholds 70 and 40, each included in the tier above it. */
  lead.score = 70;
  g_assert_cmpint (accord_agreement_tier_for_lead (agreement, &lead), ==, ACCORD_TIER_HIGH);
  lead.score = 69.9;
  g_assert_cmpint (accord_agreement_tier_for_lead (agreement, &lead), ==, ACCORD_TIER_MODERATE);
  lead.score = 40;
  g_assert_cmpint (accord_agreement_tier_for_lead (agreement, &lead), ==, ACCORD_TIER_MODERATE);
  lead.score = 39;
  g_assert_cmpint (accord_agreement_tier_for_lead (agreement, &lead), ==, ACCORD_TIER_LOW);
  lead.score = -10;
  g_assert_cmpint (accord_agreement_tier_for_lead (agreement, &lead), ==, ACCORD_TIER_LOW);

  /* The tier column wins over the score. */
  lead.score = 95;
  lead.tier = ACCORD_TIER_LOW;
  g_assert_cmpint (accord_agreement_tier_for_lead (agreement, &lead), ==, ACCORD_TIER_LOW);
  lead.score = 5;
  lead.tier = ACCORD_TIER_HIGH;
  g_assert_cmpint (accord_agreement_tier_for_lead (agreement, &lead), ==, ACCORD_TIER_HIGH);
  lead.score = NAN;
  lead.tier = ACCORD_TIER_MODERATE;
  g_assert_cmpint (accord_agreement_tier_for_lead (agreement, &lead), ==, ACCORD_TIER_MODERATE);

  /* Thresholds of the agreement's own. */
  lead.tier = ACCORD_TIER_UNKNOWN;
  lead.score = 60;
  accord_agreement_set_score_thresholds (agreement, 60, 30);
  g_assert_cmpint (accord_agreement_tier_for_lead (agreement, &lead), ==, ACCORD_TIER_HIGH);

  g_assert_finalize_object (g_steal_pointer (&agreement));
}

static void
test_goals (void)
{
  g_autoptr(AccordAgreement) agreement = accord_agreement_new ();
  int january = ACCORD_MONTH_KEY (2025, 1);
  int february = ACCORD_MONTH_KEY (2025, 2);

  accord_agreement_set_goal (agreement, january, ACCORD_FIGURE_SQLS_CREATED, 40);
  accord_agreement_set_goal (agreement, january, ACCORD_FIGURE_REVENUE, 50000);

  /* The month's own goal, else the default, else none. */
  g_assert_cmpfloat (accord_agreement_get_goal (agreement, january, ACCORD_FIGURE_SQLS_CREATED), ==, 40);
  g_assert_cmpfloat (accord_agreement_get_goal (agreement, january, ACCORD_FIGURE_REVENUE), ==, 50000);
  g_assert_cmpfloat (accord_agreement_get_goal (agreement, january, ACCORD_FIGURE_LEADS_SOURCED), ==, 300);
  g_assert_cmpfloat (accord_agreement_get_goal (agreement, february, ACCORD_FIGURE_SQLS_CREATED), ==, 32);
  g_assert_true (isnan (accord_agreement_get_goal (agreement, february, ACCORD_FIGURE_REVENUE)));

  /* A new default shows in every month without its own goal. */
  accord_agreement_set_default_goal (agreement, ACCORD_FIGURE_SQLS_CREATED, 35);
  g_assert_cmpfloat (accord_agreement_get_goal (agreement, january, ACCORD_FIGURE_SQLS_CREATED), ==, 40);
  g_assert_cmpfloat (accord_agreement_get_goal (agreement, february, ACCORD_FIGURE_SQLS_CREATED), ==, 35);
  g_assert_cmpfloat (accord_agreement_get_default_goal (agreement, ACCORD_FIGURE_SQLS_CREATED), ==, 35);

  /* NAN removes the override. */
  accord_agreement_set_goal (agreement, january, ACCORD_FIGURE_SQLS_CREATED, NAN);
  g_assert_cmpfloat (accord_agreement_get_goal (agreement, january, ACCORD_FIGURE_SQLS_CREATED), ==, 35);
  g_assert_cmpfloat (accord_agreement_get_goal (agreement, january, ACCORD_FIGURE_REVENUE), ==, 50000);
  accord_agreement_set_goal (agreement, january, ACCORD_FIGURE_REVENUE, NAN);
  g_assert_true (isnan (accord_agreement_get_goal (agreement, january, ACCORD_FIGURE_REVENUE)));

  g_assert_finalize_object (g_steal_pointer (&agreement));
}

static void
changed_cb (AccordAgreement *agreement,
            guint           *count)
{
  (*count)++;
}

static void
notify_cb (GObject    *object,
           GParamSpec *pspec,
           guint      *count)
{
  (*count)++;
}

static void
test_changed (void)
{
  g_autoptr(AccordAgreement) agreement = accord_agreement_new ();
  const char *industries[] = { "Retail", NULL };
  AccordProtocol protocol = *accord_agreement_get_protocol (agreement, ACCORD_TIER_LOW);
  guint changed = 0, name_notified = 0;

  g_signal_connect (agreement, "changed", G_CALLBACK (changed_cb), &changed);
  g_signal_connect (agreement, "notify::name", G_CALLBACK (notify_cb), &name_notified);

  /* Setting what is already there changes nothing. */
  accord_agreement_set_name (agreement, "Sales and marketing agreement");
  accord_agreement_set_employees (agreement, 10, 5000);
  accord_agreement_set_revenue (agreement, NAN, NAN);
  accord_agreement_set_goal (agreement, ACCORD_MONTH_KEY (2025, 1), ACCORD_FIGURE_REVENUE, NAN);
  accord_agreement_set_protocol (agreement, ACCORD_TIER_LOW, &protocol);
  accord_agreement_set_industries (agreement, NULL);
  g_assert_true (accord_agreement_set_next_review (agreement, NULL));
  g_assert_cmpuint (changed, ==, 0);
  g_assert_cmpuint (name_notified, ==, 0);

  accord_agreement_set_name (agreement, "Northwind");
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpuint (name_notified, ==, 1);
  g_object_set (agreement, "name", "Northwind", NULL);
  g_assert_cmpuint (name_notified, ==, 1);

  accord_agreement_set_industries (agreement, industries);
  accord_agreement_set_goal (agreement, ACCORD_MONTH_KEY (2025, 1), ACCORD_FIGURE_REVENUE, 1000);
  protocol.touches = 4;
  accord_agreement_set_protocol (agreement, ACCORD_TIER_LOW, &protocol);
  accord_agreement_add_sdr (agreement, "Ana Silva", ACCORD_SPECIALISATION_INBOUND);
  accord_agreement_set_section (agreement, ACCORD_SECTION_NEEDS, "Data.");
  g_assert_cmpuint (changed, ==, 6);

  /* Unknown tiers follow Low's protocol. */
  g_assert_cmpuint (accord_agreement_get_protocol (agreement, ACCORD_TIER_UNKNOWN)->touches, ==, 4);

  g_assert_finalize_object (g_steal_pointer (&agreement));
}

/* The sample (business hours, ten SDRs, six KPIs) copied over the
 * defaults: one "changed", the name notified, every part equal, and the
 * copy its own. */
static void
test_copy_from (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "samples",
                                                 "agreement.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(AccordAgreement) sample = NULL;
  g_autoptr(AccordAgreement) copy = accord_agreement_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *sample_data = NULL;
  g_autofree char *copy_data = NULL;
  guint changed = 0, name_notified = 0, months_notified = 0;
  int min, max;

  sample = accord_agreement_new_from_file (file, &error);
  g_assert_no_error (error);
  accord_agreement_set_goal (sample, ACCORD_MONTH_KEY (2025, 2), ACCORD_FIGURE_SQLS_CREATED, 40);

  g_signal_connect (copy, "changed", G_CALLBACK (changed_cb), &changed);
  g_signal_connect (copy, "notify::name", G_CALLBACK (notify_cb), &name_notified);
  g_signal_connect (copy, "notify::review-months", G_CALLBACK (notify_cb), &months_notified);

  accord_agreement_copy_from (copy, sample);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpuint (name_notified, ==, 1);
  /* Six months in both. */
  g_assert_cmpuint (months_notified, ==, 0);

  sample_data = accord_agreement_to_data (sample, NULL);
  copy_data = accord_agreement_to_data (copy, NULL);
  g_assert_cmpstr (copy_data, ==, sample_data);
  g_assert_cmpstr (accord_agreement_get_name (copy), ==, "Northwind Analytics sales and marketing agreement");
  accord_agreement_get_employees (copy, &min, &max);
  g_assert_cmpint (min, ==, 20);
  g_assert_cmpint (max, ==, 5000);
  g_assert_cmpuint (accord_agreement_get_n_sdrs (copy), ==, 10);
  g_assert_cmpstr (accord_agreement_get_sdr_name (copy, 9), ==, "Jamal Wright");
  g_assert_cmpuint (accord_agreement_get_business_hours (copy)->n_holidays, ==, 22);
  g_assert_cmpuint (accord_agreement_get_n_assets (copy), ==, 4);
  g_assert_cmpfloat (accord_agreement_get_goal (copy, ACCORD_MONTH_KEY (2025, 2), ACCORD_FIGURE_SQLS_CREATED), ==, 40);
  g_assert_cmpfloat (accord_agreement_get_goal (copy, ACCORD_MONTH_KEY (2025, 3), ACCORD_FIGURE_SQLS_CREATED), ==, 32);

  /* Changing the original leaves the copy alone. */
  accord_agreement_set_goal (sample, ACCORD_MONTH_KEY (2025, 2), ACCORD_FIGURE_SQLS_CREATED, 50);
  accord_agreement_remove_sdr (sample, 0);
  accord_agreement_remove_asset (sample, 0);
  accord_agreement_set_industries (sample, NULL);
  g_clear_object (&sample);
  g_assert_cmpstr (accord_agreement_get_asset_name (copy, 0), ==, "Paid Search");
  g_assert_cmpfloat (accord_agreement_get_goal (copy, ACCORD_MONTH_KEY (2025, 2), ACCORD_FIGURE_SQLS_CREATED), ==, 40);
  g_assert_cmpstr (accord_agreement_get_sdr_name (copy, 0), ==, "Ana Silva");
  g_assert_cmpstr (accord_agreement_get_industries (copy)[4], ==, "Retail");

  g_assert_finalize_object (g_steal_pointer (&copy));
}

static void
test_set_sdr (void)
{
  g_autoptr(AccordAgreement) agreement = accord_agreement_new ();
  guint changed = 0;

  accord_agreement_add_sdr (agreement, "Ana Silva", ACCORD_SPECIALISATION_INBOUND);
  accord_agreement_add_sdr (agreement, "Ben Okafor", ACCORD_SPECIALISATION_HYBRID);
  g_signal_connect (agreement, "changed", G_CALLBACK (changed_cb), &changed);

  accord_agreement_set_sdr (agreement, 0, "Ana Silva", ACCORD_SPECIALISATION_INBOUND);
  g_assert_cmpuint (changed, ==, 0);

  accord_agreement_set_sdr (agreement, 0, "Ana Souza", ACCORD_SPECIALISATION_OUTBOUND);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpuint (accord_agreement_get_n_sdrs (agreement), ==, 2);
  g_assert_cmpstr (accord_agreement_get_sdr_name (agreement, 0), ==, "Ana Souza");
  g_assert_cmpint (accord_agreement_get_sdr_specialisation (agreement, 0), ==, ACCORD_SPECIALISATION_OUTBOUND);
  g_assert_cmpstr (accord_agreement_get_sdr_name (agreement, 1), ==, "Ben Okafor");

  g_assert_finalize_object (g_steal_pointer (&agreement));
}

/* Saving replaces the file whole and keeps the previous version as "~". */
static void
test_save_backup (void)
{
  g_autoptr(AccordAgreement) agreement = accord_agreement_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "agreement.json", NULL);
  g_autofree char *backup_path = g_strconcat (path, "~", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *backup = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *entry;
  guint n_entries = 0;

  g_assert_no_errno (g_mkdir_with_parents (g_get_user_data_dir (), 0700));

  /* The first save has nothing to back up. */
  accord_agreement_set_name (agreement, "First");
  g_assert_true (accord_agreement_save_to_file (agreement, file, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (backup_path, G_FILE_TEST_EXISTS));
  first = accord_agreement_to_data (agreement, NULL);

  accord_agreement_set_name (agreement, "Second");
  g_assert_true (accord_agreement_save_to_file (agreement, file, &error));
  g_assert_no_error (error);
  second = accord_agreement_to_data (agreement, NULL);

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, second);
  g_assert_true (g_file_get_contents (backup_path, &backup, NULL, NULL));
  g_assert_cmpstr (backup, ==, first);

  /* A third save keeps one backup, of the second version. */
  accord_agreement_set_name (agreement, "Third");
  g_assert_true (accord_agreement_save_to_file (agreement, file, &error));
  g_assert_no_error (error);
  g_clear_pointer (&backup, g_free);
  g_assert_true (g_file_get_contents (backup_path, &backup, NULL, NULL));
  g_assert_cmpstr (backup, ==, second);

  /* No temporary file is left behind. */
  dir = g_dir_open (g_get_user_data_dir (), 0, &error);
  g_assert_no_error (error);
  while ((entry = g_dir_read_name (dir)) != NULL)
    {
      g_assert_true (g_str_equal (entry, "agreement.json") || g_str_equal (entry, "agreement.json~"));
      n_entries++;
    }
  g_assert_cmpuint (n_entries, ==, 2);

  g_assert_finalize_object (g_steal_pointer (&agreement));
}

static void
test_save_error (void)
{
  g_autoptr(AccordAgreement) agreement = accord_agreement_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "missing", "agreement.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_assert_false (accord_agreement_save_to_file (agreement, file, &error));
  g_assert_nonnull (error);

  g_assert_finalize_object (g_steal_pointer (&agreement));
}

static void
test_load_missing_file (void)
{
  g_autoptr(GError) error = NULL;
  AccordAgreement *agreement;

  agreement = load_fixture ("no-such-file.json", &error);
  g_assert_null (agreement);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
}

static void
test_specialisation_names (void)
{
  AccordSpecialisation specialisation = ACCORD_SPECIALISATION_HYBRID;

  g_assert_cmpstr (accord_specialisation_get_name (ACCORD_SPECIALISATION_INBOUND), ==, "inbound");
  g_assert_true (accord_specialisation_from_name ("Outbound", &specialisation));
  g_assert_cmpint (specialisation, ==, ACCORD_SPECIALISATION_OUTBOUND);
  g_assert_false (accord_specialisation_from_name ("sideways", &specialisation));
  g_assert_false (accord_specialisation_from_name (NULL, &specialisation));
}

/* Working hours: none by default, written null; read, kept in order,
 * written back the same. */
static void
test_business_hours (void)
{
  static const char data[] =
    "{ \"format\": \"accord-sla\", \"version\": 1, \"business_hours\": {"
    " \"days\": [ \"fri\", \"Mon\", \"tue\", \"mon\" ], \"start\": \"08:30\", \"end\": \"24:00\","
    " \"holidays\": [ \"2025-12-26\", \"2025-01-01\", \"2025-12-26\", \"2025-12-25\" ] } }";
  g_autoptr(AccordAgreement) defaults = accord_agreement_new ();
  g_autoptr(AccordAgreement) agreement = NULL;
  g_autoptr(AccordAgreement) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *text_again = NULL;
  g_autofree char *default_text = NULL;
  const AccordBusinessHours *hours;

  /* DESIGN §3: hours count on the calendar unless the agreement says. */
  g_assert_null (accord_agreement_get_business_hours (defaults));
  default_text = accord_agreement_to_data (defaults, NULL);
  g_assert_nonnull (strstr (default_text, "\"business_hours\" : null"));

  agreement = accord_agreement_new_from_data (data, -1, "hours.json", &error);
  g_assert_no_error (error);
  hours = accord_agreement_get_business_hours (agreement);
  g_assert_nonnull (hours);
  /* Friday, Monday and Tuesday; a day named twice counts once. */
  g_assert_cmpuint (hours->days, ==,
                    ACCORD_WEEKDAY_MONDAY | ACCORD_WEEKDAY_TUESDAY | ACCORD_WEEKDAY_FRIDAY);
  /* 08:30 is 8 × 60 + 30 minutes; 24:00 is the day's end, 1440. */
  g_assert_cmpuint (hours->start, ==, 510);
  g_assert_cmpuint (hours->end, ==, 1440);
  /* Four holidays, one twice: three, in order. */
  g_assert_cmpuint (hours->n_holidays, ==, 3);
  g_assert_cmpstr (hours->holidays[0], ==, "2025-01-01");
  g_assert_cmpstr (hours->holidays[1], ==, "2025-12-25");
  g_assert_cmpstr (hours->holidays[2], ==, "2025-12-26");

  /* Written with the days in the week's order, and read back the same. */
  text = accord_agreement_to_data (agreement, NULL);
  g_assert_nonnull (strstr (text, "\"start\" : \"08:30\""));
  g_assert_nonnull (strstr (text, "\"end\" : \"24:00\""));
  again = accord_agreement_new_from_data (text, -1, "again.json", &error);
  g_assert_no_error (error);
  text_again = accord_agreement_to_data (again, NULL);
  g_assert_cmpstr (text_again, ==, text);
  hours = accord_agreement_get_business_hours (again);
  g_assert_nonnull (hours);
  g_assert_cmpuint (hours->days, ==,
                    ACCORD_WEEKDAY_MONDAY | ACCORD_WEEKDAY_TUESDAY | ACCORD_WEEKDAY_FRIDAY);
  g_assert_cmpuint (hours->n_holidays, ==, 3);

  g_assert_finalize_object (g_steal_pointer (&defaults));
  g_assert_finalize_object (g_steal_pointer (&agreement));
  g_assert_finalize_object (g_steal_pointer (&again));
}

/* An empty object is office hours: Monday to Friday, 09:00 to 17:00;
 * null is none. */
static void
test_business_hours_defaults (void)
{
  g_autoptr(AccordAgreement) agreement = NULL;
  g_autoptr(GError) error = NULL;
  const AccordBusinessHours *hours;

  agreement = accord_agreement_new_from_data ("{ \"format\": \"accord-sla\", \"version\": 1,"
                                              " \"business_hours\": { \"end\": \"17:30\" } }",
                                              -1, "office.json", &error);
  g_assert_no_error (error);
  hours = accord_agreement_get_business_hours (agreement);
  g_assert_nonnull (hours);
  g_assert_cmpuint (hours->days, ==, ACCORD_WEEKDAYS_MONDAY_TO_FRIDAY);
  g_assert_cmpuint (hours->start, ==, 9 * 60);
  g_assert_cmpuint (hours->end, ==, 17 * 60 + 30);
  g_assert_cmpuint (hours->n_holidays, ==, 0);
  g_assert_finalize_object (g_steal_pointer (&agreement));

  agreement = accord_agreement_new_from_data ("{ \"format\": \"accord-sla\", \"version\": 1,"
                                              " \"business_hours\": null }",
                                              -1, "calendar.json", &error);
  g_assert_no_error (error);
  g_assert_null (accord_agreement_get_business_hours (agreement));
  g_assert_finalize_object (g_steal_pointer (&agreement));
}

static const InvalidCase business_hours_cases[] = {
  { "\"business_hours\": { \"start\": \"9am\" }",
    "“business_hours.start” must be a time written HH:MM, such as 09:00, not “9am”" },
  { "\"business_hours\": { \"start\": \"9:00\" }",
    "“business_hours.start” must be a time written HH:MM" },
  { "\"business_hours\": { \"start\": \"24:00\" }",
    "“business_hours.start” must be a time written HH:MM, such as 09:00, not “24:00”" },
  { "\"business_hours\": { \"start\": 900 }",
    "“business_hours.start” must be a time written HH:MM, such as 09:00, not “900”" },
  { "\"business_hours\": { \"end\": \"17:60\" }",
    "“business_hours.end” must be a time written HH:MM, such as 17:30 or 24:00, not “17:60”" },
  { "\"business_hours\": { \"end\": \"24:30\" }",
    "“business_hours.end” must be a time written HH:MM" },
  { "\"business_hours\": { \"start\": \"17:30\", \"end\": \"09:00\" }",
    "“business_hours.end” (09:00) must be after “business_hours.start” (17:30)" },
  { "\"business_hours\": { \"start\": \"09:00\", \"end\": \"09:00\" }",
    "“business_hours.end” (09:00) must be after “business_hours.start” (09:00)" },
  { "\"business_hours\": { \"days\": [] }",
    "“business_hours.days” must list at least one day" },
  { "\"business_hours\": { \"days\": [ \"mon\", \"funday\" ] }",
    "“business_hours.days[1]” must be a day of the week: mon, tue, wed, thu, fri, sat or sun, "
    "not “funday”" },
  { "\"business_hours\": { \"days\": [ 1 ] }",
    "“business_hours.days[0]” must be a day of the week" },
  { "\"business_hours\": { \"days\": \"mon\" }",
    "“business_hours.days” must be a list" },
  { "\"business_hours\": { \"holidays\": [ \"2025-12-25\", \"2025-02-30\" ] }",
    "“business_hours.holidays[1]” must be a date written YYYY-MM-DD, not “2025-02-30”" },
  { "\"business_hours\": { \"holidays\": [ \"25/12/2025\" ] }",
    "“business_hours.holidays[0]” must be a date written YYYY-MM-DD, not “25/12/2025”" },
  { "\"business_hours\": { \"holidays\": [ 20251225 ] }",
    "“business_hours.holidays[0]” must be a date written YYYY-MM-DD, not “20251225”" },
  { "\"business_hours\": { \"holidays\": \"2025-12-25\" }",
    "“business_hours.holidays” must be a list" },
  { "\"business_hours\": \"weekdays\"",
    "“business_hours” must be a JSON object ({ … }), not “weekdays”" },
};

static void
test_business_hours_invalid (void)
{
  assert_invalid_cases (business_hours_cases, G_N_ELEMENTS (business_hours_cases));
}

/* The setter copies, sorts, refuses what is not a date, says "changed"
 * only on a change; validate() checks the days and the times. */
static void
test_business_hours_set (void)
{
  g_autoptr(AccordAgreement) agreement = accord_agreement_new ();
  g_autoptr(GError) error = NULL;
  const char *holidays[] = { "2026-12-25", "2026-01-01" };
  const char *bad[] = { "2026-01-01", "2026-13-01" };
  AccordBusinessHours hours = {
    ACCORD_WEEKDAYS_MONDAY_TO_FRIDAY, 9 * 60, 17 * 60 + 30, holidays, G_N_ELEMENTS (holidays),
  };
  const AccordBusinessHours *stored;
  guint changed = 0;

  g_signal_connect (agreement, "changed", G_CALLBACK (changed_cb), &changed);

  /* None to none: no change. */
  g_assert_true (accord_agreement_set_business_hours (agreement, NULL));
  g_assert_cmpuint (changed, ==, 0);

  g_assert_true (accord_agreement_set_business_hours (agreement, &hours));
  g_assert_cmpuint (changed, ==, 1);
  /* A copy: changing the caller's list changes nothing stored. */
  holidays[0] = "2026-07-03";
  stored = accord_agreement_get_business_hours (agreement);
  g_assert_nonnull (stored);
  g_assert_cmpuint (stored->n_holidays, ==, 2);
  g_assert_cmpstr (stored->holidays[0], ==, "2026-01-01");
  g_assert_cmpstr (stored->holidays[1], ==, "2026-12-25");
  g_assert_cmpuint (stored->end, ==, 1050);

  /* The same hours, the holidays in another order: no change. */
  holidays[0] = "2026-12-25";
  holidays[1] = "2026-01-01";
  hours.holidays = holidays;
  g_assert_true (accord_agreement_set_business_hours (agreement, &hours));
  g_assert_cmpuint (changed, ==, 1);

  /* Not a date: refused, nothing changed. */
  hours.holidays = bad;
  g_assert_false (accord_agreement_set_business_hours (agreement, &hours));
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpstr (accord_agreement_get_business_hours (agreement)->holidays[1], ==, "2026-12-25");

  /* Saturdays too: a change. */
  hours.holidays = holidays;
  hours.days |= ACCORD_WEEKDAY_SATURDAY;
  g_assert_true (accord_agreement_set_business_hours (agreement, &hours));
  g_assert_cmpuint (changed, ==, 2);
  g_assert_true (accord_agreement_validate (agreement, &error));
  g_assert_no_error (error);

  /* No day, or a closing not after the opening, does not validate. */
  hours.days = 0;
  g_assert_true (accord_agreement_set_business_hours (agreement, &hours));
  g_assert_false (accord_agreement_validate (agreement, &error));
  assert_message_has (error, "Sales and marketing agreement: ",
                      "“business_hours.days” must list at least one day");
  g_clear_error (&error);
  hours.days = ACCORD_WEEKDAY_MONDAY;
  hours.end = 8 * 60;
  g_assert_true (accord_agreement_set_business_hours (agreement, &hours));
  g_assert_false (accord_agreement_validate (agreement, &error));
  assert_message_has (error, "Sales and marketing agreement: ",
                      "“business_hours.end” (08:00) must be after “business_hours.start” (09:00)");
  g_clear_error (&error);
  g_assert_cmpuint (changed, ==, 4);

  /* Back to the calendar. */
  g_assert_true (accord_agreement_set_business_hours (agreement, NULL));
  g_assert_cmpuint (changed, ==, 5);
  g_assert_null (accord_agreement_get_business_hours (agreement));
  g_assert_true (accord_agreement_validate (agreement, &error));
  g_assert_no_error (error);

  g_assert_finalize_object (g_steal_pointer (&agreement));
}

/* The sample's working hours: Monday to Friday, 09:00 to 17:30, and the
 * eleven US federal holidays of 2025 and of 2026 (as observed: 4 July
 * 2026 is a Saturday, so Friday 3 July). */
static void
test_sample_business_hours (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "samples",
                                                 "agreement.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(AccordAgreement) agreement = NULL;
  g_autoptr(GError) error = NULL;
  const AccordBusinessHours *hours;

  agreement = accord_agreement_new_from_file (file, &error);
  g_assert_no_error (error);
  hours = accord_agreement_get_business_hours (agreement);
  g_assert_nonnull (hours);
  g_assert_cmpuint (hours->days, ==, ACCORD_WEEKDAYS_MONDAY_TO_FRIDAY);
  g_assert_cmpuint (hours->start, ==, 9 * 60);
  g_assert_cmpuint (hours->end, ==, 17 * 60 + 30);
  g_assert_cmpuint (hours->n_holidays, ==, 22);
  g_assert_cmpstr (hours->holidays[0], ==, "2025-01-01");
  g_assert_cmpstr (hours->holidays[16], ==, "2026-07-03");
  g_assert_cmpstr (hours->holidays[21], ==, "2026-12-25");

  g_assert_finalize_object (g_steal_pointer (&agreement));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core/agreement/defaults", test_defaults);
  g_test_add_func ("/core/agreement/default-round-trip", test_default_round_trip);
  g_test_add_func ("/core/agreement/round-trip", test_round_trip);
  g_test_add_func ("/core/agreement/partial", test_partial);
  g_test_add_func ("/core/agreement/sample", test_sample);
  g_test_add_func ("/core/agreement/error/parse", test_error_parse);
  g_test_add_func ("/core/agreement/error/deep", test_error_deep);
  g_test_add_func ("/core/agreement/error/bad-escape", test_error_bad_escape);
  g_test_add_func ("/core/agreement/error/format", test_error_format);
  g_test_add_func ("/core/agreement/error/version", test_error_version);
  g_test_add_func ("/core/agreement/error/invalid", test_error_invalid);
  g_test_add_func ("/core/agreement/limits", test_limits);
  g_test_add_func ("/core/agreement/validate", test_validate);
  g_test_add_func ("/core/agreement/next-review", test_next_review);
  g_test_add_func ("/core/agreement/review-status", test_review_status);
  g_test_add_func ("/core/agreement/quick-test", test_quick_test);
  g_test_add_func ("/core/agreement/tier", test_tier);
  g_test_add_func ("/core/agreement/goals", test_goals);
  g_test_add_func ("/core/agreement/changed", test_changed);
  g_test_add_func ("/core/agreement/copy-from", test_copy_from);
  g_test_add_func ("/core/agreement/set-sdr", test_set_sdr);
  g_test_add_func ("/core/agreement/save-backup", test_save_backup);
  g_test_add_func ("/core/agreement/save-error", test_save_error);
  g_test_add_func ("/core/agreement/load-missing-file", test_load_missing_file);
  g_test_add_func ("/core/agreement/specialisation-names", test_specialisation_names);
  g_test_add_func ("/core/agreement/business-hours", test_business_hours);
  g_test_add_func ("/core/agreement/business-hours/defaults", test_business_hours_defaults);
  g_test_add_func ("/core/agreement/business-hours/invalid", test_business_hours_invalid);
  g_test_add_func ("/core/agreement/business-hours/set", test_business_hours_set);
  g_test_add_func ("/core/agreement/business-hours/sample", test_sample_business_hours);

  return g_test_run ();
}
