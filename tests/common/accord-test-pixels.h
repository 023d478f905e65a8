/* accord-test-pixels.h: pixels sampled on the image surfaces the chart
 * painters' tests paint on
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

#include "accord-chart-color.h"

G_BEGIN_DECLS

guint32 accord_test_get_pixel    (cairo_surface_t        *surface,
                                  double                  x,
                                  double                  y);
void    accord_test_assert_pixel (cairo_surface_t        *surface,
                                  double                  x,
                                  double                  y,
                                  const AccordChartColor *color);

G_END_DECLS
