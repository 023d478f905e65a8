/* test-trend-painter.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A chart 220 × 64 of the values {0.1, NAN, 0.3, 0.4}, whose least-squares
 * slope is 0.1 a quarter (as in test-calculator.c). By the layout's rules
 * (accord-trend-painter.c): the plot starts 4 in from the left and the
 * top and is 64 − 2 × 4 = 56 high, its bottom at 60. The inner width is
 * 220 − 2 × 4 = 212; the label's column, right, takes 0.2 of it, 42.4
 * (the label "40%" is narrower in any usual font), with a gap of 6 before
 * it: the plot is 212 − 6 − 42.4 = 163.6 wide, a slot 40.9, and the label
 * starts at 4 + 163.6 + 6 = 173.6. Pixels are sampled on an image surface.
 */

#include "config.h"

#include <math.h>

#include <glib.h>
#include <pango/pangocairo.h>

#include "accord-trend-painter.h"

#include "accord-test-pixels.h"

#define EPSILON 1e-6
#define WIDTH   220
#define HEIGHT  64

static const AccordTrendPalette palette = {
  .line = { 1, 0, 0, 1 },           /* red */
  .trend = { 0, 0, 1, 1 },          /* blue */
  .baseline = { 0.8, 0.8, 0.8, 1 },
  .text = { 0, 0, 0, 1 },
  .background = { 1, 1, 1, 1 },     /* white */
};

static const double values[] = { 0.1, NAN, 0.3, 0.4 };

typedef struct
{
  PangoContext *context;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  PangoFontMap *font_map = pango_cairo_font_map_get_default ();
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans 10");

  fixture->context = pango_font_map_create_context (font_map);
  pango_context_set_font_description (fixture->context, font);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->context);
}

static void
test_layout (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(AccordTrendLayout) layout = NULL;
  const cairo_rectangle_t *plot;

  layout = accord_trend_layout_new (fixture->context, values, G_N_ELEMENTS (values), 0.1,
                                    ACCORD_BULLET_FORMAT_PERCENT, WIDTH, HEIGHT);
  plot = &layout->plot;

  g_assert_cmpstr (layout->label, ==, "40%");
  g_assert_cmpfloat (layout->label_rect.width, >, 0);
  g_assert_cmpfloat (layout->label_rect.width, <, 42.4);
  g_assert_cmpfloat_with_epsilon (plot->x, 4, EPSILON);
  g_assert_cmpfloat_with_epsilon (plot->y, 4, EPSILON);
  g_assert_cmpfloat_with_epsilon (plot->width, 163.6, EPSILON);
  g_assert_cmpfloat_with_epsilon (plot->height, 56, EPSILON);
  g_assert_cmpfloat_with_epsilon (layout->label_rect.x, 173.6, EPSILON);

  /* The largest value is 0.4: the scale's top is 0.4 × 1.25 = 0.5, so a
   * value v stands at 60 − v / 0.5 × 56. Four slots; a point at the
   * centre of its slot. */
  g_assert_cmpfloat_with_epsilon (layout->scale_max, 0.5, EPSILON);
  g_assert_cmpuint (layout->n_points, ==, 4);
  g_assert_cmpfloat_with_epsilon (layout->slot_width, 40.9, EPSILON);
  /* 4 + 20.45 = 24.45, then 65.35, 106.25, 147.15. */
  g_assert_cmpfloat_with_epsilon (layout->points[0].x, 24.45, EPSILON);
  g_assert_cmpfloat_with_epsilon (layout->points[1].x, 65.35, EPSILON);
  g_assert_cmpfloat_with_epsilon (layout->points[2].x, 106.25, EPSILON);
  g_assert_cmpfloat_with_epsilon (layout->points[3].x, 147.15, EPSILON);

  /* 0.1 → 60 − 11.2 = 48.8; 0.3 → 60 − 33.6 = 26.4; 0.4 → 60 − 44.8 = 15.2;
   * no point for the NAN. */
  g_assert_true (layout->points[0].defined);
  g_assert_cmpfloat_with_epsilon (layout->points[0].y, 48.8, EPSILON);
  g_assert_false (layout->points[1].defined);
  g_assert_true (layout->points[2].defined);
  g_assert_cmpfloat_with_epsilon (layout->points[2].y, 26.4, EPSILON);
  g_assert_true (layout->points[3].defined);
  g_assert_cmpfloat_with_epsilon (layout->points[3].y, 15.2, EPSILON);

  /* The trend: the defined values stand at x = 0, 2, 3, mean 5/3, with
   * mean 0.8/3; the intercept is 0.8/3 − 0.1 × 5/3 = 0.1. At slot 0 the
   * line is at 0.1 (48.8), at slot 3 at 0.1 + 3 × 0.1 = 0.4 (15.2). */
  g_assert_true (layout->has_trend);
  g_assert_cmpfloat_with_epsilon (layout->trend_x[0], 24.45, EPSILON);
  g_assert_cmpfloat_with_epsilon (layout->trend_y[0], 48.8, EPSILON);
  g_assert_cmpfloat_with_epsilon (layout->trend_x[1], 147.15, EPSILON);
  g_assert_cmpfloat_with_epsilon (layout->trend_y[1], 15.2, EPSILON);

  /* The label is level with the last point. */
  g_assert_cmpfloat_with_epsilon (layout->label_rect.y + layout->label_rect.height / 2, 15.2, EPSILON);
}

/* A flatter slope than the values' own line: 0.05 a quarter, through the
 * same mean (5/3, 0.8/3), so the intercept is 0.8/3 − 0.05 × 5/3 = 0.55/3
 * and the line runs from 0.55/3 (60 − 0.55/3 / 0.5 × 56 = 39.4667) to
 * 0.55/3 + 0.15 = 1/3 (60 − 37.3333 = 22.6667). */
static void
test_slope (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(AccordTrendLayout) layout = NULL;

  layout = accord_trend_layout_new (fixture->context, values, G_N_ELEMENTS (values), 0.05,
                                    ACCORD_BULLET_FORMAT_PERCENT, WIDTH, HEIGHT);
  g_assert_true (layout->has_trend);
  g_assert_cmpfloat_with_epsilon (layout->trend_y[0], 60 - 0.55 / 3 / 0.5 * 56, EPSILON);
  g_assert_cmpfloat_with_epsilon (layout->trend_y[0], 39.466667, 1e-5);
  g_assert_cmpfloat_with_epsilon (layout->trend_y[1], 22.666667, 1e-5);
}

static void
test_pixels (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(AccordTrendLayout) layout = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  const AccordTrendPoint *points;
  double dx, dy, length, along;
  guint32 pixel;
  gboolean text_found = FALSE;

  layout = accord_trend_layout_new (fixture->context, values, G_N_ELEMENTS (values), 0.1,
                                    ACCORD_BULLET_FORMAT_PERCENT, WIDTH, HEIGHT);
  accord_trend_paint (cr, layout, &palette);
  cairo_surface_flush (surface);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  points = layout->points;

  /* On the points: the line's colour. */
  accord_test_assert_pixel (surface, points[0].x, points[0].y, &palette.line);
  accord_test_assert_pixel (surface, points[3].x, points[3].y, &palette.line);
  /* The NAN slot has no point, and the line is broken there: at its
   * centre, 20 (above the trend line, at 0.2 → 37.6) is empty. */
  accord_test_assert_pixel (surface, points[1].x, 20, &palette.background);
  /* Under the points, above the baseline: empty. */
  accord_test_assert_pixel (surface, points[3].x, 50, &palette.background);
  /* The baseline, the pixel row of 60. */
  accord_test_assert_pixel (surface, points[1].x, 60, &palette.baseline);

  /* The dashed trend line, 4 on and 3 off from its start: 2 into the
   * third dash (7 × 2 + 2 along the line) is painted, blue over white. */
  dx = layout->trend_x[1] - layout->trend_x[0];
  dy = layout->trend_y[1] - layout->trend_y[0];
  length = hypot (dx, dy);
  along = (7 * 2 + 2) / length;
  pixel = accord_test_get_pixel (surface, layout->trend_x[0] + along * dx, layout->trend_y[0] + along * dy);
  g_test_message ("trend pixel: %08x", pixel);
  g_assert_cmpint (pixel & 0xff, ==, 0xff);
  g_assert_cmpint ((pixel >> 16) & 0xff, <, 0xc0);

  /* The label is painted in the text's colour. */
  for (int y = (int) layout->label_rect.y; y < layout->label_rect.y + layout->label_rect.height; y++)
    for (int x = (int) layout->label_rect.x; x < layout->label_rect.x + layout->label_rect.width; x++)
      if ((accord_test_get_pixel (surface, x, y) & 0xffffff) == 0)
        text_found = TRUE;
  g_assert_true (text_found);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* No value, one value, or no slope: no trend line; painting still works. */
static void
test_no_trend (Fixture       *fixture,
               gconstpointer  data)
{
  static const double none[] = { NAN, NAN, NAN, NAN };
  static const double one[] = { NAN, 120, NAN, NAN };
  static const double two[] = { 0.1, 0.2 };
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(AccordTrendLayout) empty = NULL;
  g_autoptr(AccordTrendLayout) single = NULL;
  g_autoptr(AccordTrendLayout) flat = NULL;
  g_autoptr(AccordTrendLayout) nothing = NULL;

  empty = accord_trend_layout_new (fixture->context, none, G_N_ELEMENTS (none), NAN,
                                   ACCORD_BULLET_FORMAT_PERCENT, WIDTH, HEIGHT);
  g_assert_false (empty->has_trend);
  g_assert_null (empty->label);
  for (guint i = 0; i < empty->n_points; i++)
    g_assert_false (empty->points[i].defined);
  /* Nothing to scale: 0 to 1; the label's column stays, empty, so the
   * slots stand where other charts' do. */
  g_assert_cmpfloat_with_epsilon (empty->scale_max, 1, EPSILON);
  g_assert_cmpfloat_with_epsilon (empty->plot.width, 163.6, EPSILON);
  accord_trend_paint (cr, empty, &palette);

  /* One value, even with a slope given: a point and its label, no line. */
  single = accord_trend_layout_new (fixture->context, one, G_N_ELEMENTS (one), 0.5,
                                    ACCORD_BULLET_FORMAT_COUNT, WIDTH, HEIGHT);
  g_assert_false (single->has_trend);
  g_assert_true (single->points[1].defined);
  g_assert_cmpstr (single->label, ==, "120");
  /* 120 is the largest: four fifths up, 60 − 44.8. */
  g_assert_cmpfloat_with_epsilon (single->points[1].y, 15.2, EPSILON);
  accord_trend_paint (cr, single, &palette);

  flat = accord_trend_layout_new (fixture->context, two, G_N_ELEMENTS (two), NAN,
                                  ACCORD_BULLET_FORMAT_PERCENT, WIDTH, HEIGHT);
  g_assert_false (flat->has_trend);
  accord_trend_paint (cr, flat, &palette);

  nothing = accord_trend_layout_new (fixture->context, NULL, 0, NAN,
                                     ACCORD_BULLET_FORMAT_PERCENT, 0, 0);
  g_assert_cmpuint (nothing->n_points, ==, 0);
  accord_trend_paint (cr, nothing, &palette);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_describe (void)
{
  static const double values_with_gap[] = { 800, NAN, 950 };
  g_autofree char *rates = accord_trend_describe ("Lead→opportunity rate", values,
                                                  G_N_ELEMENTS (values), 0.1,
                                                  ACCORD_BULLET_FORMAT_PERCENT);
  g_autofree char *amounts = accord_trend_describe ("Average deal value", values_with_gap,
                                                    G_N_ELEMENTS (values_with_gap), NAN,
                                                    ACCORD_BULLET_FORMAT_COUNT);
  g_autofree char *falling = accord_trend_format_slope (ACCORD_BULLET_FORMAT_PERCENT, -0.0072);
  g_autofree char *zero = accord_trend_format_slope (ACCORD_BULLET_FORMAT_COUNT, -0.4);
  g_autofree char *none = accord_trend_format_slope (ACCORD_BULLET_FORMAT_COUNT, NAN);
  g_autofree char *falling_amount = accord_trend_format_slope (ACCORD_BULLET_FORMAT_COUNT, -3747.6);

  g_assert_cmpstr (rates, ==, "Lead→opportunity rate by quarter: 10%, —, 30%, 40%; "
                              "trend +10.0 points a quarter");
  g_assert_cmpstr (amounts, ==, "Average deal value by quarter: 800, —, 950; no trend");
  g_assert_cmpstr (falling, ==, "−0.7 points a quarter");
  /* A rounded −0 reads as no change. */
  g_assert_cmpstr (zero, ==, "+0 a quarter");
  g_assert_cmpstr (none, ==, "—");
  g_assert_cmpstr (falling_amount, ==, "−3748 a quarter");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/core/trend-painter/layout", test_layout);
  ADD ("/core/trend-painter/slope", test_slope);
  ADD ("/core/trend-painter/pixels", test_pixels);
  ADD ("/core/trend-painter/no-trend", test_no_trend);
  g_test_add_func ("/core/trend-painter/describe", test_describe);

  return g_test_run ();
}
