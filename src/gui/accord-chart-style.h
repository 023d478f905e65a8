/* accord-chart-style.h: the colours of a chart widget, read from its
 * style and from hidden children that carry style.css's colours
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "accord-chart-color.h"

G_BEGIN_DECLS

void accord_chart_get_style_color       (GtkWidget          *widget,
                                         AccordChartColor   *color);
void accord_chart_add_color_probes      (GtkWidget          *chart,
                                         const char * const *classes,
                                         GtkWidget         **probes,
                                         guint               n_probes);
void accord_chart_allocate_color_probes (GtkWidget * const  *probes,
                                         guint               n_probes);
void accord_chart_remove_color_probes   (GtkWidget         **probes,
                                         guint               n_probes);

G_END_DECLS
