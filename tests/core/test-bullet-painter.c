/* test-bullet-painter.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <pango/pangocairo.h>

#include "accord-bullet-painter.h"

#define WHITE 0xffffffffu
#define BLUE  0xff0000ffu
#define GREEN 0xff00ff00u
#define RED   0xffff0000u
#define BLACK 0xff000000u

static const AccordBulletPalette pixel_palette = {
  .text = { 0, 0, 0, 1 },
  .scale = { 0, 0, 1, 1 },
  .band = { 0, 1, 0, 1 },
  .bar = { 1, 0, 0, 1 },
  .target = { 0, 0, 0, 1 },
};

/* A universe chart: a band of 200 to 400 (DESIGN §1's default). */
static AccordBulletSpec *
universe_spec (double     value,
               AccordBand band)
{
  AccordBulletSpec *spec = accord_bullet_spec_new ("Universe", ACCORD_BULLET_FORMAT_COUNT, value, band);

  spec->band_min = 200;
  spec->band_max = 400;
  return spec;
}

/* An MQL conversion chart: at least 8 %, the target. */
static AccordBulletSpec *
conversion_spec (double     value,
                 AccordBand band)
{
  AccordBulletSpec *spec = accord_bullet_spec_new ("MQL conversion", ACCORD_BULLET_FORMAT_PERCENT, value, band);

  spec->band_min = 0.08;
  spec->band_max = INFINITY;
  spec->target = 0.08;
  return spec;
}

static void
assert_rectangle (const cairo_rectangle_t *rectangle,
                  double                   x,
                  double                   y,
                  double                   width,
                  double                   height)
{
  g_assert_cmpfloat_with_epsilon (rectangle->x, x, 1e-9);
  g_assert_cmpfloat_with_epsilon (rectangle->y, y, 1e-9);
  g_assert_cmpfloat_with_epsilon (rectangle->width, width, 1e-9);
  g_assert_cmpfloat_with_epsilon (rectangle->height, height, 1e-9);
}

static void
test_nice_ceiling (void)
{
  /* The smallest of 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10^k at or above. */
  g_assert_cmpfloat_with_epsilon (accord_bullet_nice_ceiling (761), 800, 1e-9);
  g_assert_cmpfloat_with_epsilon (accord_bullet_nice_ceiling (400), 400, 1e-9);
  g_assert_cmpfloat_with_epsilon (accord_bullet_nice_ceiling (401), 500, 1e-9);
  g_assert_cmpfloat_with_epsilon (accord_bullet_nice_ceiling (12), 15, 1e-9);
  g_assert_cmpfloat_with_epsilon (accord_bullet_nice_ceiling (9), 10, 1e-9);
  g_assert_cmpfloat_with_epsilon (accord_bullet_nice_ceiling (1.25), 1.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (accord_bullet_nice_ceiling (1.0 / 3), 0.4, 1e-9);
  /* 0.08 stays 0.08, however log10 rounds. */
  g_assert_cmpfloat_with_epsilon (accord_bullet_nice_ceiling (0.08), 0.08, 1e-12);
  g_assert_cmpfloat_with_epsilon (accord_bullet_nice_ceiling (0.1), 0.1, 1e-12);
  /* Nothing to show still makes a scale. */
  g_assert_cmpfloat (accord_bullet_nice_ceiling (0), ==, 1);
  g_assert_cmpfloat (accord_bullet_nice_ceiling (-5), ==, 1);
  g_assert_cmpfloat (accord_bullet_nice_ceiling (NAN), ==, 1);
  g_assert_cmpfloat (accord_bullet_nice_ceiling (INFINITY), ==, 1);
}

static void
test_extent (void)
{
  g_autoptr(AccordBulletSpec) under = universe_spec (150, ACCORD_BAND_UNDER);
  g_autoptr(AccordBulletSpec) over = universe_spec (761, ACCORD_BAND_OVER);
  g_autoptr(AccordBulletSpec) no_value = conversion_spec (NAN, ACCORD_BAND_IN);
  g_autoptr(AccordBulletSpec) sqls = accord_bullet_spec_new ("SQLs", ACCORD_BULLET_FORMAT_COUNT, 1, ACCORD_BAND_UNDER);
  g_autoptr(AccordBulletSpec) bare = accord_bullet_spec_new ("Leads", ACCORD_BULLET_FORMAT_COUNT, 0, ACCORD_BAND_IN);

  /* The band's top, or the value beyond it. */
  g_assert_cmpfloat (accord_bullet_spec_get_extent (under), ==, 400);
  g_assert_cmpfloat (accord_bullet_spec_get_extent (over), ==, 761);
  /* A band open above gets a quarter more: 0.08 × 1.25 = 0.1. */
  g_assert_cmpfloat_with_epsilon (accord_bullet_spec_get_extent (no_value), 0.1, 1e-12);
  /* 3 × 1.25 = 3.75, above the value 1 and the target 3. */
  sqls->band_min = 3;
  sqls->band_max = INFINITY;
  sqls->target = 3;
  g_assert_cmpfloat (accord_bullet_spec_get_extent (sqls), ==, 3.75);
  g_assert_cmpfloat (accord_bullet_spec_get_extent (bare), ==, 0);
}

static void
test_layout_under (void)
{
  g_autoptr(AccordBulletSpec) spec = universe_spec (150, ACCORD_BAND_UNDER);
  AccordBulletLayout layout;

  accord_bullet_layout (spec, NULL, 200, 30, &layout);

  /* Extent 400 is already round: 200 px for 0–400, half a pixel a lead. */
  g_assert_cmpfloat (layout.scale_max, ==, 400);
  assert_rectangle (&layout.label, 0, 0, 0, 30);
  assert_rectangle (&layout.value_text, 200, 0, 0, 30);
  assert_rectangle (&layout.scale, 0, 0, 200, 30);
  /* 200–400 → x 100–200, full height. */
  assert_rectangle (&layout.band, 100, 0, 100, 30);
  /* 150 → 75 px; the middle third of 30 px: y 10–20. */
  assert_rectangle (&layout.bar, 0, 10, 75, 10);
  assert_rectangle (&layout.target, 0, 0, 0, 0);

  g_assert_cmpuint (layout.n_regions, ==, 3);
  g_assert_cmpint (accord_bullet_layout_hit (&layout, 50, 15), ==, ACCORD_BULLET_PART_VALUE);
  g_assert_cmpint (accord_bullet_layout_hit (&layout, 50, 2), ==, ACCORD_BULLET_PART_SCALE);
  g_assert_cmpint (accord_bullet_layout_hit (&layout, 90, 15), ==, ACCORD_BULLET_PART_SCALE);
  g_assert_cmpint (accord_bullet_layout_hit (&layout, 150, 15), ==, ACCORD_BULLET_PART_BAND);
  g_assert_cmpint (accord_bullet_layout_hit (&layout, 199.5, 29.5), ==, ACCORD_BULLET_PART_BAND);
  g_assert_cmpint (accord_bullet_layout_hit (&layout, 200, 15), ==, ACCORD_BULLET_PART_NONE);
  g_assert_cmpint (accord_bullet_layout_hit (&layout, -1, 15), ==, ACCORD_BULLET_PART_NONE);
  g_assert_cmpint (accord_bullet_layout_hit (&layout, 50, 30), ==, ACCORD_BULLET_PART_NONE);
}

static void
test_layout_in (void)
{
  g_autoptr(AccordBulletSpec) spec = universe_spec (300, ACCORD_BAND_IN);
  AccordBulletLayout layout;

  /* A scale shared with other charts: 0–500 over 200 px, 0.4 px a lead. */
  spec->scale_max = 500;
  accord_bullet_layout (spec, NULL, 200, 30, &layout);

  g_assert_cmpfloat (layout.scale_max, ==, 500);
  assert_rectangle (&layout.band, 80, 0, 80, 30);
  assert_rectangle (&layout.bar, 0, 10, 120, 10);
  g_assert_cmpint (accord_bullet_layout_hit (&layout, 119, 15), ==, ACCORD_BULLET_PART_VALUE);
  g_assert_cmpint (accord_bullet_layout_hit (&layout, 121, 15), ==, ACCORD_BULLET_PART_BAND);
}

static void
test_layout_over (void)
{
  g_autoptr(AccordBulletSpec) spec = universe_spec (450, ACCORD_BAND_OVER);
  g_autoptr(AccordBulletSpec) clipped = universe_spec (900, ACCORD_BAND_OVER);
  AccordBulletLayout layout;

  /* Extent 450 → 500: the band at 80–160, the bar to 180. */
  accord_bullet_layout (spec, NULL, 200, 30, &layout);
  g_assert_cmpfloat (layout.scale_max, ==, 500);
  assert_rectangle (&layout.band, 80, 0, 80, 30);
  assert_rectangle (&layout.bar, 0, 10, 180, 10);

  /* A value beyond a scale given stops at its end. */
  clipped->scale_max = 500;
  accord_bullet_layout (clipped, NULL, 200, 30, &layout);
  assert_rectangle (&layout.bar, 0, 10, 200, 10);
}

static void
test_layout_zero (void)
{
  g_autoptr(AccordBulletSpec) spec = universe_spec (0, ACCORD_BAND_UNDER);
  AccordBulletLayout layout;

  accord_bullet_layout (spec, NULL, 200, 30, &layout);

  /* No bar, and nothing to point at for it. */
  assert_rectangle (&layout.bar, 0, 10, 0, 10);
  g_assert_cmpuint (layout.n_regions, ==, 2);
  g_assert_cmpint (layout.regions[0].part, ==, ACCORD_BULLET_PART_BAND);
  g_assert_cmpint (layout.regions[1].part, ==, ACCORD_BULLET_PART_SCALE);
  g_assert_cmpint (accord_bullet_layout_hit (&layout, 0.5, 15), ==, ACCORD_BULLET_PART_SCALE);

  /* A chart with no room draws nothing and hits nothing. */
  accord_bullet_layout (spec, NULL, 0, 0, &layout);
  g_assert_cmpuint (layout.n_regions, ==, 0);
  accord_bullet_layout (spec, NULL, -10, NAN, &layout);
  g_assert_cmpuint (layout.n_regions, ==, 0);
  g_assert_cmpint (accord_bullet_layout_hit (&layout, 0, 0), ==, ACCORD_BULLET_PART_NONE);
}

static void
test_layout_no_value (void)
{
  g_autoptr(AccordBulletSpec) spec = conversion_spec (NAN, ACCORD_BAND_IN);
  g_autofree char *value_text = accord_bullet_spec_dup_value_text (spec);
  g_autofree char *description = accord_bullet_spec_describe (spec);
  AccordBulletLayout layout;

  accord_bullet_layout (spec, NULL, 200, 30, &layout);

  /* Extent 0.1 (the open band's quarter more): 8 % sits at 160 px. */
  g_assert_cmpfloat_with_epsilon (layout.scale_max, 0.1, 1e-12);
  assert_rectangle (&layout.band, 160, 0, 40, 30);
  g_assert_cmpfloat (layout.bar.width, ==, 0);
  /* The mark: 3 px wide around 160, y 5–25; its hit region 157–163. */
  assert_rectangle (&layout.target, 158.5, 5, 3, 20);
  g_assert_cmpuint (layout.n_regions, ==, 3);
  g_assert_cmpint (accord_bullet_layout_hit (&layout, 157.5, 1), ==, ACCORD_BULLET_PART_TARGET);
  g_assert_cmpint (accord_bullet_layout_hit (&layout, 164, 15), ==, ACCORD_BULLET_PART_BAND);
  g_assert_cmpint (accord_bullet_layout_hit (&layout, 100, 15), ==, ACCORD_BULLET_PART_SCALE);

  g_assert_cmpstr (value_text, ==, "—");
  g_assert_cmpstr (description, ==, "MQL conversion: no value.");
}

/* PangoContext has no autoptr cleanup in Pango 1.50. */
static PangoContext *
create_context (void)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans 10");

  pango_context_set_font_description (context, font);
  return context;
}

static int
measure (PangoContext *context,
         const char   *text)
{
  g_autoptr(PangoLayout) text_layout = pango_layout_new (context);
  int width;

  pango_layout_set_text (text_layout, text, -1);
  pango_layout_get_pixel_size (text_layout, &width, NULL);
  return width;
}

static void
test_layout_text (void)
{
  PangoContext *context = create_context ();
  g_autoptr(AccordBulletSpec) spec = accord_bullet_spec_new ("SQLs", ACCORD_BULLET_FORMAT_COUNT, 761, ACCORD_BAND_OVER);
  g_autoptr(AccordBulletSpec) wordy = accord_bullet_spec_new ("A long name for a figure, longer than the chart",
                                                              ACCORD_BULLET_FORMAT_COUNT, 7, ACCORD_BAND_IN);
  int label_width = measure (context, "SQLs");
  int value_width = measure (context, "761");
  AccordBulletLayout layout;
  double width;

  g_assert_cmpint (label_width, >, 0);
  g_assert_cmpint (value_width, >, 0);

  /* Room for all: label, gap of 8, scale, gap of 8, value text. */
  accord_bullet_layout (spec, context, 300, 30, &layout);
  assert_rectangle (&layout.label, 0, 0, label_width, 30);
  assert_rectangle (&layout.value_text, 300 - value_width, 0, value_width, 30);
  assert_rectangle (&layout.scale, label_width + 8, 0, 300 - label_width - value_width - 16, 30);

  /* 4 px short of room for the label: it goes, the value text stays. */
  width = label_width + value_width + 16 + 32 - 4;
  /* (The label is narrow enough not to be cut to two fifths.) */
  g_assert_cmpfloat (label_width, <=, floor (width * 0.4));
  accord_bullet_layout (spec, context, width, 30, &layout);
  g_assert_cmpfloat (layout.label.width, ==, 0);
  assert_rectangle (&layout.value_text, width - value_width, 0, value_width, 30);
  assert_rectangle (&layout.scale, 0, 0, width - value_width - 8, 30);

  /* No room for the value text either: the scale takes all the width. */
  width = value_width + 8 + 32 - 1;
  accord_bullet_layout (spec, context, width, 30, &layout);
  g_assert_cmpfloat (layout.label.width, ==, 0);
  g_assert_cmpfloat (layout.value_text.width, ==, 0);
  assert_rectangle (&layout.scale, 0, 0, width, 30);

  /* A label wider than two fifths of the chart is cut there (and
   * ellipsized when painted): 0.4 × 300 = 120 px. */
  g_assert_cmpint (measure (context, wordy->label), >, 120);
  accord_bullet_layout (wordy, context, 300, 30, &layout);
  g_assert_cmpfloat (layout.label.width, ==, 120);
  g_assert_cmpfloat (layout.scale.x, ==, 128);

  g_assert_finalize_object (context);
}

static guint32
get_pixel (cairo_surface_t *surface,
           int              x,
           int              y)
{
  unsigned char *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);

  return *(guint32 *) (data + y * stride + x * 4);
}

static cairo_surface_t *
paint_spec (const AccordBulletSpec *spec,
            PangoContext           *context,
            int                     width,
            int                     height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);
  AccordBulletLayout layout;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  accord_bullet_layout (spec, context, width, height, &layout);
  accord_bullet_paint (spec, &layout, &pixel_palette, context, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return surface;
}

static void
test_paint (void)
{
  g_autoptr(AccordBulletSpec) spec = universe_spec (150, ACCORD_BAND_UNDER);
  cairo_surface_t *surface;

  /* As laid out in test_layout_under, with a target at 300 → x 150. */
  spec->target = 300;
  surface = paint_spec (spec, NULL, 200, 30);

  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  /* The bar: x 0–75, y 10–20. */
  g_assert_cmphex (get_pixel (surface, 37, 15), ==, RED);
  g_assert_cmphex (get_pixel (surface, 1, 11), ==, RED);
  /* The trough above the bar, and between the bar and the band. */
  g_assert_cmphex (get_pixel (surface, 37, 3), ==, BLUE);
  g_assert_cmphex (get_pixel (surface, 90, 15), ==, BLUE);
  /* The band, full height. */
  g_assert_cmphex (get_pixel (surface, 120, 15), ==, GREEN);
  g_assert_cmphex (get_pixel (surface, 120, 1), ==, GREEN);
  /* The target mark: x 148.5–151.5, y 5–25; the band above it. */
  g_assert_cmphex (get_pixel (surface, 150, 15), ==, BLACK);
  g_assert_cmphex (get_pixel (surface, 150, 2), ==, GREEN);
  g_assert_cmphex (get_pixel (surface, 153, 15), ==, GREEN);
  cairo_surface_destroy (surface);
}

static void
test_paint_no_value (void)
{
  g_autoptr(AccordBulletSpec) spec = conversion_spec (NAN, ACCORD_BAND_IN);
  cairo_surface_t *surface = paint_spec (spec, NULL, 200, 30);

  /* No bar anywhere along the middle line. */
  for (int x = 0; x < 200; x++)
    g_assert_cmphex (get_pixel (surface, x, 15), !=, RED);
  g_assert_cmphex (get_pixel (surface, 10, 15), ==, BLUE);
  g_assert_cmphex (get_pixel (surface, 180, 15), ==, GREEN);
  g_assert_cmphex (get_pixel (surface, 160, 15), ==, BLACK);
  cairo_surface_destroy (surface);
}

static gboolean
has_ink (cairo_surface_t         *surface,
         const cairo_rectangle_t *area)
{
  for (int y = (int) area->y; y < (int) (area->y + area->height); y++)
    for (int x = (int) area->x; x < (int) (area->x + area->width); x++)
      if (get_pixel (surface, x, y) != WHITE)
        return TRUE;
  return FALSE;
}

static void
test_paint_text (void)
{
  PangoContext *context = create_context ();
  g_autoptr(AccordBulletSpec) spec = universe_spec (761, ACCORD_BAND_OVER);
  cairo_surface_t *surface = paint_spec (spec, context, 300, 30);
  AccordBulletLayout layout;

  accord_bullet_layout (spec, context, 300, 30, &layout);
  /* The label and the value are written in their places; the bar is red
   * right after the label's gap. */
  g_assert_true (has_ink (surface, &layout.label));
  g_assert_true (has_ink (surface, &layout.value_text));
  g_assert_cmphex (get_pixel (surface, (int) layout.scale.x + 2, 15), ==, RED);
  cairo_surface_destroy (surface);
  g_assert_finalize_object (context);
}

static void
test_describe (void)
{
  g_autoptr(AccordBulletSpec) under = universe_spec (150, ACCORD_BAND_UNDER);
  g_autoptr(AccordBulletSpec) in = universe_spec (312, ACCORD_BAND_IN);
  g_autoptr(AccordBulletSpec) over = universe_spec (761, ACCORD_BAND_OVER);
  g_autoptr(AccordBulletSpec) low = conversion_spec (1.0 / 17, ACCORD_BAND_UNDER);
  g_autoptr(AccordBulletSpec) high = conversion_spec (1.0 / 3, ACCORD_BAND_IN);
  g_autoptr(AccordBulletSpec) bare = accord_bullet_spec_new ("Leads", ACCORD_BULLET_FORMAT_COUNT, 12, ACCORD_BAND_IN);
  g_autoptr(AccordBulletSpec) aimed = accord_bullet_spec_new ("SQLs", ACCORD_BULLET_FORMAT_COUNT, 6, ACCORD_BAND_IN);
  char *text;

  text = accord_bullet_spec_describe (under);
  g_assert_cmpstr (text, ==, "Universe: 150, under the band of 200 to 400.");
  g_free (text);
  text = accord_bullet_spec_describe (in);
  g_assert_cmpstr (text, ==, "Universe: 312, within the band of 200 to 400.");
  g_free (text);
  text = accord_bullet_spec_describe (over);
  g_assert_cmpstr (text, ==, "Universe: 761, over the band of 200 to 400.");
  g_free (text);
  /* 1/17 = 5.88 % → one decimal; 8 % is whole. */
  text = accord_bullet_spec_describe (low);
  g_assert_cmpstr (text, ==, "MQL conversion: 5.9%, under the target of 8%.");
  g_free (text);
  text = accord_bullet_spec_describe (high);
  g_assert_cmpstr (text, ==, "MQL conversion: 33.3%, at or above the target of 8%.");
  g_free (text);
  text = accord_bullet_spec_describe (bare);
  g_assert_cmpstr (text, ==, "Leads: 12.");
  g_free (text);
  aimed->target = 3;
  text = accord_bullet_spec_describe (aimed);
  g_assert_cmpstr (text, ==, "SQLs: 6; the target is 3.");
  g_free (text);

  /* The value text given wins over the formatted value, in the chart
   * only: the description states the number. */
  accord_bullet_spec_set_value_text (aimed, "6 of 3");
  text = accord_bullet_spec_dup_value_text (aimed);
  g_assert_cmpstr (text, ==, "6 of 3");
  g_free (text);
  text = accord_bullet_spec_describe (aimed);
  g_assert_cmpstr (text, ==, "SQLs: 6; the target is 3.");
  g_free (text);

  /* Tooltips of the parts. */
  text = accord_bullet_spec_describe_part (under, ACCORD_BULLET_PART_BAND);
  g_assert_cmpstr (text, ==, "Band: 200 to 400");
  g_free (text);
  text = accord_bullet_spec_describe_part (low, ACCORD_BULLET_PART_BAND);
  g_assert_cmpstr (text, ==, "Band: 8% or more");
  g_free (text);
  text = accord_bullet_spec_describe_part (low, ACCORD_BULLET_PART_TARGET);
  g_assert_cmpstr (text, ==, "Target: 8%");
  g_free (text);
  text = accord_bullet_spec_describe_part (over, ACCORD_BULLET_PART_VALUE);
  g_assert_cmpstr (text, ==, "Universe: 761, over the band of 200 to 400.");
  g_free (text);
  /* A part the chart does not have falls back to the whole. */
  text = accord_bullet_spec_describe_part (over, ACCORD_BULLET_PART_TARGET);
  g_assert_cmpstr (text, ==, "Universe: 761, over the band of 200 to 400.");
  g_free (text);
}

static void
test_format (void)
{
  char *text;

  text = accord_bullet_format_number (ACCORD_BULLET_FORMAT_PERCENT, 0);
  g_assert_cmpstr (text, ==, "0%");
  g_free (text);
  text = accord_bullet_format_number (ACCORD_BULLET_FORMAT_PERCENT, 0.08);
  g_assert_cmpstr (text, ==, "8%");
  g_free (text);
  /* 7.96% is within 0.05 of 8: whole, not "8.0%"; 7.94% is not. */
  text = accord_bullet_format_number (ACCORD_BULLET_FORMAT_PERCENT, 0.0796);
  g_assert_cmpstr (text, ==, "8%");
  g_free (text);
  text = accord_bullet_format_number (ACCORD_BULLET_FORMAT_PERCENT, 0.0794);
  g_assert_cmpstr (text, ==, "7.9%");
  g_free (text);
  text = accord_bullet_format_number (ACCORD_BULLET_FORMAT_COUNT, 761);
  g_assert_cmpstr (text, ==, "761");
  g_free (text);
  text = accord_bullet_format_number (ACCORD_BULLET_FORMAT_COUNT, INFINITY);
  g_assert_cmpstr (text, ==, "—");
  g_free (text);

  g_assert_cmpstr (accord_bullet_band_get_label (ACCORD_BAND_UNDER), ==, "under");
  g_assert_cmpstr (accord_bullet_band_get_label (ACCORD_BAND_IN), ==, "in band");
  g_assert_cmpstr (accord_bullet_band_get_label (ACCORD_BAND_OVER), ==, "over");
}

static void
test_palette (void)
{
  const AccordChartColor foreground = { 0.2, 0.4, 0.6, 1 };
  AccordBulletPalette palette;

  accord_bullet_palette_init (&palette, &foreground);
  g_assert_cmpfloat (palette.bar.blue, ==, 0.6);
  g_assert_cmpfloat (palette.bar.alpha, ==, 1);
  g_assert_cmpfloat (palette.text.red, ==, 0.2);
  g_assert_cmpfloat (palette.target.green, ==, 0.4);
  /* Tints of the same colour: the trough lighter than the band. */
  g_assert_cmpfloat (palette.scale.blue, ==, 0.6);
  g_assert_cmpfloat_with_epsilon (palette.scale.alpha, 0.12, 1e-12);
  g_assert_cmpfloat_with_epsilon (palette.band.alpha, 0.3, 1e-12);
}

static void
test_copy (void)
{
  g_autoptr(AccordBulletSpec) spec = conversion_spec (0.25, ACCORD_BAND_IN);
  g_autoptr(AccordBulletSpec) copy = NULL;

  accord_bullet_spec_set_value_text (spec, "25%");
  copy = g_boxed_copy (ACCORD_TYPE_BULLET_SPEC, spec);
  g_assert_true (copy->label != spec->label);
  g_assert_cmpstr (copy->label, ==, "MQL conversion");
  g_assert_cmpstr (copy->value_text, ==, "25%");
  g_assert_cmpfloat (copy->value, ==, 0.25);
  g_assert_cmpfloat (copy->band_min, ==, 0.08);
  g_assert_cmpint (copy->format, ==, ACCORD_BULLET_FORMAT_PERCENT);
  accord_bullet_spec_free (NULL);
}

static void
test_hand_made (void)
{
  AccordBulletSpec spec = { NULL, };
  g_autofree char *description = NULL;
  cairo_surface_t *surface;
  AccordBulletLayout layout;

  /* Filled in by hand, without a label, every number 0, an infinite
   * value: a chart still, with no bar and a description. */
  spec.value = INFINITY;
  accord_bullet_layout (&spec, NULL, 100, 20, &layout);
  g_assert_cmpfloat (layout.scale_max, ==, 1);
  g_assert_cmpfloat (layout.bar.width, ==, 0);
  /* The band [0, 0] is empty; the target at 0 is a mark at the left. */
  g_assert_cmpfloat (layout.band.width, ==, 0);
  assert_rectangle (&layout.target, -1.5, 20.0 / 6, 3, 40.0 / 3);
  surface = paint_spec (&spec, NULL, 100, 20);
  g_assert_cmphex (get_pixel (surface, 50, 10), ==, BLUE);
  cairo_surface_destroy (surface);
  description = accord_bullet_spec_describe (&spec);
  g_assert_cmpstr (description, ==, ": no value.");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/bullet-painter/nice-ceiling", test_nice_ceiling);
  g_test_add_func ("/core/bullet-painter/extent", test_extent);
  g_test_add_func ("/core/bullet-painter/layout-under", test_layout_under);
  g_test_add_func ("/core/bullet-painter/layout-in", test_layout_in);
  g_test_add_func ("/core/bullet-painter/layout-over", test_layout_over);
  g_test_add_func ("/core/bullet-painter/layout-zero", test_layout_zero);
  g_test_add_func ("/core/bullet-painter/layout-no-value", test_layout_no_value);
  g_test_add_func ("/core/bullet-painter/layout-text", test_layout_text);
  g_test_add_func ("/core/bullet-painter/paint", test_paint);
  g_test_add_func ("/core/bullet-painter/paint-no-value", test_paint_no_value);
  g_test_add_func ("/core/bullet-painter/paint-text", test_paint_text);
  g_test_add_func ("/core/bullet-painter/describe", test_describe);
  g_test_add_func ("/core/bullet-painter/format", test_format);
  g_test_add_func ("/core/bullet-painter/palette", test_palette);
  g_test_add_func ("/core/bullet-painter/copy", test_copy);
  g_test_add_func ("/core/bullet-painter/hand-made", test_hand_made);

  return g_test_run ();
}
