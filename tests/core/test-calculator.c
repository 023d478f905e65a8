/* test-calculator.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every expected number below is worked out by hand from the leads the
 * test adds, in the comments beside it. Times are wall-clock times in
 * Europe/Berlin (CET = UTC+1; CEST = UTC+2 from 31 March 02:00 to
 * 27 October 03:00 2024). The agreement has its defaults: the Quick Test
 * passes 10–5000 employees, and the workbook's goals are 300 / 250 / 125 /
 * 525 / 32 (leads sourced, qualified leads, MQLs created, MQLs managed,
 * SQLs created), with none for opportunities, customers and revenue.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib.h>

#include "accord-agreement.h"
#include "accord-calculator.h"
#include "accord-lead-store.h"
#include "accord-zone.h"

#include "accord-test-time.h"

#define EPSILON 1e-9

#define QUALIFIED   100  /* employees: passes the Quick Test */
#define UNQUALIFIED 5    /* employees: fails it */

typedef struct
{
  GTimeZone       *time_zone;
  AccordZone      *zone;
  AccordLeadStore *store;
  AccordAgreement *agreement;
} Fixture;

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

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->store);
  g_assert_finalize_object (fixture->agreement);
  accord_zone_free (fixture->zone);
  g_time_zone_unref (fixture->time_zone);
}

/* @n leads alike; @amount is NAN for none. */
static void
add_leads (Fixture    *fixture,
           guint       n,
           int         employees,
           const char *created,
           const char *opportunity,
           const char *customer,
           double      amount)
{
  for (guint i = 0; i < n; i++)
    {
      AccordLead *lead = accord_lead_store_append (fixture->store);

      lead->employees = employees;
      lead->moments[ACCORD_MOMENT_CREATED] = accord_test_time (fixture->zone, created);
      lead->moments[ACCORD_MOMENT_OPPORTUNITY] = accord_test_time (fixture->zone, opportunity);
      lead->moments[ACCORD_MOMENT_CUSTOMER] = accord_test_time (fixture->zone, customer);
      lead->amount = amount;
    }
}

static void
assert_number (double actual,
               double expected)
{
  if (isnan (expected))
    g_assert_true (isnan (actual));
  else
    g_assert_cmpfloat_with_epsilon (actual, expected, EPSILON * MAX (1, fabs (expected)));
}

static void
assert_period (const AccordCalculatorQuarter *period,
               int                            first_month,
               guint                          n_months,
               gboolean                       partial,
               guint                          qualified_leads,
               guint                          opportunities,
               guint                          customers,
               double                         value,
               double                         lead_to_opportunity,
               double                         opportunity_to_close,
               double                         average_deal_value)
{
  g_assert_cmpint (period->first_month, ==, first_month);
  g_assert_cmpuint (period->n_months, ==, n_months);
  g_assert_cmpint (period->partial, ==, partial);
  g_assert_cmpuint (period->qualified_leads, ==, qualified_leads);
  g_assert_cmpuint (period->opportunities, ==, opportunities);
  g_assert_cmpuint (period->customers, ==, customers);
  assert_number (period->value, value);
  assert_number (period->lead_to_opportunity, lead_to_opportunity);
  assert_number (period->opportunity_to_close, opportunity_to_close);
  assert_number (period->average_deal_value, average_deal_value);
}

static void
assert_targets (const AccordCalculatorTargets *targets,
                double                         revenue,
                double                         deals,
                double                         opportunities,
                double                         qualified_leads)
{
  assert_number (targets->revenue, revenue);
  assert_number (targets->deals, deals);
  assert_number (targets->opportunities, opportunities);
  assert_number (targets->qualified_leads, qualified_leads);
}

static void
assert_impossible (const AccordCalculatorPlan *plan,
                   AccordCalculatorProblem     problem)
{
  g_assert_cmpint (plan->problem, ==, problem);
  g_assert_nonnull (plan->reason);
  g_assert_cmpstr (plan->reason, !=, "");
  assert_targets (&plan->year, NAN, NAN, NAN, NAN);
  for (guint q = 0; q < ACCORD_CALCULATOR_N_QUARTERS; q++)
    {
      assert_targets (&plan->quarters[q], NAN, NAN, NAN, NAN);
      assert_targets (&plan->months[q], NAN, NAN, NAN, NAN);
    }
}

static void
assert_month_goals (AccordAgreement *agreement,
                    int              month,
                    double           qualified_leads,
                    double           opportunities,
                    double           customers,
                    double           revenue)
{
  assert_number (accord_agreement_get_goal (agreement, month, ACCORD_FIGURE_QUALIFIED_LEADS), qualified_leads);
  assert_number (accord_agreement_get_goal (agreement, month, ACCORD_FIGURE_OPPORTUNITIES), opportunities);
  assert_number (accord_agreement_get_goal (agreement, month, ACCORD_FIGURE_CUSTOMERS), customers);
  assert_number (accord_agreement_get_goal (agreement, month, ACCORD_FIGURE_REVENUE), revenue);
}

/* The round history: in each quarter of 2024, 750 qualified leads created
 * in its middle month, of which 75 become opportunities and 25 of those
 * customers worth 10,000 each; 50 more leads that fail the Quick Test;
 * and, outside the 12 months, 10 customers of 31 December 2023. The last
 * customer date, 20 December 2024 12:00, is the latest moment: "now". */
static void
add_round_history (Fixture *fixture)
{
  static const char * const dates[][3] = {
    { "2024-02-15 10:00:00", "2024-02-20 10:00:00", "2024-03-25 10:00:00" },
    { "2024-05-15 10:00:00", "2024-05-20 10:00:00", "2024-06-25 10:00:00" },
    { "2024-08-15 10:00:00", "2024-08-20 10:00:00", "2024-09-25 10:00:00" },
    { "2024-11-15 10:00:00", "2024-11-20 10:00:00", "2024-12-20 12:00:00" },
  };

  for (guint q = 0; q < G_N_ELEMENTS (dates); q++)
    {
      const char * const *d = dates[q];

      add_leads (fixture, 25, QUALIFIED, d[0], d[1], d[2], 10000);
      add_leads (fixture, 50, QUALIFIED, d[0], d[1], NULL, NAN);
      add_leads (fixture, 675, QUALIFIED, d[0], NULL, NULL, NAN);
      add_leads (fixture, 50, UNQUALIFIED, d[0], NULL, NULL, NAN);
    }

  add_leads (fixture, 10, QUALIFIED, "2023-12-31 23:30:00", "2023-12-31 23:40:00",
             "2023-12-31 23:50:00", 10000);
}

static void
compute_round_history (Fixture                 *fixture,
                       AccordCalculatorHistory *history)
{
  gint64 now;

  add_round_history (fixture);
  now = accord_lead_store_get_latest (fixture->store);
  g_assert_cmpint (now, ==, accord_test_time (fixture->zone, "2024-12-20 12:00:00"));
  g_assert_true (accord_calculator_compute_history (fixture->store, fixture->agreement,
                                                    fixture->time_zone, now, history));
}

static void
test_history_round (Fixture       *fixture,
                    gconstpointer  data)
{
  AccordCalculatorHistory history;

  compute_round_history (fixture, &history);

  /* Now is in December 2024: the 12 months are January–December 2024,
   * four whole quarters. */
  g_assert_cmpint (history.first_month, ==, ACCORD_MONTH_KEY (2024, 1));
  g_assert_cmpint (history.last_month, ==, ACCORD_MONTH_KEY (2024, 12));
  g_assert_cmpuint (history.n_quarters, ==, 4);

  /* Each quarter: 25 + 50 + 675 = 750 qualified leads (the 50 with 5
   * employees fail the Quick Test); 25 + 50 = 75 opportunities; 25
   * customers worth 25 × 10,000 = 250,000. Rates: 75 / 750 = 10 %;
   * 25 / 75 = 1/3; 250,000 / 25 = 10,000. */
  for (guint q = 0; q < 4; q++)
    assert_period (&history.quarters[q], ACCORD_MONTH_KEY (2024, 1 + 3 * q), 3, FALSE,
                   750, 75, 25, 250000, 0.1, 1.0 / 3, 10000);

  /* The year: 4 × 750 = 3,000; 4 × 75 = 300; 4 × 25 = 100; 1,000,000;
   * the same rates. The ten customers of 31 December 2023 are outside. */
  assert_period (&history.total, ACCORD_MONTH_KEY (2024, 1), 12, FALSE,
                 3000, 300, 100, 1000000, 0.1, 1.0 / 3, 10000);

  /* Every quarter alike: flat lines. */
  assert_number (history.lead_to_opportunity_trend, 0);
  assert_number (history.opportunity_to_close_trend, 0);
  assert_number (history.average_deal_value_trend, 0);
}

/* The workbook's example: its goals are 300 / 250 / 125 / 525 / 32 a month,
 * and the round history's rates turn 1,000,000 a year into exactly its
 * 250 qualified leads a month. */
static void
test_plan_workbook (Fixture       *fixture,
                    gconstpointer  data)
{
  AccordCalculatorHistory history;
  AccordCalculatorPlan plan;
  int now_month;

  compute_round_history (fixture, &history);
  now_month = history.last_month;
  accord_calculator_compute_plan (&history, 1000000, NULL, &plan);

  g_assert_cmpint (plan.problem, ==, ACCORD_CALCULATOR_PROBLEM_NONE);
  g_assert_null (plan.reason);

  /* 1,000,000 / 10,000 = 100 deals; 100 / (1/3) = 300 opportunities;
   * 300 / 10 % = 3,000 qualified leads. */
  assert_targets (&plan.year, 1000000, 100, 300, 3000);
  for (guint q = 0; q < ACCORD_CALCULATOR_N_QUARTERS; q++)
    {
      /* An even split: 250,000 → 25 deals → 75 → 750. */
      assert_targets (&plan.quarters[q], 250000, 25, 75, 750);
      /* A third of the quarter: 83,333.33 → 8.33 deals, rounded up to 9;
       * 25 opportunities; 250 qualified leads, the workbook's goal. */
      assert_targets (&plan.months[q], 250000.0 / 3, 9, 25, 250);
    }

  /* Now is in Q4 2024: the goals go to January–March 2025. */
  g_assert_true (accord_calculator_apply_plan (&plan, fixture->agreement, now_month, NULL));
  for (int m = ACCORD_MONTH_KEY (2025, 1); m <= ACCORD_MONTH_KEY (2025, 3); m++)
    {
      assert_month_goals (fixture->agreement, m, 250, 25, 9, 250000.0 / 3);
      /* The workbook's other goals stay as they were. */
      assert_number (accord_agreement_get_goal (fixture->agreement, m, ACCORD_FIGURE_LEADS_SOURCED), 300);
      assert_number (accord_agreement_get_goal (fixture->agreement, m, ACCORD_FIGURE_MQLS_CREATED), 125);
      assert_number (accord_agreement_get_goal (fixture->agreement, m, ACCORD_FIGURE_MQLS_MANAGED), 525);
      assert_number (accord_agreement_get_goal (fixture->agreement, m, ACCORD_FIGURE_SQLS_CREATED), 32);
    }

  /* The 250 qualified leads equal the default goal; without the default,
   * only the three months keep a goal of their own. */
  accord_agreement_set_default_goal (fixture->agreement, ACCORD_FIGURE_QUALIFIED_LEADS, NAN);
  assert_month_goals (fixture->agreement, ACCORD_MONTH_KEY (2024, 12), NAN, NAN, NAN, NAN);
  assert_month_goals (fixture->agreement, ACCORD_MONTH_KEY (2025, 1), 250, 25, 9, 250000.0 / 3);
  assert_month_goals (fixture->agreement, ACCORD_MONTH_KEY (2025, 3), 250, 25, 9, 250000.0 / 3);
  assert_month_goals (fixture->agreement, ACCORD_MONTH_KEY (2025, 4), NAN, NAN, NAN, NAN);
}

static void
test_plan_undo (Fixture       *fixture,
                gconstpointer  data)
{
  AccordCalculatorHistory history;
  AccordCalculatorPlan plan;
  AccordCalculatorUndo undo;

  compute_round_history (fixture, &history);
  accord_calculator_compute_plan (&history, 1000000, NULL, &plan);

  /* January has its own qualified-lead goal, February its own revenue;
   * the rest of Q1 2025 takes the defaults. */
  accord_agreement_set_goal (fixture->agreement, ACCORD_MONTH_KEY (2025, 1), ACCORD_FIGURE_QUALIFIED_LEADS, 200);
  accord_agreement_set_goal (fixture->agreement, ACCORD_MONTH_KEY (2025, 2), ACCORD_FIGURE_REVENUE, 5000);

  g_assert_true (accord_calculator_apply_plan (&plan, fixture->agreement, ACCORD_MONTH_KEY (2024, 12), &undo));
  g_assert_cmpint (undo.first_month, ==, ACCORD_MONTH_KEY (2025, 1));
  assert_number (accord_agreement_get_month_goal (fixture->agreement, ACCORD_MONTH_KEY (2025, 1),
                                                  ACCORD_FIGURE_QUALIFIED_LEADS), 250);
  assert_number (accord_agreement_get_month_goal (fixture->agreement, ACCORD_MONTH_KEY (2025, 3),
                                                  ACCORD_FIGURE_OPPORTUNITIES), 25);

  accord_calculator_undo_apply (&undo, fixture->agreement);

  /* Back exactly: the months' own goals, and "use the default" where
   * there were none, so a later change of a default reaches them again. */
  assert_number (accord_agreement_get_month_goal (fixture->agreement, ACCORD_MONTH_KEY (2025, 1),
                                                  ACCORD_FIGURE_QUALIFIED_LEADS), 200);
  assert_number (accord_agreement_get_month_goal (fixture->agreement, ACCORD_MONTH_KEY (2025, 2),
                                                  ACCORD_FIGURE_REVENUE), 5000);
  assert_number (accord_agreement_get_month_goal (fixture->agreement, ACCORD_MONTH_KEY (2025, 2),
                                                  ACCORD_FIGURE_QUALIFIED_LEADS), NAN);
  for (int m = ACCORD_MONTH_KEY (2025, 1); m <= ACCORD_MONTH_KEY (2025, 3); m++)
    {
      assert_number (accord_agreement_get_month_goal (fixture->agreement, m, ACCORD_FIGURE_OPPORTUNITIES), NAN);
      assert_number (accord_agreement_get_month_goal (fixture->agreement, m, ACCORD_FIGURE_CUSTOMERS), NAN);
    }
  assert_number (accord_agreement_get_month_goal (fixture->agreement, ACCORD_MONTH_KEY (2025, 3),
                                                  ACCORD_FIGURE_REVENUE), NAN);
  assert_number (accord_agreement_get_goal (fixture->agreement, ACCORD_MONTH_KEY (2025, 3),
                                            ACCORD_FIGURE_QUALIFIED_LEADS), 250);
  /* March had no goals of its own before: it has none again. */
  accord_agreement_set_default_goal (fixture->agreement, ACCORD_FIGURE_QUALIFIED_LEADS, NAN);
  assert_month_goals (fixture->agreement, ACCORD_MONTH_KEY (2025, 3), NAN, NAN, NAN, NAN);
}

static void
test_plan_round_up (Fixture       *fixture,
                    gconstpointer  data)
{
  AccordCalculatorHistory history;
  AccordCalculatorPlan plan;

  compute_round_history (fixture, &history);
  accord_calculator_compute_plan (&history, 1000001, NULL, &plan);
  g_assert_cmpint (plan.problem, ==, ACCORD_CALCULATOR_PROBLEM_NONE);

  /* One more than 1,000,000: 100.0001 deals → 101; 300.0003
   * opportunities → 301; 3,000.003 qualified leads → 3,001. */
  assert_targets (&plan.year, 1000001, 101, 301, 3001);
  /* 250,000.25: 25.000025 → 26; 75.000075 → 76; 750.00075 → 751. */
  assert_targets (&plan.quarters[0], 250000.25, 26, 76, 751);
  /* 83,333.4167: 8.3333 → 9; 25.000025 → 26; 250.00025 → 251. Each is
   * rounded from its exact value: 9 deals would need 27 opportunities. */
  assert_targets (&plan.months[0], 250000.25 / 3, 9, 26, 251);
}

static void
test_plan_split (Fixture       *fixture,
                 gconstpointer  data)
{
  static const double split[] = { 0.1, 0.2, 0.3, 0.4 };
  AccordCalculatorHistory history;
  AccordCalculatorPlan plan;

  compute_round_history (fixture, &history);
  accord_calculator_compute_plan (&history, 1000000, split, &plan);
  g_assert_cmpint (plan.problem, ==, ACCORD_CALCULATOR_PROBLEM_NONE);

  /* The year does not depend on the split. */
  assert_targets (&plan.year, 1000000, 100, 300, 3000);
  /* Q1: 100,000 → 10 deals → 30 → 300; a month: 33,333.33 → 3.33 → 4
   * deals, 10 opportunities, 100 qualified leads. */
  assert_targets (&plan.quarters[0], 100000, 10, 30, 300);
  assert_targets (&plan.months[0], 100000.0 / 3, 4, 10, 100);
  /* Q2: 200,000 → 20 → 60 → 600; a month: 6.67 → 7, 20, 200. */
  assert_targets (&plan.quarters[1], 200000, 20, 60, 600);
  assert_targets (&plan.months[1], 200000.0 / 3, 7, 20, 200);
  /* Q3: 300,000 → 30 → 90 → 900; a month: 10, 30, 300 (0.3 × 1,000,000
   * is not exactly 300,000 in binary: still 30 deals, not 31). */
  assert_targets (&plan.quarters[2], 300000, 30, 90, 900);
  assert_targets (&plan.months[2], 100000, 10, 30, 300);
  /* Q4: 400,000 → 40 → 120 → 1,200; a month: 13.33 → 14, 40, 400. */
  assert_targets (&plan.quarters[3], 400000, 40, 120, 1200);
  assert_targets (&plan.months[3], 400000.0 / 3, 14, 40, 400);

  /* From November 2024 (Q4) the next quarter is Q1 2025: Q1's months. */
  g_assert_true (accord_calculator_apply_plan (&plan, fixture->agreement, ACCORD_MONTH_KEY (2024, 11), NULL));
  assert_month_goals (fixture->agreement, ACCORD_MONTH_KEY (2024, 12), 250, NAN, NAN, NAN);
  assert_month_goals (fixture->agreement, ACCORD_MONTH_KEY (2025, 1), 100, 10, 4, 100000.0 / 3);
  assert_month_goals (fixture->agreement, ACCORD_MONTH_KEY (2025, 2), 100, 10, 4, 100000.0 / 3);
  assert_month_goals (fixture->agreement, ACCORD_MONTH_KEY (2025, 3), 100, 10, 4, 100000.0 / 3);
  assert_month_goals (fixture->agreement, ACCORD_MONTH_KEY (2025, 4), 250, NAN, NAN, NAN);

  /* From August 2024 (Q3): Q4 2024, with Q4's months; Q1 2025 keeps its
   * goals. */
  g_assert_true (accord_calculator_apply_plan (&plan, fixture->agreement, ACCORD_MONTH_KEY (2024, 8), NULL));
  assert_month_goals (fixture->agreement, ACCORD_MONTH_KEY (2024, 9), 250, NAN, NAN, NAN);
  assert_month_goals (fixture->agreement, ACCORD_MONTH_KEY (2024, 10), 400, 40, 14, 400000.0 / 3);
  assert_month_goals (fixture->agreement, ACCORD_MONTH_KEY (2024, 11), 400, 40, 14, 400000.0 / 3);
  assert_month_goals (fixture->agreement, ACCORD_MONTH_KEY (2024, 12), 400, 40, 14, 400000.0 / 3);
  assert_month_goals (fixture->agreement, ACCORD_MONTH_KEY (2025, 1), 100, 10, 4, 100000.0 / 3);

  /* The quarter after Q4 9999 is beyond the calendar: nothing is set. */
  g_assert_false (accord_calculator_apply_plan (&plan, fixture->agreement, ACCORD_MONTH_KEY (9999, 11), NULL));
  assert_month_goals (fixture->agreement, ACCORD_MONTH_KEY (9999, 12), 250, NAN, NAN, NAN);
}

static void
test_plan_bad_input (Fixture       *fixture,
                     gconstpointer  data)
{
  static const double bad_revenues[] = { 0, -1000, NAN, INFINITY };
  static const double bad_splits[][4] = {
    { 0.25, 0.25, 0.25, 0.2 },   /* adds up to 95 % */
    { 0.5, 0.5, 0.5, -0.5 },     /* adds up to 1, with a negative share */
    { NAN, 0.5, 0.25, 0.25 },
    { INFINITY, 0, 0, 0 },
  };
  static const double first_quarter[] = { 1, 0, 0, 0 };
  AccordCalculatorHistory history;
  AccordCalculatorPlan plan;

  compute_round_history (fixture, &history);

  for (guint i = 0; i < G_N_ELEMENTS (bad_revenues); i++)
    {
      accord_calculator_compute_plan (&history, bad_revenues[i], NULL, &plan);
      assert_impossible (&plan, ACCORD_CALCULATOR_PROBLEM_REVENUE);
    }

  for (guint i = 0; i < G_N_ELEMENTS (bad_splits); i++)
    {
      accord_calculator_compute_plan (&history, 1000000, bad_splits[i], &plan);
      assert_impossible (&plan, ACCORD_CALCULATOR_PROBLEM_SPLIT);
    }

  /* An impossible plan sets no goal. */
  g_assert_false (accord_calculator_apply_plan (&plan, fixture->agreement, ACCORD_MONTH_KEY (2024, 12), NULL));
  assert_month_goals (fixture->agreement, ACCORD_MONTH_KEY (2025, 1), 250, NAN, NAN, NAN);

  /* The whole goal in Q1: Q1 is the year, the other quarters need
   * nothing. */
  accord_calculator_compute_plan (&history, 1000000, first_quarter, &plan);
  g_assert_cmpint (plan.problem, ==, ACCORD_CALCULATOR_PROBLEM_NONE);
  assert_targets (&plan.quarters[0], 1000000, 100, 300, 3000);
  assert_targets (&plan.months[0], 1000000.0 / 3, 34, 100, 1000);
  for (guint q = 1; q < ACCORD_CALCULATOR_N_QUARTERS; q++)
    {
      assert_targets (&plan.quarters[q], 0, 0, 0, 0);
      assert_targets (&plan.months[q], 0, 0, 0, 0);
    }
}

static void
test_no_data (Fixture       *fixture,
              gconstpointer  data)
{
  AccordCalculatorHistory history;
  AccordCalculatorPlan plan;

  /* An empty store has no latest moment: no history at all. */
  g_assert_false (accord_calculator_compute_history (fixture->store, fixture->agreement, fixture->time_zone,
                                                     accord_lead_store_get_latest (fixture->store),
                                                     &history));
  g_assert_cmpuint (history.n_quarters, ==, 0);
  assert_period (&history.total, 0, 0, FALSE, 0, 0, 0, 0, NAN, NAN, NAN);
  assert_number (history.lead_to_opportunity_trend, NAN);
  assert_number (history.opportunity_to_close_trend, NAN);
  assert_number (history.average_deal_value_trend, NAN);
  accord_calculator_compute_plan (&history, 1000000, NULL, &plan);
  assert_impossible (&plan, ACCORD_CALCULATOR_PROBLEM_DEAL_VALUE);

  /* Twelve months back from June of year 1 begin before the calendar. */
  g_assert_false (accord_calculator_compute_history (fixture->store, fixture->agreement, fixture->time_zone,
                                                     accord_test_time (fixture->zone, "0001-06-01 00:00:00"),
                                                     &history));
  g_assert_cmpuint (history.n_quarters, ==, 0);

  /* A "now" with no leads: four quarters, every count 0, every rate and
   * trend NAN. */
  g_assert_true (accord_calculator_compute_history (fixture->store, fixture->agreement, fixture->time_zone,
                                                    accord_test_time (fixture->zone, "2024-12-20 12:00:00"),
                                                    &history));
  g_assert_cmpuint (history.n_quarters, ==, 4);
  for (guint q = 0; q < 4; q++)
    assert_period (&history.quarters[q], ACCORD_MONTH_KEY (2024, 1 + 3 * q), 3, FALSE,
                   0, 0, 0, 0, NAN, NAN, NAN);
  assert_period (&history.total, ACCORD_MONTH_KEY (2024, 1), 12, FALSE, 0, 0, 0, 0, NAN, NAN, NAN);
  assert_number (history.lead_to_opportunity_trend, NAN);
  assert_number (history.opportunity_to_close_trend, NAN);
  assert_number (history.average_deal_value_trend, NAN);

  accord_calculator_compute_plan (&history, 1000000, NULL, &plan);
  assert_impossible (&plan, ACCORD_CALCULATOR_PROBLEM_DEAL_VALUE);
}

/* Customers without amounts: a deal value of 0, no average to divide by. */
static void
test_no_amounts (Fixture       *fixture,
                 gconstpointer  data)
{
  AccordCalculatorHistory history;
  AccordCalculatorPlan plan;
  AccordCalculatorPlan no_customers;

  add_leads (fixture, 2, QUALIFIED, "2024-11-01 10:00:00", "2024-11-02 10:00:00",
             "2024-11-03 10:00:00", NAN);
  g_assert_true (accord_calculator_compute_history (fixture->store, fixture->agreement, fixture->time_zone,
                                                    accord_lead_store_get_latest (fixture->store),
                                                    &history));
  /* 2 qualified leads, 2 opportunities, 2 customers worth 0: rates 1 and
   * 1, an average deal value of 0 / 2 = 0. */
  assert_period (&history.total, ACCORD_MONTH_KEY (2023, 12), 12, FALSE, 2, 2, 2, 0, 1, 1, 0);

  accord_calculator_compute_plan (&history, 1000000, NULL, &plan);
  assert_impossible (&plan, ACCORD_CALCULATOR_PROBLEM_DEAL_VALUE);

  /* Not the reason given when no customer was won at all. */
  memset (&history, 0, sizeof history);
  history.total.average_deal_value = NAN;
  accord_calculator_compute_plan (&history, 1000000, NULL, &no_customers);
  assert_impossible (&no_customers, ACCORD_CALCULATOR_PROBLEM_DEAL_VALUE);
  g_assert_cmpstr (plan.reason, !=, no_customers.reason);
}

/* Customers won without opportunity dates (a deals export that maps no
 * opportunity date): no opportunity→close rate. */
static void
test_no_opportunities (Fixture       *fixture,
                       gconstpointer  data)
{
  AccordCalculatorHistory history;
  AccordCalculatorPlan plan;

  add_leads (fixture, 2, QUALIFIED, "2024-02-01 10:00:00", NULL, "2024-05-01 10:00:00", 500);
  g_assert_true (accord_calculator_compute_history (fixture->store, fixture->agreement, fixture->time_zone,
                                                    accord_lead_store_get_latest (fixture->store),
                                                    &history));
  /* Now is 1 May 2024: the 12 months are June 2023–May 2024, touching Q2
   * 2023 (June), Q3, Q4 2023, Q1 2024 and Q2 2024 (April, May). */
  g_assert_cmpuint (history.n_quarters, ==, 5);
  /* Q1 2024: 2 qualified leads, no opportunity: 0 / 2 = 0, the others
   * divide by 0. */
  assert_period (&history.quarters[3], ACCORD_MONTH_KEY (2024, 1), 3, FALSE, 2, 0, 0, 0, 0, NAN, NAN);
  /* Q2 2024: 2 customers worth 1,000, no leads, no opportunities. */
  assert_period (&history.quarters[4], ACCORD_MONTH_KEY (2024, 4), 2, TRUE, 0, 0, 2, 1000, NAN, NAN, 500);
  assert_period (&history.total, ACCORD_MONTH_KEY (2023, 6), 12, FALSE, 2, 0, 2, 1000, 0, NAN, 500);
  /* One quarter with a value, one with a rate: no trend. */
  assert_number (history.lead_to_opportunity_trend, NAN);
  assert_number (history.opportunity_to_close_trend, NAN);
  assert_number (history.average_deal_value_trend, NAN);

  accord_calculator_compute_plan (&history, 1000000, NULL, &plan);
  assert_impossible (&plan, ACCORD_CALCULATOR_PROBLEM_CLOSE_RATE);
}

/* Opportunities and customers, but every lead fails the Quick Test: no
 * lead→opportunity rate. */
static void
test_no_qualified_leads (Fixture       *fixture,
                         gconstpointer  data)
{
  AccordCalculatorHistory history;
  AccordCalculatorPlan plan;

  add_leads (fixture, 2, UNQUALIFIED, "2024-11-01 10:00:00", "2024-11-02 10:00:00",
             "2024-11-03 10:00:00", 500);
  g_assert_true (accord_calculator_compute_history (fixture->store, fixture->agreement, fixture->time_zone,
                                                    accord_lead_store_get_latest (fixture->store),
                                                    &history));
  /* 0 qualified leads, 2 opportunities, 2 customers worth 1,000: 2 / 0,
   * 2 / 2 = 1, 1,000 / 2 = 500. */
  assert_period (&history.total, ACCORD_MONTH_KEY (2023, 12), 12, FALSE, 0, 2, 2, 1000, NAN, 1, 500);

  accord_calculator_compute_plan (&history, 1000000, NULL, &plan);
  assert_impossible (&plan, ACCORD_CALCULATOR_PROBLEM_LEAD_RATE);
}

static void
test_plan_too_large (Fixture       *fixture,
                     gconstpointer  data)
{
  AccordCalculatorHistory history;
  AccordCalculatorPlan plan;

  memset (&history, 0, sizeof history);
  history.total.qualified_leads = 1;
  history.total.opportunities = 1;
  history.total.customers = 1;
  history.total.lead_to_opportunity = 1e-10;
  history.total.opportunity_to_close = 1e-10;
  history.total.average_deal_value = 1e-300;

  /* 1e10 / 1e-300 = 1e310 deals: more than a double holds. */
  accord_calculator_compute_plan (&history, 1e10, NULL, &plan);
  assert_impossible (&plan, ACCORD_CALCULATOR_PROBLEM_TOO_LARGE);
}

/* Rates that move: the trend is the slope of the least-squares line,
 * a quarter without a rate left out. */
static void
test_history_trend (Fixture       *fixture,
                    gconstpointer  data)
{
  AccordCalculatorHistory history;

  /* Q1: 10 qualified leads, 1 opportunity, 1 customer worth 1,000. */
  add_leads (fixture, 9, QUALIFIED, "2024-02-10 10:00:00", NULL, NULL, NAN);
  add_leads (fixture, 1, QUALIFIED, "2024-02-10 10:00:00", "2024-02-20 10:00:00",
             "2024-03-01 10:00:00", 1000);
  /* Q2: leads created before the 12 months; 2 opportunities, 1 customer
   * worth 2,000. */
  add_leads (fixture, 1, QUALIFIED, "2023-06-01 10:00:00", "2024-05-02 10:00:00",
             "2024-05-20 10:00:00", 2000);
  add_leads (fixture, 1, QUALIFIED, "2023-06-01 10:00:00", "2024-05-02 10:00:00", NULL, NAN);
  /* Q3: 10 qualified leads, 3 opportunities, 3 customers worth 9,000. */
  add_leads (fixture, 7, QUALIFIED, "2024-08-10 10:00:00", NULL, NULL, NAN);
  add_leads (fixture, 3, QUALIFIED, "2024-08-10 10:00:00", "2024-08-20 10:00:00",
             "2024-09-01 10:00:00", 3000);
  /* Q4: 10 qualified leads, 4 opportunities, 2 customers worth 8,000. */
  add_leads (fixture, 6, QUALIFIED, "2024-11-10 10:00:00", NULL, NULL, NAN);
  add_leads (fixture, 2, QUALIFIED, "2024-11-10 10:00:00", "2024-11-20 10:00:00",
             "2024-12-01 10:00:00", 4000);
  add_leads (fixture, 2, QUALIFIED, "2024-11-10 10:00:00", "2024-11-20 10:00:00", NULL, NAN);

  g_assert_true (accord_calculator_compute_history (fixture->store, fixture->agreement, fixture->time_zone,
                                                    accord_test_time (fixture->zone, "2024-12-20 12:00:00"),
                                                    &history));
  g_assert_cmpuint (history.n_quarters, ==, 4);
  assert_period (&history.quarters[0], ACCORD_MONTH_KEY (2024, 1), 3, FALSE, 10, 1, 1, 1000, 0.1, 1, 1000);
  assert_period (&history.quarters[1], ACCORD_MONTH_KEY (2024, 4), 3, FALSE, 0, 2, 1, 2000, NAN, 0.5, 2000);
  assert_period (&history.quarters[2], ACCORD_MONTH_KEY (2024, 7), 3, FALSE, 10, 3, 3, 9000, 0.3, 1, 3000);
  assert_period (&history.quarters[3], ACCORD_MONTH_KEY (2024, 10), 3, FALSE, 10, 4, 2, 8000, 0.4, 0.5, 4000);
  /* 30 qualified leads, 10 opportunities, 7 customers worth 20,000. */
  assert_period (&history.total, ACCORD_MONTH_KEY (2024, 1), 12, FALSE,
                 30, 10, 7, 20000, 10.0 / 30, 0.7, 20000.0 / 7);

  /* Lead→opportunity: 0.1, 0.3, 0.4 at quarters 0, 2, 3 (quarter 1 has
   * none). Mean x = 5/3, mean y = 0.8/3; Sxx = 25/9 + 1/9 + 16/9 = 42/9;
   * Sxy = (−5/3)(−1/6) + (1/3)(1/30) + (4/3)(4/30) = 42/90; slope
   * 42/90 ÷ 42/9 = 0.1 a quarter. (Packing the three values at 0, 1, 2
   * would give 0.15.) */
  assert_number (history.lead_to_opportunity_trend, 0.1);
  /* Opportunity→close: 1, 0.5, 1, 0.5; mean x 1.5, mean y 0.75;
   * Sxy = (−1.5)(0.25) + (−0.5)(−0.25) + (0.5)(0.25) + (1.5)(−0.25)
   * = −0.5; Sxx = 5; slope −0.1. */
  assert_number (history.opportunity_to_close_trend, -0.1);
  /* Average deal value: 1,000, 2,000, 3,000, 4,000: 1,000 a quarter. */
  assert_number (history.average_deal_value_trend, 1000);
}

/* Leads on both sides of each month boundary, in Berlin. Now is 15
 * November 2024: the 12 months are December 2023–November 2024, touching
 * Q4 2023 (December only), Q1–Q3 2024 and Q4 2024 (October, November).
 *
 *         created              opportunity          customer (amount)
 *   L1    2023-11-30 23:30 ✗   2023-12-01 00:30 Q4  2024-03-31 23:30 Q1 (1,000)
 *   L2    2023-12-01 00:30 Q4  2024-03-31 23:30 Q1  2024-04-01 00:30 Q2 (2,000)
 *   L3    2024-03-31 23:30 Q1  2024-04-01 00:30 Q2  2024-09-30 23:30 Q3 (3,000)
 *   L4    2024-04-01 00:30 Q2  2024-09-30 23:30 Q3  2024-10-01 01:00 Q4 (4,000)
 *   L5    2024-09-30 23:30 Q3  2024-10-01 01:00 Q4  2024-11-30 23:00 Q4 (5,000)
 *   L6    2024-10-01 01:00 Q4  2024-11-30 23:00 Q4  2024-12-01 00:30 ✗  (6,000)
 *   L7    2024-11-30 23:00 Q4  —                    —
 *   L8    2024-12-01 00:30 ✗   —                    —
 *   L9    2023-11-15 10:00 ✗   —                    2023-11-30 23:30 ✗ (100,000)
 *
 * (✗: outside the 12 months; L5's customer date is after now, but in the
 * month of now, which counts whole.) In UTC every one of these moments
 * is one or two hours earlier, and most fall in the month before. */
static const char * const boundary_rows[][4] = {
  { "2023-11-30 23:30:00", "2023-12-01 00:30:00", "2024-03-31 23:30:00", "1000" },
  { "2023-12-01 00:30:00", "2024-03-31 23:30:00", "2024-04-01 00:30:00", "2000" },
  { "2024-03-31 23:30:00", "2024-04-01 00:30:00", "2024-09-30 23:30:00", "3000" },
  { "2024-04-01 00:30:00", "2024-09-30 23:30:00", "2024-10-01 01:00:00", "4000" },
  { "2024-09-30 23:30:00", "2024-10-01 01:00:00", "2024-11-30 23:00:00", "5000" },
  { "2024-10-01 01:00:00", "2024-11-30 23:00:00", "2024-12-01 00:30:00", "6000" },
  { "2024-11-30 23:00:00", NULL, NULL, NULL },
  { "2024-12-01 00:30:00", NULL, NULL, NULL },
  { "2023-11-15 10:00:00", NULL, "2023-11-30 23:30:00", "100000" },
};

static void
test_history_partial_quarters (Fixture       *fixture,
                               gconstpointer  data)
{
  AccordCalculatorHistory history;
  gint64 now = accord_test_time (fixture->zone, "2024-11-15 10:00:00");

  for (guint i = 0; i < G_N_ELEMENTS (boundary_rows); i++)
    {
      const char * const *row = boundary_rows[i];

      add_leads (fixture, 1, QUALIFIED, row[0], row[1], row[2],
                 row[3] != NULL ? g_ascii_strtod (row[3], NULL) : NAN);
    }

  g_assert_true (accord_calculator_compute_history (fixture->store, fixture->agreement, fixture->time_zone,
                                                    now, &history));
  g_assert_cmpint (history.first_month, ==, ACCORD_MONTH_KEY (2023, 12));
  g_assert_cmpint (history.last_month, ==, ACCORD_MONTH_KEY (2024, 11));
  g_assert_cmpuint (history.n_quarters, ==, 5);

  /* Q4 2023, December only: created L2; opportunity L1; no customer.
   * 1 / 1 = 1; 0 / 1 = 0; no average. */
  assert_period (&history.quarters[0], ACCORD_MONTH_KEY (2023, 10), 1, TRUE, 1, 1, 0, 0, 1, 0, NAN);
  /* Q1: created L3; opportunity L2; customer L1 (1,000). */
  assert_period (&history.quarters[1], ACCORD_MONTH_KEY (2024, 1), 3, FALSE, 1, 1, 1, 1000, 1, 1, 1000);
  /* Q2: created L4; opportunity L3; customer L2 (2,000). */
  assert_period (&history.quarters[2], ACCORD_MONTH_KEY (2024, 4), 3, FALSE, 1, 1, 1, 2000, 1, 1, 2000);
  /* Q3: created L5; opportunity L4; customer L3 (3,000). */
  assert_period (&history.quarters[3], ACCORD_MONTH_KEY (2024, 7), 3, FALSE, 1, 1, 1, 3000, 1, 1, 3000);
  /* Q4 2024, October and November: created L6, L7; opportunities L5,
   * L6; customers L4, L5 (9,000): 2 / 2, 2 / 2, 9,000 / 2 = 4,500. */
  assert_period (&history.quarters[4], ACCORD_MONTH_KEY (2024, 10), 2, TRUE, 2, 2, 2, 9000, 1, 1, 4500);
  /* In all: 6 qualified leads, 6 opportunities, 5 customers worth
   * 15,000: 1, 5/6, 3,000. */
  assert_period (&history.total, ACCORD_MONTH_KEY (2023, 12), 12, FALSE, 6, 6, 5, 15000, 1, 5.0 / 6, 3000);

  /* Lead→opportunity: 1 throughout, flat. Opportunity→close: 0, 1, 1, 1,
   * 1 at 0–4: mean x 2, mean y 0.8; Sxy = (−2)(−0.8) + (−1)(0.2) + 0 +
   * (1)(0.2) + (2)(0.2) = 2; Sxx = 10; slope 0.2. Average deal value:
   * 1,000, 2,000, 3,000, 4,500 at 1–4: mean x 2.5, mean y 2,625;
   * Sxy = (−1.5)(−1,625) + (−0.5)(−625) + (0.5)(375) + (1.5)(1,875)
   * = 5,750; Sxx = 5; slope 1,150. */
  assert_number (history.lead_to_opportunity_trend, 0);
  assert_number (history.opportunity_to_close_trend, 0.2);
  assert_number (history.average_deal_value_trend, 1150);

  /* The same leads in UTC, where now is 09:00 on 15 November, the same
   * 12 months:
   *   Q4 2023: nothing (L1's opportunity is 30 November 23:30 UTC);
   *   Q1: created L3 (31 March 21:30), L4 (31 March 22:30); opportunities
   *       L2, L3; customers L1, L2 (3,000);
   *   Q2: nothing;
   *   Q3: created L5, L6 (30 September 23:00); opportunities L4, L5;
   *       customers L3, L4 (7,000);
   *   Q4: created L7, L8 (30 November 23:30); opportunity L6; customers
   *       L5, L6 (11,000).
   * In all: 6, 5, 6, 21,000. */
  g_assert_true (accord_calculator_compute_history (fixture->store, fixture->agreement, NULL,
                                                    now, &history));
  g_assert_cmpuint (history.n_quarters, ==, 5);
  assert_period (&history.quarters[0], ACCORD_MONTH_KEY (2023, 10), 1, TRUE, 0, 0, 0, 0, NAN, NAN, NAN);
  assert_period (&history.quarters[1], ACCORD_MONTH_KEY (2024, 1), 3, FALSE, 2, 2, 2, 3000, 1, 1, 1500);
  assert_period (&history.quarters[2], ACCORD_MONTH_KEY (2024, 4), 3, FALSE, 0, 0, 0, 0, NAN, NAN, NAN);
  assert_period (&history.quarters[3], ACCORD_MONTH_KEY (2024, 7), 3, FALSE, 2, 2, 2, 7000, 1, 1, 3500);
  assert_period (&history.quarters[4], ACCORD_MONTH_KEY (2024, 10), 2, TRUE, 2, 1, 2, 11000, 0.5, 2, 5500);
  assert_period (&history.total, ACCORD_MONTH_KEY (2023, 12), 12, FALSE, 6, 5, 6, 21000, 5.0 / 6, 1.2, 3500);

  /* Now half an hour into December in Berlin (still November in UTC):
   * the 12 months are January–December 2024, four whole quarters.
   * Q4: created L6, L7, L8; opportunities L5, L6; customers L4, L5, L6
   * (15,000): 3, 2, 3 → 2/3, 3/2, 5,000. In all: created L3–L8 = 6;
   * opportunities L2–L6 = 5; customers L1–L6 = 6 worth 21,000. */
  g_assert_true (accord_calculator_compute_history (fixture->store, fixture->agreement, fixture->time_zone,
                                                    accord_test_time (fixture->zone, "2024-12-01 00:30:00"),
                                                    &history));
  g_assert_cmpint (history.first_month, ==, ACCORD_MONTH_KEY (2024, 1));
  g_assert_cmpint (history.last_month, ==, ACCORD_MONTH_KEY (2024, 12));
  g_assert_cmpuint (history.n_quarters, ==, 4);
  assert_period (&history.quarters[3], ACCORD_MONTH_KEY (2024, 10), 3, FALSE, 3, 2, 3, 15000, 2.0 / 3, 1.5, 5000);
  assert_period (&history.total, ACCORD_MONTH_KEY (2024, 1), 12, FALSE, 6, 5, 6, 21000, 5.0 / 6, 1.2, 3500);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/core/calculator/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("history/round", test_history_round);
  ADD ("history/trend", test_history_trend);
  ADD ("history/partial-quarters", test_history_partial_quarters);
  ADD ("plan/workbook", test_plan_workbook);
  ADD ("plan/undo", test_plan_undo);
  ADD ("plan/round-up", test_plan_round_up);
  ADD ("plan/split", test_plan_split);
  ADD ("plan/bad-input", test_plan_bad_input);
  ADD ("plan/too-large", test_plan_too_large);
  ADD ("zero-division/no-data", test_no_data);
  ADD ("zero-division/no-amounts", test_no_amounts);
  ADD ("zero-division/no-opportunities", test_no_opportunities);
  ADD ("zero-division/no-qualified-leads", test_no_qualified_leads);

#undef ADD

  return g_test_run ();
}
