/* accord-trend-painter.h: a figure's values by quarter with its
 * least-squares trend, a small line chart laid out and painted with cairo
 * and pango (DESIGN §4 "SLA calculator"; STYLE.md "Charts")
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>
#include <pango/pango.h>

#include "accord-bullet-painter.h"
#include "accord-chart-color.h"

G_BEGIN_DECLS

/* The colours come from whoever draws: the widget's style, or a PDF's. */
typedef struct
{
  AccordChartColor line;        /* the values: points and the line joining them */
  AccordChartColor trend;       /* the dashed least-squares line */
  AccordChartColor baseline;    /* the plot's 0 */
  AccordChartColor text;        /* the last value's label */
  AccordChartColor background;  /* behind everything; alpha 0 paints none */
} AccordTrendPalette;

/* Everything is this far from the chart's edges, and the label from the
 * plot, in the units of the cairo context. */
#define ACCORD_TREND_MARGIN 4.0
#define ACCORD_TREND_GAP    6.0
/* The scale's top is the largest value times this: the highest point
 * stands at four fifths of the plot. */
#define ACCORD_TREND_HEADROOM 1.25

typedef struct
{
  double   x;
  double   y;
  gboolean defined;  /* FALSE for a NAN value: no point is drawn */
} AccordTrendPoint;

/* Everything the chart draws, and where; read-only. */
typedef struct
{
  double                width;
  double                height;
  PangoFontDescription *font;          /* the base font */
  double                resolution;    /* of the context the label was measured in */
  double                scale_max;     /* the value at the plot's top */
  cairo_rectangle_t     plot;          /* its bottom is 0 */
  double                slot_width;    /* a value's share of the plot's width */
  double                radius;        /* of a point */
  guint                 n_points;
  AccordTrendPoint     *points;        /* one a value, at the centre of its slot */
  gboolean              has_trend;     /* a slope and two values to draw it through */
  double                trend_x[2];    /* the trend line, from the first slot's */
  double                trend_y[2];    /* centre to the last one's */
  char                 *label;         /* the last value with a point; NULL for none */
  cairo_rectangle_t     label_rect;    /* right of the plot */
} AccordTrendLayout;

AccordTrendLayout *accord_trend_layout_new   (PangoContext             *context,
                                              const double             *values,
                                              guint                     n_values,
                                              double                    slope,
                                              AccordBulletFormat        format,
                                              double                    width,
                                              double                    height);
void               accord_trend_layout_free  (AccordTrendLayout        *layout);

void               accord_trend_paint        (cairo_t                  *cr,
                                              const AccordTrendLayout  *layout,
                                              const AccordTrendPalette *palette);

char              *accord_trend_format_slope (AccordBulletFormat        format,
                                              double                    slope);
char              *accord_trend_describe     (const char               *title,
                                              const double             *values,
                                              guint                     n_values,
                                              double                    slope,
                                              AccordBulletFormat        format);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AccordTrendLayout, accord_trend_layout_free)

G_END_DECLS
