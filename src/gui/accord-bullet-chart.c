/* accord-bullet-chart.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-bullet-chart"

#include "config.h"

#include <string.h>

#include "accord-bullet-chart.h"
#include "accord-chart-style.h"

/* The chart writes no text: the table's cells show the numbers. Tall
 * enough for a projector; CSS min-height makes it taller. */
#define HEIGHT        24
#define MIN_WIDTH     48
#define NATURAL_WIDTH 160

struct _AccordBulletChart
{
  GtkWidget         parent_instance;

  AccordBulletSpec *spec;
};

enum {
  PROP_0,
  PROP_SPEC,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (AccordBulletChart, accord_bullet_chart, GTK_TYPE_WIDGET)

static void
accord_bullet_chart_measure (GtkWidget      *widget,
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
      *minimum = *natural = HEIGHT;
    }
}

static void
accord_bullet_chart_snapshot (GtkWidget   *widget,
                              GtkSnapshot *snapshot)
{
  AccordBulletChart *self = ACCORD_BULLET_CHART (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  AccordBulletLayout layout;
  AccordBulletPalette palette;
  AccordChartColor foreground;
  cairo_t *cr;

  if (self->spec == NULL || width <= 0 || height <= 0)
    return;

  /* The widget's colour follows its style class (band-under, band-over)
   * and the light or dark style. */
  accord_chart_get_style_color (widget, &foreground);
  accord_bullet_palette_init (&palette, &foreground);
  accord_bullet_layout (self->spec, NULL, width, height, &layout);

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  accord_bullet_paint (self->spec, &layout, &palette, NULL, cr);
  cairo_destroy (cr);
}

static gboolean
accord_bullet_chart_query_tooltip (GtkWidget  *widget,
                                   int         x,
                                   int         y,
                                   gboolean    keyboard_tooltip,
                                   GtkTooltip *tooltip)
{
  AccordBulletChart *self = ACCORD_BULLET_CHART (widget);
  g_autofree char *text = NULL;
  AccordBulletLayout layout;
  AccordBulletPart part;

  if (self->spec == NULL)
    return FALSE;

  accord_bullet_chart_get_layout (self, &layout);
  /* From the keyboard there is no point: say everything. */
  part = keyboard_tooltip ? ACCORD_BULLET_PART_SCALE : accord_bullet_layout_hit (&layout, x, y);
  if (part == ACCORD_BULLET_PART_NONE)
    return FALSE;

  text = accord_bullet_spec_describe_part (self->spec, part);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
accord_bullet_chart_finalize (GObject *object)
{
  AccordBulletChart *self = ACCORD_BULLET_CHART (object);

  g_clear_pointer (&self->spec, accord_bullet_spec_free);

  G_OBJECT_CLASS (accord_bullet_chart_parent_class)->finalize (object);
}

static void
accord_bullet_chart_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  AccordBulletChart *self = ACCORD_BULLET_CHART (object);

  switch (prop_id)
    {
    case PROP_SPEC:
      g_value_set_boxed (value, self->spec);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_bullet_chart_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  AccordBulletChart *self = ACCORD_BULLET_CHART (object);

  switch (prop_id)
    {
    case PROP_SPEC:
      accord_bullet_chart_set_spec (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_bullet_chart_class_init (AccordBulletChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = accord_bullet_chart_finalize;
  object_class->get_property = accord_bullet_chart_get_property;
  object_class->set_property = accord_bullet_chart_set_property;

  widget_class->measure = accord_bullet_chart_measure;
  widget_class->snapshot = accord_bullet_chart_snapshot;
  widget_class->query_tooltip = accord_bullet_chart_query_tooltip;

  /**
   * AccordBulletChart:spec:
   *
   * What the chart shows; %NULL draws nothing.
   */
  properties[PROP_SPEC] =
    g_param_spec_boxed ("spec", NULL, NULL, ACCORD_TYPE_BULLET_SPEC,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "bulletchart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
accord_bullet_chart_init (AccordBulletChart *self)
{
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
}

GtkWidget *
accord_bullet_chart_new (void)
{
  return g_object_new (ACCORD_TYPE_BULLET_CHART, NULL);
}

/**
 * accord_bullet_chart_get_spec:
 *
 * Returns: (transfer none) (nullable): what the chart shows
 */
const AccordBulletSpec *
accord_bullet_chart_get_spec (AccordBulletChart *self)
{
  g_return_val_if_fail (ACCORD_IS_BULLET_CHART (self), NULL);
  return self->spec;
}

static void
update_band_classes (AccordBulletChart *self)
{
  AccordBand band = self->spec != NULL ? self->spec->band : ACCORD_BAND_IN;

  gtk_widget_remove_css_class (GTK_WIDGET (self), "band-under");
  gtk_widget_remove_css_class (GTK_WIDGET (self), "band-over");
  if (band == ACCORD_BAND_UNDER)
    gtk_widget_add_css_class (GTK_WIDGET (self), "band-under");
  else if (band == ACCORD_BAND_OVER)
    gtk_widget_add_css_class (GTK_WIDGET (self), "band-over");
}

static void
update_accessible (AccordBulletChart *self)
{
  g_autofree char *description = NULL;

  if (self->spec == NULL)
    {
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      return;
    }

  description = accord_bullet_spec_describe (self->spec);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, self->spec->label != NULL ? self->spec->label : "",
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

/**
 * accord_bullet_chart_set_spec:
 * @spec: (nullable): what to show; copied
 */
void
accord_bullet_chart_set_spec (AccordBulletChart      *self,
                              const AccordBulletSpec *spec)
{
  g_return_if_fail (ACCORD_IS_BULLET_CHART (self));

  if (self->spec == spec)
    return;

  g_clear_pointer (&self->spec, accord_bullet_spec_free);
  if (spec != NULL)
    self->spec = accord_bullet_spec_copy (spec);

  update_band_classes (self);
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPEC]);
}

/**
 * accord_bullet_chart_get_layout:
 * @layout: (out caller-allocates): where the chart's parts are, at its
 *   current size
 *
 * For hit testing, and for tests: the layout the chart paints.
 */
void
accord_bullet_chart_get_layout (AccordBulletChart  *self,
                                AccordBulletLayout *layout)
{
  g_return_if_fail (ACCORD_IS_BULLET_CHART (self));
  g_return_if_fail (layout != NULL);

  if (self->spec == NULL)
    {
      memset (layout, 0, sizeof *layout);
      return;
    }

  accord_bullet_layout (self->spec, NULL,
                        gtk_widget_get_width (GTK_WIDGET (self)),
                        gtk_widget_get_height (GTK_WIDGET (self)), layout);
}
