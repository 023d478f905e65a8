/* accord-quarter-row.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-quarter-row"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "accord-quarter-row.h"

/* Issue 3: met at 100 % or more, near from 80 %, missed below. */
#define ATTAINMENT_NEAR 0.8

struct _AccordQuarterRow
{
  GObject           parent_instance;

  AccordFigure      figure;
  AccordQuarterCell cells[ACCORD_QUARTER_N_COLUMNS];
  double            change;
};

enum {
  PROP_0,
  PROP_FIGURE,
  PROP_TITLE,
  PROP_DESCRIPTION,
  PROP_AVERAGE,
  PROP_CHANGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_ENUM_TYPE (AccordQuarterColumn, accord_quarter_column,
                    G_DEFINE_ENUM_VALUE (ACCORD_QUARTER_MONTH_1, "month-1"),
                    G_DEFINE_ENUM_VALUE (ACCORD_QUARTER_MONTH_2, "month-2"),
                    G_DEFINE_ENUM_VALUE (ACCORD_QUARTER_MONTH_3, "month-3"),
                    G_DEFINE_ENUM_VALUE (ACCORD_QUARTER_TOTAL, "total"),
                    G_DEFINE_ENUM_VALUE (ACCORD_QUARTER_PREVIOUS, "previous"))

G_DEFINE_FINAL_TYPE (AccordQuarterRow, accord_quarter_row, G_TYPE_OBJECT)

/* The rows' names, as a new user reads them (DESIGN §3). */
static const char * const titles[ACCORD_N_FIGURES] = {
  N_("Leads sourced"),
  N_("Qualified leads"),
  N_("MQLs created"),
  N_("MQLs managed"),
  N_("SQLs created"),
  N_("Opportunities"),
  N_("Customers"),
  N_("Revenue"),
};

static const char * const descriptions[ACCORD_N_FIGURES] = {
  N_("Leads created"),
  N_("Passing the Quick Test"),
  N_("Leads that became MQLs"),
  N_("MQLs in the pool"),
  N_("Leads that became SQLs"),
  N_("New opportunities"),
  N_("Deals won"),
  N_("Value of the deals won"),
};

static void
accord_quarter_row_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  AccordQuarterRow *self = ACCORD_QUARTER_ROW (object);

  switch (prop_id)
    {
    case PROP_FIGURE:
      g_value_set_uint (value, self->figure);
      break;

    case PROP_TITLE:
      g_value_set_string (value, accord_quarter_row_get_title (self));
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, accord_quarter_row_get_description (self));
      break;

    case PROP_AVERAGE:
      g_value_set_boolean (value, accord_quarter_row_is_average (self));
      break;

    case PROP_CHANGE:
      g_value_set_double (value, self->change);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_quarter_row_class_init (AccordQuarterRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = accord_quarter_row_get_property;

  properties[PROP_FIGURE] =
    g_param_spec_uint ("figure", NULL, NULL, 0, ACCORD_N_FIGURES - 1, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /**
   * AccordQuarterRow:average:
   *
   * %TRUE for MQLs managed: a pool, not a flow, whose quarter figures are
   * the average of its months' (see accord_quarter_update()).
   */
  properties[PROP_AVERAGE] =
    g_param_spec_boolean ("average", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /**
   * AccordQuarterRow:change:
   *
   * The quarter's actual against the previous quarter's, as a fraction:
   * 0.25 is 25 % more. NAN when the previous quarter had none.
   */
  properties[PROP_CHANGE] =
    g_param_spec_double ("change", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * AccordQuarterRow::changed:
   *
   * The row's cells hold another quarter's figures.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
accord_quarter_row_init (AccordQuarterRow *self)
{
}

/**
 * accord_quarter_row_new:
 * @figure: the figure of the row
 * @cells: (array fixed-size=5): the row's cells, in #AccordQuarterColumn order
 * @change: the quarter's actual against the previous quarter's (a fraction), or NAN
 *
 * Returns: (transfer full): a row of the grid
 */
AccordQuarterRow *
accord_quarter_row_new (AccordFigure             figure,
                        const AccordQuarterCell *cells,
                        double                   change)
{
  AccordQuarterRow *self;

  g_return_val_if_fail (figure < ACCORD_N_FIGURES, NULL);
  g_return_val_if_fail (cells != NULL, NULL);

  self = g_object_new (ACCORD_TYPE_QUARTER_ROW, NULL);
  self->figure = figure;
  for (guint i = 0; i < ACCORD_QUARTER_N_COLUMNS; i++)
    self->cells[i] = cells[i];
  self->change = change;

  return self;
}

/**
 * accord_quarter_row_set_cells:
 *
 * Gives the row another quarter's figures, and emits
 * #AccordQuarterRow::changed: a grid keeps its rows, and its cells, from
 * one quarter to the next.
 */
void
accord_quarter_row_set_cells (AccordQuarterRow        *self,
                              const AccordQuarterCell *cells,
                              double                   change)
{
  g_return_if_fail (ACCORD_IS_QUARTER_ROW (self));
  g_return_if_fail (cells != NULL);

  for (guint i = 0; i < ACCORD_QUARTER_N_COLUMNS; i++)
    self->cells[i] = cells[i];
  self->change = change;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHANGE]);
  g_signal_emit (self, signals[CHANGED], 0);
}

AccordFigure
accord_quarter_row_get_figure (AccordQuarterRow *self)
{
  g_return_val_if_fail (ACCORD_IS_QUARTER_ROW (self), ACCORD_FIGURE_LEADS_SOURCED);
  return self->figure;
}

/**
 * accord_quarter_row_get_title:
 *
 * Returns: (transfer none): the figure's name, translated: "Leads sourced"
 */
const char *
accord_quarter_row_get_title (AccordQuarterRow *self)
{
  g_return_val_if_fail (ACCORD_IS_QUARTER_ROW (self), NULL);
  return accord_figure_get_title (self->figure);
}

/**
 * accord_figure_get_title:
 * @figure: a figure of the month grid
 *
 * Returns: (transfer none): the figure's name as the grid writes it,
 *   translated: "Leads sourced"
 */
const char *
accord_figure_get_title (AccordFigure figure)
{
  g_return_val_if_fail (figure < ACCORD_N_FIGURES, NULL);
  return _(titles[figure]);
}

/**
 * accord_quarter_row_get_description:
 *
 * Returns: (transfer none): what the figure counts, in a few words, translated
 */
const char *
accord_quarter_row_get_description (AccordQuarterRow *self)
{
  g_return_val_if_fail (ACCORD_IS_QUARTER_ROW (self), NULL);
  return _(descriptions[self->figure]);
}

gboolean
accord_quarter_row_is_average (AccordQuarterRow *self)
{
  g_return_val_if_fail (ACCORD_IS_QUARTER_ROW (self), FALSE);
  return self->figure == ACCORD_FIGURE_MQLS_MANAGED;
}

/**
 * accord_quarter_row_get_cell:
 * @column: a column of the grid
 *
 * Returns: (transfer none): the cell, owned by the row
 */
const AccordQuarterCell *
accord_quarter_row_get_cell (AccordQuarterRow    *self,
                             AccordQuarterColumn  column)
{
  g_return_val_if_fail (ACCORD_IS_QUARTER_ROW (self), NULL);
  g_return_val_if_fail (column < ACCORD_QUARTER_N_COLUMNS, NULL);
  return &self->cells[column];
}

/**
 * accord_quarter_row_get_change:
 *
 * Returns: the quarter's actual against the previous quarter's, as a
 *   fraction (0.25 is 25 % more, -0.5 half as many); NAN when the previous
 *   quarter had none
 */
double
accord_quarter_row_get_change (AccordQuarterRow *self)
{
  g_return_val_if_fail (ACCORD_IS_QUARTER_ROW (self), NAN);
  return self->change;
}

/**
 * accord_attainment_for_ratio:
 * @ratio: actual / goal, or actual / pace for a running period; NAN for none
 *
 * Returns: met from 1, near from 0.8, missed below; none for NAN
 */
AccordAttainment
accord_attainment_for_ratio (double ratio)
{
  if (isnan (ratio))
    return ACCORD_ATTAINMENT_NONE;
  if (ratio >= 1)
    return ACCORD_ATTAINMENT_MET;
  if (ratio >= ATTAINMENT_NEAR)
    return ACCORD_ATTAINMENT_NEAR;
  return ACCORD_ATTAINMENT_MISSED;
}
