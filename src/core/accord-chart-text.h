/* accord-chart-text.h: the text of the chart painters — fonts scaled
 * from a base font, measured and painted into a rectangle with pango
 * (STYLE.md "Charts")
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>
#include <pango/pango.h>

G_BEGIN_DECLS

PangoFontDescription *accord_chart_dup_base_font   (PangoContext               *context);
PangoFontDescription *accord_chart_font_new        (const PangoFontDescription *base,
                                                    double                      scale,
                                                    gboolean                    bold);
double                accord_chart_get_line_height (PangoContext               *context,
                                                    const PangoFontDescription *base);
PangoLayout          *accord_chart_text_layout_new (PangoContext               *context,
                                                    const PangoFontDescription *font,
                                                    const char                 *text);
void                  accord_chart_text_measure    (PangoContext               *context,
                                                    const PangoFontDescription *base,
                                                    const char                 *text,
                                                    double                      scale,
                                                    gboolean                    bold,
                                                    cairo_rectangle_t          *rect);
void                  accord_chart_text_place      (cairo_rectangle_t          *rect,
                                                    double                      x,
                                                    double                      y,
                                                    double                      max_width);
void                  accord_chart_text_paint      (cairo_t                    *cr,
                                                    const PangoFontDescription *base,
                                                    double                      resolution,
                                                    const char                 *text,
                                                    double                      scale,
                                                    gboolean                    bold,
                                                    PangoAlignment              alignment,
                                                    const cairo_rectangle_t    *rect);

G_END_DECLS
