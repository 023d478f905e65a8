/* accord-chart-color.h: the colours the chart painters are given
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* Channels from 0 to 1, like GdkRGBA, which the core cannot include:
 * the widget's style or the PDF's palette fills them in. */
typedef struct
{
  double red;
  double green;
  double blue;
  double alpha;
} AccordChartColor;

void accord_chart_set_source_color (cairo_t                *cr,
                                    const AccordChartColor *color);

G_END_DECLS
