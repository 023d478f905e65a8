/* accord-funnel-chart.h
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "accord-funnel-painter.h"
#include "accord-metrics.h"

G_BEGIN_DECLS

#define ACCORD_TYPE_FUNNEL_CHART (accord_funnel_chart_get_type ())

G_DECLARE_FINAL_TYPE (AccordFunnelChart, accord_funnel_chart, ACCORD, FUNNEL_CHART, GtkWidget)

GtkWidget                *accord_funnel_chart_new                  (void);
void                      accord_funnel_chart_set_funnel           (AccordFunnelChart  *self,
                                                                    const AccordFunnel *funnel,
                                                                    const AccordFunnel *comparison);
const char               *accord_funnel_chart_get_title            (AccordFunnelChart  *self);
void                      accord_funnel_chart_set_title            (AccordFunnelChart  *self,
                                                                    const char         *title);
const char               *accord_funnel_chart_get_current_label    (AccordFunnelChart  *self);
void                      accord_funnel_chart_set_current_label    (AccordFunnelChart  *self,
                                                                    const char         *label);
const char               *accord_funnel_chart_get_comparison_label (AccordFunnelChart  *self);
void                      accord_funnel_chart_set_comparison_label (AccordFunnelChart  *self,
                                                                    const char         *label);
const AccordFunnelLayout *accord_funnel_chart_get_layout           (AccordFunnelChart  *self);
char                     *accord_funnel_chart_dup_description      (AccordFunnelChart  *self);

G_END_DECLS
