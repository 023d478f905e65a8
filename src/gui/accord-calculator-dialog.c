/* accord-calculator-dialog.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-calculator-dialog"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "accord-calculator-dialog.h"
#include "accord-bullet-painter.h"
#include "accord-calculator.h"
#include "accord-dialog.h"
#include "accord-money.h"
#include "accord-quarter.h"
#include "accord-trend-chart.h"
#include "accord-value-parser.h"
#include "accord-zone.h"

/* The plan grid's figures, in funnel order from the goal back. */
typedef enum
{
  PLAN_DEALS,
  PLAN_OPPORTUNITIES,
  PLAN_QUALIFIED_LEADS,
  N_PLAN_FIGURES
} PlanFigure;

/* The plan grid's columns: the year, then Q1–Q4. */
#define PLAN_YEAR      0
#define N_PLAN_COLUMNS (1 + ACCORD_CALCULATOR_N_QUARTERS)

static const struct
{
  const char *name;
  const char *title;
} plan_figures[N_PLAN_FIGURES] = {
  [PLAN_DEALS] = { "deals", N_("Deals") },
  [PLAN_OPPORTUNITIES] = { "opportunities", N_("Opportunities") },
  [PLAN_QUALIFIED_LEADS] = { "qualified-leads", N_("Qualified leads") },
};

struct _AccordCalculatorDialog
{
  AdwWindow                parent_instance;

  AccordSession           *session;
  AccordCalculatorHistory  history;
  AccordCalculatorPlan     plan;

  GtkSpinButton           *split_spins[ACCORD_CALCULATOR_N_QUARTERS];
  /* Per period, then per month of each quarter (no year column). */
  GtkLabel                *period_labels[N_PLAN_FIGURES][N_PLAN_COLUMNS];
  GtkLabel                *month_labels[N_PLAN_FIGURES][ACCORD_CALCULATOR_N_QUARTERS];

  GtkStack                *stack;
  AdwPreferencesGroup     *history_group;
  GtkGrid                 *history_grid;
  GtkLabel                *lead_trend_label;
  GtkLabel                *close_trend_label;
  GtkLabel                *deal_value_trend_label;
  AccordTrendChart        *lead_trend_chart;
  AccordTrendChart        *close_trend_chart;
  AccordTrendChart        *deal_value_trend_chart;
  GtkSpinButton           *revenue_spin;
  GtkSwitch               *split_switch;
  GtkBox                  *split_box;
  GtkLabel                *reason_label;
  GtkGrid                 *plan_grid;
  GtkLabel                *applied_label;
  GtkButton               *undo_button;

  /* The goals the first Apply replaced; a later Apply targets the same
   * quarter, so Undo goes back to the goals from before the dialog. */
  AccordCalculatorUndo     undo;
  gboolean                 applied;
};

G_DEFINE_FINAL_TYPE (AccordCalculatorDialog, accord_calculator_dialog, ADW_TYPE_WINDOW)

static char *
format_count (double value)
{
  return accord_bullet_format_number (ACCORD_BULLET_FORMAT_COUNT, value);
}

static char *
format_rate (double value)
{
  return accord_bullet_format_number (ACCORD_BULLET_FORMAT_PERCENT, value);
}

/* A month's short name standing alone: "Oct". */
static char *
dup_month_abbreviation (int month_key)
{
  g_autoptr(GDateTime) date = g_date_time_new_utc (ACCORD_MONTH_KEY_YEAR (month_key),
                                                   ACCORD_MONTH_KEY_MONTH (month_key), 1, 0, 0, 0);

  return date != NULL ? g_date_time_format (date, "%Ob") : g_strdup ("");
}

/* "Q3 2024", or for a quarter the 12 months cut, the months they hold:
 * "Oct–Nov 2024 (partial)" on two lines, to keep the column narrow. */
static char *
dup_period_title (const AccordCalculatorHistory *history,
                  const AccordCalculatorQuarter *quarter)
{
  int first, last;
  g_autofree char *first_name = NULL;
  g_autofree char *last_name = NULL;

  if (!quarter->partial)
    return accord_quarter_format (quarter->first_month);

  /* The first quarter may begin before the 12 months. */
  first = MAX (quarter->first_month, history->first_month);
  last = first + (int) quarter->n_months - 1;
  first_name = dup_month_abbreviation (first);
  if (first == last)
    /* Translators: the one month of a quarter within the 12 months, "Dec 2024 (partial)",
     * as a column's heading on two lines */
    return g_strdup_printf (_("%s %d\n(partial)"), first_name, ACCORD_MONTH_KEY_YEAR (first));

  last_name = dup_month_abbreviation (last);
  /* Translators: the months of a quarter within the 12 months, "Oct–Nov 2024 (partial)",
   * as a column's heading on two lines */
  return g_strdup_printf (_("%s–%s %d\n(partial)"), first_name, last_name, ACCORD_MONTH_KEY_YEAR (first));
}

static GtkWidget *
make_heading (const char *text,
              float       xalign)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  gtk_label_set_justify (GTK_LABEL (label), xalign > 0.5 ? GTK_JUSTIFY_RIGHT : GTK_JUSTIFY_LEFT);
  gtk_widget_set_valign (label, GTK_ALIGN_END);
  gtk_widget_add_css_class (label, "heading");

  return label;
}

static GtkWidget *
make_number (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (label, "numeric");

  return label;
}

static GtkWidget *
make_row_title (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);

  return label;
}

static void
add_history_column (AccordCalculatorDialog        *self,
                    int                            column,
                    const char                    *title,
                    const AccordCalculatorQuarter *period)
{
  char *values[] = {
    format_count (period->qualified_leads),
    format_count (period->opportunities),
    format_count (period->customers),
    accord_money_format (period->value),
    format_rate (period->lead_to_opportunity),
    format_rate (period->opportunity_to_close),
    accord_money_format (period->average_deal_value),
  };

  gtk_grid_attach (self->history_grid, make_heading (title, 1), column, 0, 1, 1);
  for (guint r = 0; r < G_N_ELEMENTS (values); r++)
    {
      gtk_grid_attach (self->history_grid, make_number (values[r]), column, r + 1, 1, 1);
      g_free (values[r]);
    }
}

static void
show_history (AccordCalculatorDialog *self)
{
  const char *titles[] = {
    _("Qualified leads"),
    _("Opportunities"),
    _("Customers"),
    _("Total value"),
    _("Lead→opportunity rate"),
    _("Opportunity→close rate"),
    _("Average deal value"),
  };
  g_autofree char *first_name = accord_month_key_format_name (self->history.first_month);
  g_autofree char *last_name = accord_month_key_format_name (self->history.last_month);
  g_autofree char *range = NULL;
  g_autofree char *lead_trend = accord_trend_format_slope (ACCORD_BULLET_FORMAT_PERCENT,
                                                           self->history.lead_to_opportunity_trend);
  g_autofree char *close_trend = accord_trend_format_slope (ACCORD_BULLET_FORMAT_PERCENT,
                                                            self->history.opportunity_to_close_trend);
  g_autofree char *value_trend = accord_trend_format_slope (ACCORD_BULLET_FORMAT_MONEY,
                                                            self->history.average_deal_value_trend);
  double lead_rates[ACCORD_CALCULATOR_MAX_QUARTERS];
  double close_rates[ACCORD_CALCULATOR_MAX_QUARTERS];
  double deal_values[ACCORD_CALCULATOR_MAX_QUARTERS];
  guint q;

  /* Translators: the 12 months of the history, "January 2024 – December 2024" */
  range = g_strdup_printf (_("%s – %s"), first_name, last_name);
  adw_preferences_group_set_description (self->history_group, range);

  for (guint r = 0; r < G_N_ELEMENTS (titles); r++)
    gtk_grid_attach (self->history_grid, make_row_title (titles[r]), 0, r + 1, 1, 1);

  for (q = 0; q < self->history.n_quarters; q++)
    {
      g_autofree char *title = dup_period_title (&self->history, &self->history.quarters[q]);

      add_history_column (self, q + 1, title, &self->history.quarters[q]);
      lead_rates[q] = self->history.quarters[q].lead_to_opportunity;
      close_rates[q] = self->history.quarters[q].opportunity_to_close;
      deal_values[q] = self->history.quarters[q].average_deal_value;
    }
  add_history_column (self, q + 1, _("12 months"), &self->history.total);

  gtk_label_set_label (self->lead_trend_label, lead_trend);
  gtk_label_set_label (self->close_trend_label, close_trend);
  gtk_label_set_label (self->deal_value_trend_label, value_trend);

  /* The figures as the grid writes them: rates as percentages, the
   * average deal value as money. */
  accord_trend_chart_set_values (self->lead_trend_chart, lead_rates, self->history.n_quarters,
                                 self->history.lead_to_opportunity_trend, ACCORD_BULLET_FORMAT_PERCENT);
  accord_trend_chart_set_values (self->close_trend_chart, close_rates, self->history.n_quarters,
                                 self->history.opportunity_to_close_trend, ACCORD_BULLET_FORMAT_PERCENT);
  accord_trend_chart_set_values (self->deal_value_trend_chart, deal_values, self->history.n_quarters,
                                 self->history.average_deal_value_trend, ACCORD_BULLET_FORMAT_MONEY);
}

static void
build_plan_grid (AccordCalculatorDialog *self)
{
  const int month_row = 1 + N_PLAN_FIGURES;
  GtkWidget *month_heading;

  gtk_grid_attach (self->plan_grid, make_heading (_("Per year"), 1), 1 + PLAN_YEAR, 0, 1, 1);
  for (guint q = 0; q < ACCORD_CALCULATOR_N_QUARTERS; q++)
    {
      g_autofree char *title = g_strdup_printf (_("Q%u"), q + 1);

      gtk_grid_attach (self->plan_grid, make_heading (title, 1), 2 + q, 0, 1, 1);
    }

  month_heading = make_heading (_("Per month of each quarter"), 0);
  gtk_widget_set_margin_top (month_heading, 12);
  gtk_grid_attach (self->plan_grid, month_heading, 0, month_row, N_PLAN_COLUMNS + 1, 1);

  for (guint f = 0; f < N_PLAN_FIGURES; f++)
    {
      const char *title = _(plan_figures[f].title);

      gtk_grid_attach (self->plan_grid, make_row_title (title), 0, 1 + f, 1, 1);
      gtk_grid_attach (self->plan_grid, make_row_title (title), 0, month_row + 1 + f, 1, 1);

      /* Named, so that tests and accessibility tools can find each figure. */
      for (guint c = 0; c < N_PLAN_COLUMNS; c++)
        {
          GtkWidget *label = make_number ("—");
          g_autofree char *name = c == PLAN_YEAR ? g_strdup_printf ("plan-%s-year", plan_figures[f].name)
                                                 : g_strdup_printf ("plan-%s-q%u", plan_figures[f].name, c);

          gtk_widget_set_name (label, name);
          self->period_labels[f][c] = GTK_LABEL (label);
          gtk_grid_attach (self->plan_grid, label, 1 + c, 1 + f, 1, 1);
        }

      for (guint q = 0; q < ACCORD_CALCULATOR_N_QUARTERS; q++)
        {
          GtkWidget *label = make_number ("—");
          g_autofree char *name = g_strdup_printf ("plan-%s-month-q%u", plan_figures[f].name, q + 1);

          gtk_widget_set_name (label, name);
          self->month_labels[f][q] = GTK_LABEL (label);
          gtk_grid_attach (self->plan_grid, label, 2 + q, month_row + 1 + f, 1, 1);
        }
    }
}

/* The grid's numbers read alone to a screen reader: each names its row
 * and column, "Deals in Q1: 25". */
static void
set_target_labels (GtkLabel                      *labels[N_PLAN_FIGURES],
                   const AccordCalculatorTargets *targets,
                   const char                    *period)
{
  const double values[N_PLAN_FIGURES] = {
    [PLAN_DEALS] = targets->deals,
    [PLAN_OPPORTUNITIES] = targets->opportunities,
    [PLAN_QUALIFIED_LEADS] = targets->qualified_leads,
  };

  for (guint f = 0; f < N_PLAN_FIGURES; f++)
    {
      g_autofree char *text = format_count (values[f]);
      /* Translators: a figure of the plan for a screen reader, "Deals in Q1: 25" */
      g_autofree char *accessible = g_strdup_printf (_("%s %s: %s"), _(plan_figures[f].title), period, text);

      gtk_label_set_label (labels[f], text);
      gtk_accessible_update_property (GTK_ACCESSIBLE (labels[f]),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                      -1);
    }
}

/* What the user typed, as the core reads amounts; NAN when it is not one,
 * which the plan reports. */
static double
read_amount (GtkSpinButton *spin)
{
  double value;

  if (accord_parse_amount (gtk_editable_get_text (GTK_EDITABLE (spin)), &value, NULL) != ACCORD_VALUE_OK)
    return NAN;

  return value;
}

/* Read from the text, not the spin button's value: the value follows the
 * text only when the entry is activated or loses focus. */
static void
input_changed_cb (AccordCalculatorDialog *self)
{
  gboolean split = gtk_switch_get_active (self->split_switch);
  double shares[ACCORD_CALCULATOR_N_QUARTERS];
  GtkLabel *labels[N_PLAN_FIGURES];

  for (guint q = 0; q < ACCORD_CALCULATOR_N_QUARTERS; q++)
    shares[q] = read_amount (self->split_spins[q]) / 100;

  gtk_widget_set_sensitive (GTK_WIDGET (self->split_box), split);
  accord_calculator_compute_plan (&self->history, read_amount (self->revenue_spin),
                                  split ? shares : NULL, &self->plan);

  for (guint f = 0; f < N_PLAN_FIGURES; f++)
    labels[f] = self->period_labels[f][PLAN_YEAR];
  set_target_labels (labels, &self->plan.year, _("per year"));
  for (guint q = 0; q < ACCORD_CALCULATOR_N_QUARTERS; q++)
    {
      /* Translators: "Deals in Q1: 25" */
      g_autofree char *quarter = g_strdup_printf (_("in Q%u"), q + 1);
      /* Translators: "Deals a month in Q1: 9" */
      g_autofree char *month = g_strdup_printf (_("a month in Q%u"), q + 1);

      for (guint f = 0; f < N_PLAN_FIGURES; f++)
        labels[f] = self->period_labels[f][1 + q];
      set_target_labels (labels, &self->plan.quarters[q], quarter);
      for (guint f = 0; f < N_PLAN_FIGURES; f++)
        labels[f] = self->month_labels[f][q];
      set_target_labels (labels, &self->plan.months[q], month);
    }

  gtk_label_set_label (self->reason_label, self->plan.reason != NULL ? self->plan.reason : "");
  gtk_widget_set_visible (GTK_WIDGET (self->reason_label), self->plan.problem != ACCORD_CALCULATOR_PROBLEM_NONE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "calculator.apply",
                                 self->plan.problem == ACCORD_CALCULATOR_PROBLEM_NONE);
}

static void
build_split (AccordCalculatorDialog *self)
{
  for (guint q = 0; q < ACCORD_CALCULATOR_N_QUARTERS; q++)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      g_autofree char *mnemonic = g_strdup_printf (_("Q_%u"), q + 1);
      /* Translators: the accessible name of a quarter's share, "Q1 share in percent" */
      g_autofree char *accessible = g_strdup_printf (_("Q%u share in percent"), q + 1);
      GtkWidget *label = gtk_label_new_with_mnemonic (mnemonic);
      GtkWidget *spin = gtk_spin_button_new_with_range (0, 100, 1);

      gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 100.0 / ACCORD_CALCULATOR_N_QUARTERS);
      gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
      gtk_widget_add_css_class (spin, "numeric");
      gtk_widget_set_hexpand (spin, TRUE);
      gtk_label_set_mnemonic_widget (GTK_LABEL (label), spin);
      gtk_accessible_update_property (GTK_ACCESSIBLE (spin),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                      -1);

      self->split_spins[q] = GTK_SPIN_BUTTON (spin);
      gtk_box_append (GTK_BOX (box), label);
      gtk_box_append (GTK_BOX (box), spin);
      gtk_box_append (self->split_box, box);
    }
}

static void
show_applied (AccordCalculatorDialog *self,
              const char             *text)
{
  gtk_label_set_label (self->applied_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->applied_label), text != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "calculator.undo-apply", self->applied);
  gtk_widget_set_visible (GTK_WIDGET (self->undo_button), self->applied);
}

static void
apply_cb (GtkWidget  *widget,
          const char *action_name,
          GVariant   *parameter)
{
  AccordCalculatorDialog *self = ACCORD_CALCULATOR_DIALOG (widget);
  AccordAgreement *agreement = accord_session_get_agreement (self->session);
  g_autofree char *quarter = NULL;
  g_autofree char *text = NULL;

  /* The history's last month is the month of "now". */
  if (!accord_calculator_apply_plan (&self->plan, agreement, self->history.last_month,
                                     self->applied ? NULL : &self->undo))
    {
      show_applied (self, _("The goals could not be set."));
      return;
    }

  self->applied = TRUE;
  quarter = accord_quarter_format (self->undo.first_month);
  /* Translators: the quarter whose goals the plan set, "Goals set for Q1 2025" */
  text = g_strdup_printf (_("Goals set for %s"), quarter);
  show_applied (self, text);
}

static void
undo_apply_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  AccordCalculatorDialog *self = ACCORD_CALCULATOR_DIALOG (widget);
  g_autofree char *quarter = accord_quarter_format (self->undo.first_month);
  g_autofree char *text = NULL;

  accord_calculator_undo_apply (&self->undo, accord_session_get_agreement (self->session));
  self->applied = FALSE;
  /* Translators: "Goals for Q1 2025 restored" */
  text = g_strdup_printf (_("Goals for %s restored"), quarter);
  show_applied (self, text);
}

static void
accord_calculator_dialog_dispose (GObject *object)
{
  AccordCalculatorDialog *self = ACCORD_CALCULATOR_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ACCORD_TYPE_CALCULATOR_DIALOG);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (accord_calculator_dialog_parent_class)->dispose (object);
}

static void
accord_calculator_dialog_class_init (AccordCalculatorDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = accord_calculator_dialog_dispose;

  g_type_ensure (ACCORD_TYPE_TREND_CHART);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/smarketing/Accord/accord-calculator-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, AccordCalculatorDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, AccordCalculatorDialog, history_group);
  gtk_widget_class_bind_template_child (widget_class, AccordCalculatorDialog, history_grid);
  gtk_widget_class_bind_template_child (widget_class, AccordCalculatorDialog, lead_trend_label);
  gtk_widget_class_bind_template_child (widget_class, AccordCalculatorDialog, close_trend_label);
  gtk_widget_class_bind_template_child (widget_class, AccordCalculatorDialog, deal_value_trend_label);
  gtk_widget_class_bind_template_child (widget_class, AccordCalculatorDialog, lead_trend_chart);
  gtk_widget_class_bind_template_child (widget_class, AccordCalculatorDialog, close_trend_chart);
  gtk_widget_class_bind_template_child (widget_class, AccordCalculatorDialog, deal_value_trend_chart);
  gtk_widget_class_bind_template_child (widget_class, AccordCalculatorDialog, revenue_spin);
  gtk_widget_class_bind_template_child (widget_class, AccordCalculatorDialog, split_switch);
  gtk_widget_class_bind_template_child (widget_class, AccordCalculatorDialog, split_box);
  gtk_widget_class_bind_template_child (widget_class, AccordCalculatorDialog, reason_label);
  gtk_widget_class_bind_template_child (widget_class, AccordCalculatorDialog, plan_grid);
  gtk_widget_class_bind_template_child (widget_class, AccordCalculatorDialog, applied_label);
  gtk_widget_class_bind_template_child (widget_class, AccordCalculatorDialog, undo_button);

  gtk_widget_class_install_action (widget_class, "calculator.apply", NULL, apply_cb);
  gtk_widget_class_install_action (widget_class, "calculator.undo-apply", NULL, undo_apply_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
accord_calculator_dialog_init (AccordCalculatorDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "calculator.undo-apply", FALSE);

  build_split (self);
  build_plan_grid (self);

  /* Connected once the widgets they update exist. */
  g_signal_connect_object (self->revenue_spin, "changed", G_CALLBACK (input_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->split_switch, "notify::active", G_CALLBACK (input_changed_cb), self, G_CONNECT_SWAPPED);
  for (guint q = 0; q < ACCORD_CALCULATOR_N_QUARTERS; q++)
    g_signal_connect_object (self->split_spins[q], "changed", G_CALLBACK (input_changed_cb), self, G_CONNECT_SWAPPED);
}

/**
 * accord_calculator_dialog_new:
 * @parent: (nullable): the window the dialog belongs to
 * @session: the session whose leads and agreement the calculator uses
 *
 * Creates the SLA calculator (DESIGN §4) for @session's last 12 months,
 * modal for @parent. Applying the plan sets goals in @session's agreement.
 *
 * Returns: (transfer none): the dialog, not yet shown, owned by GTK's list
 *   of toplevels like any window
 */
AccordCalculatorDialog *
accord_calculator_dialog_new (GtkWindow     *parent,
                              AccordSession *session)
{
  AccordCalculatorDialog *self;
  double total;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (ACCORD_IS_SESSION (session), NULL);

  self = g_object_new (ACCORD_TYPE_CALCULATOR_DIALOG, NULL);
  self->session = g_object_ref (session);

  accord_dialog_set_parent (GTK_WINDOW (self), parent);

  if (accord_session_is_empty (session) ||
      !accord_calculator_compute_history (accord_session_get_store (session),
                                          accord_session_get_agreement (session),
                                          accord_session_get_time_zone (session),
                                          accord_session_get_now (session),
                                          &self->history))
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "calculator.apply", FALSE);
      return self;
    }

  gtk_stack_set_visible_child_name (self->stack, "calculator");
  show_history (self);

  /* The goal starts at what the last 12 months brought in. */
  total = self->history.total.value;
  gtk_spin_button_set_value (self->revenue_spin, isfinite (total) && total > 0 ? round (total) : 0);
  input_changed_cb (self);
  /* The keyboard starts on the one figure to enter. */
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->revenue_spin));

  return self;
}
