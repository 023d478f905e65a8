/* test-quarter.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every expected number below is worked out by hand from the fixture
 * table, in the comments beside it. Times are wall-clock times in
 * Europe/Berlin (CEST = UTC+2 until 26 October 2025, 03:00; CET = UTC+1
 * after).
 */

#include "config.h"

#include <math.h>

#include <glib.h>

#include "accord-quarter.h"
#include "accord-zone.h"

#include "accord-test-time.h"

#define EPSILON 1e-9

#define APR ACCORD_MONTH_KEY (2025, 4)
#define JUL ACCORD_MONTH_KEY (2025, 7)
#define AUG ACCORD_MONTH_KEY (2025, 8)
#define SEP ACCORD_MONTH_KEY (2025, 9)
#define OCT ACCORD_MONTH_KEY (2025, 10)
#define NOV ACCORD_MONTH_KEY (2025, 11)
#define DEC ACCORD_MONTH_KEY (2025, 12)

typedef struct
{
  const char *name;
  int         employees;  /* -1: missing */
  AccordTier  tier;
  const char *created;
  const char *mql;
  const char *sql;
  const char *opportunity;
  const char *customer;
  const char *closed;
  double      amount;
} LeadRow;

typedef struct
{
  GTimeZone       *time_zone;
  AccordZone      *zone;
  AccordLeadStore *store;
  AccordAgreement *agreement;
  AccordQuarter   *quarter;
  GString         *changes;
  gint64           now;
} Fixture;

/* The agreement keeps its Quick Test (10–5000 employees; a missing count
 * fails) and timeframes (High 90 d, Moderate 60 d, Low 30 d, a day being
 * 86400 s), with small goals set in fixture_set_up ().
 *
 * exit = min (SQL, closed, MQL + timeframe):
 *   P1  06-28 10:00 + 30 d                   = 07-28 10:00  → pool Jun, Jul
 *   A1  SQL 07-20                            = 07-20        → pool Jul
 *   A3  min (closed 09-05, 08-02 + 60 d)     = 09-05        → pool Aug, Sep
 *   A4  09-30 23:00 CEST + 90 × 86400 s      = 12-29 22:00 CET → pool Sep … Dec
 *   A5  SQL 10-01 01:00 CEST (09-30 23:00 UTC: October only in Berlin)
 *                                            = 10-01        → pool Sep, Oct
 *   B1  SQL 10-10                            = 10-10        → pool Oct
 *
 * Per month (leads / QLs / MQLs created / managed / SQLs / opps /
 * customers / revenue):
 *   Apr  0 / 0 / 0 / 0 / 0 / 0 / 0 / 0
 *   May  1 (P1) / 1 (50 emp.) / 0 / 0 / 0 / 0 / 0 / 0
 *   Jun  0 / 0 / 1 (P1) / 1 (P1) / 0 / 0 / 0 / 0
 *   Jul  3 (A1, A2, A4 at 07-31 23:59:59) / 2 (A2 has 5 emp.) / 1 (A1)
 *        / 2 (P1, A1) / 1 (A1) / 0 / 0 / 0
 *   Aug  1 (A3 at 08-01 00:00:00) / 1 / 1 (A3) / 1 (A3) / 0 / 1 (A1) / 0 / 0
 *   Sep  1 (A5) / 0 (A5 has no count) / 2 (A4, A5) / 3 (A3, A4, A5) / 0
 *        / 0 / 1 (A1) / 1500
 *   Oct  3 (B1 at 10-01 00:00:00, B2, B3) / 3 / 1 (B1) / 3 (A4, A5, B1)
 *        / 2 (A5, B1) / 1 (B1) / 1 (B1) / 800
 *   Nov  0 / 0 / 0 / 1 (A4) / 0 / 0 / 0 / 0
 *   Dec  0 / 0 / 0 / 1 (A4) / 0 / 0 / 0 / 0
 */
static const LeadRow rows[] = {
  { "P1", 50, ACCORD_TIER_LOW, "2025-05-10 10:00:00", "2025-06-28 10:00:00", NULL, NULL, NULL, NULL, NAN },
  { "A1", 100, ACCORD_TIER_LOW, "2025-07-03 09:00:00", "2025-07-04 09:00:00", "2025-07-20 09:00:00",
    "2025-08-05 09:00:00", "2025-09-10 09:00:00", NULL, 1500 },
  { "A2", 5, ACCORD_TIER_LOW, "2025-07-15 09:00:00", NULL, NULL, NULL, NULL, NULL, NAN },
  { "A3", 20, ACCORD_TIER_MODERATE, "2025-08-01 00:00:00", "2025-08-02 10:00:00", NULL, NULL, NULL,
    "2025-09-05 10:00:00", NAN },
  { "A4", 30, ACCORD_TIER_HIGH, "2025-07-31 23:59:59", "2025-09-30 23:00:00", NULL, NULL, NULL, NULL, NAN },
  { "A5", -1, ACCORD_TIER_LOW, "2025-09-12 10:00:00", "2025-09-13 10:00:00", "2025-10-01 01:00:00",
    NULL, NULL, NULL, NAN },
  { "B1", 200, ACCORD_TIER_HIGH, "2025-10-01 00:00:00", "2025-10-03 10:00:00", "2025-10-10 10:00:00",
    "2025-10-12 10:00:00", "2025-10-14 10:00:00", NULL, 800 },
  { "B2", 40, ACCORD_TIER_LOW, "2025-10-05 10:00:00", NULL, NULL, NULL, NULL, NULL, NAN },
  { "B3", 15, ACCORD_TIER_LOW, "2025-10-16 12:30:00", NULL, NULL, NULL, NULL, NULL, NAN },
};

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  GString    *changes)
{
  g_string_append_printf (changes, "%s%u-%u+%u", changes->len > 0 ? " " : "", position, removed, added);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->time_zone = g_time_zone_new_identifier ("Europe/Berlin");
  g_assert_nonnull (fixture->time_zone);
  fixture->zone = accord_zone_new (fixture->time_zone);
  fixture->store = accord_lead_store_new ();
  fixture->agreement = accord_agreement_new ();
  fixture->quarter = accord_quarter_new ();
  fixture->changes = g_string_new (NULL);
  g_signal_connect (fixture->quarter, "items-changed", G_CALLBACK (items_changed_cb), fixture->changes);

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      const LeadRow *row = &rows[i];
      AccordLead *lead = accord_lead_store_append (fixture->store);

      lead->record_id = accord_lead_store_add_text (fixture->store, row->name);
      lead->employees = row->employees;
      lead->tier = row->tier;
      lead->moments[ACCORD_MOMENT_CREATED] = accord_test_time (fixture->zone, row->created);
      lead->moments[ACCORD_MOMENT_MQL] = accord_test_time (fixture->zone, row->mql);
      lead->moments[ACCORD_MOMENT_SQL] = accord_test_time (fixture->zone, row->sql);
      lead->moments[ACCORD_MOMENT_OPPORTUNITY] = accord_test_time (fixture->zone, row->opportunity);
      lead->moments[ACCORD_MOMENT_CUSTOMER] = accord_test_time (fixture->zone, row->customer);
      lead->moments[ACCORD_MOMENT_CLOSED] = accord_test_time (fixture->zone, row->closed);
      lead->amount = row->amount;
    }

  /* Goals each month: leads 4, QLs 2, MQLs created 2, managed 2, SQLs 1,
   * no goal for opportunities, customers 1, revenue 1000; and months of
   * their own: August asks for 6 leads, July for 1 MQL, November for a
   * pool of 5. */
  accord_agreement_set_default_goal (fixture->agreement, ACCORD_FIGURE_LEADS_SOURCED, 4);
  accord_agreement_set_default_goal (fixture->agreement, ACCORD_FIGURE_QUALIFIED_LEADS, 2);
  accord_agreement_set_default_goal (fixture->agreement, ACCORD_FIGURE_MQLS_CREATED, 2);
  accord_agreement_set_default_goal (fixture->agreement, ACCORD_FIGURE_MQLS_MANAGED, 2);
  accord_agreement_set_default_goal (fixture->agreement, ACCORD_FIGURE_SQLS_CREATED, 1);
  accord_agreement_set_default_goal (fixture->agreement, ACCORD_FIGURE_OPPORTUNITIES, NAN);
  accord_agreement_set_default_goal (fixture->agreement, ACCORD_FIGURE_CUSTOMERS, 1);
  accord_agreement_set_default_goal (fixture->agreement, ACCORD_FIGURE_REVENUE, 1000);
  accord_agreement_set_goal (fixture->agreement, AUG, ACCORD_FIGURE_LEADS_SOURCED, 6);
  accord_agreement_set_goal (fixture->agreement, JUL, ACCORD_FIGURE_MQLS_CREATED, 1);
  accord_agreement_set_goal (fixture->agreement, NOV, ACCORD_FIGURE_MQLS_MANAGED, 5);

  /* "Now" is halfway through October: from 1 October 00:00 CEST to
   * 1 November 00:00 CET is 31 days and an hour, 745 h, and 16 October
   * 12:30 CEST is 15 d 12.5 h = 372.5 h in. A month taken as 744 h would
   * not give 0.5. */
  fixture->now = accord_test_time (fixture->zone, "2025-10-16 12:30:00");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->quarter);
  g_assert_finalize_object (fixture->agreement);
  g_assert_finalize_object (fixture->store);
  g_string_free (fixture->changes, TRUE);
  accord_zone_free (fixture->zone);
  g_time_zone_unref (fixture->time_zone);
}

static void
update (Fixture *fixture,
        int      month_key,
        gint64   now)
{
  accord_quarter_update (fixture->quarter, fixture->store, fixture->agreement,
                         fixture->time_zone, month_key, now);
}

/* The row of @figure: the rows come in AccordFigure order. */
static AccordQuarterRow *
get_row (Fixture      *fixture,
         AccordFigure  figure)
{
  g_autoptr(AccordQuarterRow) row = g_list_model_get_item (G_LIST_MODEL (fixture->quarter), figure);

  g_assert_nonnull (row);
  g_assert_cmpuint (accord_quarter_row_get_figure (row), ==, figure);

  /* The model holds a reference of its own. */
  return row;
}

static void
assert_number (double value,
               double expected)
{
  if (isnan (expected))
    g_assert_true (isnan (value));
  else
    g_assert_cmpfloat_with_epsilon (value, expected, EPSILON);
}

static void
assert_cell (AccordQuarterRow    *row,
             AccordQuarterColumn  column,
             int                  month,
             AccordPeriodState    state,
             double               actual,
             double               goal,
             double               attainment,
             double               pace,
             double               pace_attainment,
             AccordAttainment     level)
{
  const AccordQuarterCell *cell = accord_quarter_row_get_cell (row, column);

  g_assert_cmpint (cell->month, ==, month);
  g_assert_cmpint (cell->state, ==, state);
  assert_number (cell->actual, actual);
  assert_number (cell->goal, goal);
  assert_number (cell->attainment, attainment);
  assert_number (cell->pace, pace);
  assert_number (cell->pace_attainment, pace_attainment);
  g_assert_cmpint (cell->level, ==, level);
}

static void
test_start_of (void)
{
  /* Each month in each position of its quarter. */
  for (int month = 1; month <= 12; month++)
    {
      int first = (month - 1) / 3 * 3 + 1;

      g_assert_cmpint (accord_quarter_start_of (ACCORD_MONTH_KEY (2025, month)), ==,
                       ACCORD_MONTH_KEY (2025, first));
    }

  g_assert_cmpint (accord_quarter_start_of (ACCORD_MONTH_KEY (2024, 12)), ==, ACCORD_MONTH_KEY (2024, 10));
  g_assert_cmpint (accord_quarter_start_of (ACCORD_MONTH_KEY (2025, 1)), ==, ACCORD_MONTH_KEY (2025, 1));
  /* Keys below 0 round down too: -1 is December of year -1, whose
   * quarter starts in October, key -3. */
  g_assert_cmpint (accord_quarter_start_of (-1), ==, -3);
}

static void
test_format (void)
{
  g_autofree char *q1 = accord_quarter_format (ACCORD_MONTH_KEY (2024, 2));
  g_autofree char *q3 = accord_quarter_format (ACCORD_MONTH_KEY (2024, 9));
  g_autofree char *q4 = accord_quarter_format (ACCORD_MONTH_KEY (2026, 10));

  g_assert_cmpstr (q1, ==, "Q1 2024");
  g_assert_cmpstr (q3, ==, "Q3 2024");
  g_assert_cmpstr (q4, ==, "Q4 2026");
}

static void
test_attainment_levels (void)
{
  g_assert_cmpint (accord_attainment_for_ratio (NAN), ==, ACCORD_ATTAINMENT_NONE);
  g_assert_cmpint (accord_attainment_for_ratio (0), ==, ACCORD_ATTAINMENT_MISSED);
  g_assert_cmpint (accord_attainment_for_ratio (0.79), ==, ACCORD_ATTAINMENT_MISSED);
  /* 4 of 5: the boundary belongs to "near". */
  g_assert_cmpint (accord_attainment_for_ratio (4.0 / 5.0), ==, ACCORD_ATTAINMENT_NEAR);
  g_assert_cmpint (accord_attainment_for_ratio (0.99), ==, ACCORD_ATTAINMENT_NEAR);
  g_assert_cmpint (accord_attainment_for_ratio (1), ==, ACCORD_ATTAINMENT_MET);
  g_assert_cmpint (accord_attainment_for_ratio (2.5), ==, ACCORD_ATTAINMENT_MET);
}

/* Q4 2025 with October running (elapsed 0.5), November and December not
 * begun; the previous quarter is Q3. */
static void
test_running (Fixture       *fixture,
              gconstpointer  data)
{
  AccordQuarterRow *row;

  update (fixture, OCT, fixture->now);
  g_assert_cmpstr (fixture->changes->str, ==, "0-0+8");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->quarter)), ==, ACCORD_N_FIGURES);
  g_assert_cmpint (accord_quarter_get_first_month (fixture->quarter), ==, OCT);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (fixture->quarter)) == ACCORD_TYPE_QUARTER_ROW);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (fixture->quarter), ACCORD_N_FIGURES));

  row = get_row (fixture, ACCORD_FIGURE_LEADS_SOURCED);
  g_assert_cmpstr (accord_quarter_row_get_title (row), ==, "Leads sourced");
  g_assert_false (accord_quarter_row_is_average (row));
  /* October: 3 of 4 is 0.75, which would be missed, but by mid-month the
   * goal asks for 4 × 0.5 = 2, and 3 / 2 = 1.5 is ahead of pace: met. */
  assert_cell (row, ACCORD_QUARTER_MONTH_1, OCT, ACCORD_PERIOD_RUNNING, 3, 4, 0.75, 2, 1.5,
               ACCORD_ATTAINMENT_MET);
  /* November: not begun, pace 0; 0 of 4 is not judged. */
  assert_cell (row, ACCORD_QUARTER_MONTH_2, NOV, ACCORD_PERIOD_FUTURE, 0, 4, 0, 0, NAN,
               ACCORD_ATTAINMENT_NONE);
  assert_cell (row, ACCORD_QUARTER_MONTH_3, DEC, ACCORD_PERIOD_FUTURE, 0, 4, 0, 0, NAN,
               ACCORD_ATTAINMENT_NONE);
  /* The quarter: 3 + 0 + 0 of 4 + 4 + 4 = 12 (0.25); pace 2 + 0 + 0 = 2,
   * 3 / 2 = 1.5: met. */
  assert_cell (row, ACCORD_QUARTER_TOTAL, OCT, ACCORD_PERIOD_RUNNING, 3, 12, 0.25, 2, 1.5,
               ACCORD_ATTAINMENT_MET);
  /* Q3: 3 + 1 + 1 = 5 of 4 + 6 (August's own) + 4 = 14; gone by, so
   * the pace is the goal; 5 / 14 ≈ 0.357: missed. */
  assert_cell (row, ACCORD_QUARTER_PREVIOUS, JUL, ACCORD_PERIOD_PAST, 5, 14, 5.0 / 14, 14, 5.0 / 14,
               ACCORD_ATTAINMENT_MISSED);
  /* (3 − 5) / 5 = −0.4. */
  assert_number (accord_quarter_row_get_change (row), -0.4);

  row = get_row (fixture, ACCORD_FIGURE_QUALIFIED_LEADS);
  /* October 3 of 2, pace 1: 3 / 1 = 3. Quarter 3 of 6, pace 1. Q3: 2 + 1
   * + 0 = 3 of 6 = 0.5. Change (3 − 3) / 3 = 0. */
  assert_cell (row, ACCORD_QUARTER_MONTH_1, OCT, ACCORD_PERIOD_RUNNING, 3, 2, 1.5, 1, 3,
               ACCORD_ATTAINMENT_MET);
  assert_cell (row, ACCORD_QUARTER_TOTAL, OCT, ACCORD_PERIOD_RUNNING, 3, 6, 0.5, 1, 3,
               ACCORD_ATTAINMENT_MET);
  assert_cell (row, ACCORD_QUARTER_PREVIOUS, JUL, ACCORD_PERIOD_PAST, 3, 6, 0.5, 6, 0.5,
               ACCORD_ATTAINMENT_MISSED);
  assert_number (accord_quarter_row_get_change (row), 0);

  row = get_row (fixture, ACCORD_FIGURE_MQLS_CREATED);
  /* October 1 of 2, pace 1: exactly on pace, met. Q3: 1 + 1 + 2 = 4 of
   * 1 (July's own) + 2 + 2 = 5: 0.8, on the boundary of near. Change
   * (1 − 4) / 4 = −0.75. */
  assert_cell (row, ACCORD_QUARTER_MONTH_1, OCT, ACCORD_PERIOD_RUNNING, 1, 2, 0.5, 1, 1,
               ACCORD_ATTAINMENT_MET);
  assert_cell (row, ACCORD_QUARTER_TOTAL, OCT, ACCORD_PERIOD_RUNNING, 1, 6, 1.0 / 6, 1, 1,
               ACCORD_ATTAINMENT_MET);
  assert_cell (row, ACCORD_QUARTER_PREVIOUS, JUL, ACCORD_PERIOD_PAST, 4, 5, 0.8, 5, 0.8,
               ACCORD_ATTAINMENT_NEAR);
  assert_number (accord_quarter_row_get_change (row), -0.75);

  row = get_row (fixture, ACCORD_FIGURE_MQLS_MANAGED);
  g_assert_cmpstr (accord_quarter_row_get_title (row), ==, "MQLs managed");
  g_assert_true (accord_quarter_row_is_average (row));
  /* The months: October 3 of 2 (pace 1); November 1 (A4) of its own 5;
   * December 1 of 2. */
  assert_cell (row, ACCORD_QUARTER_MONTH_1, OCT, ACCORD_PERIOD_RUNNING, 3, 2, 1.5, 1, 3,
               ACCORD_ATTAINMENT_MET);
  assert_cell (row, ACCORD_QUARTER_MONTH_2, NOV, ACCORD_PERIOD_FUTURE, 1, 5, 0.2, 0, NAN,
               ACCORD_ATTAINMENT_NONE);
  assert_cell (row, ACCORD_QUARTER_MONTH_3, DEC, ACCORD_PERIOD_FUTURE, 1, 2, 0.5, 0, NAN,
               ACCORD_ATTAINMENT_NONE);
  /* A pool averages the months begun, only October here: 3 of 2, pace 1.
   * (A sum would say 5 of 9; all three months, 5/3 of 3.) */
  assert_cell (row, ACCORD_QUARTER_TOTAL, OCT, ACCORD_PERIOD_RUNNING, 3, 2, 1.5, 1, 3,
               ACCORD_ATTAINMENT_MET);
  /* Q3 all gone by: (2 + 1 + 3) / 3 = 2 of (2 + 2 + 2) / 3 = 2: met.
   * Change (3 − 2) / 2 = 0.5. */
  assert_cell (row, ACCORD_QUARTER_PREVIOUS, JUL, ACCORD_PERIOD_PAST, 2, 2, 1, 2, 1,
               ACCORD_ATTAINMENT_MET);
  assert_number (accord_quarter_row_get_change (row), 0.5);

  row = get_row (fixture, ACCORD_FIGURE_SQLS_CREATED);
  /* October 2 (A5 at 01:00 CEST on the 1st, B1) of 1, pace 0.5: 4.
   * Quarter 2 of 3, pace 0.5. Q3: 1 + 0 + 0 = 1 of 3. Change (2 − 1) / 1
   * = 1. */
  assert_cell (row, ACCORD_QUARTER_MONTH_1, OCT, ACCORD_PERIOD_RUNNING, 2, 1, 2, 0.5, 4,
               ACCORD_ATTAINMENT_MET);
  assert_cell (row, ACCORD_QUARTER_TOTAL, OCT, ACCORD_PERIOD_RUNNING, 2, 3, 2.0 / 3, 0.5, 4,
               ACCORD_ATTAINMENT_MET);
  assert_cell (row, ACCORD_QUARTER_PREVIOUS, JUL, ACCORD_PERIOD_PAST, 1, 3, 1.0 / 3, 3, 1.0 / 3,
               ACCORD_ATTAINMENT_MISSED);
  assert_number (accord_quarter_row_get_change (row), 1);

  row = get_row (fixture, ACCORD_FIGURE_OPPORTUNITIES);
  /* No goal: nothing to judge, in the months or the quarters. Q3: 0 + 1
   * + 0 = 1; change (1 − 1) / 1 = 0. */
  assert_cell (row, ACCORD_QUARTER_MONTH_1, OCT, ACCORD_PERIOD_RUNNING, 1, NAN, NAN, NAN, NAN,
               ACCORD_ATTAINMENT_NONE);
  assert_cell (row, ACCORD_QUARTER_TOTAL, OCT, ACCORD_PERIOD_RUNNING, 1, NAN, NAN, NAN, NAN,
               ACCORD_ATTAINMENT_NONE);
  assert_cell (row, ACCORD_QUARTER_PREVIOUS, JUL, ACCORD_PERIOD_PAST, 1, NAN, NAN, NAN, NAN,
               ACCORD_ATTAINMENT_NONE);
  assert_number (accord_quarter_row_get_change (row), 0);

  row = get_row (fixture, ACCORD_FIGURE_CUSTOMERS);
  /* October 1 of 1, pace 0.5: 2. Quarter 1 of 3, pace 0.5. Q3: 1 (A1 in
   * September) of 3. */
  assert_cell (row, ACCORD_QUARTER_MONTH_1, OCT, ACCORD_PERIOD_RUNNING, 1, 1, 1, 0.5, 2,
               ACCORD_ATTAINMENT_MET);
  assert_cell (row, ACCORD_QUARTER_TOTAL, OCT, ACCORD_PERIOD_RUNNING, 1, 3, 1.0 / 3, 0.5, 2,
               ACCORD_ATTAINMENT_MET);
  assert_cell (row, ACCORD_QUARTER_PREVIOUS, JUL, ACCORD_PERIOD_PAST, 1, 3, 1.0 / 3, 3, 1.0 / 3,
               ACCORD_ATTAINMENT_MISSED);

  row = get_row (fixture, ACCORD_FIGURE_REVENUE);
  /* October 800 of 1000 (0.8), pace 500: 1.6. Quarter 800 of 3000,
   * pace 500. Q3: 1500 of 3000 = 0.5. Change (800 − 1500) / 1500. */
  assert_cell (row, ACCORD_QUARTER_MONTH_1, OCT, ACCORD_PERIOD_RUNNING, 800, 1000, 0.8, 500, 1.6,
               ACCORD_ATTAINMENT_MET);
  assert_cell (row, ACCORD_QUARTER_TOTAL, OCT, ACCORD_PERIOD_RUNNING, 800, 3000, 800.0 / 3000, 500, 1.6,
               ACCORD_ATTAINMENT_MET);
  assert_cell (row, ACCORD_QUARTER_PREVIOUS, JUL, ACCORD_PERIOD_PAST, 1500, 3000, 0.5, 3000, 0.5,
               ACCORD_ATTAINMENT_MISSED);
  assert_number (accord_quarter_row_get_change (row), -700.0 / 1500);
}

/* Any month of a quarter shows the same quarter. */
static void
count_changed_cb (AccordQuarterRow *row,
                  guint            *n_changed)
{
  (*n_changed)++;
}

static void
test_month_positions (Fixture       *fixture,
                      gconstpointer  data)
{
  const int months[] = { NOV, DEC, OCT };
  AccordQuarterRow *first_row = NULL;
  guint n_changed = 0;

  for (guint i = 0; i < G_N_ELEMENTS (months); i++)
    {
      AccordQuarterRow *row;

      update (fixture, months[i], fixture->now);
      if (first_row == NULL)
        {
          first_row = get_row (fixture, ACCORD_FIGURE_LEADS_SOURCED);
          g_signal_connect (first_row, "changed", G_CALLBACK (count_changed_cb), &n_changed);
        }
      g_assert_cmpint (accord_quarter_get_first_month (fixture->quarter), ==, OCT);
      row = get_row (fixture, ACCORD_FIGURE_LEADS_SOURCED);
      g_assert_cmpint (accord_quarter_row_get_cell (row, ACCORD_QUARTER_MONTH_1)->month, ==, OCT);
      g_assert_cmpint (accord_quarter_row_get_cell (row, ACCORD_QUARTER_MONTH_2)->month, ==, NOV);
      g_assert_cmpint (accord_quarter_row_get_cell (row, ACCORD_QUARTER_MONTH_3)->month, ==, DEC);
      assert_number (accord_quarter_row_get_cell (row, ACCORD_QUARTER_TOTAL)->actual, 3);
    }

  /* The eight rows are made once; later updates change them in place,
   * each saying so, so that a grid keeps its cells. */
  g_assert_cmpstr (fixture->changes->str, ==, "0-0+8");
  g_assert_true (get_row (fixture, ACCORD_FIGURE_LEADS_SOURCED) == first_row);
  g_assert_cmpuint (n_changed, ==, 2);
  g_signal_handlers_disconnect_by_func (first_row, count_changed_cb, &n_changed);
}

/* Q3 2025, looked at from "now" in October: every month gone by; the
 * previous quarter is Q2. */
static void
test_past (Fixture       *fixture,
           gconstpointer  data)
{
  AccordQuarterRow *row;

  update (fixture, AUG, fixture->now);
  g_assert_cmpint (accord_quarter_get_first_month (fixture->quarter), ==, JUL);

  row = get_row (fixture, ACCORD_FIGURE_LEADS_SOURCED);
  /* Gone by: judged by attainment, pace = goal. July 3 of 4 = 0.75:
   * missed; August 1 of its own 6; September 1 of 4. */
  assert_cell (row, ACCORD_QUARTER_MONTH_1, JUL, ACCORD_PERIOD_PAST, 3, 4, 0.75, 4, 0.75,
               ACCORD_ATTAINMENT_MISSED);
  assert_cell (row, ACCORD_QUARTER_MONTH_2, AUG, ACCORD_PERIOD_PAST, 1, 6, 1.0 / 6, 6, 1.0 / 6,
               ACCORD_ATTAINMENT_MISSED);
  assert_cell (row, ACCORD_QUARTER_MONTH_3, SEP, ACCORD_PERIOD_PAST, 1, 4, 0.25, 4, 0.25,
               ACCORD_ATTAINMENT_MISSED);
  assert_cell (row, ACCORD_QUARTER_TOTAL, JUL, ACCORD_PERIOD_PAST, 5, 14, 5.0 / 14, 14, 5.0 / 14,
               ACCORD_ATTAINMENT_MISSED);
  /* Q2: 0 + 1 (P1 in May) + 0 of 12. Change (5 − 1) / 1 = 4. */
  assert_cell (row, ACCORD_QUARTER_PREVIOUS, APR, ACCORD_PERIOD_PAST, 1, 12, 1.0 / 12, 12, 1.0 / 12,
               ACCORD_ATTAINMENT_MISSED);
  assert_number (accord_quarter_row_get_change (row), 4);

  row = get_row (fixture, ACCORD_FIGURE_MQLS_CREATED);
  /* July 1 of its own 1: met. */
  assert_cell (row, ACCORD_QUARTER_MONTH_1, JUL, ACCORD_PERIOD_PAST, 1, 1, 1, 1, 1,
               ACCORD_ATTAINMENT_MET);
  assert_cell (row, ACCORD_QUARTER_TOTAL, JUL, ACCORD_PERIOD_PAST, 4, 5, 0.8, 5, 0.8,
               ACCORD_ATTAINMENT_NEAR);

  row = get_row (fixture, ACCORD_FIGURE_MQLS_MANAGED);
  /* Q3 (2 + 1 + 3) / 3 = 2 of 2; Q2 (0 + 0 + 1 (P1 in June)) / 3 = 1/3
   * of 2. Change (2 − 1/3) / (1/3) = 5. */
  assert_cell (row, ACCORD_QUARTER_TOTAL, JUL, ACCORD_PERIOD_PAST, 2, 2, 1, 2, 1,
               ACCORD_ATTAINMENT_MET);
  assert_cell (row, ACCORD_QUARTER_PREVIOUS, APR, ACCORD_PERIOD_PAST, 1.0 / 3, 2, 1.0 / 6, 2, 1.0 / 6,
               ACCORD_ATTAINMENT_MISSED);
  assert_number (accord_quarter_row_get_change (row), 5);

  row = get_row (fixture, ACCORD_FIGURE_REVENUE);
  /* Q2 had no revenue: no change to tell. */
  assert_cell (row, ACCORD_QUARTER_PREVIOUS, APR, ACCORD_PERIOD_PAST, 0, 3000, 0, 3000, 0,
               ACCORD_ATTAINMENT_MISSED);
  assert_number (accord_quarter_row_get_change (row), NAN);
}

/* Q1 2026 has not begun: nothing is judged, and the pool averages all
 * three months. */
static void
test_future (Fixture       *fixture,
             gconstpointer  data)
{
  AccordQuarterRow *row;

  update (fixture, ACCORD_MONTH_KEY (2026, 2), fixture->now);
  g_assert_cmpint (accord_quarter_get_first_month (fixture->quarter), ==, ACCORD_MONTH_KEY (2026, 1));

  row = get_row (fixture, ACCORD_FIGURE_MQLS_MANAGED);
  /* A4 left the pool on 29 December: 0 in each month, goals 2. */
  assert_cell (row, ACCORD_QUARTER_TOTAL, ACCORD_MONTH_KEY (2026, 1), ACCORD_PERIOD_FUTURE, 0, 2, 0, 0, NAN,
               ACCORD_ATTAINMENT_NONE);
  /* The previous quarter is Q4 2025, running: its pool is October's. */
  assert_cell (row, ACCORD_QUARTER_PREVIOUS, OCT, ACCORD_PERIOD_RUNNING, 3, 2, 1.5, 1, 3,
               ACCORD_ATTAINMENT_MET);
  /* (0 − 3) / 3 = −1. */
  assert_number (accord_quarter_row_get_change (row), -1);
}

/* Without "now" no month is running: Q4 is judged as gone by. */
static void
test_no_now (Fixture       *fixture,
             gconstpointer  data)
{
  AccordQuarterRow *row;

  update (fixture, OCT, ACCORD_TIME_NONE);

  row = get_row (fixture, ACCORD_FIGURE_LEADS_SOURCED);
  /* October 3 of 4 = 0.75, pace = goal: missed. */
  assert_cell (row, ACCORD_QUARTER_MONTH_1, OCT, ACCORD_PERIOD_PAST, 3, 4, 0.75, 4, 0.75,
               ACCORD_ATTAINMENT_MISSED);
  assert_cell (row, ACCORD_QUARTER_TOTAL, OCT, ACCORD_PERIOD_PAST, 3, 12, 0.25, 12, 0.25,
               ACCORD_ATTAINMENT_MISSED);

  row = get_row (fixture, ACCORD_FIGURE_MQLS_MANAGED);
  /* All three months count now: (3 + 1 + 1) / 3 of (2 + 5 + 2) / 3 = 3:
   * 5/9 ≈ 0.56. */
  assert_cell (row, ACCORD_QUARTER_TOTAL, OCT, ACCORD_PERIOD_PAST, 5.0 / 3, 3, 5.0 / 9, 3, 5.0 / 9,
               ACCORD_ATTAINMENT_MISSED);
}

static void
test_clear (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(AccordLeadStore) empty = accord_lead_store_new ();
  AccordQuarterRow *row;

  update (fixture, OCT, fixture->now);
  accord_quarter_clear (fixture->quarter);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->quarter)), ==, 0);
  g_assert_cmpint (accord_quarter_get_first_month (fixture->quarter), ==, -1);
  /* Clearing an empty grid changes nothing. */
  accord_quarter_clear (fixture->quarter);
  g_assert_cmpstr (fixture->changes->str, ==, "0-0+8 0-8+0");

  /* A month at the edge of the calendar: no quarter before it. */
  update (fixture, ACCORD_MONTH_KEY (1, 2), fixture->now);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->quarter)), ==, 0);

  /* No leads: zeros against the goals. */
  accord_quarter_update (fixture->quarter, empty, fixture->agreement, fixture->time_zone, OCT,
                         ACCORD_TIME_NONE);
  row = get_row (fixture, ACCORD_FIGURE_SQLS_CREATED);
  assert_cell (row, ACCORD_QUARTER_TOTAL, OCT, ACCORD_PERIOD_PAST, 0, 3, 0, 3, 0,
               ACCORD_ATTAINMENT_MISSED);
  assert_number (accord_quarter_row_get_change (row), NAN);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/quarter/start-of", test_start_of);
  g_test_add_func ("/core/quarter/format", test_format);
  g_test_add_func ("/core/quarter/attainment-levels", test_attainment_levels);
  g_test_add ("/core/quarter/running", Fixture, NULL, fixture_set_up, test_running, fixture_tear_down);
  g_test_add ("/core/quarter/month-positions", Fixture, NULL, fixture_set_up, test_month_positions,
              fixture_tear_down);
  g_test_add ("/core/quarter/past", Fixture, NULL, fixture_set_up, test_past, fixture_tear_down);
  g_test_add ("/core/quarter/future", Fixture, NULL, fixture_set_up, test_future, fixture_tear_down);
  g_test_add ("/core/quarter/no-now", Fixture, NULL, fixture_set_up, test_no_now, fixture_tear_down);
  g_test_add ("/core/quarter/clear", Fixture, NULL, fixture_set_up, test_clear, fixture_tear_down);

  return g_test_run ();
}
