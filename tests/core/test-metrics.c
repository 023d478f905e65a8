/* test-metrics.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every expected number below is worked out by hand from the fixture
 * tables, in the comments beside it. Times are wall-clock times in
 * Europe/Berlin (CET = UTC+1; CEST = UTC+2 from 31 March to 27 October
 * 2024).
 */

#include "config.h"

#include <math.h>

#include <glib.h>

#include "accord-agreement.h"
#include "accord-lead-store.h"
#include "accord-metrics.h"
#include "accord-zone.h"

#include "accord-test-time.h"

#define EPSILON 1e-9

#define JAN ACCORD_MONTH_KEY (2024, 1)
#define FEB ACCORD_MONTH_KEY (2024, 2)
#define MAR ACCORD_MONTH_KEY (2024, 3)
#define APR ACCORD_MONTH_KEY (2024, 4)

typedef struct
{
  const char *name;
  const char *owner;
  const char *source;
  int         employees;  /* -1: missing */
  AccordTier  tier;
  const char *created;
  const char *mql;
  const char *sql;
  const char *opportunity;
  const char *customer;
  const char *closed;
  const char *amount;     /* NULL: missing */
} LeadRow;

typedef struct
{
  GTimeZone       *time_zone;
  AccordZone      *zone;
  AccordLeadStore *store;
  AccordAgreement *agreement;
} Fixture;

static void
add_rows (AccordLeadStore *store,
          AccordZone      *zone,
          const LeadRow   *rows,
          guint            n_rows)
{
  for (guint i = 0; i < n_rows; i++)
    {
      const LeadRow *row = &rows[i];
      AccordLead *lead = accord_lead_store_append (store);

      lead->record_id = accord_lead_store_add_text (store, row->name);
      lead->owner = accord_lead_store_intern (store, row->owner);
      lead->source = accord_lead_store_intern (store, row->source);
      lead->employees = row->employees;
      lead->tier = row->tier;
      lead->moments[ACCORD_MOMENT_CREATED] = accord_test_time (zone, row->created);
      lead->moments[ACCORD_MOMENT_MQL] = accord_test_time (zone, row->mql);
      lead->moments[ACCORD_MOMENT_SQL] = accord_test_time (zone, row->sql);
      lead->moments[ACCORD_MOMENT_OPPORTUNITY] = accord_test_time (zone, row->opportunity);
      lead->moments[ACCORD_MOMENT_CUSTOMER] = accord_test_time (zone, row->customer);
      lead->moments[ACCORD_MOMENT_CLOSED] = accord_test_time (zone, row->closed);
      if (row->amount != NULL)
        lead->amount = g_ascii_strtod (row->amount, NULL);
    }
}

static void
assert_nan (double value)
{
  g_assert_true (isnan (value));
}

/* The main fixture. The agreement has its defaults: Quick Test 10–5000
 * employees (a missing count fails it); timeframes High 90 d, Moderate
 * 60 d, Low 30 d; goals 300 / 250 / 125 / 525 / 32 and none for
 * opportunities, customers and revenue.
 *
 * exit = min (SQL, closed, MQL + timeframe), one day = 86400 s:
 *   L1  min (02-10 10:00 SQL, …)                   = 02-10  (by SQL)
 *   L2  SQL 02-12                                  = 02-12
 *   L3  min (SQL 02-25, 02-10 + 30 d = 03-11)      = 02-25
 *   L4  02-12 10:00 + 30 d                         = 03-13  (Low timeframe)
 *   L5  min (closed 02-20, 02-14 + 30 d)           = 02-20  (by closed)
 *   L8  min (SQL 03-05, 01-15 + 90 d = 04-14)      = 03-05
 *   L9  01-20 10:00 + 30 d                         = 02-19  (Low: 30 d)
 *   L10 SQL 01-31 10:00                            = 01-31
 *   L11 SQL 02-01 00:00:00                         = start (Feb) exactly
 *   L12 02-29 23:59:59 (= end (Feb)) + 60 d        = 04-29 23:59:59 CET,
 *                                                    04-30 00:59:59 CEST
 *   L13 01-05 12:00 + 90 d                         = 04-04  (High: 90 d)
 *   L14 2023-12-20 + 30 d                          = 2024-01-19
 *   L15 2023-11-01 + 30 d                          = 2023-12-01
 *   L16 min (SQL 04-10, 03-25 + 30 d = 04-24)      = 04-10
 *   L17 01-08 + 30 d                               = 02-07
 */
static const LeadRow grid_rows[] = {
  { "L1", "Ben", "Web", 100, ACCORD_TIER_HIGH, "2024-02-05 10:00:00", "2024-02-06 10:00:00",
    "2024-02-10 10:00:00", "2024-02-15 10:00:00", "2024-02-20 10:00:00", NULL, "1000" },
  { "L2", "Ana", "Web", 50, ACCORD_TIER_LOW, "2024-02-07 10:00:00", "2024-02-08 10:00:00",
    "2024-02-12 10:00:00", "2024-02-20 10:00:00", NULL, NULL, NULL },
  { "L3", "Ben", "Web", 20, ACCORD_TIER_LOW, "2024-02-09 10:00:00", "2024-02-10 10:00:00",
    "2024-02-25 10:00:00", NULL, NULL, NULL, NULL },
  { "L4", "Ana", "Event", 30, ACCORD_TIER_LOW, "2024-02-11 10:00:00", "2024-02-12 10:00:00",
    NULL, NULL, NULL, NULL, NULL },
  { "L5", NULL, "Event", 5, ACCORD_TIER_LOW, "2024-02-13 10:00:00", "2024-02-14 10:00:00",
    NULL, NULL, NULL, "2024-02-20 10:00:00", NULL },
  { "L6", NULL, NULL, 5000, ACCORD_TIER_UNKNOWN, "2024-02-15 10:00:00", NULL,
    NULL, NULL, NULL, NULL, NULL },
  { "L7", NULL, NULL, -1, ACCORD_TIER_UNKNOWN, "2024-02-17 10:00:00", NULL,
    NULL, NULL, NULL, NULL, NULL },
  { "L8", "Ben", "Web", 200, ACCORD_TIER_HIGH, "2024-01-10 10:00:00", "2024-01-15 10:00:00",
    "2024-03-05 10:00:00", "2024-03-15 10:00:00", "2024-03-25 10:00:00", NULL, NULL },
  { "L9", NULL, NULL, 200, ACCORD_TIER_LOW, "2024-01-12 10:00:00", "2024-01-20 10:00:00",
    NULL, NULL, NULL, NULL, NULL },
  { "L10", "Ana", NULL, 200, ACCORD_TIER_HIGH, "2024-01-14 10:00:00", "2024-01-25 10:00:00",
    "2024-01-31 10:00:00", "2024-03-10 10:00:00", "2024-03-20 10:00:00", NULL, "500" },
  { "L11", "Ana", NULL, 200, ACCORD_TIER_HIGH, "2024-01-08 10:00:00", "2024-01-10 00:00:00",
    "2024-02-01 00:00:00", NULL, NULL, NULL, NULL },
  { "L12", NULL, NULL, 3, ACCORD_TIER_MODERATE, "2024-01-30 10:00:00", "2024-02-29 23:59:59",
    NULL, NULL, NULL, NULL, NULL },
  { "L13", NULL, NULL, 8, ACCORD_TIER_HIGH, "2024-01-03 10:00:00", "2024-01-05 12:00:00",
    NULL, NULL, NULL, NULL, NULL },
  { "L14", "Cleo", NULL, 200, ACCORD_TIER_LOW, "2023-12-01 10:00:00", "2023-12-20 10:00:00",
    NULL, NULL, NULL, NULL, NULL },
  { "L15", "Cleo", NULL, 200, ACCORD_TIER_LOW, "2023-10-01 10:00:00", "2023-11-01 10:00:00",
    NULL, NULL, NULL, NULL, NULL },
  { "L16", "Ben", "Event", 100, ACCORD_TIER_LOW, "2024-03-20 10:00:00", "2024-03-25 10:00:00",
    "2024-04-10 10:00:00", "2024-04-15 10:00:00", NULL, NULL, NULL },
  { "L17", "Cleo", NULL, 100, ACCORD_TIER_LOW, "2023-12-15 10:00:00", "2024-01-08 10:00:00",
    NULL, NULL, NULL, NULL, NULL },
};

/* An empty store and the default agreement. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->time_zone = g_time_zone_new_identifier ("Europe/Berlin");
  g_assert_nonnull (fixture->time_zone);
  fixture->zone = accord_zone_new (fixture->time_zone);
  fixture->store = accord_lead_store_new ();
  fixture->agreement = accord_agreement_new ();
}

/* The leads of grid_rows. */
static void
fixture_set_up_grid (Fixture       *fixture,
                     gconstpointer  data)
{
  fixture_set_up (fixture, data);
  add_rows (fixture->store, fixture->zone, grid_rows, G_N_ELEMENTS (grid_rows));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->store);
  g_assert_finalize_object (fixture->agreement);
  accord_zone_free (fixture->zone);
  g_time_zone_unref (fixture->time_zone);
}

static void
test_month_range (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(AccordLeadStore) empty = accord_lead_store_new ();
  int first = 0, last = 0;

  /* The earliest moment is L15's creation, 2023-10-01; the latest L16's
   * opportunity, 2024-04-15. */
  g_assert_true (accord_metrics_get_month_range (fixture->store, fixture->time_zone, &first, &last));
  g_assert_cmpint (first, ==, ACCORD_MONTH_KEY (2023, 10));
  g_assert_cmpint (last, ==, APR);

  g_assert_false (accord_metrics_get_month_range (empty, fixture->time_zone, &first, &last));

  /* A lead without any moment gives no range either. */
  accord_lead_store_append (empty);
  g_assert_false (accord_metrics_get_month_range (empty, fixture->time_zone, &first, &last));
}

/* Worked by hand from the table above:
 *
 * Leads sourced: Jan L8 L9 L10 L11 L12 L13 = 6; Feb L1–L7 = 7; Mar L16 = 1.
 * Qualified (10–5000 employees): Jan L8 L9 L10 L11 = 4 (L12 has 3, L13
 *   8); Feb L1 L2 L3 L4 L6 = 5 (L5 has 5, L7 none; L6's 5000 is the
 *   bound, in); Mar L16 = 1.
 * MQLs created: Jan L8 L9 L10 L11 L13 L17 = 6; Feb L1 L2 L3 L4 L5 and
 *   L12 at 23:59:59 on the 29th = 6; Mar L16 = 1.
 * MQLs managed (MQL ≤ end (m), exit ≥ start (m)):
 *   Jan: L8 L9 L10 L11 L13 L17, and L14 (MQL in December, exit 01-19)
 *     = 7; not L15 (exit 2023-12-01).
 *   Feb: L1 L2 L3 L4 L5 (exit by closed), L12 (MQL = end (Feb)), L8,
 *     L9 (exit 02-19), L11 (exit = start (Feb)), L13, L17 (exit 02-07)
 *     = 11; not L10 (exit 01-31) nor L14.
 *   Mar: L4 (exit 03-13), L8 (exit 03-05), L12, L13, L16 = 5; not L9
 *     (Low, 30 d: out in February) while L13 (High, 90 d) stays.
 *   Apr: L12 (exit 04-29), L13 (exit 04-04), L16 (exit 04-10) = 3.
 * SQLs: Jan L10 = 1; Feb L1 L2 L3 L11 = 4; Mar L8 = 1; Apr L16 = 1.
 * Opportunities: Feb L1 L2 = 2; Mar L10 L8 = 2; Apr L16 = 1.
 * Customers: Feb L1 = 1; Mar L10 L8 = 2.
 * Revenue: Feb L1 1000; Mar L10 500 + L8 (no amount) 0 = 500. */
static const double grid_expected[4][ACCORD_N_FIGURES] = {
  /*         sourced  QL  MQLs  managed  SQLs  opps  customers  revenue */
  /* Jan */ { 6,      4,  6,    7,       1,    0,    0,         0    },
  /* Feb */ { 7,      5,  6,    11,      4,    2,    1,         1000 },
  /* Mar */ { 1,      1,  1,    5,       1,    2,    2,         500  },
  /* Apr */ { 0,      0,  0,    3,       1,    1,    0,         0    },
};

static void
test_grid_figures (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GArray) grid = NULL;

  grid = accord_metrics_month_grid (fixture->store, fixture->agreement, fixture->time_zone,
                                    JAN, APR, ACCORD_TIME_NONE);
  g_assert_cmpuint (grid->len, ==, 4);

  for (guint m = 0; m < 4; m++)
    {
      const AccordMonthFigures *figures = &g_array_index (grid, AccordMonthFigures, m);

      g_assert_cmpint (figures->month, ==, JAN + (int) m);
      /* Without "now" no month runs: all are past. */
      g_assert_false (figures->running);
      g_assert_cmpfloat (figures->elapsed, ==, 1.0);
      for (guint f = 0; f < ACCORD_N_FIGURES; f++)
        {
          g_test_message ("month %u, %s", m, accord_figure_get_name (f));
          g_assert_cmpfloat_with_epsilon (figures->actual[f], grid_expected[m][f], EPSILON);
        }
    }
}

static void
test_grid_subrange (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GArray) grid = NULL;
  const AccordMonthFigures *feb;

  /* A grid of February alone counts the same as February in a wider grid:
   * leads whose pool stay began before it (L8 L9 L11 L13 L17) or ends
   * after it (L4 L12 L13) are clipped, not lost: 11 managed. */
  grid = accord_metrics_month_grid (fixture->store, fixture->agreement, fixture->time_zone,
                                    FEB, FEB, ACCORD_TIME_NONE);
  g_assert_cmpuint (grid->len, ==, 1);
  feb = &g_array_index (grid, AccordMonthFigures, 0);
  g_assert_cmpfloat (feb->actual[ACCORD_FIGURE_MQLS_MANAGED], ==, 11);
  g_assert_cmpfloat (feb->actual[ACCORD_FIGURE_LEADS_SOURCED], ==, 7);

  g_clear_pointer (&grid, g_array_unref);
  /* A reversed range has no months. */
  grid = accord_metrics_month_grid (fixture->store, fixture->agreement, fixture->time_zone,
                                    FEB, JAN, ACCORD_TIME_NONE);
  g_assert_cmpuint (grid->len, ==, 0);
}

static void
test_grid_attainment (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GArray) grid = NULL;
  const AccordMonthFigures *jan, *feb, *mar, *apr;
  /* now = 2024-03-16 12:00 CET = 11:00 UTC, in March: March runs.
   * start (Mar) = 03-01 00:00 CET = 02-29 23:00 UTC; end (Mar) + 1 =
   * 04-01 00:00 CEST = 03-31 22:00 UTC. March is 31 days less the hour
   * lost on 31 March: 31 × 86400 − 3600 = 2674800 s.
   * now − start = 15 days 12 hours = 1339200 s.
   * elapsed = 1339200 / 2674800 = 0.50067294751… */
  gint64 now = accord_test_time (fixture->zone, "2024-03-16 12:00:00");
  double elapsed = 1339200.0 / 2674800.0;

  /* Revenue gets a default goal of 0, which gives no attainment (nothing
   * to divide by); customers a goal of 2 in February. */
  accord_agreement_set_default_goal (fixture->agreement, ACCORD_FIGURE_REVENUE, 0);
  accord_agreement_set_goal (fixture->agreement, FEB, ACCORD_FIGURE_CUSTOMERS, 2);

  grid = accord_metrics_month_grid (fixture->store, fixture->agreement, fixture->time_zone,
                                    JAN, APR, now);
  jan = &g_array_index (grid, AccordMonthFigures, 0);
  feb = &g_array_index (grid, AccordMonthFigures, 1);
  mar = &g_array_index (grid, AccordMonthFigures, 2);
  apr = &g_array_index (grid, AccordMonthFigures, 3);

  g_assert_false (jan->running);
  g_assert_false (feb->running);
  g_assert_true (mar->running);
  g_assert_false (apr->running);
  g_assert_cmpfloat (jan->elapsed, ==, 1.0);
  g_assert_cmpfloat (feb->elapsed, ==, 1.0);
  g_assert_cmpfloat_with_epsilon (mar->elapsed, 0.5006729475, 1e-9);
  g_assert_cmpfloat (apr->elapsed, ==, 0.0);

  /* Past month: goal as set, pace = goal. Feb leads sourced 7 / 300. */
  g_assert_cmpfloat (feb->goal[ACCORD_FIGURE_LEADS_SOURCED], ==, 300);
  g_assert_cmpfloat_with_epsilon (feb->attainment[ACCORD_FIGURE_LEADS_SOURCED], 7.0 / 300, EPSILON);
  g_assert_cmpfloat (feb->pace[ACCORD_FIGURE_LEADS_SOURCED], ==, 300);
  /* Feb MQLs managed 11 / 525. */
  g_assert_cmpfloat_with_epsilon (feb->attainment[ACCORD_FIGURE_MQLS_MANAGED], 11.0 / 525, EPSILON);
  /* Feb customers 1 / 2 = 0.5; January has no customer goal: NAN. */
  g_assert_cmpfloat (feb->goal[ACCORD_FIGURE_CUSTOMERS], ==, 2);
  g_assert_cmpfloat_with_epsilon (feb->attainment[ACCORD_FIGURE_CUSTOMERS], 0.5, EPSILON);
  assert_nan (jan->goal[ACCORD_FIGURE_CUSTOMERS]);
  assert_nan (jan->attainment[ACCORD_FIGURE_CUSTOMERS]);
  assert_nan (jan->pace[ACCORD_FIGURE_CUSTOMERS]);
  /* Revenue: goal 0, so no attainment; Feb revenue 1000 / 0 is not a number. */
  g_assert_cmpfloat (feb->goal[ACCORD_FIGURE_REVENUE], ==, 0);
  assert_nan (feb->attainment[ACCORD_FIGURE_REVENUE]);
  /* Opportunities have no goal at all. */
  assert_nan (feb->goal[ACCORD_FIGURE_OPPORTUNITIES]);
  assert_nan (feb->attainment[ACCORD_FIGURE_OPPORTUNITIES]);

  /* Running month: pace = goal × elapsed.
   * Leads sourced: 300 × 0.500673 = 150.2019; actual 1, attainment 1/300.
   * MQLs managed: 525 × 0.500673 = 262.8533; actual 5, attainment 5/525.
   * SQLs: 32 × 0.500673 = 16.0215. */
  g_assert_cmpfloat_with_epsilon (mar->pace[ACCORD_FIGURE_LEADS_SOURCED], 300 * elapsed, 1e-9);
  g_assert_cmpfloat_with_epsilon (mar->pace[ACCORD_FIGURE_LEADS_SOURCED], 150.2019, 1e-4);
  g_assert_cmpfloat_with_epsilon (mar->pace[ACCORD_FIGURE_MQLS_MANAGED], 262.8533, 1e-4);
  g_assert_cmpfloat_with_epsilon (mar->pace[ACCORD_FIGURE_SQLS_CREATED], 16.0215, 1e-4);
  g_assert_cmpfloat_with_epsilon (mar->attainment[ACCORD_FIGURE_LEADS_SOURCED], 1.0 / 300, EPSILON);
  g_assert_cmpfloat_with_epsilon (mar->attainment[ACCORD_FIGURE_MQLS_MANAGED], 5.0 / 525, EPSILON);

  /* Future month: nothing expected yet. April's managed 3 against 525. */
  g_assert_cmpfloat (apr->pace[ACCORD_FIGURE_LEADS_SOURCED], ==, 0);
  g_assert_cmpfloat (apr->pace[ACCORD_FIGURE_MQLS_MANAGED], ==, 0);
  g_assert_cmpfloat_with_epsilon (apr->attainment[ACCORD_FIGURE_MQLS_MANAGED], 3.0 / 525, EPSILON);
}

/* Month boundaries in Europe/Berlin, around both DST changes of 2024. */
static void
test_grid_month_boundaries (Fixture       *fixture,
                            gconstpointer  data)
{
  static const LeadRow boundary_rows[] = {
    /* 23:30 CEST on the night DST began = 21:30 UTC: March. */
    { "B1", NULL, NULL, 100, ACCORD_TIER_UNKNOWN, "2024-03-31 23:30:00" },
    /* 00:30 CEST = 2024-03-31 22:30 UTC: April, though still March in UTC. */
    { "B2", NULL, NULL, 100, ACCORD_TIER_UNKNOWN, "2024-04-01 00:30:00" },
    /* 00:00:00 CEST = 2024-09-30 22:00 UTC: the first second of October. */
    { "B3", NULL, NULL, 100, ACCORD_TIER_UNKNOWN, "2024-10-01 00:00:00" },
    /* 23:59:59 CET (DST ended on 27 October) = 22:59:59 UTC: October. */
    { "B4", NULL, NULL, 100, ACCORD_TIER_UNKNOWN, "2024-10-31 23:59:59" },
    /* One second later: November (2024-10-31 23:00 UTC). */
    { "B5", NULL, NULL, 100, ACCORD_TIER_UNKNOWN, "2024-11-01 00:00:00" },
  };
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(AccordZone) utc_zone = accord_zone_new (utc);
  g_autoptr(GArray) grid = NULL;
  g_autoptr(GArray) utc_grid = NULL;
  g_autoptr(GArray) october = NULL;
  int mar = MAR, sep = ACCORD_MONTH_KEY (2024, 9);

  add_rows (fixture->store, fixture->zone, boundary_rows, G_N_ELEMENTS (boundary_rows));

  /* The readings in UTC, as the comments say. */
  g_assert_cmpint (accord_lead_store_get_lead (fixture->store, 0)->moments[ACCORD_MOMENT_CREATED], ==,
                   accord_zone_from_civil (utc_zone, 2024, 3, 31, 21, 30, 0));
  g_assert_cmpint (accord_lead_store_get_lead (fixture->store, 1)->moments[ACCORD_MOMENT_CREATED], ==,
                   accord_zone_from_civil (utc_zone, 2024, 3, 31, 22, 30, 0));
  g_assert_cmpint (accord_lead_store_get_lead (fixture->store, 2)->moments[ACCORD_MOMENT_CREATED], ==,
                   accord_zone_from_civil (utc_zone, 2024, 9, 30, 22, 0, 0));
  g_assert_cmpint (accord_lead_store_get_lead (fixture->store, 3)->moments[ACCORD_MOMENT_CREATED], ==,
                   accord_zone_from_civil (utc_zone, 2024, 10, 31, 22, 59, 59));

  /* Berlin, March to November: Mar B1; Apr B2; Sep none; Oct B3 B4; Nov B5. */
  grid = accord_metrics_month_grid (fixture->store, fixture->agreement, fixture->time_zone,
                                    mar, ACCORD_MONTH_KEY (2024, 11), ACCORD_TIME_NONE);
  g_assert_cmpuint (grid->len, ==, 9);
  g_assert_cmpfloat (g_array_index (grid, AccordMonthFigures, 0).actual[ACCORD_FIGURE_LEADS_SOURCED], ==, 1);
  g_assert_cmpfloat (g_array_index (grid, AccordMonthFigures, 1).actual[ACCORD_FIGURE_LEADS_SOURCED], ==, 1);
  g_assert_cmpfloat (g_array_index (grid, AccordMonthFigures, sep - mar).actual[ACCORD_FIGURE_LEADS_SOURCED], ==, 0);
  g_assert_cmpfloat (g_array_index (grid, AccordMonthFigures, sep - mar + 1).actual[ACCORD_FIGURE_LEADS_SOURCED], ==, 2);
  g_assert_cmpfloat (g_array_index (grid, AccordMonthFigures, sep - mar + 2).actual[ACCORD_FIGURE_LEADS_SOURCED], ==, 1);

  /* October alone: its first second (B3) and its last (B4) are in; the
   * next second (B5) and B2 are not. */
  october = accord_metrics_month_grid (fixture->store, fixture->agreement, fixture->time_zone,
                                       sep + 1, sep + 1, ACCORD_TIME_NONE);
  g_assert_cmpuint (october->len, ==, 1);
  g_assert_cmpfloat (g_array_index (october, AccordMonthFigures, 0).actual[ACCORD_FIGURE_LEADS_SOURCED], ==, 2);

  /* The same leads in UTC: Mar B1 B2; Apr none; Sep B3; Oct B4 B5; Nov none. */
  utc_grid = accord_metrics_month_grid (fixture->store, fixture->agreement, utc,
                                        mar, ACCORD_MONTH_KEY (2024, 11), ACCORD_TIME_NONE);
  g_assert_cmpfloat (g_array_index (utc_grid, AccordMonthFigures, 0).actual[ACCORD_FIGURE_LEADS_SOURCED], ==, 2);
  g_assert_cmpfloat (g_array_index (utc_grid, AccordMonthFigures, 1).actual[ACCORD_FIGURE_LEADS_SOURCED], ==, 0);
  g_assert_cmpfloat (g_array_index (utc_grid, AccordMonthFigures, sep - mar).actual[ACCORD_FIGURE_LEADS_SOURCED], ==, 1);
  g_assert_cmpfloat (g_array_index (utc_grid, AccordMonthFigures, sep - mar + 1).actual[ACCORD_FIGURE_LEADS_SOURCED], ==, 2);
  g_assert_cmpfloat (g_array_index (utc_grid, AccordMonthFigures, sep - mar + 2).actual[ACCORD_FIGURE_LEADS_SOURCED], ==, 0);
}

/* Per SDR, with a capacity small enough to fall under, in and over:
 * universe 2–3, active MQLs 1–2, 1 SQL a month, conversion 0.5. */
static const LeadRow sdr_rows[] = {
  /* Cleo first and a lead without owner in between: the order of the
   * result comes from sorting, not from the store. */
  { "C1", "Cleo", NULL, 100, ACCORD_TIER_HIGH, "2024-01-01 10:00:00", "2024-02-05 10:00:00" },
  { "C2", "Cleo", NULL, 100, ACCORD_TIER_MODERATE, "2024-01-01 10:00:00", "2024-02-06 10:00:00" },
  { "C3", "Cleo", NULL, 100, ACCORD_TIER_LOW, "2024-01-01 10:00:00", "2024-02-07 10:00:00" },
  { "C4", "Cleo", NULL, 100, ACCORD_TIER_LOW, "2024-01-01 10:00:00" },
  { "C5", "Cleo", NULL, 100, ACCORD_TIER_HIGH, "2024-01-01 10:00:00", "2024-01-15 10:00:00",
    "2024-02-10 10:00:00" },
  { "C6", "Cleo", NULL, 100, ACCORD_TIER_HIGH, "2024-01-01 10:00:00", NULL, "2024-02-12 10:00:00" },
  { "C7", "Cleo", NULL, 100, ACCORD_TIER_HIGH, "2024-01-01 10:00:00", NULL, "2024-02-14 10:00:00" },
  /* Closed at the last second of February: out of the pool at that T. */
  { "C8", "Cleo", NULL, 100, ACCORD_TIER_HIGH, "2024-01-01 10:00:00", "2024-02-15 10:00:00",
    NULL, NULL, NULL, "2024-02-29 23:59:59" },
  /* High tier, MQL 90 days before February: 2023-11-03 00:00 CET + 90 d =
   * 2024-02-01 00:00 CET, its exit is start (Feb) exactly. */
  { "C9", "Cleo", NULL, 100, ACCORD_TIER_HIGH, "2023-11-01 10:00:00", "2023-11-03 00:00:00" },
  { "U1", NULL, NULL, 100, ACCORD_TIER_HIGH, "2024-01-01 10:00:00", "2024-02-05 10:00:00" },
  { "A1", "Ana", NULL, 100, ACCORD_TIER_LOW, "2024-01-10 10:00:00", NULL, NULL, NULL, NULL,
    "2024-01-31 10:00:00" },
  { "A2", "Ana", NULL, 100, ACCORD_TIER_LOW, "2024-01-05 10:00:00", "2024-01-20 10:00:00" },
  { "A3", "Ana", NULL, 3, ACCORD_TIER_LOW, "2024-01-10 10:00:00" },
  /* Closed at the first second of February: managed in February. */
  { "A4", "Ana", NULL, 100, ACCORD_TIER_LOW, "2024-01-05 10:00:00", "2024-01-15 10:00:00",
    NULL, NULL, NULL, "2024-02-01 00:00:00" },
  { "B1", "Ben", NULL, 100, ACCORD_TIER_HIGH, "2024-01-02 10:00:00", "2024-02-10 10:00:00" },
  { "B2", "Ben", NULL, 100, ACCORD_TIER_LOW, "2024-01-03 10:00:00", "2024-02-01 10:00:00",
    "2024-02-20 10:00:00" },
  { "B3", "Ben", NULL, 100, ACCORD_TIER_LOW, "2024-02-28 10:00:00" },
  { "B4", "Ben", NULL, 100, ACCORD_TIER_LOW, "2024-03-02 10:00:00" },
  /* Low tier: out of the pool at 01-01 + 30 d = 01-31 10:00, though its
   * SQL comes only on 02-15. */
  { "B5", "Ben", NULL, 100, ACCORD_TIER_LOW, "2023-12-01 10:00:00", "2024-01-01 10:00:00",
    "2024-02-15 10:00:00" },
};

static void
set_small_capacity (AccordAgreement *agreement)
{
  AccordCapacity capacity = {
    .universe_min = 2, .universe_max = 3,
    .active_min = 1, .active_max = 2,
    .sqls_per_month = 1,
    .mql_conversion = 0.5,
  };

  accord_agreement_set_capacity (agreement, &capacity);
}

static void
assert_sdr (const AccordSdrFigures *sdr,
            const char             *owner,
            guint                   universe,
            guint                   active,
            guint                   sqls,
            guint                   managed,
            AccordBand              universe_band,
            AccordBand              active_band,
            AccordBand              sqls_band,
            AccordBand              conversion_band)
{
  g_assert_cmpstr (sdr->owner, ==, owner);
  g_assert_cmpuint (sdr->universe, ==, universe);
  g_assert_cmpuint (sdr->active_mqls, ==, active);
  g_assert_cmpuint (sdr->sqls, ==, sqls);
  g_assert_cmpuint (sdr->mqls_managed, ==, managed);
  g_assert_cmpfloat_with_epsilon (sdr->mql_conversion, (double) sqls / managed, EPSILON);
  g_assert_cmpstr (accord_band_get_name (sdr->universe_band), ==, accord_band_get_name (universe_band));
  g_assert_cmpstr (accord_band_get_name (sdr->active_band), ==, accord_band_get_name (active_band));
  g_assert_cmpstr (accord_band_get_name (sdr->sqls_band), ==, accord_band_get_name (sqls_band));
  g_assert_cmpstr (accord_band_get_name (sdr->conversion_band), ==, accord_band_get_name (conversion_band));
}

static void
test_sdrs_month_end (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GArray) sdrs = NULL;

  add_rows (fixture->store, fixture->zone, sdr_rows, G_N_ELEMENTS (sdr_rows));
  set_small_capacity (fixture->agreement);

  /* February measured at T = end (Feb) = 02-29 23:59:59 (no "now"). */
  sdrs = accord_metrics_sdrs (fixture->store, fixture->agreement, fixture->time_zone,
                              FEB, ACCORD_TIME_NONE);
  /* Three owners; U1 without an owner is left out. */
  g_assert_cmpuint (sdrs->len, ==, 3);
  for (guint i = 0; i < sdrs->len; i++)
    g_assert_cmpint (g_array_index (sdrs, AccordSdrFigures, i).month, ==, FEB);

  /* Ana: universe A2 only (A1 closed 01-31, A3 fails the Quick Test, A4
   * closed 02-01) = 1, under 2. Active: A2's exit is 01-20 + 30 d = 02-19
   * < T, A4's 02-01: 0, under 1. SQLs 0, under 1. Managed: A2 (MQL 01-20,
   * exit 02-19 ≥ start) and A4 (exit = start (Feb)) = 2; conversion
   * 0 / 2 = 0, under 0.5. */
  assert_sdr (&g_array_index (sdrs, AccordSdrFigures, 0), "Ana", 1, 0, 0, 2,
              ACCORD_BAND_UNDER, ACCORD_BAND_UNDER, ACCORD_BAND_UNDER, ACCORD_BAND_UNDER);

  /* Ben: universe B1 (MQL, no SQL) and B3 (created 02-28) = 2, in 2–3;
   * not B2 (SQL 02-20 ≤ T), B4 (created in March, after T) nor B5 (SQL).
   * Active: B1 (MQL 02-10, High exit 05-10) = 1, in 1–2; B2 left at its
   * SQL. SQLs: B2 and B5 = 2, in (≥ 1). Managed: B1 B2 = 2, not B5 (its
   * exit, 01-31, is before start (Feb)); conversion 2 / 2 = 1, in. */
  assert_sdr (&g_array_index (sdrs, AccordSdrFigures, 1), "Ben", 2, 1, 2, 2,
              ACCORD_BAND_IN, ACCORD_BAND_IN, ACCORD_BAND_IN, ACCORD_BAND_IN);

  /* Cleo: universe C1 C2 C3 C4 C9 = 5, over 3 (C5 C6 C7 are SQLs by T,
   * C8 closed at T). Active: C1 (High, exit 05-05), C2 (Moderate, exit
   * 04-06), C3 (Low, exit 03-08) = 3, over 2; C5 left at its SQL, C8's
   * exit is T itself (MQL ≤ T < exit fails), C9's start (Feb). SQLs: C5 C6
   * C7 = 3, in: the SQL target has no upper band. Managed: C1 C2 C3 C5 C8
   * C9 = 6 (C6 and C7 never were MQLs); conversion 3 / 6 = 0.5, in. */
  assert_sdr (&g_array_index (sdrs, AccordSdrFigures, 2), "Cleo", 5, 3, 3, 6,
              ACCORD_BAND_OVER, ACCORD_BAND_OVER, ACCORD_BAND_IN, ACCORD_BAND_IN);
}

static void
test_sdrs_running_month (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GArray) sdrs = NULL;
  /* February runs: T = now = 2024-02-15 10:00, the very moment of B5's
   * SQL and C8's MQL: both have happened by T. */
  gint64 now = accord_test_time (fixture->zone, "2024-02-15 10:00:00");

  add_rows (fixture->store, fixture->zone, sdr_rows, G_N_ELEMENTS (sdr_rows));
  set_small_capacity (fixture->agreement);

  sdrs = accord_metrics_sdrs (fixture->store, fixture->agreement, fixture->time_zone, FEB, now);
  g_assert_cmpuint (sdrs->len, ==, 3);

  /* Ana: A2 is still in the pool at T (exit 02-19 10:00 > T): active 1,
   * in band. Universe 1, SQLs 0, managed 2 as before. */
  assert_sdr (&g_array_index (sdrs, AccordSdrFigures, 0), "Ana", 1, 1, 0, 2,
              ACCORD_BAND_UNDER, ACCORD_BAND_IN, ACCORD_BAND_UNDER, ACCORD_BAND_UNDER);

  /* Ben: B2's SQL (02-20) has not happened by T, so B2 is in the universe
   * and active: universe B1 B2 = 2 (B3 is created after T), active 2.
   * SQLs: B5's at T itself = 1, in. Managed, as the grid counts the month,
   * B1 B2 = 2: conversion 1 / 2 = 0.5, in. */
  assert_sdr (&g_array_index (sdrs, AccordSdrFigures, 1), "Ben", 2, 2, 1, 2,
              ACCORD_BAND_IN, ACCORD_BAND_IN, ACCORD_BAND_IN, ACCORD_BAND_IN);

  /* Cleo: the SQLs 02-10, 02-12, 02-14 are all before T: 3. C8 (MQL
   * 02-15 10:00 = T, closed only on the 29th) is in the pool and the
   * universe at T: active C1 C2 C3 C8 = 4 (over); universe C1 C2 C3 C4 C8
   * C9 = 6 (over); managed 6, conversion 3 / 6. */
  assert_sdr (&g_array_index (sdrs, AccordSdrFigures, 2), "Cleo", 6, 4, 3, 6,
              ACCORD_BAND_OVER, ACCORD_BAND_OVER, ACCORD_BAND_IN, ACCORD_BAND_IN);
}

static void
test_sdrs_no_managed (Fixture       *fixture,
                      gconstpointer  data)
{
  static const LeadRow rows_without_mqls[] = {
    { "D1", "Dan", NULL, 100, ACCORD_TIER_LOW, "2024-01-01 10:00:00" },
  };
  g_autoptr(GArray) sdrs = NULL;
  const AccordSdrFigures *dan;

  add_rows (fixture->store, fixture->zone, rows_without_mqls, G_N_ELEMENTS (rows_without_mqls));
  sdrs = accord_metrics_sdrs (fixture->store, fixture->agreement, fixture->time_zone,
                              FEB, ACCORD_TIME_NONE);
  g_assert_cmpuint (sdrs->len, ==, 1);
  dan = &g_array_index (sdrs, AccordSdrFigures, 0);

  /* No MQL managed: no conversion rate, and nothing below the agreed
   * rate. Default capacity: universe 1 is under 200. */
  g_assert_cmpuint (dan->mqls_managed, ==, 0);
  assert_nan (dan->mql_conversion);
  g_assert_cmpint (dan->conversion_band, ==, ACCORD_BAND_IN);
  g_assert_cmpuint (dan->universe, ==, 1);
  g_assert_cmpint (dan->universe_band, ==, ACCORD_BAND_UNDER);
}

static void
assert_stage (const AccordFunnel *funnel,
              AccordStage         stage,
              guint               count,
              double              from_previous,
              double              from_first,
              guint               drop_off)
{
  const AccordFunnelStage *s = &funnel->stages[stage];

  g_test_message ("stage %s", accord_stage_get_name (stage));
  g_assert_cmpuint (s->count, ==, count);
  if (isnan (from_previous))
    assert_nan (s->from_previous);
  else
    g_assert_cmpfloat_with_epsilon (s->from_previous, from_previous, EPSILON);
  g_assert_cmpfloat_with_epsilon (s->from_first, from_first, EPSILON);
  g_assert_cmpuint (s->drop_off, ==, drop_off);
}

static void
test_funnel_period (Fixture       *fixture,
                    gconstpointer  data)
{
  AccordFunnel funnel;

  /* Goals over January to March: the default customer goal is 2,
   * February's SQL goal 40; opportunities have none. */
  accord_agreement_set_default_goal (fixture->agreement, ACCORD_FIGURE_CUSTOMERS, 2);
  accord_agreement_set_goal (fixture->agreement, FEB, ACCORD_FIGURE_SQLS_CREATED, 40);

  accord_metrics_funnel (fixture->store, fixture->agreement, fixture->time_zone,
                         JAN, MAR, ACCORD_FUNNEL_PERIOD, &funnel);
  g_assert_null (funnel.key);

  /* The grid's counts of Jan + Feb + Mar (see test_grid_figures):
   * leads 6 + 7 + 1 = 14; QL 4 + 5 + 1 = 10; MQLs 6 + 6 + 1 = 13 (L17,
   * created in December, is an MQL in January); SQLs 1 + 4 + 1 = 6;
   * opportunities 0 + 2 + 2 = 4; customers 0 + 1 + 2 = 3. */
  assert_stage (&funnel, ACCORD_STAGE_LEADS, 14, NAN, 1.0, 0);
  assert_stage (&funnel, ACCORD_STAGE_QUALIFIED, 10, 10.0 / 14, 10.0 / 14, 4);
  /* More MQLs than QLs: the stage grows, no drop-off. */
  assert_stage (&funnel, ACCORD_STAGE_MQL, 13, 13.0 / 10, 13.0 / 14, 0);
  assert_stage (&funnel, ACCORD_STAGE_SQL, 6, 6.0 / 13, 6.0 / 14, 7);
  assert_stage (&funnel, ACCORD_STAGE_OPPORTUNITY, 4, 4.0 / 6, 4.0 / 14, 2);
  assert_stage (&funnel, ACCORD_STAGE_CUSTOMER, 3, 3.0 / 4, 3.0 / 14, 1);

  /* Goals: leads 3 × 300 = 900; QL 3 × 250 = 750; MQLs 3 × 125 = 375;
   * SQLs 32 + 40 + 32 = 104; opportunities none (NAN); customers 3 × 2 = 6. */
  g_assert_cmpfloat (funnel.stages[ACCORD_STAGE_LEADS].goal, ==, 900);
  g_assert_cmpfloat (funnel.stages[ACCORD_STAGE_QUALIFIED].goal, ==, 750);
  g_assert_cmpfloat (funnel.stages[ACCORD_STAGE_MQL].goal, ==, 375);
  g_assert_cmpfloat (funnel.stages[ACCORD_STAGE_SQL].goal, ==, 104);
  assert_nan (funnel.stages[ACCORD_STAGE_OPPORTUNITY].goal);
  g_assert_cmpfloat (funnel.stages[ACCORD_STAGE_CUSTOMER].goal, ==, 6);
}

static void
test_funnel_cohort (Fixture       *fixture,
                    gconstpointer  data)
{
  AccordFunnel funnel;

  accord_metrics_funnel (fixture->store, fixture->agreement, fixture->time_zone,
                         JAN, MAR, ACCORD_FUNNEL_COHORT, &funnel);
  g_assert_null (funnel.key);

  /* The leads created January to March: L1–L13 and L16 = 14 (L14 L15 L17
   * were created in 2023). QL: the same 10 as the period counts.
   * Ever MQL: L1 L2 L3 L4 L5 L8 L9 L10 L11 L12 L13 L16 = 12 (not L17: it
   * belongs to another cohort). Ever SQL: L1 L2 L3 L8 L10 L11 and L16
   * (its SQL is in April) = 7. Ever opportunity: L1 L2 L8 L10 L16 = 5.
   * Ever customer: L1 L8 L10 = 3. */
  assert_stage (&funnel, ACCORD_STAGE_LEADS, 14, NAN, 1.0, 0);
  assert_stage (&funnel, ACCORD_STAGE_QUALIFIED, 10, 10.0 / 14, 10.0 / 14, 4);
  assert_stage (&funnel, ACCORD_STAGE_MQL, 12, 12.0 / 10, 12.0 / 14, 0);
  assert_stage (&funnel, ACCORD_STAGE_SQL, 7, 7.0 / 12, 7.0 / 14, 5);
  assert_stage (&funnel, ACCORD_STAGE_OPPORTUNITY, 5, 5.0 / 7, 5.0 / 14, 2);
  assert_stage (&funnel, ACCORD_STAGE_CUSTOMER, 3, 3.0 / 5, 3.0 / 14, 2);

  /* Default goals; customers have none. */
  g_assert_cmpfloat (funnel.stages[ACCORD_STAGE_SQL].goal, ==, 96);
  assert_nan (funnel.stages[ACCORD_STAGE_CUSTOMER].goal);
}

static void
test_funnel_empty (Fixture       *fixture,
                   gconstpointer  data)
{
  AccordFunnel funnel;

  /* No lead in 2020: every count 0 and every rate undefined. */
  accord_metrics_funnel (fixture->store, fixture->agreement, fixture->time_zone,
                         ACCORD_MONTH_KEY (2020, 1), ACCORD_MONTH_KEY (2020, 1),
                         ACCORD_FUNNEL_PERIOD, &funnel);
  for (guint s = 0; s < ACCORD_N_STAGES; s++)
    {
      g_assert_cmpuint (funnel.stages[s].count, ==, 0);
      assert_nan (funnel.stages[s].from_first);
      assert_nan (funnel.stages[s].from_previous);
      g_assert_cmpuint (funnel.stages[s].drop_off, ==, 0);
    }
}

static void
assert_counts (const AccordFunnel *funnel,
               const char         *key,
               const guint        *counts)
{
  g_assert_cmpstr (funnel->key, ==, key);
  for (guint s = 0; s < ACCORD_N_STAGES; s++)
    {
      g_assert_cmpuint (funnel->stages[s].count, ==, counts[s]);
      /* Goals are the team's; a part of it has none. */
      assert_nan (funnel->stages[s].goal);
    }
}

static void
test_funnel_by_owner (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GArray) period = NULL;
  g_autoptr(GArray) cohort = NULL;
  /* Period, January to March:
   * Ana: L2 (lead, QL, MQL, SQL, opp in Feb), L4 (lead, QL, MQL), L10
   *   (lead, QL, MQL, SQL in Jan; opp, customer in Mar), L11 (lead, QL,
   *   MQL in Jan, SQL on 02-01) = 4, 4, 4, 3, 2, 1.
   * Ben: L1 (all six in Feb), L3 (to SQL), L8 (lead, QL, MQL in Jan; SQL,
   *   opp, customer in Mar), L16 (lead, QL, MQL in Mar; SQL and opp in
   *   April, outside) = 4, 4, 4, 3, 2, 2.
   * Cleo: only L17's MQL (01-08) falls in the period = 0, 0, 1, 0, 0, 0.
   * No owner: L5 (lead, MQL), L6 (lead, QL), L7 (lead), L9 (lead, QL,
   *   MQL), L12 (lead, MQL in Feb), L13 (lead, MQL) = 6, 2, 4, 0, 0, 0.
   * Sum: 14, 10, 13, 6, 4, 3, the funnel's. */
  static const guint ana[] = { 4, 4, 4, 3, 2, 1 };
  static const guint ben[] = { 4, 4, 4, 3, 2, 2 };
  static const guint cleo[] = { 0, 0, 1, 0, 0, 0 };
  static const guint nobody[] = { 6, 2, 4, 0, 0, 0 };
  /* Cohort: Ben's L16 reached SQL and opportunity = 4, 4, 4, 4, 3, 2;
   * Cleo created nothing in the period and is not listed. */
  static const guint ben_cohort[] = { 4, 4, 4, 4, 3, 2 };

  period = accord_metrics_funnel_breakdown (fixture->store, fixture->agreement, fixture->time_zone,
                                            JAN, MAR, ACCORD_FUNNEL_PERIOD, ACCORD_FIELD_OWNER);
  g_assert_cmpuint (period->len, ==, 4);
  assert_counts (&g_array_index (period, AccordFunnel, 0), "Ana", ana);
  assert_counts (&g_array_index (period, AccordFunnel, 1), "Ben", ben);
  assert_counts (&g_array_index (period, AccordFunnel, 2), "Cleo", cleo);
  assert_counts (&g_array_index (period, AccordFunnel, 3), NULL, nobody);

  /* Ben's rates: QL 4 / 4 = 1; SQL 3 / 4 from MQL, drop-off 1. */
  g_assert_cmpfloat_with_epsilon (g_array_index (period, AccordFunnel, 1).stages[ACCORD_STAGE_SQL].from_previous,
                                  0.75, EPSILON);
  g_assert_cmpuint (g_array_index (period, AccordFunnel, 1).stages[ACCORD_STAGE_SQL].drop_off, ==, 1);
  /* Cleo has MQLs without leads: no rate from the first stage. */
  assert_nan (g_array_index (period, AccordFunnel, 2).stages[ACCORD_STAGE_MQL].from_first);

  cohort = accord_metrics_funnel_breakdown (fixture->store, fixture->agreement, fixture->time_zone,
                                            JAN, MAR, ACCORD_FUNNEL_COHORT, ACCORD_FIELD_OWNER);
  g_assert_cmpuint (cohort->len, ==, 3);
  assert_counts (&g_array_index (cohort, AccordFunnel, 0), "Ana", ana);
  assert_counts (&g_array_index (cohort, AccordFunnel, 1), "Ben", ben_cohort);
  assert_counts (&g_array_index (cohort, AccordFunnel, 2), NULL, nobody);
}

static void
test_funnel_by_source (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GArray) cohort = NULL;
  /* Cohort, January to March:
   * Event: L4 (lead, QL, MQL), L5 (lead, MQL; 5 employees), L16 (lead,
   *   QL, MQL, SQL, opp) = 3, 2, 3, 1, 1, 0.
   * Web: L1 (all), L2 (to opp), L3 (to SQL), L8 (all) = 4, 4, 4, 4, 3, 2.
   * No source: L6 (QL), L7, L9 (QL, MQL), L10 (QL, MQL, SQL, opp,
   *   customer), L11 (QL, MQL, SQL), L12 (MQL), L13 (MQL) = 7, 4, 5, 2, 1, 1.
   * Sum: 14, 10, 12, 7, 5, 3, the cohort funnel's. */
  static const guint event[] = { 3, 2, 3, 1, 1, 0 };
  static const guint web[] = { 4, 4, 4, 4, 3, 2 };
  static const guint none[] = { 7, 4, 5, 2, 1, 1 };

  cohort = accord_metrics_funnel_breakdown (fixture->store, fixture->agreement, fixture->time_zone,
                                            JAN, MAR, ACCORD_FUNNEL_COHORT, ACCORD_FIELD_SOURCE);
  g_assert_cmpuint (cohort->len, ==, 3);
  assert_counts (&g_array_index (cohort, AccordFunnel, 0), "Event", event);
  assert_counts (&g_array_index (cohort, AccordFunnel, 1), "Web", web);
  assert_counts (&g_array_index (cohort, AccordFunnel, 2), NULL, none);
}

static void
test_leads_per_source (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GArray) quarter = NULL;
  g_autoptr(GArray) february = NULL;
  const AccordSourceCount *counts;

  /* Created January to March: Web L1 L2 L3 L8 = 4; Event L4 L5 L16 = 3;
   * none L6 L7 L9 L10 L11 L12 L13 = 7, listed last although the most. */
  quarter = accord_metrics_leads_per_source (fixture->store, fixture->time_zone, JAN, MAR);
  g_assert_cmpuint (quarter->len, ==, 3);
  counts = (const AccordSourceCount *) (gpointer) quarter->data;
  g_assert_cmpstr (counts[0].source, ==, "Web");
  g_assert_cmpuint (counts[0].leads, ==, 4);
  g_assert_cmpstr (counts[1].source, ==, "Event");
  g_assert_cmpuint (counts[1].leads, ==, 3);
  g_assert_null (counts[2].source);
  g_assert_cmpuint (counts[2].leads, ==, 7);

  /* February: Web L1 L2 L3 = 3; Event L4 L5 = 2; none L6 L7 = 2. */
  february = accord_metrics_leads_per_source (fixture->store, fixture->time_zone, FEB, FEB);
  g_assert_cmpuint (february->len, ==, 3);
  counts = (const AccordSourceCount *) (gpointer) february->data;
  g_assert_cmpstr (counts[0].source, ==, "Web");
  g_assert_cmpuint (counts[0].leads, ==, 3);
  g_assert_cmpstr (counts[1].source, ==, "Event");
  g_assert_cmpuint (counts[1].leads, ==, 2);
  g_assert_null (counts[2].source);
  g_assert_cmpuint (counts[2].leads, ==, 2);
}

static void
test_leads_per_hour (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GArray) quarter = NULL;
  g_autoptr(GArray) february = NULL;
  g_autoptr(GArray) none = NULL;
  const AccordAssetEffort *efforts;

  /* Hours a month: Event 5, Web 8, and 10 for Podcast, which no lead
   * names; the agreement's order is kept. */
  accord_agreement_set_asset_hours (fixture->agreement, "Event", 5);
  accord_agreement_set_asset_hours (fixture->agreement, "Podcast", 10);
  accord_agreement_set_asset_hours (fixture->agreement, "Web", 8);

  /* January to March (test_leads_per_source): Event 3 leads in
   * 3 × 5 = 15 hours, 0.2 an hour; Podcast 0 in 30; Web 4 in 24, 1/6. */
  quarter = accord_metrics_leads_per_hour (fixture->store, fixture->agreement,
                                           fixture->time_zone, JAN, MAR);
  g_assert_cmpuint (quarter->len, ==, 3);
  efforts = (const AccordAssetEffort *) (gpointer) quarter->data;
  g_assert_cmpstr (efforts[0].asset, ==, "Event");
  g_assert_cmpuint (efforts[0].leads, ==, 3);
  g_assert_cmpfloat_with_epsilon (efforts[0].hours, 15, 1e-9);
  g_assert_cmpfloat_with_epsilon (efforts[0].leads_per_hour, 0.2, 1e-9);
  g_assert_cmpstr (efforts[1].asset, ==, "Podcast");
  g_assert_cmpuint (efforts[1].leads, ==, 0);
  g_assert_cmpfloat_with_epsilon (efforts[1].hours, 30, 1e-9);
  g_assert_cmpfloat_with_epsilon (efforts[1].leads_per_hour, 0, 1e-9);
  g_assert_cmpstr (efforts[2].asset, ==, "Web");
  g_assert_cmpuint (efforts[2].leads, ==, 4);
  g_assert_cmpfloat_with_epsilon (efforts[2].hours, 24, 1e-9);
  g_assert_cmpfloat_with_epsilon (efforts[2].leads_per_hour, 1.0 / 6, 1e-9);

  /* February: Event 2 in 5 hours, Web 3 in 8. */
  february = accord_metrics_leads_per_hour (fixture->store, fixture->agreement,
                                            fixture->time_zone, FEB, FEB);
  efforts = (const AccordAssetEffort *) (gpointer) february->data;
  g_assert_cmpfloat_with_epsilon (efforts[0].leads_per_hour, 0.4, 1e-9);
  g_assert_cmpfloat_with_epsilon (efforts[2].leads_per_hour, 0.375, 1e-9);

  /* An agreement without hours gives no entries. */
  for (guint i = 0; i < 3; i++)
    accord_agreement_remove_asset (fixture->agreement, 0);
  none = accord_metrics_leads_per_hour (fixture->store, fixture->agreement,
                                        fixture->time_zone, JAN, MAR);
  g_assert_cmpuint (none->len, ==, 0);
}

static void
test_leads_per_source_ties (Fixture       *fixture,
                            gconstpointer  data)
{
  static const LeadRow tie_rows[] = {
    { "T1", NULL, "Webinar", 100, ACCORD_TIER_UNKNOWN, "2024-02-01 10:00:00" },
    { "T2", NULL, "Ads", 100, ACCORD_TIER_UNKNOWN, "2024-02-02 10:00:00" },
    { "T3", NULL, "Referral", 100, ACCORD_TIER_UNKNOWN, "2024-02-03 10:00:00" },
    { "T4", NULL, "Referral", 100, ACCORD_TIER_UNKNOWN, "2024-02-04 10:00:00" },
  };
  g_autoptr(GArray) sources = NULL;
  const AccordSourceCount *counts;

  add_rows (fixture->store, fixture->zone, tie_rows, G_N_ELEMENTS (tie_rows));

  /* Referral 2 first; Ads and Webinar 1 each, by name. */
  sources = accord_metrics_leads_per_source (fixture->store, fixture->time_zone, FEB, FEB);
  g_assert_cmpuint (sources->len, ==, 3);
  counts = (const AccordSourceCount *) (gpointer) sources->data;
  g_assert_cmpstr (counts[0].source, ==, "Referral");
  g_assert_cmpstr (counts[1].source, ==, "Ads");
  g_assert_cmpstr (counts[2].source, ==, "Webinar");
}

/* Copies every lead of the store until there are @n_copies of each. */
static void
copy_leads (AccordLeadStore *store,
            guint            n_copies)
{
  guint n_leads = accord_lead_store_get_n_leads (store);

  for (guint copy = 1; copy < n_copies; copy++)
    {
      for (guint i = 0; i < n_leads; i++)
        {
          AccordLead lead = *accord_lead_store_get_lead (store, i);

          *accord_lead_store_append (store) = lead;
        }
    }
}

/* 8192 copies of the 17 leads make 139264 (of the 19 SDR leads 155648): passes over that many leads are
 * split in slices counted on several threads (one per processor) and
 * added up, and every count must simply grow 8192 times. */
#define N_COPIES 8192

static void
test_many_leads (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GArray) grid = NULL;
  g_autoptr(GArray) owners = NULL;
  g_autoptr(GArray) sources = NULL;
  static const guint period[] = { 14, 10, 13, 6, 4, 3 };
  static const guint ana[] = { 4, 4, 4, 3, 2, 1 };
  static const guint nobody[] = { 6, 2, 4, 0, 0, 0 };
  /* One more lead at the very end, outside every period counted below,
   * holds the earliest and the latest moment: the last slice must bring
   * them in. */
  static const LeadRow last_row[] = {
    { "Z1", NULL, NULL, 100, ACCORD_TIER_LOW, "2023-01-15 10:00:00", NULL, NULL, NULL, NULL,
      "2024-09-01 10:00:00" },
  };
  AccordFunnel funnel;
  int first = 0, last = 0;

  copy_leads (fixture->store, N_COPIES);
  add_rows (fixture->store, fixture->zone, last_row, G_N_ELEMENTS (last_row));
  g_assert_cmpuint (accord_lead_store_get_n_leads (fixture->store), ==, G_N_ELEMENTS (grid_rows) * N_COPIES + 1);

  g_assert_true (accord_metrics_get_month_range (fixture->store, fixture->time_zone, &first, &last));
  g_assert_cmpint (first, ==, ACCORD_MONTH_KEY (2023, 1));
  g_assert_cmpint (last, ==, ACCORD_MONTH_KEY (2024, 9));

  /* The grid of test_grid_figures, 8192 times. */
  grid = accord_metrics_month_grid (fixture->store, fixture->agreement, fixture->time_zone,
                                    JAN, APR, ACCORD_TIME_NONE);
  g_assert_cmpuint (grid->len, ==, 4);
  for (guint m = 0; m < 4; m++)
    for (guint f = 0; f < ACCORD_N_FIGURES; f++)
      g_assert_cmpfloat_with_epsilon (g_array_index (grid, AccordMonthFigures, m).actual[f],
                                      grid_expected[m][f] * N_COPIES, EPSILON);

  /* The period funnel of test_funnel_period. */
  accord_metrics_funnel (fixture->store, fixture->agreement, fixture->time_zone,
                         JAN, MAR, ACCORD_FUNNEL_PERIOD, &funnel);
  for (guint s = 0; s < ACCORD_N_STAGES; s++)
    g_assert_cmpuint (funnel.stages[s].count, ==, period[s] * N_COPIES);
  g_assert_cmpfloat_with_epsilon (funnel.stages[ACCORD_STAGE_SQL].from_previous, 6.0 / 13, EPSILON);

  /* The owners of test_funnel_by_owner: Ana, Ben, Cleo, nobody. */
  owners = accord_metrics_funnel_breakdown (fixture->store, fixture->agreement, fixture->time_zone,
                                            JAN, MAR, ACCORD_FUNNEL_PERIOD, ACCORD_FIELD_OWNER);
  g_assert_cmpuint (owners->len, ==, 4);
  g_assert_cmpstr (g_array_index (owners, AccordFunnel, 0).key, ==, "Ana");
  g_assert_null (g_array_index (owners, AccordFunnel, 3).key);
  for (guint s = 0; s < ACCORD_N_STAGES; s++)
    {
      g_assert_cmpuint (g_array_index (owners, AccordFunnel, 0).stages[s].count, ==, ana[s] * N_COPIES);
      g_assert_cmpuint (g_array_index (owners, AccordFunnel, 3).stages[s].count, ==, nobody[s] * N_COPIES);
    }

  /* The sources of test_leads_per_source: Web 4, Event 3, none 7. */
  sources = accord_metrics_leads_per_source (fixture->store, fixture->time_zone, JAN, MAR);
  g_assert_cmpuint (sources->len, ==, 3);
  g_assert_cmpstr (g_array_index (sources, AccordSourceCount, 0).source, ==, "Web");
  g_assert_cmpuint (g_array_index (sources, AccordSourceCount, 0).leads, ==, 4 * N_COPIES);
  g_assert_cmpuint (g_array_index (sources, AccordSourceCount, 1).leads, ==, 3 * N_COPIES);
  g_assert_null (g_array_index (sources, AccordSourceCount, 2).source);
  g_assert_cmpuint (g_array_index (sources, AccordSourceCount, 2).leads, ==, 7 * N_COPIES);
}

static void
test_sdrs_many_leads (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GArray) sdrs = NULL;

  add_rows (fixture->store, fixture->zone, sdr_rows, G_N_ELEMENTS (sdr_rows));
  copy_leads (fixture->store, N_COPIES);
  set_small_capacity (fixture->agreement);

  /* test_sdrs_month_end's counts, 8192 times; the bands follow: every
   * universe and active count is now over its band, the SQLs in it, and
   * the conversions are unchanged. */
  sdrs = accord_metrics_sdrs (fixture->store, fixture->agreement, fixture->time_zone,
                              FEB, ACCORD_TIME_NONE);
  g_assert_cmpuint (sdrs->len, ==, 3);
  assert_sdr (&g_array_index (sdrs, AccordSdrFigures, 0), "Ana", 1 * N_COPIES, 0, 0, 2 * N_COPIES,
              ACCORD_BAND_OVER, ACCORD_BAND_UNDER, ACCORD_BAND_UNDER, ACCORD_BAND_UNDER);
  assert_sdr (&g_array_index (sdrs, AccordSdrFigures, 1), "Ben", 2 * N_COPIES, 1 * N_COPIES,
              2 * N_COPIES, 2 * N_COPIES,
              ACCORD_BAND_OVER, ACCORD_BAND_OVER, ACCORD_BAND_IN, ACCORD_BAND_IN);
  assert_sdr (&g_array_index (sdrs, AccordSdrFigures, 2), "Cleo", 5 * N_COPIES, 3 * N_COPIES,
              3 * N_COPIES, 6 * N_COPIES,
              ACCORD_BAND_OVER, ACCORD_BAND_OVER, ACCORD_BAND_IN, ACCORD_BAND_IN);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, set_up, func) \
  g_test_add ("/core/metrics/" path, Fixture, NULL, set_up, func, fixture_tear_down)

  ADD ("month-range", fixture_set_up_grid, test_month_range);
  ADD ("grid/figures", fixture_set_up_grid, test_grid_figures);
  ADD ("grid/subrange", fixture_set_up_grid, test_grid_subrange);
  ADD ("grid/attainment-and-pace", fixture_set_up_grid, test_grid_attainment);
  ADD ("grid/month-boundaries", fixture_set_up, test_grid_month_boundaries);
  ADD ("sdrs/month-end", fixture_set_up, test_sdrs_month_end);
  ADD ("sdrs/running-month", fixture_set_up, test_sdrs_running_month);
  ADD ("sdrs/nothing-managed", fixture_set_up, test_sdrs_no_managed);
  ADD ("funnel/period", fixture_set_up_grid, test_funnel_period);
  ADD ("funnel/cohort", fixture_set_up_grid, test_funnel_cohort);
  ADD ("funnel/empty", fixture_set_up_grid, test_funnel_empty);
  ADD ("funnel/by-owner", fixture_set_up_grid, test_funnel_by_owner);
  ADD ("funnel/by-source", fixture_set_up_grid, test_funnel_by_source);
  ADD ("leads-per-source", fixture_set_up_grid, test_leads_per_source);
  ADD ("leads-per-source/ties", fixture_set_up, test_leads_per_source_ties);
  ADD ("leads-per-hour", fixture_set_up_grid, test_leads_per_hour);
  ADD ("many-leads", fixture_set_up_grid, test_many_leads);
  ADD ("sdrs/many-leads", fixture_set_up, test_sdrs_many_leads);

#undef ADD

  return g_test_run ();
}
