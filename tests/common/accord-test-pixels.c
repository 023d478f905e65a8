/* accord-test-pixels.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "accord-test-pixels.h"

#include <math.h>

/**
 * accord_test_get_pixel:
 * @surface: an ARGB32 image surface, flushed
 * @x: a point on it
 * @y: a point on it
 *
 * Returns: the pixel that holds the point, as cairo stores it
 */
guint32
accord_test_get_pixel (cairo_surface_t *surface,
                       double           x,
                       double           y)
{
  const unsigned char *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  int column = (int) floor (x);
  int row = (int) floor (y);

  g_assert_cmpint (column, >=, 0);
  g_assert_cmpint (row, >=, 0);
  g_assert_cmpint (column, <, cairo_image_surface_get_width (surface));
  g_assert_cmpint (row, <, cairo_image_surface_get_height (surface));

  return *(const guint32 *) (data + row * stride + column * 4);
}

/**
 * accord_test_assert_pixel:
 *
 * Asserts that the pixel holding the point is opaque and of @color's
 * components to the nearest level (a painter's palette colour, say).
 */
void
accord_test_assert_pixel (cairo_surface_t        *surface,
                          double                  x,
                          double                  y,
                          const AccordChartColor *color)
{
  guint32 pixel = accord_test_get_pixel (surface, x, y);

  g_test_message ("pixel at %.1f, %.1f: %08x", x, y, pixel);
  g_assert_cmpint ((pixel >> 24) & 0xff, ==, 0xff);
  g_assert_cmpint ((pixel >> 16) & 0xff, ==, (int) lround (color->red * 255));
  g_assert_cmpint ((pixel >> 8) & 0xff, ==, (int) lround (color->green * 255));
  g_assert_cmpint (pixel & 0xff, ==, (int) lround (color->blue * 255));
}
