/* accord-bullet-painter.h: a bullet chart — one figure against its band
 * and its target (DESIGN §3 "Per SDR"; STYLE.md "Charts")
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib-object.h>
#include <pango/pango.h>

#include "accord-chart-color.h"
#include "accord-types.h"

G_BEGIN_DECLS

/* How the numbers of a chart are written. */
typedef enum
{
  ACCORD_BULLET_FORMAT_COUNT,    /* a whole number: "761" */
  ACCORD_BULLET_FORMAT_PERCENT,  /* a fraction, written as a percentage: "5.9 %" */
  ACCORD_BULLET_FORMAT_MONEY,    /* a whole amount, as accord_money_format() writes it */
} AccordBulletFormat;

/* What a chart shows. The scale runs from 0 to @scale_max. */
typedef struct
{
  char               *label;       /* the figure's name: "Universe" */
  char               *value_text;  /* the value as the chart writes it; %NULL: formatted from @value */
  AccordBulletFormat  format;
  double              value;       /* NAN: nothing to measure */
  double              band_min;    /* NAN: no band */
  double              band_max;    /* NAN or INFINITY: the band is open above */
  double              target;      /* NAN: no target mark */
  double              scale_max;   /* NAN or ≤ 0: chosen by the layout (accord_bullet_spec_get_extent()) */
  AccordBand          band;        /* where the value stands, as the core decided */
} AccordBulletSpec;

#define ACCORD_TYPE_BULLET_SPEC (accord_bullet_spec_get_type ())

GType             accord_bullet_spec_get_type      (void) G_GNUC_CONST;
AccordBulletSpec *accord_bullet_spec_new           (const char             *label,
                                                    AccordBulletFormat      format,
                                                    double                  value,
                                                    AccordBand              band);
AccordBulletSpec *accord_bullet_spec_copy          (const AccordBulletSpec *spec);
void              accord_bullet_spec_free          (AccordBulletSpec       *spec);
void              accord_bullet_spec_set_value_text (AccordBulletSpec      *spec,
                                                    const char             *value_text);
double            accord_bullet_spec_get_extent    (const AccordBulletSpec *spec);
char             *accord_bullet_spec_dup_value_text (const AccordBulletSpec *spec);
char             *accord_bullet_spec_describe      (const AccordBulletSpec *spec);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AccordBulletSpec, accord_bullet_spec_free)

char             *accord_bullet_format_number      (AccordBulletFormat      format,
                                                    double                  value);
AccordBulletFormat accord_bullet_format_for_figure (AccordFigure            figure);
const char       *accord_bullet_band_get_label     (AccordBand              band);
double            accord_bullet_nice_ceiling       (double                  value);

/* The parts of a chart, for hit testing. */
typedef enum
{
  ACCORD_BULLET_PART_NONE,
  ACCORD_BULLET_PART_SCALE,   /* the trough: the whole scale */
  ACCORD_BULLET_PART_BAND,    /* the band the value should be in */
  ACCORD_BULLET_PART_VALUE,   /* the value bar */
  ACCORD_BULLET_PART_TARGET,  /* the target mark */
} AccordBulletPart;

typedef struct
{
  AccordBulletPart  part;
  cairo_rectangle_t area;
} AccordBulletRegion;

#define ACCORD_BULLET_MAX_REGIONS 4

/* Text and scale are this far apart, in pixels. */
#define ACCORD_BULLET_TEXT_GAP 8.0
/* Narrower than this, the scale drops the label, then the value text. */
#define ACCORD_BULLET_MIN_SCALE_WIDTH 32.0
/* The target mark is this wide; its hit region at least twice that. */
#define ACCORD_BULLET_TARGET_WIDTH 3.0

/* Where everything goes, in the chart's own coordinates. A rectangle 0
 * wide is not drawn. */
typedef struct
{
  double             scale_max;
  cairo_rectangle_t  label;        /* the label text, left */
  cairo_rectangle_t  value_text;   /* the value text, right */
  cairo_rectangle_t  scale;        /* the trough, 0 to scale_max */
  cairo_rectangle_t  band;
  cairo_rectangle_t  bar;          /* the value, 0 wide for 0 or no value */
  cairo_rectangle_t  target;       /* the target mark */
  guint              n_regions;
  AccordBulletRegion regions[ACCORD_BULLET_MAX_REGIONS];  /* topmost first */
} AccordBulletLayout;

void              accord_bullet_layout             (const AccordBulletSpec *spec,
                                                    PangoContext           *context,
                                                    double                  width,
                                                    double                  height,
                                                    AccordBulletLayout     *layout);
AccordBulletPart  accord_bullet_layout_hit         (const AccordBulletLayout *layout,
                                                    double                  x,
                                                    double                  y);
char             *accord_bullet_spec_describe_part (const AccordBulletSpec *spec,
                                                    AccordBulletPart        part);

/* The colours come from whoever draws: the widget's style, or the PDF's. */
typedef struct
{
  AccordChartColor text;
  AccordChartColor scale;
  AccordChartColor band;
  AccordChartColor bar;
  AccordChartColor target;
} AccordBulletPalette;

void              accord_bullet_palette_init       (AccordBulletPalette    *palette,
                                                    const AccordChartColor *foreground);
void              accord_bullet_paint              (const AccordBulletSpec *spec,
                                                    const AccordBulletLayout *layout,
                                                    const AccordBulletPalette *palette,
                                                    PangoContext           *context,
                                                    cairo_t                *cr);

G_END_DECLS
