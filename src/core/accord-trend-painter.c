/* accord-trend-painter.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-trend-painter"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "accord-trend-painter.h"
#include "accord-chart-text.h"

/* A sparkline, about 220 × 64, beside the trend written in words: the
 * plot takes the chart less ACCORD_TREND_MARGIN all round and, at the
 * right, the label's column and ACCORD_TREND_GAP before it. The column is
 * a fixed share of the width unless the label needs more, so that charts
 * of the same width stacked in a column put their quarters one above the
 * other. Each
 * value has a slot of the plot's width, oldest left, and its point at the
 * slot's centre; the scale runs from 0 at the plot's bottom to
 * ACCORD_TREND_HEADROOM times the largest value at its top. No axes or
 * ticks: the numbers are in the label and the accessible description. */

/* The label's size, as a multiple of the base font. */
#define LABEL_SCALE  0.9
/* The label's column takes this share of the inner width, or the
 * label's width up to the larger share. */
#define LABEL_SHARE     0.2
#define MAX_LABEL_SHARE 0.5

#define POINT_RADIUS 2.5
#define LINE_WIDTH   2.0
#define TREND_WIDTH  1.5

/**
 * accord_trend_layout_new:
 * @context: the Pango context whose font the label is measured with
 * @values: (array length=n_values): the figure per quarter, oldest first;
 *   NAN where it is undefined
 * @n_values: how many
 * @slope: the least-squares slope through the defined values, in units
 *   per quarter (#AccordCalculatorHistory's trends); NAN for none
 * @format: how the label writes the last value
 * @width: the chart's width, in the units of the cairo context it is painted on
 * @height: the chart's height
 *
 * Lays the chart out: a point per defined value, the trend line and the
 * last value's label. The trend line is the core's fit (DESIGN §4): it
 * goes through the mean of the defined values at the mean of their
 * quarters' indices, with @slope, so its intercept is mean_y − slope ×
 * mean_x; it runs from the first slot's centre to the last one's. It
 * needs two defined values and a finite @slope.
 *
 * Returns: (transfer full): the layout; free with accord_trend_layout_free()
 */
AccordTrendLayout *
accord_trend_layout_new (PangoContext       *context,
                         const double       *values,
                         guint               n_values,
                         double              slope,
                         AccordBulletFormat  format,
                         double              width,
                         double              height)
{
  AccordTrendLayout *layout;
  double max_value = 0, sum_x = 0, sum_y = 0, inner_width, label_width = 0;
  int last = -1;
  guint n_defined = 0;

  g_return_val_if_fail (PANGO_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (values != NULL || n_values == 0, NULL);

  layout = g_new0 (AccordTrendLayout, 1);
  layout->width = isfinite (width) ? MAX (width, 0) : 0;
  layout->height = isfinite (height) ? MAX (height, 0) : 0;
  layout->font = accord_chart_dup_base_font (context);
  layout->resolution = pango_cairo_context_get_resolution (context);

  for (guint i = 0; i < n_values; i++)
    {
      if (!isfinite (values[i]))
        continue;
      max_value = MAX (max_value, values[i]);
      sum_x += i;
      sum_y += values[i];
      n_defined++;
      last = (int) i;
    }
  layout->scale_max = max_value > 0 ? max_value * ACCORD_TREND_HEADROOM : 1;

  inner_width = MAX (layout->width - 2 * ACCORD_TREND_MARGIN, 0);
  if (last >= 0)
    {
      layout->label = accord_bullet_format_number (format, values[last]);
      accord_chart_text_measure (context, layout->font, layout->label, LABEL_SCALE, FALSE,
                                 &layout->label_rect);
      layout->label_rect.width = MIN (layout->label_rect.width, MAX_LABEL_SHARE * inner_width);
      label_width = layout->label_rect.width;
    }

  layout->plot.x = ACCORD_TREND_MARGIN;
  layout->plot.y = ACCORD_TREND_MARGIN;
  layout->plot.width = MAX (inner_width - ACCORD_TREND_GAP -
                            MAX (label_width, LABEL_SHARE * inner_width), 0);
  layout->plot.height = MAX (layout->height - 2 * ACCORD_TREND_MARGIN, 0);
  layout->slot_width = n_values > 0 ? layout->plot.width / n_values : 0;
  layout->radius = MIN (POINT_RADIUS, layout->slot_width / 3);

  layout->n_points = n_values;
  layout->points = g_new0 (AccordTrendPoint, n_values);
  for (guint i = 0; i < n_values; i++)
    {
      AccordTrendPoint *point = &layout->points[i];

      point->x = layout->plot.x + (i + 0.5) * layout->slot_width;
      point->defined = isfinite (values[i]);
      if (point->defined)
        point->y = layout->plot.y + layout->plot.height -
                   values[i] / layout->scale_max * layout->plot.height;
    }

  layout->has_trend = n_defined >= 2 && isfinite (slope);
  if (layout->has_trend)
    {
      double mean_x = sum_x / n_defined;
      double intercept = sum_y / n_defined - slope * mean_x;
      guint ends[2] = { 0, n_values - 1 };

      for (guint e = 0; e < 2; e++)
        {
          double value = intercept + slope * ends[e];

          layout->trend_x[e] = layout->points[ends[e]].x;
          layout->trend_y[e] = layout->plot.y + layout->plot.height -
                               value / layout->scale_max * layout->plot.height;
        }
    }

  /* The label stands level with the last point, inside the chart. */
  if (layout->label != NULL)
    {
      double y = layout->points[last].y - layout->label_rect.height / 2;

      accord_chart_text_place (&layout->label_rect,
                               layout->plot.x + layout->plot.width + ACCORD_TREND_GAP,
                               CLAMP (y, 0, MAX (layout->height - layout->label_rect.height, 0)),
                               layout->label_rect.width);
    }

  return layout;
}

/**
 * accord_trend_layout_free:
 * @layout: (transfer full) (nullable): a layout
 */
void
accord_trend_layout_free (AccordTrendLayout *layout)
{
  if (layout == NULL)
    return;

  g_free (layout->label);
  g_free (layout->points);
  pango_font_description_free (layout->font);
  g_free (layout);
}

/* The values: a line between neighbours, broken where a quarter has no
 * value, and a point on each. */
static void
paint_values (cairo_t                  *cr,
              const AccordTrendLayout  *layout,
              const AccordTrendPalette *palette)
{
  accord_chart_set_source_color (cr, &palette->line);
  cairo_set_line_width (cr, LINE_WIDTH);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_new_path (cr);
  for (guint i = 0; i < layout->n_points; i++)
    {
      const AccordTrendPoint *point = &layout->points[i];

      if (!point->defined)
        cairo_new_sub_path (cr);
      else
        cairo_line_to (cr, point->x, point->y);
    }
  cairo_stroke (cr);

  for (guint i = 0; i < layout->n_points; i++)
    if (layout->points[i].defined)
      {
        cairo_new_path (cr);
        cairo_arc (cr, layout->points[i].x, layout->points[i].y, layout->radius, 0, 2 * G_PI);
        cairo_fill (cr);
      }
}

/**
 * accord_trend_paint:
 * @cr: where to paint: a widget's snapshot, a PDF page, an image
 * @layout: the layout, in @cr's user units
 * @palette: the colours
 *
 * Paints the chart laid out in @layout. The trend line is cut to the
 * plot, where its ends would run past 0 or the top.
 */
void
accord_trend_paint (cairo_t                  *cr,
                    const AccordTrendLayout  *layout,
                    const AccordTrendPalette *palette)
{
  const cairo_rectangle_t *plot;
  static const double dashes[] = { 4, 3 };

  g_return_if_fail (cr != NULL);
  g_return_if_fail (layout != NULL);
  g_return_if_fail (palette != NULL);

  plot = &layout->plot;
  cairo_save (cr);

  if (palette->background.alpha > 0)
    {
      cairo_rectangle (cr, 0, 0, layout->width, layout->height);
      accord_chart_set_source_color (cr, &palette->background);
      cairo_fill (cr);
    }

  if (plot->width > 0)
    {
      /* One device pixel thick, on the pixel grid. */
      double y = floor (plot->y + plot->height) + 0.5;

      cairo_move_to (cr, plot->x, y);
      cairo_line_to (cr, plot->x + plot->width, y);
      accord_chart_set_source_color (cr, &palette->baseline);
      cairo_set_line_width (cr, 1);
      cairo_stroke (cr);
    }

  if (layout->has_trend)
    {
      cairo_save (cr);
      cairo_rectangle (cr, plot->x, plot->y, plot->width, plot->height);
      cairo_clip (cr);
      cairo_move_to (cr, layout->trend_x[0], layout->trend_y[0]);
      cairo_line_to (cr, layout->trend_x[1], layout->trend_y[1]);
      accord_chart_set_source_color (cr, &palette->trend);
      cairo_set_line_width (cr, TREND_WIDTH);
      cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
      cairo_stroke (cr);
      cairo_restore (cr);
    }

  paint_values (cr, layout, palette);

  accord_chart_set_source_color (cr, &palette->text);
  accord_chart_text_paint (cr, layout->font, layout->resolution, layout->label, LABEL_SCALE,
                           FALSE, PANGO_ALIGN_LEFT, &layout->label_rect);

  cairo_restore (cr);
}

/**
 * accord_trend_format_slope:
 * @format: how the figure's values are written
 * @slope: the figure's change per quarter; NAN for none
 *
 * Returns: (transfer full): the trend in words: a rate's in percentage
 *   points, "+1.2 points a quarter"; an amount's as a whole number, "+500
 *   a quarter"; a dash for no trend
 */
char *
accord_trend_format_slope (AccordBulletFormat format,
                           double             slope)
{
  g_autofree char *amount = NULL;
  double rounded;
  const char *sign;

  if (isnan (slope))
    return g_strdup ("—");

  rounded = format == ACCORD_BULLET_FORMAT_PERCENT ? round (slope * 1000) / 10 : round (slope);
  /* A minus sign, as the KPIs write their changes, not a hyphen; a
   * rounded −0 is no fall. */
  sign = rounded < 0 ? "−" : "+";

  if (format == ACCORD_BULLET_FORMAT_PERCENT)
    /* Translators: a rate's change per quarter in percentage points, "+1.2 points a quarter";
     * the first %s is the sign */
    return g_strdup_printf (_("%s%.1f points a quarter"), sign, fabs (rounded));

  amount = accord_bullet_format_number (format, fabs (rounded));
  /* Translators: an amount's change per quarter, "+500 a quarter"; the first %s is the sign,
   * the second the amount */
  return g_strdup_printf (_("%s%s a quarter"), sign, amount);
}

/**
 * accord_trend_describe:
 * @title: the figure's name, "Lead→opportunity rate"
 * @values: (array length=n_values): the figure per quarter, oldest first
 * @n_values: how many
 * @slope: the trend, NAN for none
 * @format: how the values are written
 *
 * One sentence with what the chart shows, for its accessible description:
 * "Lead→opportunity rate by quarter: 7.2%, 6.9%, 5.2%; trend −0.7 points
 * a quarter".
 *
 * Returns: (transfer full): the sentence
 */
char *
accord_trend_describe (const char         *title,
                       const double       *values,
                       guint               n_values,
                       double              slope,
                       AccordBulletFormat  format)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *list = NULL;
  g_autofree char *trend = NULL;

  g_return_val_if_fail (title != NULL, NULL);
  g_return_val_if_fail (values != NULL || n_values == 0, NULL);

  for (guint i = 0; i < n_values; i++)
    g_ptr_array_add (texts, accord_bullet_format_number (format, values[i]));
  g_ptr_array_add (texts, NULL);
  /* Translators: between the values in "7.2%, 6.9%, 5.2%" */
  list = g_strjoinv (_(", "), (char **) texts->pdata);

  if (isnan (slope))
    /* Translators: "Average deal value by quarter: 9,000, —, 11,000; no trend" */
    return g_strdup_printf (_("%s by quarter: %s; no trend"), title, list);

  trend = accord_trend_format_slope (format, slope);
  /* Translators: "Lead→opportunity rate by quarter: 7.2%, 6.9%; trend −0.3 points a quarter" */
  return g_strdup_printf (_("%s by quarter: %s; trend %s"), title, list, trend);
}
