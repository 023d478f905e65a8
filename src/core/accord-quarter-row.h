/* accord-quarter-row.h: one figure of a quarter's goal-versus-actual grid
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "accord-types.h"

G_BEGIN_DECLS

/* The columns of the grid: the quarter's three months, its total and the
 * previous quarter's total. */
typedef enum
{
  ACCORD_QUARTER_MONTH_1,
  ACCORD_QUARTER_MONTH_2,
  ACCORD_QUARTER_MONTH_3,
  ACCORD_QUARTER_TOTAL,
  ACCORD_QUARTER_PREVIOUS,
  ACCORD_QUARTER_N_COLUMNS
} AccordQuarterColumn;

/* How far a period (a month or a quarter) has got by "now". */
typedef enum
{
  ACCORD_PERIOD_PAST,     /* wholly gone by */
  ACCORD_PERIOD_RUNNING,  /* holds "now" */
  ACCORD_PERIOD_FUTURE,   /* not begun */
} AccordPeriodState;

/* The colour class of an attainment (issue 3): met at 100 % or more, near
 * from 80 %, missed below. A running period is judged against its pace. */
typedef enum
{
  ACCORD_ATTAINMENT_NONE,    /* no goal (or a goal of 0), or not begun */
  ACCORD_ATTAINMENT_MISSED,
  ACCORD_ATTAINMENT_NEAR,
  ACCORD_ATTAINMENT_MET,
} AccordAttainment;

/* One cell of the grid. For a month these are the month grid's numbers
 * (DESIGN §3); for a quarter see accord_quarter_update(). */
typedef struct
{
  int               month;            /* month key of the period's first month */
  AccordPeriodState state;
  double            actual;
  double            goal;             /* NAN: no goal */
  double            attainment;       /* actual / goal; NAN without a goal */
  double            pace;             /* what the goal asks for by "now": the goal once gone
                                       * by, goal × elapsed while running, 0 before; NAN
                                       * without a goal */
  double            pace_attainment;  /* actual / pace; NAN without a goal or a pace */
  AccordAttainment  level;
} AccordQuarterCell;

#define ACCORD_TYPE_QUARTER_COLUMN (accord_quarter_column_get_type ())

GType accord_quarter_column_get_type (void) G_GNUC_CONST;

#define ACCORD_TYPE_QUARTER_ROW (accord_quarter_row_get_type ())

G_DECLARE_FINAL_TYPE (AccordQuarterRow, accord_quarter_row, ACCORD, QUARTER_ROW, GObject)

AccordQuarterRow        *accord_quarter_row_new             (AccordFigure              figure,
                                                             const AccordQuarterCell  *cells,
                                                             double                    change);
void                     accord_quarter_row_set_cells       (AccordQuarterRow         *self,
                                                             const AccordQuarterCell  *cells,
                                                             double                    change);
AccordFigure             accord_quarter_row_get_figure      (AccordQuarterRow         *self);
const char              *accord_quarter_row_get_title       (AccordQuarterRow         *self);
const char              *accord_quarter_row_get_description (AccordQuarterRow         *self);
gboolean                 accord_quarter_row_is_average      (AccordQuarterRow         *self);
const AccordQuarterCell *accord_quarter_row_get_cell        (AccordQuarterRow         *self,
                                                             AccordQuarterColumn       column);
double                   accord_quarter_row_get_change      (AccordQuarterRow         *self);

const char              *accord_figure_get_title            (AccordFigure              figure);
AccordAttainment         accord_attainment_for_ratio        (double                    ratio);

G_END_DECLS
