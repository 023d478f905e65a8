/* accord-chart-text.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-chart-text"

#include "config.h"

#include "accord-chart-text.h"

#include <math.h>
#include <pango/pangocairo.h>

/* Measured widths get this much room, so that a context that measures a
 * little wider when painting does not ellipsize a text that fit. */
#define TEXT_SLACK 2.0

/**
 * accord_chart_dup_base_font:
 * @context: the context a chart's texts are measured with
 *
 * Returns: (transfer full): @context's font, the base of a chart's texts;
 *   Sans 10 where it has none
 */
PangoFontDescription *
accord_chart_dup_base_font (PangoContext *context)
{
  const PangoFontDescription *font;

  g_return_val_if_fail (PANGO_IS_CONTEXT (context), NULL);

  font = pango_context_get_font_description (context);

  return font != NULL ? pango_font_description_copy (font)
                      : pango_font_description_from_string ("Sans 10");
}

/**
 * accord_chart_font_new:
 * @base: the chart's base font
 * @scale: the size, as a multiple of @base's
 * @bold: whether the text is bold; else it is of normal weight
 *
 * Returns: (transfer full): @base at @scale times its size; a base without
 *   a size stands for Pango's default, 10 points
 */
PangoFontDescription *
accord_chart_font_new (const PangoFontDescription *base,
                       double                      scale,
                       gboolean                    bold)
{
  PangoFontDescription *font;
  int size;

  g_return_val_if_fail (base != NULL, NULL);

  font = pango_font_description_copy (base);
  size = pango_font_description_get_size (base);
  /* A description without a size stands for Pango's default, 10 points. */
  if (size <= 0)
    size = 10 * PANGO_SCALE;

  if (pango_font_description_get_size_is_absolute (base))
    pango_font_description_set_absolute_size (font, size * scale);
  else
    pango_font_description_set_size (font, MAX (1, (int) lround (size * scale)));
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);

  return font;
}

/**
 * accord_chart_text_layout_new:
 * @context: the context the text is measured or drawn with
 * @font: (nullable): the font; %NULL for @context's
 * @text: (nullable): the text, one paragraph; %NULL for none
 *
 * Returns: (transfer full): a layout of @text on a single line
 */
PangoLayout *
accord_chart_text_layout_new (PangoContext               *context,
                              const PangoFontDescription *font,
                              const char                 *text)
{
  PangoLayout *layout;

  g_return_val_if_fail (PANGO_IS_CONTEXT (context), NULL);

  layout = pango_layout_new (context);
  if (font != NULL)
    pango_layout_set_font_description (layout, font);
  pango_layout_set_single_paragraph_mode (layout, TRUE);
  pango_layout_set_text (layout, text != NULL ? text : "", -1);

  return layout;
}

/**
 * accord_chart_text_measure:
 * @context: the context the text is measured with
 * @base: the chart's base font
 * @text: (nullable): the text; %NULL for none
 * @scale: the text's size, as a multiple of @base's
 * @bold: whether the text is bold
 * @rect: (out caller-allocates): the size the text needs, at the origin
 *
 * Measures @text in accord_chart_font_new()'s font. The width has a little
 * room to spare, so that the text still fits when painted; no text has no
 * width, but a line's height.
 */
void
accord_chart_text_measure (PangoContext               *context,
                           const PangoFontDescription *base,
                           const char                 *text,
                           double                      scale,
                           gboolean                    bold,
                           cairo_rectangle_t          *rect)
{
  g_autoptr(PangoFontDescription) font = NULL;
  g_autoptr(PangoLayout) layout = NULL;
  PangoRectangle logical;

  g_return_if_fail (PANGO_IS_CONTEXT (context));
  g_return_if_fail (base != NULL);
  g_return_if_fail (rect != NULL);

  font = accord_chart_font_new (base, scale, bold);
  layout = accord_chart_text_layout_new (context, font, text);
  pango_layout_get_pixel_extents (layout, NULL, &logical);
  rect->x = 0;
  rect->y = 0;
  rect->width = text != NULL ? logical.width + TEXT_SLACK : 0;
  rect->height = logical.height;
}

/**
 * accord_chart_get_line_height:
 * @context: the context the text is measured with
 * @base: the chart's base font
 *
 * Returns: the height of a line of @base, at least 1: the unit a chart's
 *   sizes are multiples of
 */
double
accord_chart_get_line_height (PangoContext               *context,
                              const PangoFontDescription *base)
{
  cairo_rectangle_t probe = { 0, };

  accord_chart_text_measure (context, base, "Ag", 1.0, FALSE, &probe);

  return MAX (probe.height, 1);
}

/**
 * accord_chart_text_place:
 * @rect: (inout): a text's rectangle, as accord_chart_text_measure() made it
 * @x: where the text goes
 * @y: where the text goes
 * @max_width: the room there is: a wider text is cut to it, to be
 *   ellipsized when painted
 *
 * Moves a measured text to its place.
 */
void
accord_chart_text_place (cairo_rectangle_t *rect,
                         double             x,
                         double             y,
                         double             max_width)
{
  g_return_if_fail (rect != NULL);

  rect->x = x;
  rect->y = y;
  rect->width = CLAMP (rect->width, 0, MAX (max_width, 0));
}

/**
 * accord_chart_text_paint:
 * @cr: where to paint
 * @base: the chart's base font, as the text was measured with
 * @resolution: of the context the text was measured in; 0 or less for
 *   @cr's own
 * @text: (nullable): the text; %NULL or empty paints nothing
 * @scale: the text's size, as a multiple of @base's
 * @bold: whether the text is bold
 * @alignment: where the text goes in @rect's width
 * @rect: where the text goes: it never leaves the width (a text too long
 *   is ellipsized) and is centred in the height; less than a pixel wide
 *   paints nothing
 *
 * Paints @text in @cr's source, as accord_chart_text_measure() measured it.
 */
void
accord_chart_text_paint (cairo_t                    *cr,
                         const PangoFontDescription *base,
                         double                      resolution,
                         const char                 *text,
                         double                      scale,
                         gboolean                    bold,
                         PangoAlignment              alignment,
                         const cairo_rectangle_t    *rect)
{
  PangoContext *context;
  g_autoptr(PangoFontDescription) font = NULL;
  g_autoptr(PangoLayout) layout = NULL;
  PangoRectangle logical;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (base != NULL);
  g_return_if_fail (rect != NULL);

  if (text == NULL || text[0] == '\0' || rect->width < 1)
    return;

  context = pango_cairo_create_context (cr);
  if (resolution > 0)
    pango_cairo_context_set_resolution (context, resolution);
  font = accord_chart_font_new (base, scale, bold);
  layout = accord_chart_text_layout_new (context, font, text);
  g_object_unref (context);
  pango_layout_set_width (layout, (int) (rect->width * PANGO_SCALE));
  pango_layout_set_height (layout, -1);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_alignment (layout, alignment);
  pango_layout_get_pixel_extents (layout, NULL, &logical);

  cairo_move_to (cr, rect->x, rect->y + (rect->height - logical.height) / 2);
  pango_cairo_show_layout (cr, layout);
}
