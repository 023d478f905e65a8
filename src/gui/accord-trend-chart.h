/* accord-trend-chart.h: a figure's values by quarter and their trend, a
 * widget over the core's painter
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "accord-trend-painter.h"

G_BEGIN_DECLS

#define ACCORD_TYPE_TREND_CHART (accord_trend_chart_get_type ())

G_DECLARE_FINAL_TYPE (AccordTrendChart, accord_trend_chart, ACCORD, TREND_CHART, GtkWidget)

GtkWidget               *accord_trend_chart_new        (void);
const char              *accord_trend_chart_get_title  (AccordTrendChart   *self);
void                     accord_trend_chart_set_title  (AccordTrendChart   *self,
                                                        const char         *title);
void                     accord_trend_chart_set_values (AccordTrendChart   *self,
                                                        const double       *values,
                                                        guint               n_values,
                                                        double              slope,
                                                        AccordBulletFormat  format);
const AccordTrendLayout *accord_trend_chart_get_layout (AccordTrendChart   *self);

G_END_DECLS
