/* accord-quarter.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-quarter"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "accord-metrics.h"
#include "accord-quarter.h"
#include "accord-zone.h"

struct _AccordQuarter
{
  GObject    parent_instance;

  GPtrArray *rows;         /* AccordQuarterRow */
  int        first_month;  /* -1: no quarter */
};

enum {
  PROP_0,
  PROP_FIRST_MONTH,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GType
accord_quarter_get_item_type (GListModel *model)
{
  return ACCORD_TYPE_QUARTER_ROW;
}

static guint
accord_quarter_get_n_items (GListModel *model)
{
  AccordQuarter *self = ACCORD_QUARTER (model);

  return self->rows->len;
}

static gpointer
accord_quarter_get_item (GListModel *model,
                         guint       position)
{
  AccordQuarter *self = ACCORD_QUARTER (model);

  if (position >= self->rows->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->rows, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = accord_quarter_get_item_type;
  iface->get_n_items = accord_quarter_get_n_items;
  iface->get_item = accord_quarter_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (AccordQuarter, accord_quarter, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static void
accord_quarter_finalize (GObject *object)
{
  AccordQuarter *self = ACCORD_QUARTER (object);

  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (accord_quarter_parent_class)->finalize (object);
}

static void
accord_quarter_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  AccordQuarter *self = ACCORD_QUARTER (object);

  switch (prop_id)
    {
    case PROP_FIRST_MONTH:
      g_value_set_int (value, self->first_month);
      break;

    case PROP_N_ITEMS:
      g_value_set_uint (value, self->rows->len);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_quarter_class_init (AccordQuarterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = accord_quarter_finalize;
  object_class->get_property = accord_quarter_get_property;

  /**
   * AccordQuarter:first-month:
   *
   * The month key of the quarter's first month; -1 while there is no
   * quarter.
   */
  properties[PROP_FIRST_MONTH] =
    g_param_spec_int ("first-month", NULL, NULL, -1, G_MAXINT, -1,
                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
accord_quarter_init (AccordQuarter *self)
{
  self->rows = g_ptr_array_new_with_free_func (g_object_unref);
  self->first_month = -1;
}

/**
 * accord_quarter_new:
 *
 * Returns: (transfer full): an empty grid; fill it with accord_quarter_update()
 */
AccordQuarter *
accord_quarter_new (void)
{
  return g_object_new (ACCORD_TYPE_QUARTER, NULL);
}

static double
divide (double numerator,
        double denominator)
{
  return isnan (denominator) || denominator == 0 ? NAN : numerator / denominator;
}

/* Issue 3: a period gone by is judged by its attainment, a running one by
 * its pace (else every running month would look missed), one not begun
 * not at all. */
static void
finish_cell (AccordQuarterCell *cell)
{
  cell->attainment = divide (cell->actual, cell->goal);
  cell->pace_attainment = divide (cell->actual, cell->pace);

  switch (cell->state)
    {
    case ACCORD_PERIOD_PAST:
      cell->level = accord_attainment_for_ratio (cell->attainment);
      break;

    case ACCORD_PERIOD_RUNNING:
      cell->level = accord_attainment_for_ratio (cell->pace_attainment);
      break;

    case ACCORD_PERIOD_FUTURE:
    default:
      cell->level = ACCORD_ATTAINMENT_NONE;
      break;
    }
}

static AccordPeriodState
get_month_state (const AccordMonthFigures *month)
{
  if (month->running)
    return ACCORD_PERIOD_RUNNING;

  return month->elapsed > 0 ? ACCORD_PERIOD_PAST : ACCORD_PERIOD_FUTURE;
}

static void
fill_month_cell (AccordQuarterCell        *cell,
                 const AccordMonthFigures *month,
                 AccordFigure              figure)
{
  cell->month = month->month;
  cell->state = get_month_state (month);
  cell->actual = month->actual[figure];
  cell->goal = month->goal[figure];
  cell->pace = month->pace[figure];
  finish_cell (cell);
}

/* The quarter of @months (three entries of the month grid).
 *
 * Flows (every figure but MQLs managed) add up: the quarter's actual, goal
 * and pace are the sums of its months'. A month's pace is its goal once
 * gone by, goal × elapsed while running and 0 before it begins, so their
 * sum is what the quarter's goal asks for by "now".
 *
 * MQLs managed is a pool, not a flow: a lead in the pool for three months
 * is counted in each, so a sum would count it three times. Its quarter
 * figures are the average of its months' actual, goal and pace, over the
 * months that have begun (all three when none has): months not begun have
 * no pool yet and would pull the average of a running quarter down. */
static void
fill_quarter_cell (AccordQuarterCell        *cell,
                   const AccordMonthFigures *months,
                   AccordFigure              figure)
{
  guint n_begun = 0, n_past = 0, n_used = 0;
  gboolean begun_only;

  for (guint i = 0; i < ACCORD_QUARTER_N_MONTHS; i++)
    {
      AccordPeriodState state = get_month_state (&months[i]);

      n_begun += state != ACCORD_PERIOD_FUTURE;
      n_past += state == ACCORD_PERIOD_PAST;
    }

  cell->month = months[0].month;
  if (n_past == ACCORD_QUARTER_N_MONTHS)
    cell->state = ACCORD_PERIOD_PAST;
  else if (n_begun == 0)
    cell->state = ACCORD_PERIOD_FUTURE;
  else
    cell->state = ACCORD_PERIOD_RUNNING;

  cell->actual = 0;
  cell->goal = 0;
  cell->pace = 0;
  begun_only = figure == ACCORD_FIGURE_MQLS_MANAGED && n_begun > 0;
  for (guint i = 0; i < ACCORD_QUARTER_N_MONTHS; i++)
    {
      if (begun_only && get_month_state (&months[i]) == ACCORD_PERIOD_FUTURE)
        continue;

      /* A month without a goal leaves the quarter without one: NAN adds up
       * to NAN. */
      cell->actual += months[i].actual[figure];
      cell->goal += months[i].goal[figure];
      cell->pace += months[i].pace[figure];
      n_used++;
    }

  if (figure == ACCORD_FIGURE_MQLS_MANAGED)
    {
      cell->actual /= n_used;
      cell->goal /= n_used;
      cell->pace /= n_used;
    }

  finish_cell (cell);
}

static void
set_first_month (AccordQuarter *self,
                 int            first_month)
{
  if (first_month == self->first_month)
    return;

  self->first_month = first_month;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIRST_MONTH]);
}

static void
replace_rows (AccordQuarter *self,
              GPtrArray     *rows,
              int            first_month)
{
  guint removed = self->rows->len;

  g_ptr_array_unref (self->rows);
  self->rows = g_ptr_array_ref (rows);
  g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, rows->len);
  if (removed != rows->len)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);

  set_first_month (self, first_month);
}

/**
 * accord_quarter_update:
 * @store: the leads
 * @agreement: the goals and what the figures depend on
 * @time_zone: (nullable): the zone of the calendar months; %NULL for UTC
 * @month_key: a month of the quarter to show
 * @now: the present moment, or %ACCORD_TIME_NONE when no month is running
 *
 * Computes the grid of the calendar quarter holding @month_key from
 * accord_metrics_month_grid() over that quarter and the one before: one
 * row per figure, in #AccordFigure order, each with the quarter's three
 * months, its total and the previous quarter's total, and replaces every
 * row. A quarter's total adds up its months; MQLs managed, a pool, takes
 * their average instead (see #AccordQuarterRow:average).
 */
void
accord_quarter_update (AccordQuarter   *self,
                       AccordLeadStore *store,
                       AccordAgreement *agreement,
                       GTimeZone       *time_zone,
                       int              month_key,
                       gint64           now)
{
  g_autoptr(GArray) grid = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  const AccordMonthFigures *months;
  int first_month;
  gboolean reuse;

  g_return_if_fail (ACCORD_IS_QUARTER (self));
  g_return_if_fail (ACCORD_IS_LEAD_STORE (store));
  g_return_if_fail (ACCORD_IS_AGREEMENT (agreement));

  first_month = accord_quarter_start_of (month_key);
  grid = accord_metrics_month_grid (store, agreement, time_zone,
                                    first_month - ACCORD_QUARTER_N_MONTHS,
                                    first_month + ACCORD_QUARTER_N_MONTHS - 1, now);
  /* A quarter at the ends of the calendar the zone can compute. */
  if (grid->len != 2 * ACCORD_QUARTER_N_MONTHS)
    {
      accord_quarter_clear (self);
      return;
    }

  months = &g_array_index (grid, AccordMonthFigures, 0);
  rows = g_ptr_array_new_full (ACCORD_N_FIGURES, g_object_unref);
  /* The rows stay, with new figures: a grid over them keeps its cells,
   * which are costly to make again. */
  reuse = self->rows->len == ACCORD_N_FIGURES;
  for (guint f = 0; f < ACCORD_N_FIGURES; f++)
    {
      AccordQuarterCell cells[ACCORD_QUARTER_N_COLUMNS] = { 0 };
      const AccordQuarterCell *total = &cells[ACCORD_QUARTER_TOTAL];
      const AccordQuarterCell *previous = &cells[ACCORD_QUARTER_PREVIOUS];
      double change;

      for (guint i = 0; i < ACCORD_QUARTER_N_MONTHS; i++)
        fill_month_cell (&cells[ACCORD_QUARTER_MONTH_1 + i], &months[ACCORD_QUARTER_N_MONTHS + i], f);
      fill_quarter_cell (&cells[ACCORD_QUARTER_TOTAL], &months[ACCORD_QUARTER_N_MONTHS], f);
      fill_quarter_cell (&cells[ACCORD_QUARTER_PREVIOUS], &months[0], f);

      change = divide (total->actual - previous->actual, previous->actual);
      if (reuse)
        accord_quarter_row_set_cells (g_ptr_array_index (self->rows, f), cells, change);
      else
        g_ptr_array_add (rows, accord_quarter_row_new (f, cells, change));
    }

  if (reuse)
    set_first_month (self, first_month);
  else
    replace_rows (self, rows, first_month);
}

/**
 * accord_quarter_clear:
 *
 * Removes every row: there is no quarter to show.
 */
void
accord_quarter_clear (AccordQuarter *self)
{
  g_autoptr(GPtrArray) rows = NULL;

  g_return_if_fail (ACCORD_IS_QUARTER (self));

  if (self->rows->len == 0 && self->first_month == -1)
    return;

  rows = g_ptr_array_new_with_free_func (g_object_unref);
  replace_rows (self, rows, -1);
}

/**
 * accord_quarter_get_first_month:
 *
 * Returns: the month key of the quarter's first month, or -1 when there
 *   is no quarter
 */
int
accord_quarter_get_first_month (AccordQuarter *self)
{
  g_return_val_if_fail (ACCORD_IS_QUARTER (self), -1);
  return self->first_month;
}

/**
 * accord_quarter_start_of:
 * @month_key: a month key (see ACCORD_MONTH_KEY())
 *
 * Returns: the month key of the first month of the calendar quarter
 *   holding @month_key: January, April, July or October
 */
int
accord_quarter_start_of (int month_key)
{
  /* Month keys count from January of year 0, so quarters start at the
   * multiples of 3; the modulo is kept positive for keys below 0. */
  return month_key - ((month_key % ACCORD_QUARTER_N_MONTHS) + ACCORD_QUARTER_N_MONTHS) %
                     ACCORD_QUARTER_N_MONTHS;
}

/**
 * accord_quarter_format:
 * @month_key: a month of the quarter
 *
 * Returns: (transfer full): the quarter's name, translated: "Q3 2024"
 */
char *
accord_quarter_format (int month_key)
{
  int first_month = accord_quarter_start_of (month_key);

  /* Translators: a calendar quarter, its number (1–4) and year: "Q3 2024". */
  return g_strdup_printf (_("Q%d %d"),
                          (ACCORD_MONTH_KEY_MONTH (first_month) - 1) / ACCORD_QUARTER_N_MONTHS + 1,
                          ACCORD_MONTH_KEY_YEAR (first_month));
}
