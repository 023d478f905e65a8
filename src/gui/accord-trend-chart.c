/* accord-trend-chart.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-trend-chart"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "accord-trend-chart.h"
#include "accord-chart-style.h"

/* A sparkline beside a line of text: small and of a fixed height, so
 * that it does not widen the calculator (DESIGN §4). */
#define MIN_WIDTH      120
#define NATURAL_WIDTH  220
#define HEIGHT         64

/* The painter's colours come from style.css through these probes, one per
 * colour (accord_chart_add_color_probes()). */
typedef enum
{
  PROBE_LINE,
  PROBE_TREND,
  PROBE_BASELINE,
  N_PROBES
} Probe;

static const char * const probe_classes[N_PROBES] = {
  "trend-line",
  "trend-fit",
  "trend-baseline",
};

struct _AccordTrendChart
{
  GtkWidget           parent_instance;

  char               *title;
  double             *values;
  guint               n_values;
  double              slope;
  AccordBulletFormat  format;

  /* For the size it was made for; NULL when out of date. */
  AccordTrendLayout  *layout;
  GtkWidget          *probes[N_PROBES];
};

enum {
  PROP_0,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (AccordTrendChart, accord_trend_chart, GTK_TYPE_WIDGET)

/* The values changed, or the title: the layout, the accessible texts and
 * the picture are out of date. */
static void
invalidate (AccordTrendChart *self)
{
  g_autofree char *label = NULL;
  g_autofree char *description = NULL;

  g_clear_pointer (&self->layout, accord_trend_layout_free);

  /* Translators: the accessible name of a figure's trend chart, "Lead→opportunity rate trend" */
  label = self->title != NULL ? g_strdup_printf (_("%s trend"), self->title) : g_strdup (_("Trend"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  if (self->title != NULL && self->n_values > 0)
    {
      description = accord_trend_describe (self->title, self->values, self->n_values,
                                           self->slope, self->format);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                      -1);
    }
  else
    {
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), description);

  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static const AccordTrendLayout *
ensure_layout (AccordTrendChart *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));

  if (self->n_values == 0 || width <= 0 || height <= 0)
    return NULL;

  if (self->layout != NULL && self->layout->width == width && self->layout->height == height)
    return self->layout;

  g_clear_pointer (&self->layout, accord_trend_layout_free);
  self->layout = accord_trend_layout_new (gtk_widget_get_pango_context (GTK_WIDGET (self)),
                                          self->values, self->n_values, self->slope,
                                          self->format, width, height);

  return self->layout;
}

static void
accord_trend_chart_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MIN_WIDTH;
      *natural = NATURAL_WIDTH;
    }
  else
    {
      *minimum = HEIGHT;
      *natural = HEIGHT;
    }
}

static void
accord_trend_chart_size_allocate (GtkWidget *widget,
                                  int        width,
                                  int        height,
                                  int        baseline)
{
  AccordTrendChart *self = ACCORD_TREND_CHART (widget);

  accord_chart_allocate_color_probes (self->probes, N_PROBES);
}

static void
accord_trend_chart_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  AccordTrendChart *self = ACCORD_TREND_CHART (widget);
  const AccordTrendLayout *layout = ensure_layout (self);
  AccordTrendPalette palette;
  cairo_t *cr;

  if (layout == NULL)
    return;

  accord_chart_get_style_color (self->probes[PROBE_LINE], &palette.line);
  accord_chart_get_style_color (self->probes[PROBE_TREND], &palette.trend);
  accord_chart_get_style_color (self->probes[PROBE_BASELINE], &palette.baseline);
  accord_chart_get_style_color (widget, &palette.text);
  /* The chart is drawn over its parent's background. */
  palette.background = (AccordChartColor) { 0, 0, 0, 0 };

  cr = gtk_snapshot_append_cairo (snapshot,
                                  &GRAPHENE_RECT_INIT (0, 0, layout->width, layout->height));
  accord_trend_paint (cr, layout, &palette);
  cairo_destroy (cr);
}

static void
accord_trend_chart_css_changed (GtkWidget         *widget,
                                GtkCssStyleChange *change)
{
  AccordTrendChart *self = ACCORD_TREND_CHART (widget);

  GTK_WIDGET_CLASS (accord_trend_chart_parent_class)->css_changed (widget, change);

  /* The font may have changed, and the colours with the dark style. */
  g_clear_pointer (&self->layout, accord_trend_layout_free);
  gtk_widget_queue_draw (widget);
}

static void
accord_trend_chart_dispose (GObject *object)
{
  AccordTrendChart *self = ACCORD_TREND_CHART (object);

  accord_chart_remove_color_probes (self->probes, N_PROBES);

  G_OBJECT_CLASS (accord_trend_chart_parent_class)->dispose (object);
}

static void
accord_trend_chart_finalize (GObject *object)
{
  AccordTrendChart *self = ACCORD_TREND_CHART (object);

  g_clear_pointer (&self->layout, accord_trend_layout_free);
  g_free (self->values);
  g_free (self->title);

  G_OBJECT_CLASS (accord_trend_chart_parent_class)->finalize (object);
}

static void
accord_trend_chart_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  AccordTrendChart *self = ACCORD_TREND_CHART (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_trend_chart_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  AccordTrendChart *self = ACCORD_TREND_CHART (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      accord_trend_chart_set_title (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_trend_chart_class_init (AccordTrendChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = accord_trend_chart_dispose;
  object_class->finalize = accord_trend_chart_finalize;
  object_class->get_property = accord_trend_chart_get_property;
  object_class->set_property = accord_trend_chart_set_property;

  widget_class->measure = accord_trend_chart_measure;
  widget_class->size_allocate = accord_trend_chart_size_allocate;
  widget_class->snapshot = accord_trend_chart_snapshot;
  widget_class->css_changed = accord_trend_chart_css_changed;

  /**
   * AccordTrendChart:title:
   *
   * The figure's name, "Lead→opportunity rate": part of the accessible
   * name and description; %NULL for none.
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "trendchart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
accord_trend_chart_init (AccordTrendChart *self)
{
  accord_chart_add_color_probes (GTK_WIDGET (self), probe_classes, self->probes, N_PROBES);

  self->slope = NAN;
  invalidate (self);
}

/**
 * accord_trend_chart_new:
 *
 * Returns: (transfer floating): a chart with no values yet
 */
GtkWidget *
accord_trend_chart_new (void)
{
  return g_object_new (ACCORD_TYPE_TREND_CHART, NULL);
}

const char *
accord_trend_chart_get_title (AccordTrendChart *self)
{
  g_return_val_if_fail (ACCORD_IS_TREND_CHART (self), NULL);
  return self->title;
}

void
accord_trend_chart_set_title (AccordTrendChart *self,
                              const char       *title)
{
  g_return_if_fail (ACCORD_IS_TREND_CHART (self));

  if (g_strcmp0 (self->title, title) == 0)
    return;

  g_free (self->title);
  self->title = g_strdup (title);

  invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

/**
 * accord_trend_chart_set_values:
 * @values: (array length=n_values): the figure per quarter, oldest first;
 *   NAN where it is undefined; copied
 * @n_values: how many; 0 draws nothing
 * @slope: the least-squares trend through them (#AccordCalculatorHistory's)
 * @format: how the values are written
 *
 * Shows the values and their trend, and in the accessible description
 * accord_trend_describe()'s sentence.
 */
void
accord_trend_chart_set_values (AccordTrendChart   *self,
                               const double       *values,
                               guint               n_values,
                               double              slope,
                               AccordBulletFormat  format)
{
  g_return_if_fail (ACCORD_IS_TREND_CHART (self));
  g_return_if_fail (values != NULL || n_values == 0);

  g_free (self->values);
  self->values = g_memdup2 (values, n_values * sizeof (double));
  self->n_values = n_values;
  self->slope = slope;
  self->format = format;

  invalidate (self);
}

/**
 * accord_trend_chart_get_layout:
 *
 * Returns: (transfer none) (nullable): the chart's layout at its present
 *   size, %NULL before it has a size or values
 */
const AccordTrendLayout *
accord_trend_chart_get_layout (AccordTrendChart *self)
{
  g_return_val_if_fail (ACCORD_IS_TREND_CHART (self), NULL);
  return ensure_layout (self);
}
