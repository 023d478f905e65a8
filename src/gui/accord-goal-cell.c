/* accord-goal-cell.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-goal-cell"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "accord-goal-cell.h"
#include "accord-money.h"
#include "accord-quarter.h"
#include "accord-zone.h"

struct _AccordGoalCell
{
  AdwBin               parent_instance;

  AccordQuarterRow    *row;
  AccordQuarterColumn  column;

  GtkLabel            *value_label;
  GtkLabel            *goal_label;
  GtkLabel            *status_label;

  char                *tooltip;
};

enum {
  PROP_0,
  PROP_ROW,
  PROP_COLUMN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The style classes of ui/style.css, by AccordAttainment. */
static const char * const level_classes[] = {
  NULL,
  "attainment-missed",
  "attainment-near",
  "attainment-met",
};

G_DEFINE_FINAL_TYPE (AccordGoalCell, accord_goal_cell, ADW_TYPE_BIN)

typedef enum
{
  NUMBER_COUNT,
  NUMBER_AVERAGE,  /* MQLs managed over a quarter */
  NUMBER_MONEY,
} NumberStyle;

/* TRUE when @value shows as a whole number with one decimal. */
static gboolean
is_whole (double value)
{
  return fabs (value - round (value)) < 0.05;
}

/* Counts are shown whole; an average may fall between two whole numbers
 * and keeps one decimal. Money is whole too, and where the cell is short
 * of room (@compact) large amounts are shortened to thousands or
 * millions, so that 1024 pixels hold the grid; tooltips give them in
 * full. */
static char *
format_number (double      value,
               NumberStyle style,
               gboolean    compact)
{
  double size = fabs (value);

  if (style == NUMBER_AVERAGE && !is_whole (value))
    return g_strdup_printf ("%'.1f", value);

  if (style == NUMBER_MONEY && compact && size >= 1e6)
    /* Translators: an amount in millions, "1.2M", "250M". */
    return g_strdup_printf (size >= 1e8 || is_whole (value / 1e6) ? C_("millions", "%.0fM")
                                                                  : C_("millions", "%.1fM"),
                            value / 1e6);
  if (style == NUMBER_MONEY && compact && size >= 1e4)
    /* Translators: an amount in thousands, "40.7k", "250k". */
    return g_strdup_printf (size >= 1e5 || is_whole (value / 1e3) ? C_("thousands", "%.0fk")
                                                                  : C_("thousands", "%.1fk"),
                            value / 1e3);
  if (style == NUMBER_MONEY)
    return accord_money_format (value);

  return g_strdup_printf ("%'.0f", value);
}

/* Whole percents, rounded down, so that "100%" is never shown for a goal
 * just missed: the number and its colour agree. The small addition keeps
 * 0.29 × 100 = 28.999… at 29. */
static char *
format_percent (double ratio)
{
  /* Translators: a percentage, "87%". */
  return g_strdup_printf (C_("percent", "%.0f%%"), floor (ratio * 100 + 1e-9));
}

static char *
format_goal (double      goal,
             NumberStyle style)
{
  g_autofree char *number = NULL;

  if (isnan (goal))
    return NULL;

  number = format_number (goal, style, TRUE);
  if (style == NUMBER_AVERAGE)
    /* Translators: the goal of an average, beside it: "of 525 avg". */
    return g_strdup_printf (_("of %s avg"), number);

  /* Translators: the goal, beside the actual: "of 300". */
  return g_strdup_printf (_("of %s"), number);
}

static char *
format_change (double   change,
               gboolean so_far)
{
  g_autofree char *percent = NULL;
  const char *arrow;

  if (isnan (change))
    return g_strdup ("–");

  percent = g_strdup_printf (C_("percent", "%.0f%%"), round (fabs (change) * 100));
  arrow = change > 0 ? "↑" : change < 0 ? "↓" : "±";
  if (so_far)
    /* Translators: the change from the previous quarter while the quarter
     * runs: "↑ 12% so far". */
    return g_strdup_printf (_("%s %s so far"), arrow, percent);

  /* Translators: the change from the previous quarter: "↑ 12%". */
  return g_strdup_printf (C_("change", "%s %s"), arrow, percent);
}

/* The figure and the period: "Leads sourced, October 2026". */
static char *
format_name (AccordGoalCell *self,
             const char     *period)
{
  /* Translators: a cell of the goals grid for a screen reader, its
   * figure and its period: "Leads sourced, October 2026". */
  return g_strdup_printf (C_("goal cell", "%s, %s"), accord_quarter_row_get_title (self->row), period);
}

static NumberStyle
get_number_style (AccordGoalCell *self)
{
  if (accord_quarter_row_get_figure (self->row) == ACCORD_FIGURE_REVENUE)
    return NUMBER_MONEY;

  if (accord_quarter_row_is_average (self->row) &&
      (self->column == ACCORD_QUARTER_TOTAL || self->column == ACCORD_QUARTER_PREVIOUS))
    return NUMBER_AVERAGE;

  return NUMBER_COUNT;
}

/* Style classes change only when they must: each change restyles the
 * cell, and a grid has dozens. */
static void
set_class (GtkWidget  *widget,
           const char *name,
           gboolean    on)
{
  if (on != gtk_widget_has_css_class (widget, name))
    {
      if (on)
        gtk_widget_add_css_class (widget, name);
      else
        gtk_widget_remove_css_class (widget, name);
    }
}

static void
set_level (AccordGoalCell   *self,
           AccordAttainment  level,
           gboolean          future)
{
  for (guint i = 0; i < G_N_ELEMENTS (level_classes); i++)
    if (level_classes[i] != NULL)
      set_class (GTK_WIDGET (self->status_label), level_classes[i], i == level);
  set_class (GTK_WIDGET (self), "future", future);
}

static void
set_texts (AccordGoalCell *self,
           const char     *name,
           const char     *value,
           const char     *goal,
           const char     *status,
           const char     *tooltip)
{
  gtk_label_set_label (self->value_label, value);
  gtk_label_set_label (self->goal_label, goal != NULL ? goal : "");
  gtk_widget_set_visible (GTK_WIDGET (self->goal_label), goal != NULL);
  gtk_label_set_label (self->status_label, status);
  /* Given on demand (query_tooltip_cb ()): setting a tooltip on each of
   * the grid's cells, at each change of quarter, costs more than the rest
   * of the change. */
  g_free (self->tooltip);
  self->tooltip = g_strdup (tooltip);
  /* A screen reader names the cell by its row and column, as the eye
   * reads them off the grid's edges, and reads the tooltip's sentence,
   * which states the value and the goal. */
  if (name != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL);
  if (tooltip != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, tooltip, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

/* Issue 3: actual large, goal and attainment small; attainment coloured
 * (met, near, missed). A running period shows its pace and is judged
 * against it; one not begun is not judged. */
static void
update_period (AccordGoalCell *self)
{
  const AccordQuarterCell *cell = accord_quarter_row_get_cell (self->row, self->column);
  NumberStyle style = get_number_style (self);
  g_autofree char *actual = format_number (cell->actual, style, TRUE);
  g_autofree char *actual_full = format_number (cell->actual, style, FALSE);
  g_autofree char *goal = format_goal (cell->goal, style);
  g_autofree char *goal_full = isnan (cell->goal) ? NULL : format_number (cell->goal, style, FALSE);
  g_autofree char *period = self->column == ACCORD_QUARTER_TOTAL ? accord_quarter_format (cell->month)
                                                                 : accord_month_key_format_name (cell->month);
  g_autofree char *name = format_name (self, period);
  g_autofree char *status = NULL;
  g_autofree char *tooltip = NULL;

  if (cell->state == ACCORD_PERIOD_FUTURE)
    {
      status = g_strdup (_("not begun"));
      tooltip = goal_full != NULL ? g_strdup_printf (_("Not begun. Goal: %s."), goal_full)
                                  : g_strdup (_("Not begun. No goal is set."));
    }
  else if (isnan (cell->attainment))
    {
      status = g_strdup ("–");
      /* Translators: "10000. The agreement sets no goal for this figure." */
      tooltip = g_strdup_printf (_("%s. The agreement sets no goal for this figure."), actual_full);
    }
  else if (cell->state == ACCORD_PERIOD_RUNNING)
    {
      /* A pace is a target, not a count: whole, even for an average. */
      NumberStyle pace_style = style == NUMBER_AVERAGE ? NUMBER_COUNT : style;
      g_autofree char *pace = format_number (cell->pace, pace_style, TRUE);
      g_autofree char *pace_full = format_number (cell->pace, pace_style, FALSE);
      g_autofree char *of_goal = format_percent (cell->attainment);

      if (isnan (cell->pace_attainment))
        /* Translators: the pace of a running month, "pace 239". */
        status = g_strdup_printf (_("pace %s"), pace);
      else
        {
          g_autofree char *of_pace = format_percent (cell->pace_attainment);

          /* Translators: attainment against the pace of a running
           * month: "78% of pace 239". */
          status = g_strdup_printf (_("%s of pace %s"), of_pace, pace);
        }
      /* Translators: "Running. By now the goal of 300 asks for 239; 186 so
       * far, 62% of the goal." */
      tooltip = g_strdup_printf (_("Running. By now the goal of %s asks for %s; %s so far, %s of the goal."),
                                 goal_full, pace_full, actual_full, of_goal);
    }
  else
    {
      status = format_percent (cell->attainment);
      /* Translators: "286 of a goal of 300: 95%." */
      tooltip = g_strdup_printf (_("%s of a goal of %s: %s."), actual_full, goal_full, status);
    }

  set_texts (self, name, actual, goal, status, tooltip);
  /* A month not begun is shown, dimmed: its goal is known, and a pool
   * may already hold leads for it. */
  set_level (self, cell->level, cell->state == ACCORD_PERIOD_FUTURE);
}

/* The previous quarter: its total and goal, and how this quarter compares
 * (so far, while it runs). */
static void
update_previous (AccordGoalCell *self)
{
  const AccordQuarterCell *cell = accord_quarter_row_get_cell (self->row, ACCORD_QUARTER_PREVIOUS);
  const AccordQuarterCell *total = accord_quarter_row_get_cell (self->row, ACCORD_QUARTER_TOTAL);
  NumberStyle style = get_number_style (self);
  gboolean so_far = total->state == ACCORD_PERIOD_RUNNING;
  g_autofree char *actual = format_number (cell->actual, style, TRUE);
  g_autofree char *actual_full = format_number (cell->actual, style, FALSE);
  g_autofree char *current_full = format_number (total->actual, style, FALSE);
  g_autofree char *goal = format_goal (cell->goal, style);
  g_autofree char *status = format_change (accord_quarter_row_get_change (self->row), so_far);
  g_autofree char *previous_name = accord_quarter_format (cell->month);
  g_autofree char *current_name = accord_quarter_format (total->month);
  g_autofree char *name = format_name (self, previous_name);
  g_autofree char *tooltip = NULL;

  if (so_far)
    /* Translators: "Q3 2024: 5. Q4 2024 so far: 3 (↓ 40% so far)." */
    tooltip = g_strdup_printf (_("%s: %s. %s so far: %s (%s)."), previous_name, actual_full, current_name,
                               current_full, status);
  else
    /* Translators: "Q3 2024: 5. Q4 2024: 3 (↓ 40%)." */
    tooltip = g_strdup_printf (_("%s: %s. %s: %s (%s)."), previous_name, actual_full, current_name,
                               current_full, status);

  set_texts (self, name, actual, goal, status, tooltip);
  set_level (self, ACCORD_ATTAINMENT_NONE, FALSE);
}

static void
update (AccordGoalCell *self)
{
  if (self->row == NULL)
    {
      set_texts (self, NULL, "", NULL, "", NULL);
      set_level (self, ACCORD_ATTAINMENT_NONE, FALSE);
    }
  else if (self->column == ACCORD_QUARTER_PREVIOUS)
    update_previous (self);
  else
    update_period (self);
}

static void
accord_goal_cell_dispose (GObject *object)
{
  AccordGoalCell *self = ACCORD_GOAL_CELL (object);

  if (self->row != NULL)
    g_signal_handlers_disconnect_by_func (self->row, update, self);
  g_clear_object (&self->row);
  g_clear_pointer (&self->tooltip, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), ACCORD_TYPE_GOAL_CELL);

  G_OBJECT_CLASS (accord_goal_cell_parent_class)->dispose (object);
}

static void
accord_goal_cell_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  AccordGoalCell *self = ACCORD_GOAL_CELL (object);

  switch (prop_id)
    {
    case PROP_ROW:
      g_value_set_object (value, self->row);
      break;

    case PROP_COLUMN:
      g_value_set_enum (value, self->column);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_goal_cell_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  AccordGoalCell *self = ACCORD_GOAL_CELL (object);

  switch (prop_id)
    {
    case PROP_ROW:
      accord_goal_cell_set_row (self, g_value_get_object (value));
      break;

    case PROP_COLUMN:
      accord_goal_cell_set_column (self, g_value_get_enum (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_goal_cell_class_init (AccordGoalCellClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = accord_goal_cell_dispose;
  object_class->get_property = accord_goal_cell_get_property;
  object_class->set_property = accord_goal_cell_set_property;

  properties[PROP_ROW] =
    g_param_spec_object ("row", NULL, NULL, ACCORD_TYPE_QUARTER_ROW,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COLUMN] =
    g_param_spec_enum ("column", NULL, NULL, ACCORD_TYPE_QUARTER_COLUMN, ACCORD_QUARTER_MONTH_1,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/smarketing/Accord/accord-goal-cell.ui");
  gtk_widget_class_bind_template_child (widget_class, AccordGoalCell, value_label);
  gtk_widget_class_bind_template_child (widget_class, AccordGoalCell, goal_label);
  gtk_widget_class_bind_template_child (widget_class, AccordGoalCell, status_label);
  gtk_widget_class_set_css_name (widget_class, "goalcell");
  /* A named group, so that screen readers read its name. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static gboolean
query_tooltip_cb (AccordGoalCell *self,
                  int             x,
                  int             y,
                  gboolean        keyboard_mode,
                  GtkTooltip     *tooltip)
{
  if (self->tooltip == NULL)
    return FALSE;

  gtk_tooltip_set_text (tooltip, accord_goal_cell_get_tooltip (self));
  return TRUE;
}

static void
accord_goal_cell_init (AccordGoalCell *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), NULL);
}

/**
 * accord_goal_cell_new:
 * @column: the grid's column the cell shows
 *
 * Returns: (transfer floating): a cell showing no row yet
 */
GtkWidget *
accord_goal_cell_new (AccordQuarterColumn column)
{
  return g_object_new (ACCORD_TYPE_GOAL_CELL, "column", column, NULL);
}

/**
 * accord_goal_cell_get_row:
 *
 * Returns: (transfer none) (nullable): the row shown
 */
AccordQuarterRow *
accord_goal_cell_get_row (AccordGoalCell *self)
{
  g_return_val_if_fail (ACCORD_IS_GOAL_CELL (self), NULL);
  return self->row;
}

void
accord_goal_cell_set_row (AccordGoalCell   *self,
                          AccordQuarterRow *row)
{
  g_return_if_fail (ACCORD_IS_GOAL_CELL (self));
  g_return_if_fail (row == NULL || ACCORD_IS_QUARTER_ROW (row));

  if (self->row == row)
    return;

  if (self->row != NULL)
    g_signal_handlers_disconnect_by_func (self->row, update, self);
  g_set_object (&self->row, row);
  /* The grid keeps its rows from quarter to quarter; they say when their
   * figures change. */
  if (row != NULL)
    g_signal_connect_swapped (row, "changed", G_CALLBACK (update), self);

  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROW]);
}

AccordQuarterColumn
accord_goal_cell_get_column (AccordGoalCell *self)
{
  g_return_val_if_fail (ACCORD_IS_GOAL_CELL (self), ACCORD_QUARTER_MONTH_1);
  return self->column;
}

void
accord_goal_cell_set_column (AccordGoalCell      *self,
                             AccordQuarterColumn  column)
{
  g_return_if_fail (ACCORD_IS_GOAL_CELL (self));
  g_return_if_fail (column < ACCORD_QUARTER_N_COLUMNS);

  if (self->column == column)
    return;

  self->column = column;
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLUMN]);
}

/**
 * accord_goal_cell_get_tooltip:
 *
 * Returns: (nullable): what the cell's tooltip says, in words
 */
const char *
accord_goal_cell_get_tooltip (AccordGoalCell *self)
{
  g_return_val_if_fail (ACCORD_IS_GOAL_CELL (self), NULL);
  return self->tooltip;
}
