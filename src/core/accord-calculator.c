/* accord-calculator.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-calculator"

#include "config.h"

#include "accord-calculator.h"
#include "accord-metrics.h"
#include "accord-quarter.h"
#include "accord-zone.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

/* The UI's percentages arrive as fractions that rarely add up to exactly 1. */
#define SPLIT_TOLERANCE 1e-6

/* Chained divisions leave crumbs: 1,000,000 / 10,000 / (100 / 300) may come
 * out a hair above 300. A figure this close to a whole number is it. */
#define WHOLE_TOLERANCE 1e-9

static double
divide (double numerator,
        double denominator)
{
  return denominator == 0 ? NAN : numerator / denominator;
}

static gboolean
is_positive (double value)
{
  return isfinite (value) && value > 0;
}

static double
round_up (double value)
{
  return ceil (value - fabs (value) * WHOLE_TOLERANCE);
}

static void
init_period (AccordCalculatorQuarter *period,
             int                      first_month)
{
  memset (period, 0, sizeof *period);
  period->first_month = first_month;
  period->lead_to_opportunity = NAN;
  period->opportunity_to_close = NAN;
  period->average_deal_value = NAN;
}

static void
add_month (AccordCalculatorQuarter  *period,
           const AccordMonthFigures *figures)
{
  period->n_months++;
  period->qualified_leads += (guint) figures->actual[ACCORD_FIGURE_QUALIFIED_LEADS];
  period->opportunities += (guint) figures->actual[ACCORD_FIGURE_OPPORTUNITIES];
  period->customers += (guint) figures->actual[ACCORD_FIGURE_CUSTOMERS];
  period->value += figures->actual[ACCORD_FIGURE_REVENUE];
}

/* DESIGN §4: lead→opportunity, opportunity→close, average deal value. */
static void
derive_rates (AccordCalculatorQuarter *period)
{
  period->lead_to_opportunity = divide (period->opportunities, period->qualified_leads);
  period->opportunity_to_close = divide (period->customers, period->opportunities);
  period->average_deal_value = divide (period->value, period->customers);
}

/* The slope of the least-squares line through (i, values[i]), skipping
 * NANs: a quarter without a rate says nothing about its direction. */
static double
fit_slope (const double *values,
           guint         n_values)
{
  double sum_x = 0, sum_y = 0, mean_x, mean_y, sxx = 0, sxy = 0;
  guint n = 0;

  for (guint i = 0; i < n_values; i++)
    {
      if (isnan (values[i]))
        continue;
      sum_x += i;
      sum_y += values[i];
      n++;
    }

  if (n < 2)
    return NAN;

  mean_x = sum_x / n;
  mean_y = sum_y / n;
  for (guint i = 0; i < n_values; i++)
    {
      if (isnan (values[i]))
        continue;
      sxx += (i - mean_x) * (i - mean_x);
      sxy += (i - mean_x) * (values[i] - mean_y);
    }

  return sxy / sxx;
}

static void
fit_trends (AccordCalculatorHistory *history)
{
  double lead_rates[ACCORD_CALCULATOR_MAX_QUARTERS];
  double close_rates[ACCORD_CALCULATOR_MAX_QUARTERS];
  double deal_values[ACCORD_CALCULATOR_MAX_QUARTERS];

  for (guint q = 0; q < history->n_quarters; q++)
    {
      lead_rates[q] = history->quarters[q].lead_to_opportunity;
      close_rates[q] = history->quarters[q].opportunity_to_close;
      deal_values[q] = history->quarters[q].average_deal_value;
    }

  history->lead_to_opportunity_trend = fit_slope (lead_rates, history->n_quarters);
  history->opportunity_to_close_trend = fit_slope (close_rates, history->n_quarters);
  history->average_deal_value_trend = fit_slope (deal_values, history->n_quarters);
}

/**
 * accord_calculator_compute_history:
 * @store: the leads (contacts, deals or both)
 * @agreement: the Quick Test that makes a lead qualified
 * @time_zone: (nullable): the workspace's zone; %NULL for UTC
 * @now: the present moment, normally the latest moment in the data
 *   (accord_lead_store_get_latest())
 * @history: (out caller-allocates): the history
 *
 * Counts the figures of the SLA calculator (DESIGN §4) over the 12
 * calendar months ending with the month of @now, per calendar quarter and
 * in all, as the month grid counts them (DESIGN §3: events in their
 * month, whole months, even after @now). When the 12 months end inside a
 * quarter, the first and the last quarter are partial.
 *
 * Returns: %FALSE when there is no history: @now is %ACCORD_TIME_NONE (no
 *   data) or beyond the calendar; @history then has no quarters and NAN
 *   rates
 */
gboolean
accord_calculator_compute_history (AccordLeadStore         *store,
                                   AccordAgreement         *agreement,
                                   GTimeZone               *time_zone,
                                   gint64                   now,
                                   AccordCalculatorHistory *history)
{
  g_autoptr(AccordZone) zone = NULL;
  g_autoptr(GArray) grid = NULL;
  int last_month;

  g_return_val_if_fail (history != NULL, FALSE);

  memset (history, 0, sizeof *history);
  init_period (&history->total, 0);
  history->lead_to_opportunity_trend = NAN;
  history->opportunity_to_close_trend = NAN;
  history->average_deal_value_trend = NAN;

  g_return_val_if_fail (ACCORD_IS_LEAD_STORE (store), FALSE);
  g_return_val_if_fail (ACCORD_IS_AGREEMENT (agreement), FALSE);

  if (now == ACCORD_TIME_NONE)
    return FALSE;

  zone = accord_zone_new (time_zone);
  last_month = accord_zone_month_of (zone, now);
  grid = accord_metrics_month_grid (store, agreement, time_zone,
                                    last_month - (ACCORD_CALCULATOR_N_MONTHS - 1), last_month, now);
  if (grid->len != ACCORD_CALCULATOR_N_MONTHS)
    return FALSE;

  history->first_month = last_month - (ACCORD_CALCULATOR_N_MONTHS - 1);
  history->last_month = last_month;
  history->total.first_month = history->first_month;

  for (guint m = 0; m < grid->len; m++)
    {
      const AccordMonthFigures *figures = &g_array_index (grid, AccordMonthFigures, m);
      int quarter_start = accord_quarter_start_of (figures->month);
      AccordCalculatorQuarter *quarter = NULL;

      if (history->n_quarters > 0)
        quarter = &history->quarters[history->n_quarters - 1];
      if (quarter == NULL || quarter->first_month != quarter_start)
        {
          quarter = &history->quarters[history->n_quarters++];
          init_period (quarter, quarter_start);
        }

      add_month (quarter, figures);
      add_month (&history->total, figures);
    }

  for (guint q = 0; q < history->n_quarters; q++)
    {
      history->quarters[q].partial = history->quarters[q].n_months < ACCORD_QUARTER_N_MONTHS;
      derive_rates (&history->quarters[q]);
    }
  derive_rates (&history->total);
  fit_trends (history);

  return TRUE;
}

static void
clear_targets (AccordCalculatorTargets *targets)
{
  targets->revenue = NAN;
  targets->deals = NAN;
  targets->opportunities = NAN;
  targets->qualified_leads = NAN;
}

static void
clear_plan (AccordCalculatorPlan    *plan,
            AccordCalculatorProblem  problem,
            const char              *reason)
{
  plan->problem = problem;
  plan->reason = reason;
  clear_targets (&plan->year);
  for (guint q = 0; q < ACCORD_CALCULATOR_N_QUARTERS; q++)
    {
      clear_targets (&plan->quarters[q]);
      clear_targets (&plan->months[q]);
    }
}

/* DESIGN §4: deals = revenue / average deal value; opportunities = deals /
 * opportunity→close rate; leads = opportunities / lead→opportunity rate.
 * Each figure is rounded up from the exact chain, not from the rounded
 * figure before it, so rounding does not compound down the funnel. */
static void
fill_targets (AccordCalculatorTargets       *targets,
              double                         revenue,
              const AccordCalculatorQuarter *rates)
{
  double deals = revenue / rates->average_deal_value;
  double opportunities = deals / rates->opportunity_to_close;
  double leads = opportunities / rates->lead_to_opportunity;

  targets->revenue = revenue;
  targets->deals = round_up (deals);
  targets->opportunities = round_up (opportunities);
  targets->qualified_leads = round_up (leads);
}

/* Why the 12 months give no usable rate, in the order the plan needs them. */
static AccordCalculatorProblem
find_rate_problem (const AccordCalculatorQuarter  *total,
                   const char                    **reason)
{
  if (!is_positive (total->average_deal_value))
    {
      if (total->customers == 0)
        *reason = _("No customers were won in the last 12 months, so there is no average "
                    "deal value to plan with.");
      else
        *reason = _("The customers won in the last 12 months have no deal value: their "
                    "amounts are missing or add up to nothing.");
      return ACCORD_CALCULATOR_PROBLEM_DEAL_VALUE;
    }

  if (!is_positive (total->opportunity_to_close))
    {
      *reason = _("No opportunities were created in the last 12 months, so there is no "
                  "opportunity-to-close rate to plan with.");
      return ACCORD_CALCULATOR_PROBLEM_CLOSE_RATE;
    }

  if (!is_positive (total->lead_to_opportunity))
    {
      *reason = _("No qualified leads were created in the last 12 months, so there is no "
                  "lead-to-opportunity rate to plan with.");
      return ACCORD_CALCULATOR_PROBLEM_LEAD_RATE;
    }

  return ACCORD_CALCULATOR_PROBLEM_NONE;
}

/**
 * accord_calculator_compute_plan:
 * @history: the history whose 12-month rates the plan uses
 * @revenue: the annual revenue goal
 * @split: (nullable) (array fixed-size=4): each calendar quarter's share
 *   of @revenue, Q1 first: fractions, zero or more, adding up to 1; %NULL
 *   for an even split
 * @plan: (out caller-allocates): the plan
 *
 * Works @revenue back through the funnel (DESIGN §4) for the year, each
 * quarter, and a month of each quarter (a third of the quarter). Deals,
 * opportunities and qualified leads are rounded up to whole numbers, each
 * from its exact value: a month may need a third of a quarter's deals
 * rounded up, so three months can ask for a little more than the quarter.
 *
 * When a rate is 0 or NAN, the goal is not above 0 or the split is not
 * valid, the plan is impossible: @plan's problem says why and its reason
 * says so in words for the UI; every target is then NAN.
 */
void
accord_calculator_compute_plan (const AccordCalculatorHistory *history,
                                double                         revenue,
                                const double                  *split,
                                AccordCalculatorPlan          *plan)
{
  static const double even_split[ACCORD_CALCULATOR_N_QUARTERS] = { 0.25, 0.25, 0.25, 0.25 };
  AccordCalculatorProblem problem;
  const char *reason = NULL;
  double sum = 0;

  g_return_if_fail (plan != NULL);

  clear_plan (plan, ACCORD_CALCULATOR_PROBLEM_NONE, NULL);

  g_return_if_fail (history != NULL);

  if (!is_positive (revenue))
    {
      clear_plan (plan, ACCORD_CALCULATOR_PROBLEM_REVENUE,
                  _("Enter an annual revenue goal above zero."));
      return;
    }

  if (split == NULL)
    split = even_split;
  for (guint q = 0; q < ACCORD_CALCULATOR_N_QUARTERS; q++)
    {
      /* Written so that a NAN share fails too. */
      if (!(isfinite (split[q]) && split[q] >= 0))
        sum = NAN;
      sum += split[q];
    }
  if (!(fabs (sum - 1) <= SPLIT_TOLERANCE))
    {
      clear_plan (plan, ACCORD_CALCULATOR_PROBLEM_SPLIT,
                  _("The quarters’ shares of the goal must each be zero or more and add up "
                    "to 100 %."));
      return;
    }

  problem = find_rate_problem (&history->total, &reason);
  if (problem != ACCORD_CALCULATOR_PROBLEM_NONE)
    {
      clear_plan (plan, problem, reason);
      return;
    }

  fill_targets (&plan->year, revenue, &history->total);
  /* Tiny rates can take the year's figures past what a double holds; the
   * quarters' and months' figures are smaller. */
  if (!isfinite (plan->year.qualified_leads))
    {
      clear_plan (plan, ACCORD_CALCULATOR_PROBLEM_TOO_LARGE,
                  _("The goal needs more leads than can be counted: check the goal and "
                    "the deal amounts."));
      return;
    }

  for (guint q = 0; q < ACCORD_CALCULATOR_N_QUARTERS; q++)
    {
      /* Divided by the sum, the quarters add up to the year exactly. */
      double quarter_revenue = revenue * split[q] / sum;

      fill_targets (&plan->quarters[q], quarter_revenue, &history->total);
      fill_targets (&plan->months[q], quarter_revenue / ACCORD_QUARTER_N_MONTHS, &history->total);
    }
}

/* The figures a plan sets, in the order of AccordCalculatorUndo.goals. */
static const AccordFigure plan_figures[ACCORD_CALCULATOR_N_GOALS] = {
  ACCORD_FIGURE_QUALIFIED_LEADS,
  ACCORD_FIGURE_OPPORTUNITIES,
  ACCORD_FIGURE_CUSTOMERS,
  ACCORD_FIGURE_REVENUE,
};

/**
 * accord_calculator_apply_plan:
 * @plan: a plan
 * @agreement: the agreement to set goals in
 * @month_key: the month of "now" (the history's last month)
 * @undo: (out caller-allocates) (optional): what it takes to undo the change
 *
 * "Apply as next quarter's goals": sets the goals of each of the three
 * months of the calendar quarter after @month_key's to the plan's monthly
 * figures for that quarter (Q1–Q4): qualified leads, opportunities,
 * customers (the deals) and revenue. Other goals are left as they are.
 *
 * Returns: %FALSE, changing nothing, when @plan is impossible or the next
 *   quarter is beyond the calendar
 */
gboolean
accord_calculator_apply_plan (const AccordCalculatorPlan *plan,
                              AccordAgreement            *agreement,
                              int                         month_key,
                              AccordCalculatorUndo       *undo)
{
  const AccordCalculatorTargets *targets;
  int first_month;

  g_return_val_if_fail (plan != NULL, FALSE);
  g_return_val_if_fail (ACCORD_IS_AGREEMENT (agreement), FALSE);

  if (plan->problem != ACCORD_CALCULATOR_PROBLEM_NONE)
    return FALSE;

  first_month = accord_quarter_start_of (month_key) + ACCORD_QUARTER_N_MONTHS;
  if (first_month < ACCORD_MONTH_KEY (1, 1) ||
      first_month > ACCORD_MONTH_KEY (9999, 12) - (ACCORD_QUARTER_N_MONTHS - 1))
    return FALSE;

  targets = &plan->months[(ACCORD_MONTH_KEY_MONTH (first_month) - 1) / ACCORD_QUARTER_N_MONTHS];
  for (int m = 0; m < ACCORD_QUARTER_N_MONTHS; m++)
    {
      const double goals[ACCORD_CALCULATOR_N_GOALS] = {
        targets->qualified_leads, targets->opportunities, targets->deals, targets->revenue,
      };

      for (guint g = 0; g < ACCORD_CALCULATOR_N_GOALS; g++)
        {
          if (undo != NULL)
            undo->goals[m][g] = accord_agreement_get_month_goal (agreement, first_month + m, plan_figures[g]);
          accord_agreement_set_goal (agreement, first_month + m, plan_figures[g], goals[g]);
        }
    }

  if (undo != NULL)
    undo->first_month = first_month;

  return TRUE;
}

/**
 * accord_calculator_undo_apply:
 * @undo: what accord_calculator_apply_plan() replaced
 * @agreement: the agreement the plan was applied to
 *
 * Puts back the goals the plan replaced, including "use the default".
 */
void
accord_calculator_undo_apply (const AccordCalculatorUndo *undo,
                              AccordAgreement            *agreement)
{
  g_return_if_fail (undo != NULL);
  g_return_if_fail (ACCORD_IS_AGREEMENT (agreement));

  for (int m = 0; m < ACCORD_QUARTER_N_MONTHS; m++)
    for (guint g = 0; g < ACCORD_CALCULATOR_N_GOALS; g++)
      accord_agreement_set_goal (agreement, undo->first_month + m, plan_figures[g], undo->goals[m][g]);
}
