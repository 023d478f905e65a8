/* accord-funnel-chart.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-funnel-chart"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "accord-funnel-chart.h"
#include "accord-chart-style.h"

#define MIN_WIDTH       280
#define NATURAL_WIDTH   420
#define MIN_HEIGHT      300
#define NATURAL_HEIGHT  380

/* The painter's colours come from style.css through these probes, one per
 * colour (accord_chart_add_color_probes()). */
typedef enum
{
  PROBE_BAR,
  PROBE_COMPARISON,
  PROBE_GOAL,
  PROBE_DIM,
  N_PROBES
} Probe;

static const char * const probe_classes[N_PROBES] = {
  "funnel-bar",
  "funnel-comparison",
  "funnel-goal",
  "funnel-dim",
};

struct _AccordFunnelChart
{
  GtkWidget           parent_instance;

  AccordFunnel        funnel;
  AccordFunnel        comparison;
  gboolean            has_comparison;
  char               *title;
  char               *current_label;
  char               *comparison_label;

  /* For the size it was made for; NULL when out of date. */
  AccordFunnelLayout *layout;
  GtkWidget          *probes[N_PROBES];
};

enum {
  PROP_0,
  PROP_TITLE,
  PROP_CURRENT_LABEL,
  PROP_COMPARISON_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (AccordFunnelChart, accord_funnel_chart, GTK_TYPE_WIDGET)

static void
get_labels (AccordFunnelChart  *self,
            AccordFunnelLabels *labels)
{
  *labels = (AccordFunnelLabels) {
    .title = self->title,
    .current = self->current_label,
    .comparison = self->comparison_label,
  };
}

static const AccordFunnel *
get_comparison (AccordFunnelChart *self)
{
  return self->has_comparison ? &self->comparison : NULL;
}

/* The numbers changed, or the texts: the layout, the accessible
 * description and the picture are out of date. */
static void
invalidate (AccordFunnelChart *self)
{
  AccordFunnelLabels labels;
  g_autofree char *description = NULL;
  g_autofree char *label = NULL;
  const char *name;

  g_clear_pointer (&self->layout, accord_funnel_layout_free);

  get_labels (self, &labels);
  description = accord_funnel_describe (&self->funnel, get_comparison (self), &labels);
  name = self->title != NULL ? self->title : self->current_label;
  /* Translators: the accessible name of a funnel chart, e.g. "Funnel, October 2024" */
  label = name != NULL ? g_strdup_printf (_("Funnel, %s"), name) : g_strdup (_("Funnel"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);

  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static const AccordFunnelLayout *
ensure_layout (AccordFunnelChart *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  AccordFunnelLabels labels;

  if (width <= 0 || height <= 0)
    return NULL;

  if (self->layout != NULL && self->layout->width == width && self->layout->height == height)
    return self->layout;

  g_clear_pointer (&self->layout, accord_funnel_layout_free);
  get_labels (self, &labels);
  self->layout = accord_funnel_layout_new (gtk_widget_get_pango_context (GTK_WIDGET (self)),
                                           &self->funnel, get_comparison (self), &labels,
                                           width, height);

  return self->layout;
}

static void
get_palette (AccordFunnelChart   *self,
             AccordFunnelPalette *palette)
{
  accord_chart_get_style_color (GTK_WIDGET (self), &palette->text);
  accord_chart_get_style_color (self->probes[PROBE_BAR], &palette->bar);
  accord_chart_get_style_color (self->probes[PROBE_COMPARISON], &palette->comparison);
  accord_chart_get_style_color (self->probes[PROBE_GOAL], &palette->goal);
  accord_chart_get_style_color (self->probes[PROBE_DIM], &palette->dim_text);
  /* The chart is drawn over its parent's background. */
  palette->background = (AccordChartColor) { 0, 0, 0, 0 };
}

static void
accord_funnel_chart_measure (GtkWidget      *widget,
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
      *minimum = MIN_HEIGHT;
      *natural = NATURAL_HEIGHT;
    }
}

static void
accord_funnel_chart_size_allocate (GtkWidget *widget,
                                   int        width,
                                   int        height,
                                   int        baseline)
{
  AccordFunnelChart *self = ACCORD_FUNNEL_CHART (widget);

  accord_chart_allocate_color_probes (self->probes, N_PROBES);
}

static void
accord_funnel_chart_snapshot (GtkWidget   *widget,
                              GtkSnapshot *snapshot)
{
  AccordFunnelChart *self = ACCORD_FUNNEL_CHART (widget);
  const AccordFunnelLayout *layout = ensure_layout (self);
  AccordFunnelPalette palette;
  cairo_t *cr;

  if (layout == NULL)
    return;

  get_palette (self, &palette);
  cr = gtk_snapshot_append_cairo (snapshot,
                                  &GRAPHENE_RECT_INIT (0, 0, layout->width, layout->height));
  accord_funnel_paint (cr, layout, &palette);
  cairo_destroy (cr);
}

static gboolean
accord_funnel_chart_query_tooltip (GtkWidget  *widget,
                                   int         x,
                                   int         y,
                                   gboolean    keyboard_mode,
                                   GtkTooltip *tooltip)
{
  AccordFunnelChart *self = ACCORD_FUNNEL_CHART (widget);
  const AccordFunnelLayout *layout = ensure_layout (self);
  g_autofree char *text = NULL;
  AccordFunnelLabels labels;
  const cairo_rectangle_t *row;
  int stage;

  if (layout == NULL || (stage = accord_funnel_layout_hit (layout, x, y)) < 0)
    return FALSE;

  get_labels (self, &labels);
  text = accord_funnel_describe_stage (&self->funnel, get_comparison (self), &labels, stage);
  row = &layout->stages[stage].row;
  gtk_tooltip_set_text (tooltip, text);
  /* The tooltip follows the pointer from one stage to the next. */
  gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) { row->x, row->y, row->width, row->height });

  return TRUE;
}

static void
accord_funnel_chart_css_changed (GtkWidget         *widget,
                                 GtkCssStyleChange *change)
{
  AccordFunnelChart *self = ACCORD_FUNNEL_CHART (widget);

  GTK_WIDGET_CLASS (accord_funnel_chart_parent_class)->css_changed (widget, change);

  /* The font may have changed, and the colours with the dark style. */
  g_clear_pointer (&self->layout, accord_funnel_layout_free);
  gtk_widget_queue_draw (widget);
}

static void
accord_funnel_chart_dispose (GObject *object)
{
  AccordFunnelChart *self = ACCORD_FUNNEL_CHART (object);

  accord_chart_remove_color_probes (self->probes, N_PROBES);

  G_OBJECT_CLASS (accord_funnel_chart_parent_class)->dispose (object);
}

static void
accord_funnel_chart_finalize (GObject *object)
{
  AccordFunnelChart *self = ACCORD_FUNNEL_CHART (object);

  g_clear_pointer (&self->layout, accord_funnel_layout_free);
  g_free (self->title);
  g_free (self->current_label);
  g_free (self->comparison_label);

  G_OBJECT_CLASS (accord_funnel_chart_parent_class)->finalize (object);
}

static void
accord_funnel_chart_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  AccordFunnelChart *self = ACCORD_FUNNEL_CHART (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_CURRENT_LABEL:
      g_value_set_string (value, self->current_label);
      break;

    case PROP_COMPARISON_LABEL:
      g_value_set_string (value, self->comparison_label);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_funnel_chart_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  AccordFunnelChart *self = ACCORD_FUNNEL_CHART (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      accord_funnel_chart_set_title (self, g_value_get_string (value));
      break;

    case PROP_CURRENT_LABEL:
      accord_funnel_chart_set_current_label (self, g_value_get_string (value));
      break;

    case PROP_COMPARISON_LABEL:
      accord_funnel_chart_set_comparison_label (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_funnel_chart_class_init (AccordFunnelChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = accord_funnel_chart_dispose;
  object_class->finalize = accord_funnel_chart_finalize;
  object_class->get_property = accord_funnel_chart_get_property;
  object_class->set_property = accord_funnel_chart_set_property;

  widget_class->measure = accord_funnel_chart_measure;
  widget_class->size_allocate = accord_funnel_chart_size_allocate;
  widget_class->snapshot = accord_funnel_chart_snapshot;
  widget_class->query_tooltip = accord_funnel_chart_query_tooltip;
  widget_class->css_changed = accord_funnel_chart_css_changed;

  /**
   * AccordFunnelChart:title:
   *
   * Drawn above the chart, e.g. the owner of a breakdown's funnel.
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * AccordFunnelChart:current-label:
   *
   * The period's name in the legend.
   */
  properties[PROP_CURRENT_LABEL] =
    g_param_spec_string ("current-label", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * AccordFunnelChart:comparison-label:
   *
   * The comparison period's name in the legend and the tooltips.
   */
  properties[PROP_COMPARISON_LABEL] =
    g_param_spec_string ("comparison-label", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "funnelchart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
accord_funnel_chart_init (AccordFunnelChart *self)
{
  accord_chart_add_color_probes (GTK_WIDGET (self), probe_classes, self->probes, N_PROBES);

  for (guint s = 0; s < ACCORD_N_STAGES; s++)
    self->funnel.stages[s] = (AccordFunnelStage) { 0, NAN, NAN, 0, NAN };

  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  invalidate (self);
}

/**
 * accord_funnel_chart_new:
 *
 * Returns: (transfer floating): a chart of an empty funnel
 */
GtkWidget *
accord_funnel_chart_new (void)
{
  return g_object_new (ACCORD_TYPE_FUNNEL_CHART, NULL);
}

/**
 * accord_funnel_chart_set_funnel:
 * @funnel: the funnel to show (accord_metrics_funnel()); copied
 * @comparison: (nullable): the funnel of the period to compare with; copied
 *
 * The funnels' keys are not kept: the title names a breakdown's key.
 */
void
accord_funnel_chart_set_funnel (AccordFunnelChart  *self,
                                const AccordFunnel *funnel,
                                const AccordFunnel *comparison)
{
  g_return_if_fail (ACCORD_IS_FUNNEL_CHART (self));
  g_return_if_fail (funnel != NULL);

  self->funnel = *funnel;
  self->funnel.key = NULL;
  self->has_comparison = comparison != NULL;
  if (comparison != NULL)
    {
      self->comparison = *comparison;
      self->comparison.key = NULL;
    }

  invalidate (self);
}

static void
set_string (AccordFunnelChart *self,
            char             **field,
            const char        *value,
            guint              prop_id)
{
  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_strdup (value);
  invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

const char *
accord_funnel_chart_get_title (AccordFunnelChart *self)
{
  g_return_val_if_fail (ACCORD_IS_FUNNEL_CHART (self), NULL);
  return self->title;
}

void
accord_funnel_chart_set_title (AccordFunnelChart *self,
                               const char        *title)
{
  g_return_if_fail (ACCORD_IS_FUNNEL_CHART (self));
  set_string (self, &self->title, title, PROP_TITLE);
}

const char *
accord_funnel_chart_get_current_label (AccordFunnelChart *self)
{
  g_return_val_if_fail (ACCORD_IS_FUNNEL_CHART (self), NULL);
  return self->current_label;
}

void
accord_funnel_chart_set_current_label (AccordFunnelChart *self,
                                       const char        *label)
{
  g_return_if_fail (ACCORD_IS_FUNNEL_CHART (self));
  set_string (self, &self->current_label, label, PROP_CURRENT_LABEL);
}

const char *
accord_funnel_chart_get_comparison_label (AccordFunnelChart *self)
{
  g_return_val_if_fail (ACCORD_IS_FUNNEL_CHART (self), NULL);
  return self->comparison_label;
}

void
accord_funnel_chart_set_comparison_label (AccordFunnelChart *self,
                                          const char        *label)
{
  g_return_if_fail (ACCORD_IS_FUNNEL_CHART (self));
  set_string (self, &self->comparison_label, label, PROP_COMPARISON_LABEL);
}

/**
 * accord_funnel_chart_get_layout:
 *
 * Returns: (transfer none) (nullable): the chart's layout at its present
 *   size, %NULL before it has one
 */
const AccordFunnelLayout *
accord_funnel_chart_get_layout (AccordFunnelChart *self)
{
  g_return_val_if_fail (ACCORD_IS_FUNNEL_CHART (self), NULL);
  return ensure_layout (self);
}

/**
 * accord_funnel_chart_dup_description:
 *
 * Returns: (transfer full): the accessible description: every number the
 *   chart shows
 */
char *
accord_funnel_chart_dup_description (AccordFunnelChart *self)
{
  AccordFunnelLabels labels;

  g_return_val_if_fail (ACCORD_IS_FUNNEL_CHART (self), NULL);

  get_labels (self, &labels);
  return accord_funnel_describe (&self->funnel, get_comparison (self), &labels);
}
