/* accord-bullet-painter.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-bullet-painter"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "accord-bullet-painter.h"
#include "accord-chart-text.h"
#include "accord-money.h"

G_DEFINE_BOXED_TYPE (AccordBulletSpec, accord_bullet_spec,
                     accord_bullet_spec_copy, accord_bullet_spec_free)

/**
 * accord_bullet_spec_new:
 * @label: the figure's name
 * @format: how its numbers are written
 * @value: the figure; NAN when there is nothing to measure
 * @band: where @value stands against its band
 *
 * Makes a chart with no band, no target and a scale chosen from the
 * value; set the other fields of the struct as needed.
 *
 * Returns: (transfer full): a new chart description
 */
AccordBulletSpec *
accord_bullet_spec_new (const char         *label,
                        AccordBulletFormat  format,
                        double              value,
                        AccordBand          band)
{
  AccordBulletSpec *spec;

  g_return_val_if_fail (label != NULL, NULL);

  spec = g_new0 (AccordBulletSpec, 1);
  spec->label = g_strdup (label);
  spec->format = format;
  spec->value = value;
  spec->band_min = NAN;
  spec->band_max = NAN;
  spec->target = NAN;
  spec->scale_max = NAN;
  spec->band = band;

  return spec;
}

/**
 * accord_bullet_spec_copy:
 *
 * Returns: (transfer full): a copy of @spec
 */
AccordBulletSpec *
accord_bullet_spec_copy (const AccordBulletSpec *spec)
{
  AccordBulletSpec *copy;

  g_return_val_if_fail (spec != NULL, NULL);

  copy = g_memdup2 (spec, sizeof *spec);
  copy->label = g_strdup (spec->label);
  copy->value_text = g_strdup (spec->value_text);

  return copy;
}

void
accord_bullet_spec_free (AccordBulletSpec *spec)
{
  if (spec == NULL)
    return;

  g_free (spec->label);
  g_free (spec->value_text);
  g_free (spec);
}

/**
 * accord_bullet_spec_set_value_text:
 * @value_text: (nullable): the value as the chart writes it, or %NULL to
 *   format it from the value
 */
void
accord_bullet_spec_set_value_text (AccordBulletSpec *spec,
                                   const char       *value_text)
{
  g_return_if_fail (spec != NULL);

  g_free (spec->value_text);
  spec->value_text = g_strdup (value_text);
}

/* A spec filled in by hand may lack a label. */
static const char *
get_label (const AccordBulletSpec *spec)
{
  return spec->label != NULL ? spec->label : "";
}

static gboolean
has_band (const AccordBulletSpec *spec)
{
  return isfinite (spec->band_min);
}

static gboolean
is_open_above (const AccordBulletSpec *spec)
{
  return !isfinite (spec->band_max);
}

/**
 * accord_bullet_spec_get_extent:
 *
 * The largest number the chart must show: the value, the band's bounds
 * and the target. A band open above gets a quarter more, so that some of
 * it shows.
 *
 * Returns: the extent, 0 or more
 */
double
accord_bullet_spec_get_extent (const AccordBulletSpec *spec)
{
  double extent = 0;

  g_return_val_if_fail (spec != NULL, 0);

  if (isfinite (spec->value))
    extent = MAX (extent, spec->value);
  if (has_band (spec))
    {
      extent = MAX (extent, spec->band_min);
      extent = MAX (extent, is_open_above (spec) ? spec->band_min * 1.25 : spec->band_max);
    }
  if (isfinite (spec->target))
    extent = MAX (extent, spec->target);

  return extent;
}

/**
 * accord_bullet_nice_ceiling:
 * @value: the largest number a scale must reach
 *
 * A round number for the end of a scale: the smallest of 1, 1.5, 2, 2.5,
 * 3, 4, 5, 6 and 8 times a power of ten that is at least @value.
 *
 * Returns: the end of the scale; 1 when @value is not above 0
 */
double
accord_bullet_nice_ceiling (double value)
{
  static const double steps[] = { 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 };
  double magnitude;

  if (!(value > 0) || !isfinite (value))
    return 1;

  magnitude = pow (10, floor (log10 (value)));
  /* The tolerance keeps 0.08 from becoming 0.1 through rounding. */
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (steps[i] * magnitude >= value * (1 - 1e-9))
      return steps[i] * magnitude;

  return 10 * magnitude;
}

/**
 * accord_bullet_format_number:
 *
 * Returns: (transfer full): @value as the chart writes it: "761",
 *   "5.9%", "12,500" for money, or a dash when there is no value
 */
char *
accord_bullet_format_number (AccordBulletFormat format,
                             double             value)
{
  double percent;

  if (!isfinite (value))
    return g_strdup ("—");

  if (format == ACCORD_BULLET_FORMAT_COUNT)
    return g_strdup_printf ("%'.0f", value);
  if (format == ACCORD_BULLET_FORMAT_MONEY)
    return accord_money_format (value);

  /* Whole percentages without a decimal, others with one: 8%, 5.9%. */
  percent = value * 100;
  if (fabs (percent - round (percent)) < 0.05)
    /* Translators: a whole percentage, "8%" */
    return g_strdup_printf (_("%.0f%%"), percent);
  /* Translators: a percentage with one decimal, "5.9%" */
  return g_strdup_printf (_("%.1f%%"), percent);
}

/**
 * accord_bullet_format_for_figure:
 * @figure: a figure of the goals (DESIGN §3)
 *
 * Returns: how @figure's values are written: revenue as money, every
 *   other figure as a count of leads
 */
AccordBulletFormat
accord_bullet_format_for_figure (AccordFigure figure)
{
  return figure == ACCORD_FIGURE_REVENUE ? ACCORD_BULLET_FORMAT_MONEY : ACCORD_BULLET_FORMAT_COUNT;
}

/**
 * accord_bullet_band_get_label:
 *
 * Returns: (transfer none): the word the user reads for @band: "under",
 *   "in band", "over"
 */
const char *
accord_bullet_band_get_label (AccordBand band)
{
  switch (band)
    {
    case ACCORD_BAND_UNDER:
      return C_("band", "under");
    case ACCORD_BAND_OVER:
      return C_("band", "over");
    case ACCORD_BAND_IN:
    default:
      return C_("band", "in band");
    }
}

/**
 * accord_bullet_spec_dup_value_text:
 *
 * Returns: (transfer full): the value as the chart writes it
 */
char *
accord_bullet_spec_dup_value_text (const AccordBulletSpec *spec)
{
  g_return_val_if_fail (spec != NULL, NULL);

  if (spec->value_text != NULL)
    return g_strdup (spec->value_text);
  return accord_bullet_format_number (spec->format, spec->value);
}

/**
 * accord_bullet_spec_describe:
 *
 * One sentence that states the chart's numbers, for the accessible
 * description and the tooltip: "Universe: 761, over the band of 200 to
 * 400."
 *
 * Returns: (transfer full): the description
 */
char *
accord_bullet_spec_describe (const AccordBulletSpec *spec)
{
  g_autofree char *value = NULL;
  g_autofree char *low = NULL;
  g_autofree char *high = NULL;

  g_return_val_if_fail (spec != NULL, NULL);

  if (!isfinite (spec->value))
    /* Translators: a figure that could not be measured, "MQL conversion: no value." */
    return g_strdup_printf (_("%s: no value."), get_label (spec));

  value = accord_bullet_format_number (spec->format, spec->value);

  if (has_band (spec) && !is_open_above (spec))
    {
      low = accord_bullet_format_number (spec->format, spec->band_min);
      high = accord_bullet_format_number (spec->format, spec->band_max);
      switch (spec->band)
        {
        case ACCORD_BAND_UNDER:
          /* Translators: "Universe: 150, under the band of 200 to 400." */
          return g_strdup_printf (_("%s: %s, under the band of %s to %s."), get_label (spec), value, low, high);
        case ACCORD_BAND_OVER:
          /* Translators: "Universe: 761, over the band of 200 to 400." */
          return g_strdup_printf (_("%s: %s, over the band of %s to %s."), get_label (spec), value, low, high);
        case ACCORD_BAND_IN:
        default:
          /* Translators: "Universe: 312, within the band of 200 to 400." */
          return g_strdup_printf (_("%s: %s, within the band of %s to %s."), get_label (spec), value, low, high);
        }
    }

  if (has_band (spec))
    {
      low = accord_bullet_format_number (spec->format, spec->band_min);
      if (spec->band == ACCORD_BAND_UNDER)
        /* Translators: "SQLs this month: 1, under the target of 3." */
        return g_strdup_printf (_("%s: %s, under the target of %s."), get_label (spec), value, low);
      /* Translators: "SQLs this month: 6, at or above the target of 3." */
      return g_strdup_printf (_("%s: %s, at or above the target of %s."), get_label (spec), value, low);
    }

  if (isfinite (spec->target))
    {
      low = accord_bullet_format_number (spec->format, spec->target);
      /* Translators: "SQLs: 6; the target is 3." */
      return g_strdup_printf (_("%s: %s; the target is %s."), get_label (spec), value, low);
    }

  /* Translators: a figure without band or target, "Universe: 761." */
  return g_strdup_printf (_("%s: %s."), get_label (spec), value);
}

/**
 * accord_bullet_spec_describe_part:
 * @part: the part under the pointer
 *
 * Returns: (transfer full): the tooltip for @part: the band or the target
 *   for those, else the whole description
 */
char *
accord_bullet_spec_describe_part (const AccordBulletSpec *spec,
                                  AccordBulletPart        part)
{
  g_autofree char *low = NULL;
  g_autofree char *high = NULL;

  g_return_val_if_fail (spec != NULL, NULL);

  if (part == ACCORD_BULLET_PART_TARGET && isfinite (spec->target))
    {
      low = accord_bullet_format_number (spec->format, spec->target);
      /* Translators: the tooltip of a chart's target mark, "Target: 3" */
      return g_strdup_printf (_("Target: %s"), low);
    }

  if (part == ACCORD_BULLET_PART_BAND && has_band (spec))
    {
      low = accord_bullet_format_number (spec->format, spec->band_min);
      if (is_open_above (spec))
        /* Translators: the tooltip of a band open above, "Band: 3 or more" */
        return g_strdup_printf (_("Band: %s or more"), low);
      high = accord_bullet_format_number (spec->format, spec->band_max);
      /* Translators: the tooltip of a band, "Band: 200 to 400" */
      return g_strdup_printf (_("Band: %s to %s"), low, high);
    }

  return accord_bullet_spec_describe (spec);
}

static double
measure_text (PangoContext *context,
              const char   *text)
{
  g_autoptr(PangoLayout) text_layout = NULL;
  int width;

  if (context == NULL || text == NULL || *text == '\0')
    return 0;

  text_layout = accord_chart_text_layout_new (context, NULL, text);
  pango_layout_get_pixel_size (text_layout, &width, NULL);
  return width;
}

static void
set_rectangle (cairo_rectangle_t *rectangle,
               double             x,
               double             y,
               double             width,
               double             height)
{
  rectangle->x = x;
  rectangle->y = y;
  rectangle->width = MAX (width, 0);
  rectangle->height = MAX (height, 0);
}

static void
add_region (AccordBulletLayout      *layout,
            AccordBulletPart         part,
            const cairo_rectangle_t *area)
{
  if (area->width <= 0 || area->height <= 0)
    return;

  g_assert (layout->n_regions < ACCORD_BULLET_MAX_REGIONS);
  layout->regions[layout->n_regions].part = part;
  layout->regions[layout->n_regions].area = *area;
  layout->n_regions++;
}

static double
get_x (const AccordBulletLayout *layout,
       double                    value)
{
  return layout->scale.x + layout->scale.width * CLAMP (value, 0, layout->scale_max) / layout->scale_max;
}

/**
 * accord_bullet_layout:
 * @spec: what to show
 * @context: (nullable): the context the text is measured and drawn with;
 *   %NULL draws no text (a compact chart, as in a table cell)
 * @width: the chart's width, in pixels
 * @height: the chart's height
 * @layout: (out caller-allocates): where everything goes
 *
 * Lays a chart out, left to right: the label, the scale and the value
 * text. The trough fills the scale's full height, the band too; the value
 * bar is the middle third, the target mark two thirds tall and centred on
 * the target. The label goes first, then the value text, when the scale
 * would be narrower than %ACCORD_BULLET_MIN_SCALE_WIDTH.
 */
void
accord_bullet_layout (const AccordBulletSpec *spec,
                      PangoContext           *context,
                      double                  width,
                      double                  height,
                      AccordBulletLayout     *layout)
{
  g_autofree char *value_text = NULL;
  double label_width, value_width;
  double left, right;
  cairo_rectangle_t target_area;

  g_return_if_fail (spec != NULL);
  g_return_if_fail (layout != NULL);

  memset (layout, 0, sizeof *layout);
  width = isfinite (width) ? MAX (width, 0) : 0;
  height = isfinite (height) ? MAX (height, 0) : 0;

  layout->scale_max = spec->scale_max > 0 && isfinite (spec->scale_max)
                      ? spec->scale_max
                      : accord_bullet_nice_ceiling (accord_bullet_spec_get_extent (spec));

  value_text = accord_bullet_spec_dup_value_text (spec);
  /* A long label takes at most two fifths of the width; it is ellipsized. */
  label_width = MIN (measure_text (context, spec->label), floor (width * 0.4));
  value_width = measure_text (context, value_text);
  if (width - label_width - value_width - 2 * ACCORD_BULLET_TEXT_GAP < ACCORD_BULLET_MIN_SCALE_WIDTH)
    label_width = 0;
  if (width - value_width - ACCORD_BULLET_TEXT_GAP < ACCORD_BULLET_MIN_SCALE_WIDTH)
    value_width = 0;

  left = label_width > 0 ? label_width + ACCORD_BULLET_TEXT_GAP : 0;
  right = value_width > 0 ? width - value_width - ACCORD_BULLET_TEXT_GAP : width;

  set_rectangle (&layout->label, 0, 0, label_width, height);
  set_rectangle (&layout->value_text, width - value_width, 0, value_width, height);
  set_rectangle (&layout->scale, left, 0, right - left, height);

  if (has_band (spec))
    {
      double low = get_x (layout, spec->band_min);
      double high = get_x (layout, is_open_above (spec) ? layout->scale_max : spec->band_max);

      set_rectangle (&layout->band, low, 0, high - low, height);
    }

  if (isfinite (spec->value))
    set_rectangle (&layout->bar, left, height / 3, get_x (layout, spec->value) - left, height / 3);

  if (isfinite (spec->target))
    {
      double x = get_x (layout, spec->target);

      set_rectangle (&layout->target, x - ACCORD_BULLET_TARGET_WIDTH / 2, height / 6,
                     ACCORD_BULLET_TARGET_WIDTH, height * 2 / 3);
      /* A mark 3 pixels wide is hard to point at. */
      set_rectangle (&target_area, x - ACCORD_BULLET_TARGET_WIDTH, 0,
                     2 * ACCORD_BULLET_TARGET_WIDTH, height);
      add_region (layout, ACCORD_BULLET_PART_TARGET, &target_area);
    }

  add_region (layout, ACCORD_BULLET_PART_VALUE, &layout->bar);
  add_region (layout, ACCORD_BULLET_PART_BAND, &layout->band);
  add_region (layout, ACCORD_BULLET_PART_SCALE, &layout->scale);
}

/**
 * accord_bullet_layout_hit:
 * @x: a point in the chart's coordinates
 * @y:
 *
 * Returns: the topmost part at (@x, @y), or %ACCORD_BULLET_PART_NONE
 */
AccordBulletPart
accord_bullet_layout_hit (const AccordBulletLayout *layout,
                          double                    x,
                          double                    y)
{
  g_return_val_if_fail (layout != NULL, ACCORD_BULLET_PART_NONE);

  for (guint i = 0; i < layout->n_regions; i++)
    {
      const cairo_rectangle_t *area = &layout->regions[i].area;

      if (x >= area->x && x < area->x + area->width &&
          y >= area->y && y < area->y + area->height)
        return layout->regions[i].part;
    }

  return ACCORD_BULLET_PART_NONE;
}

/**
 * accord_bullet_palette_init:
 * @palette: (out caller-allocates): the palette to fill
 * @foreground: the colour of the text and the value
 *
 * Fills a palette from one colour, as a widget's style gives it: the
 * text, the bar and the target mark in @foreground, the trough and the
 * band in lighter tints of it, so that the chart follows dark mode.
 */
void
accord_bullet_palette_init (AccordBulletPalette    *palette,
                            const AccordChartColor *foreground)
{
  g_return_if_fail (palette != NULL);
  g_return_if_fail (foreground != NULL);

  palette->text = *foreground;
  palette->bar = *foreground;
  palette->target = *foreground;
  palette->scale = *foreground;
  palette->scale.alpha *= 0.12;
  palette->band = *foreground;
  palette->band.alpha *= 0.3;
}

static void
fill_rectangle (cairo_t                 *cr,
                const cairo_rectangle_t *rectangle,
                const AccordChartColor  *color)
{
  if (rectangle->width <= 0 || rectangle->height <= 0)
    return;

  accord_chart_set_source_color (cr, color);
  cairo_rectangle (cr, rectangle->x, rectangle->y, rectangle->width, rectangle->height);
  cairo_fill (cr);
}

static void
show_text (cairo_t                 *cr,
           PangoContext            *context,
           const char              *text,
           const cairo_rectangle_t *area,
           gboolean                 align_right,
           const AccordChartColor  *color)
{
  g_autoptr(PangoLayout) text_layout = NULL;
  int text_width, text_height;

  if (area->width <= 0 || text == NULL)
    return;

  text_layout = accord_chart_text_layout_new (context, NULL, text);
  pango_layout_set_width (text_layout, (int) (area->width * PANGO_SCALE));
  pango_layout_set_ellipsize (text_layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_alignment (text_layout, align_right ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
  pango_layout_get_pixel_size (text_layout, &text_width, &text_height);

  accord_chart_set_source_color (cr, color);
  cairo_move_to (cr, area->x, area->y + floor ((area->height - text_height) / 2));
  pango_cairo_show_layout (cr, text_layout);
}

/**
 * accord_bullet_paint:
 * @spec: what to show, as laid out
 * @layout: where everything goes (accord_bullet_layout())
 * @palette: the colours
 * @context: (nullable): the context the layout measured the text with
 * @cr: where to draw: a widget, a PDF page, an image
 *
 * Draws the trough, the band, the value bar, the target mark and the
 * text, in that order.
 */
void
accord_bullet_paint (const AccordBulletSpec    *spec,
                     const AccordBulletLayout  *layout,
                     const AccordBulletPalette *palette,
                     PangoContext              *context,
                     cairo_t                   *cr)
{
  g_return_if_fail (spec != NULL);
  g_return_if_fail (layout != NULL);
  g_return_if_fail (palette != NULL);
  g_return_if_fail (cr != NULL);

  cairo_save (cr);

  fill_rectangle (cr, &layout->scale, &palette->scale);
  fill_rectangle (cr, &layout->band, &palette->band);
  fill_rectangle (cr, &layout->bar, &palette->bar);
  fill_rectangle (cr, &layout->target, &palette->target);

  if (context != NULL)
    {
      g_autofree char *value_text = accord_bullet_spec_dup_value_text (spec);

      show_text (cr, context, spec->label, &layout->label, FALSE, &palette->text);
      show_text (cr, context, value_text, &layout->value_text, TRUE, &palette->text);
    }

  cairo_restore (cr);
}
