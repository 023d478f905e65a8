/* accord-bullet-chart.h: a bullet chart widget over the core's painter
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "accord-bullet-painter.h"

G_BEGIN_DECLS

#define ACCORD_TYPE_BULLET_CHART (accord_bullet_chart_get_type ())

G_DECLARE_FINAL_TYPE (AccordBulletChart, accord_bullet_chart, ACCORD, BULLET_CHART, GtkWidget)

GtkWidget              *accord_bullet_chart_new        (void);
const AccordBulletSpec *accord_bullet_chart_get_spec   (AccordBulletChart      *self);
void                    accord_bullet_chart_set_spec   (AccordBulletChart      *self,
                                                        const AccordBulletSpec *spec);
void                    accord_bullet_chart_get_layout (AccordBulletChart      *self,
                                                        AccordBulletLayout     *layout);

G_END_DECLS
