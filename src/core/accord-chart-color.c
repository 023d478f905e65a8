/* accord-chart-color.c: the colours the chart painters are given
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "accord-chart-color.h"

void
accord_chart_set_source_color (cairo_t                *cr,
                               const AccordChartColor *color)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
}
