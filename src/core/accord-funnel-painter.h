/* accord-funnel-painter.h: the funnel chart of DESIGN §3, laid out and
 * painted with cairo and pango, for the window, the PDF pack and tests
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>
#include <pango/pango.h>

#include "accord-chart-color.h"
#include "accord-metrics.h"
#include "accord-types.h"

G_BEGIN_DECLS

typedef struct
{
  AccordChartColor bar;         /* the period's bars */
  AccordChartColor comparison;  /* the comparison period's bars */
  AccordChartColor goal;        /* the goal marks */
  AccordChartColor text;
  AccordChartColor dim_text;    /* secondary text: goals, rates, the comparison's counts */
  AccordChartColor background;  /* behind everything; alpha 0 paints none */
} AccordFunnelPalette;

/* The texts the caller chooses; every one may be NULL. */
typedef struct
{
  const char *title;                    /* above the chart */
  const char *current;                  /* the period's name in the legend */
  const char *comparison;               /* the comparison period's name in the legend */
  const char *stages[ACCORD_N_STAGES];  /* NULL: accord_funnel_stage_get_title() */
} AccordFunnelLabels;

/* One piece of text, with the rectangle it is drawn in: it never leaves it
 * (a text too long is ellipsized). A NULL text, or a rectangle of no width,
 * draws nothing. */
typedef struct
{
  char              *text;
  cairo_rectangle_t  rect;
  double             scale;      /* of the base font's size */
  gboolean           bold;
  gboolean           dim;
  PangoAlignment     alignment;
} AccordFunnelText;

typedef enum
{
  ACCORD_FUNNEL_LEGEND_CURRENT,
  ACCORD_FUNNEL_LEGEND_COMPARISON,
  ACCORD_FUNNEL_LEGEND_GOAL,
  ACCORD_FUNNEL_N_LEGENDS
} AccordFunnelLegend;

typedef struct
{
  cairo_rectangle_t  row;             /* the stage's band, its hit region */
  cairo_rectangle_t  bar;             /* width ∝ count */
  cairo_rectangle_t  comparison_bar;  /* of no size without a comparison */
  gboolean           has_goal;
  gboolean           goal_off_scale;  /* beyond the longest bar: marked at the end of the track */
  double             goal_x;
  double             goal_top;
  double             goal_bottom;
  AccordFunnelText   name;
  AccordFunnelText   note;            /* under the name: the goal; compact, the conversion */
  AccordFunnelText   count;
  AccordFunnelText   comparison_count;
  AccordFunnelText   from_previous;
  AccordFunnelText   from_first;
  AccordFunnelText   drop_off;
} AccordFunnelStageLayout;

/* Everything a funnel chart draws, and where; read-only. */
typedef struct
{
  double                   width;
  double                   height;
  PangoFontDescription    *font;         /* the base font */
  double                   resolution;   /* of the context the texts were measured in */
  double                   line_height;  /* of the base font at the chart's text scale */
  double                   max_value;    /* the count a bar of the whole track stands for */
  double                   track_x;      /* where the bars begin */
  double                   track_width;  /* the length of a bar of max_value */
  gboolean                 compact;      /* too narrow for the column of rates: see note */
  AccordFunnelText         title;
  cairo_rectangle_t        legend_swatches[ACCORD_FUNNEL_N_LEGENDS];
  AccordFunnelText         legend_texts[ACCORD_FUNNEL_N_LEGENDS];
  AccordFunnelStageLayout  stages[ACCORD_N_STAGES];
} AccordFunnelLayout;

const char         *accord_funnel_stage_get_title   (AccordStage                stage);

AccordFunnelLayout *accord_funnel_layout_new        (PangoContext              *context,
                                                     const AccordFunnel        *funnel,
                                                     const AccordFunnel        *comparison,
                                                     const AccordFunnelLabels  *labels,
                                                     double                     width,
                                                     double                     height);
void                accord_funnel_layout_free       (AccordFunnelLayout        *layout);
int                 accord_funnel_layout_hit        (const AccordFunnelLayout  *layout,
                                                     double                     x,
                                                     double                     y);

void                accord_funnel_paint             (cairo_t                   *cr,
                                                     const AccordFunnelLayout  *layout,
                                                     const AccordFunnelPalette *palette);

char               *accord_funnel_describe          (const AccordFunnel        *funnel,
                                                     const AccordFunnel        *comparison,
                                                     const AccordFunnelLabels  *labels);
char               *accord_funnel_describe_stage    (const AccordFunnel        *funnel,
                                                     const AccordFunnel        *comparison,
                                                     const AccordFunnelLabels  *labels,
                                                     AccordStage                stage);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AccordFunnelLayout, accord_funnel_layout_free)

G_END_DECLS
