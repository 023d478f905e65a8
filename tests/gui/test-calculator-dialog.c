/* test-calculator-dialog.c: the SLA calculator dialog (DESIGN §4)
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The leads are tests/core/test-calculator.c's round history, read in
 * Europe/Berlin: in each quarter of 2024, 750 qualified leads, 75
 * opportunities and 25 customers worth 10,000 each (250,000). Rates:
 * 10 % lead→opportunity, 1/3 opportunity→close, 10,000 a deal. "Now" is
 * the last customer date, 20 December 2024 12:00, so the next quarter is
 * Q1 2025. A goal of 1,000,000 needs 100 deals, 300 opportunities and
 * 3,000 qualified leads a year; a quarter's 250,000 needs 25 / 75 / 750;
 * a month's 83,333.33 needs 8.33 → 9, 25 and 250.
 */

#include "config.h"

#include <math.h>
#include <stdio.h>

#include <adwaita.h>

#include "accord-calculator-dialog.h"
#include "accord-trend-chart.h"
#include "accord-zone.h"

#include "accord-test-widgets.h"

#define QUALIFIED   100  /* employees: passes the Quick Test */
#define UNQUALIFIED 5    /* employees: fails it */

typedef struct
{
  GTimeZone     *time_zone;
  AccordZone    *zone;
  AccordSession *session;
  GtkWindow     *parent;
  GtkWidget     *dialog;
} Fixture;

/* Lets GTK drop what it still holds of a destroyed window. */
static void
settle (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static gint64
parse_time (AccordZone *zone,
            const char *text)
{
  int year, month, day, hour, minute, second;
  gint64 time;

  if (text == NULL)
    return ACCORD_TIME_NONE;

  g_assert_cmpint (sscanf (text, "%d-%d-%d %d:%d:%d", &year, &month, &day, &hour, &minute, &second), ==, 6);
  time = accord_zone_from_civil (zone, year, month, day, hour, minute, second);
  g_assert_cmpint (time, !=, ACCORD_TIME_NONE);

  return time;
}

static void
add_leads (Fixture         *fixture,
           AccordLeadStore *store,
           guint            n,
           int              employees,
           const char      *created,
           const char      *opportunity,
           const char      *customer,
           double           amount)
{
  for (guint i = 0; i < n; i++)
    {
      AccordLead *lead = accord_lead_store_append (store);

      lead->employees = employees;
      lead->moments[ACCORD_MOMENT_CREATED] = parse_time (fixture->zone, created);
      lead->moments[ACCORD_MOMENT_OPPORTUNITY] = parse_time (fixture->zone, opportunity);
      lead->moments[ACCORD_MOMENT_CUSTOMER] = parse_time (fixture->zone, customer);
      lead->amount = amount;
    }
}

static void
add_round_history (Fixture         *fixture,
                   AccordLeadStore *store)
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

      add_leads (fixture, store, 25, QUALIFIED, d[0], d[1], d[2], 10000);
      add_leads (fixture, store, 50, QUALIFIED, d[0], d[1], NULL, NAN);
      add_leads (fixture, store, 675, QUALIFIED, d[0], NULL, NULL, NAN);
      add_leads (fixture, store, 50, UNQUALIFIED, d[0], NULL, NULL, NAN);
    }
}

/* One lead of 15 November 2024: the 12 months run from December 2023,
 * cutting Q4 2023 and Q4 2024. */
static void
add_november_lead (Fixture         *fixture,
                   AccordLeadStore *store)
{
  add_leads (fixture, store, 1, QUALIFIED, "2024-11-15 10:00:00", NULL, NULL, NAN);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  const char *history = data;

  fixture->time_zone = g_time_zone_new_identifier ("Europe/Berlin");
  g_assert_nonnull (fixture->time_zone);
  fixture->zone = accord_zone_new (fixture->time_zone);
  fixture->session = accord_session_new (fixture->time_zone);

  if (history != NULL)
    {
      g_autoptr(AccordLeadStore) store = accord_lead_store_new ();

      if (g_str_equal (history, "round"))
        add_round_history (fixture, store);
      else
        add_november_lead (fixture, store);
      accord_session_add_leads (fixture->session, store);
    }

  /* The smallest screen the app supports. */
  fixture->parent = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->parent, 1024, 600);
  g_object_ref (fixture->parent);
  gtk_window_present (fixture->parent);

  /* The test's own reference, for g_assert_finalize_object. */
  fixture->dialog = g_object_ref (GTK_WIDGET (accord_calculator_dialog_new (fixture->parent, fixture->session)));
  gtk_window_present (GTK_WINDOW (fixture->dialog));
  while (!gtk_widget_get_mapped (fixture->dialog))
    g_main_context_iteration (NULL, TRUE);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->dialog));
  gtk_window_destroy (fixture->parent);
  settle ();
  g_assert_finalize_object (fixture->dialog);
  g_assert_finalize_object (fixture->parent);
  g_assert_finalize_object (fixture->session);
  accord_zone_free (fixture->zone);
  g_time_zone_unref (fixture->time_zone);
}

static GtkWidget *
get_named (Fixture    *fixture,
           const char *name)
{
  GtkWidget *widget = accord_test_find_named (fixture->dialog, name);

  g_assert_nonnull (widget);
  return widget;
}

static GtkWidget *
get_apply_button (Fixture *fixture)
{
  GtkWidget *label = accord_test_find_label (fixture->dialog, "_Apply as Next Quarter’s Goals");

  g_assert_nonnull (label);
  return gtk_widget_get_ancestor (label, GTK_TYPE_BUTTON);
}

/* Numbers as the dialog writes them, in the test's locale. */
static void
assert_count (Fixture    *fixture,
              const char *name,
              double      expected)
{
  g_autofree char *text = g_strdup_printf ("%'.0f", expected);

  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (get_named (fixture, name))), ==, text);
}

static void
set_revenue (Fixture *fixture,
             double   revenue)
{
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (get_named (fixture, "revenue")), revenue);
}

static void
assert_goals (AccordAgreement *agreement,
              int              month,
              double           qualified_leads,
              double           opportunities,
              double           customers,
              double           revenue)
{
  g_assert_cmpfloat (accord_agreement_get_goal (agreement, month, ACCORD_FIGURE_QUALIFIED_LEADS), ==, qualified_leads);
  g_assert_cmpfloat (accord_agreement_get_goal (agreement, month, ACCORD_FIGURE_OPPORTUNITIES), ==, opportunities);
  g_assert_cmpfloat (accord_agreement_get_goal (agreement, month, ACCORD_FIGURE_CUSTOMERS), ==, customers);
  g_assert_cmpfloat_with_epsilon (accord_agreement_get_goal (agreement, month, ACCORD_FIGURE_REVENUE),
                                  revenue, 1e-6);
}

static void
test_plan (Fixture       *fixture,
           gconstpointer  data)
{
  AccordAgreement *agreement = accord_session_get_agreement (fixture->session);
  GtkWidget *apply = get_apply_button (fixture);
  GtkWidget *applied = get_named (fixture, "applied");
  GtkWidget *undo = gtk_widget_get_ancestor (accord_test_find_label (fixture->dialog, "_Undo"), GTK_TYPE_BUTTON);

  /* The history: four whole quarters, steady rates. */
  g_assert_nonnull (accord_test_find_label (fixture->dialog, "Q1 2024"));
  g_assert_nonnull (accord_test_find_label (fixture->dialog, "Q4 2024"));
  g_assert_nonnull (accord_test_find_label (fixture->dialog, "12 months"));
  g_assert_nonnull (accord_test_find_label (fixture->dialog, "+0.0 points a quarter"));
  g_assert_nonnull (accord_test_find_label (fixture->dialog, "+0 a quarter"));

  /* The goal starts at the 12 months' value, 4 × 250,000. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (get_named (fixture, "revenue"))), ==, "1000000");
  assert_count (fixture, "plan-deals-year", 100);

  set_revenue (fixture, 2000000);
  assert_count (fixture, "plan-deals-year", 200);
  assert_count (fixture, "plan-qualified-leads-year", 6000);

  set_revenue (fixture, 1000000);
  assert_count (fixture, "plan-deals-year", 100);
  assert_count (fixture, "plan-opportunities-year", 300);
  assert_count (fixture, "plan-qualified-leads-year", 3000);
  for (guint q = 1; q <= 4; q++)
    {
      g_autofree char *deals = g_strdup_printf ("plan-deals-q%u", q);
      g_autofree char *opportunities = g_strdup_printf ("plan-opportunities-q%u", q);
      g_autofree char *leads = g_strdup_printf ("plan-qualified-leads-q%u", q);
      g_autofree char *month_deals = g_strdup_printf ("plan-deals-month-q%u", q);
      g_autofree char *month_opportunities = g_strdup_printf ("plan-opportunities-month-q%u", q);
      g_autofree char *month_leads = g_strdup_printf ("plan-qualified-leads-month-q%u", q);

      assert_count (fixture, deals, 25);
      assert_count (fixture, opportunities, 75);
      assert_count (fixture, leads, 750);
      assert_count (fixture, month_deals, 9);
      assert_count (fixture, month_opportunities, 25);
      assert_count (fixture, month_leads, 250);
    }
  g_assert_false (gtk_widget_get_visible (get_named (fixture, "reason")));
  g_assert_true (gtk_widget_get_sensitive (apply));
  g_assert_false (gtk_widget_get_visible (applied));

  /* A number read alone says what it counts. */
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (get_named (fixture, "plan-deals-month-q1")),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Deals a month in Q1: 9");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (get_named (fixture, "revenue")),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Annual revenue goal");

  /* Nothing set yet for Q1 2025: the defaults (none for opportunities). */
  g_assert_true (isnan (accord_agreement_get_goal (agreement, ACCORD_MONTH_KEY (2025, 1),
                                                   ACCORD_FIGURE_OPPORTUNITIES)));

  g_signal_emit_by_name (apply, "clicked");
  for (int m = 1; m <= 3; m++)
    assert_goals (agreement, ACCORD_MONTH_KEY (2025, m), 250, 25, 9, 1000000.0 / 12);
  /* The quarter before is left alone. */
  g_assert_true (isnan (accord_agreement_get_goal (agreement, ACCORD_MONTH_KEY (2024, 12),
                                                   ACCORD_FIGURE_OPPORTUNITIES)));
  g_assert_true (gtk_widget_get_visible (applied));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (applied)), ==, "Goals set for Q1 2025");

  g_assert_true (gtk_widget_get_visible (undo));

  /* Applied again with another goal: 1,200,000 / 4 / 3 = 100,000 a
   * month → 10 deals → 30 opportunities → 300 qualified leads. */
  set_revenue (fixture, 1200000);
  g_signal_emit_by_name (apply, "clicked");
  for (int m = 1; m <= 3; m++)
    assert_goals (agreement, ACCORD_MONTH_KEY (2025, m), 300, 30, 10, 100000);

  /* Undo goes back to the goals from before the dialog, not to the
   * first plan: Q1 2025 takes the defaults again. */
  g_signal_emit_by_name (undo, "clicked");
  for (int m = 1; m <= 3; m++)
    {
      g_assert_true (isnan (accord_agreement_get_month_goal (agreement, ACCORD_MONTH_KEY (2025, m),
                                                             ACCORD_FIGURE_QUALIFIED_LEADS)));
      g_assert_true (isnan (accord_agreement_get_goal (agreement, ACCORD_MONTH_KEY (2025, m),
                                                       ACCORD_FIGURE_OPPORTUNITIES)));
      g_assert_true (isnan (accord_agreement_get_goal (agreement, ACCORD_MONTH_KEY (2025, m),
                                                       ACCORD_FIGURE_REVENUE)));
    }
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (applied)), ==, "Goals for Q1 2025 restored");
  g_assert_false (gtk_widget_get_visible (undo));
}

/* A trend chart per figure, drawn, its description stating the values as
 * the grid writes them and the trend as the label beside it. */
static void
assert_trend_chart (Fixture    *fixture,
                    const char *name,
                    const char *description)
{
  GtkWidget *chart = get_named (fixture, name);
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  const AccordTrendLayout *layout;

  g_assert_true (ACCORD_IS_TREND_CHART (chart));
  g_assert_true (gtk_widget_get_mapped (chart));
  /* Mapped is not yet allocated: that comes with the next frame. */
  while (gtk_widget_get_width (chart) == 0 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  layout = accord_trend_chart_get_layout (ACCORD_TREND_CHART (chart));
  g_assert_nonnull (layout);
  g_assert_cmpuint (layout->n_points, ==, 4);
  g_assert_true (layout->has_trend);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       description);
}

static void
test_trend_charts (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (get_named (fixture, "lead-trend-chart"),
                                                 GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *across = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (scrolled));

  assert_trend_chart (fixture, "lead-trend-chart",
                      "Lead→opportunity rate by quarter: 10%, 10%, 10%, 10%; "
                      "trend +0.0 points a quarter");
  assert_trend_chart (fixture, "close-trend-chart",
                      "Opportunity→close rate by quarter: 33.3%, 33.3%, 33.3%, 33.3%; "
                      "trend +0.0 points a quarter");
  assert_trend_chart (fixture, "deal-value-trend-chart",
                      "Average deal value by quarter: 10000, 10000, 10000, 10000; "
                      "trend +0 a quarter");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (get_named (fixture, "lead-trend-chart")),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Lead→opportunity rate trend");

  /* The charts fit the dialog's default width: nothing to scroll across. */
  g_assert_cmpint (gtk_widget_get_width (fixture->dialog), <=, 760);
  g_assert_cmpfloat (gtk_adjustment_get_upper (across), <=, gtk_adjustment_get_page_size (across));
}

static void
test_bad_input (Fixture       *fixture,
                gconstpointer  data)
{
  GtkWidget *apply = get_apply_button (fixture);
  GtkWidget *reason = get_named (fixture, "reason");
  GtkWidget *q1 = accord_test_find_label (fixture->dialog, "Q_1");
  GtkSpinButton *q1_share;

  set_revenue (fixture, 0);
  g_assert_true (gtk_widget_get_visible (reason));
  g_assert_true (gtk_widget_has_css_class (reason, "error"));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (reason)), ==, "Enter an annual revenue goal above zero.");
  g_assert_false (gtk_widget_get_sensitive (apply));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (get_named (fixture, "plan-deals-year"))), ==, "—");
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (get_named (fixture, "plan-deals-month-q1"))), ==, "—");

  set_revenue (fixture, 1000000);
  g_assert_false (gtk_widget_get_visible (reason));
  g_assert_true (gtk_widget_get_sensitive (apply));

  /* The shares count only once the split is on; then they must add up
   * to 100. */
  g_assert_nonnull (q1);
  q1_share = GTK_SPIN_BUTTON (gtk_label_get_mnemonic_widget (GTK_LABEL (q1)));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (q1_share), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Q1 share in percent");
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (q1_share)));
  gtk_spin_button_set_value (q1_share, 40);
  g_assert_true (gtk_widget_get_sensitive (apply));

  gtk_switch_set_active (GTK_SWITCH (get_named (fixture, "split")), TRUE);
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (q1_share)));
  g_assert_true (gtk_widget_get_visible (reason));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (reason)), ==,
                   "The quarters’ shares of the goal must each be zero or more and add up to 100 %.");
  g_assert_false (gtk_widget_get_sensitive (apply));

  /* 40 / 20 / 25 / 15: Q1 needs 400,000 = 40 deals, 120 opportunities,
   * 1,200 leads; Q2 200,000 = 20 / 60 / 600, a month 6.67 → 7 / 20 / 200. */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (gtk_label_get_mnemonic_widget (GTK_LABEL (accord_test_find_label (fixture->dialog, "Q_2")))), 20);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (gtk_label_get_mnemonic_widget (GTK_LABEL (accord_test_find_label (fixture->dialog, "Q_4")))), 15);
  g_assert_false (gtk_widget_get_visible (reason));
  g_assert_true (gtk_widget_get_sensitive (apply));
  assert_count (fixture, "plan-deals-year", 100);
  assert_count (fixture, "plan-deals-q1", 40);
  assert_count (fixture, "plan-qualified-leads-q1", 1200);
  assert_count (fixture, "plan-deals-month-q2", 7);
  assert_count (fixture, "plan-opportunities-month-q2", 20);
  assert_count (fixture, "plan-qualified-leads-month-q2", 200);
}

static void
test_partial (Fixture       *fixture,
              gconstpointer  data)
{
  GtkWidget *reason = get_named (fixture, "reason");

  g_assert_nonnull (accord_test_find_label (fixture->dialog, "Dec 2023\n(partial)"));
  g_assert_nonnull (accord_test_find_label (fixture->dialog, "Q1 2024"));
  g_assert_nonnull (accord_test_find_label (fixture->dialog, "Oct–Nov 2024\n(partial)"));
  /* One lead and no customers: no rates, so no trend and no plan. */
  g_assert_nonnull (accord_test_find_label (fixture->dialog, "—"));
  g_assert_true (gtk_widget_get_visible (reason));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (reason)), ==, "Enter an annual revenue goal above zero.");
  set_revenue (fixture, 1000);
  g_assert_true (g_str_has_prefix (gtk_label_get_label (GTK_LABEL (reason)), "No customers were won"));
  g_assert_false (gtk_widget_get_sensitive (get_apply_button (fixture)));
}

static void
test_empty (Fixture       *fixture,
            gconstpointer  data)
{
  GtkWidget *status = accord_test_find_label (fixture->dialog, "Import data to use the calculator");

  g_assert_nonnull (status);
  g_assert_true (gtk_widget_get_mapped (status));
  g_assert_false (gtk_widget_get_mapped (get_named (fixture, "revenue")));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  /* GTK's own test backend keeps the accessible properties to check,
   * without a bus. */
  g_setenv ("GTK_A11Y", "test", TRUE);

  if (!accord_test_init_display ())
    return 0;

  g_test_add ("/gui/calculator-dialog/plan", Fixture, "round",
              fixture_set_up, test_plan, fixture_tear_down);
  g_test_add ("/gui/calculator-dialog/trend-charts", Fixture, "round",
              fixture_set_up, test_trend_charts, fixture_tear_down);
  g_test_add ("/gui/calculator-dialog/bad-input", Fixture, "round",
              fixture_set_up, test_bad_input, fixture_tear_down);
  g_test_add ("/gui/calculator-dialog/partial", Fixture, "november",
              fixture_set_up, test_partial, fixture_tear_down);
  g_test_add ("/gui/calculator-dialog/empty", Fixture, NULL,
              fixture_set_up, test_empty, fixture_tear_down);

  return g_test_run ();
}
