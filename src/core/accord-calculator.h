/* accord-calculator.h: the SLA calculator (DESIGN §4): the last 12 months'
 * conversion rates, and the leads a revenue goal needs
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "accord-agreement.h"
#include "accord-lead-store.h"
#include "accord-quarter.h"

G_BEGIN_DECLS

/* The history spans 12 months. When they end inside a calendar quarter
 * they touch five quarters: a partial one at each end. */
#define ACCORD_CALCULATOR_N_MONTHS      12
#define ACCORD_CALCULATOR_MAX_QUARTERS  5

/* The plan's quarters are the calendar quarters Q1–Q4 of a year. */
#define ACCORD_CALCULATOR_N_QUARTERS    4

/* The figures of a period of the history. Rates and the average deal
 * value are NAN where their divisor is 0. */
typedef struct
{
  int      first_month;           /* month key of the period's first calendar month; a
                                   * partial quarter may begin before the 12 months */
  guint    n_months;              /* months of the period within the 12 months */
  gboolean partial;               /* a quarter with fewer than 3 months within them */
  guint    qualified_leads;       /* created in the period, passing the Quick Test */
  guint    opportunities;         /* opportunity date in the period */
  guint    customers;             /* customer date in the period */
  double   value;                 /* the deal amounts of those customers, added; a
                                   * customer without an amount adds 0 */
  double   lead_to_opportunity;   /* opportunities / qualified leads */
  double   opportunity_to_close;  /* customers / opportunities */
  double   average_deal_value;    /* value / customers */
} AccordCalculatorQuarter;

/* The last 12 months, per calendar quarter and in all. A trend is the
 * slope of the least-squares line through the quarters' values, in units
 * per quarter (a rate's trend of 0.02 gains two points a quarter); a
 * quarter whose value is NAN is left out, and a trend needs two quarters
 * with values, else it is NAN. */
typedef struct
{
  int                     first_month;   /* month key: the 12 months run from here… */
  int                     last_month;    /* …to the month of "now" */
  guint                   n_quarters;    /* 0 when there is no history */
  AccordCalculatorQuarter quarters[ACCORD_CALCULATOR_MAX_QUARTERS];
  AccordCalculatorQuarter total;         /* the whole 12 months */
  double                  lead_to_opportunity_trend;
  double                  opportunity_to_close_trend;
  double                  average_deal_value_trend;
} AccordCalculatorHistory;

/* Why a plan cannot be made. */
typedef enum
{
  ACCORD_CALCULATOR_PROBLEM_NONE,
  ACCORD_CALCULATOR_PROBLEM_REVENUE,     /* the goal is not a number above 0 */
  ACCORD_CALCULATOR_PROBLEM_SPLIT,       /* the shares are not 4 fractions adding up to 1 */
  ACCORD_CALCULATOR_PROBLEM_DEAL_VALUE,  /* no average deal value above 0 */
  ACCORD_CALCULATOR_PROBLEM_CLOSE_RATE,  /* no opportunity→close rate above 0 */
  ACCORD_CALCULATOR_PROBLEM_LEAD_RATE,   /* no lead→opportunity rate above 0 */
  ACCORD_CALCULATOR_PROBLEM_TOO_LARGE,   /* the figures do not fit in a number */
} AccordCalculatorProblem;

/* What a period of the plan needs. Deals, opportunities and qualified
 * leads are whole numbers, rounded up. */
typedef struct
{
  double revenue;
  double deals;
  double opportunities;
  double qualified_leads;
} AccordCalculatorTargets;

/* A revenue goal worked back through the 12 months' rates. Every target
 * is NAN when the plan is impossible. */
typedef struct
{
  AccordCalculatorProblem problem;
  const char             *reason;  /* translated, for the UI; %NULL when possible */
  AccordCalculatorTargets year;
  AccordCalculatorTargets quarters[ACCORD_CALCULATOR_N_QUARTERS];  /* Q1–Q4 */
  AccordCalculatorTargets months[ACCORD_CALCULATOR_N_QUARTERS];    /* each month of Q1–Q4 */
} AccordCalculatorPlan;

/* The figures a plan sets goals for, in the order of #AccordCalculatorUndo. */
#define ACCORD_CALCULATOR_N_GOALS 4

/* What applying a plan replaced: each month's own goals (NAN where the
 * month used the default goal). */
typedef struct
{
  int    first_month;
  double goals[ACCORD_QUARTER_N_MONTHS][ACCORD_CALCULATOR_N_GOALS];
} AccordCalculatorUndo;

gboolean accord_calculator_compute_history (AccordLeadStore               *store,
                                            AccordAgreement               *agreement,
                                            GTimeZone                     *time_zone,
                                            gint64                         now,
                                            AccordCalculatorHistory       *history);
void     accord_calculator_compute_plan    (const AccordCalculatorHistory *history,
                                            double                         revenue,
                                            const double                  *split,
                                            AccordCalculatorPlan          *plan);
gboolean accord_calculator_apply_plan      (const AccordCalculatorPlan    *plan,
                                            AccordAgreement               *agreement,
                                            int                            month_key,
                                            AccordCalculatorUndo          *undo);
void     accord_calculator_undo_apply      (const AccordCalculatorUndo    *undo,
                                            AccordAgreement               *agreement);

G_END_DECLS
