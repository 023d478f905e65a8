/* accord-committee-chart.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-committee-chart"

#include "config.h"

#include <glib/gi18n.h>

#include "accord-committee-chart.h"
#include "accord-chart-style.h"

/* Sizes in lines of the widget's font, so that a larger font (a projector,
 * AccordPage:large) makes a larger chart. At the natural height, about
 * 200 px at the default font, the legend, the note and a plot six lines
 * tall; at the minimum, the legend on one line and a plot of three (below
 * that, or with a title, the header gives way, note first:
 * accord_committee_layout_new()). */
#define MIN_WIDTH_LINES      16
#define NATURAL_WIDTH_LINES  36
#define MIN_HEIGHT_LINES     8
#define NATURAL_HEIGHT_LINES 12

/* The painter's colours come from style.css through these probes, one per
 * colour (accord_chart_add_color_probes()). The first ones are the
 * outcomes', in their order. */
typedef enum
{
  PROBE_UNQUALIFIED,
  PROBE_REASSIGN,
  PROBE_KEEP,
  PROBE_DISMISS,
  PROBE_RAISED,
  PROBE_DIM,
  PROBE_GRID,
  N_PROBES
} Probe;

G_STATIC_ASSERT ((int) PROBE_UNQUALIFIED == (int) ACCORD_OUTCOME_UNQUALIFIED);
G_STATIC_ASSERT ((int) PROBE_REASSIGN == (int) ACCORD_OUTCOME_REASSIGN);
G_STATIC_ASSERT ((int) PROBE_KEEP == (int) ACCORD_OUTCOME_KEEP);
G_STATIC_ASSERT ((int) PROBE_DISMISS == (int) ACCORD_OUTCOME_DISMISS);

static const char * const probe_classes[N_PROBES] = {
  "committee-unqualified",
  "committee-reassign",
  "committee-keep",
  "committee-dismiss",
  "committee-raised",
  "committee-dim",
  "committee-grid",
};

struct _AccordCommitteeChart
{
  GtkWidget               parent_instance;

  AccordCommitteeSummary *summary;
  char                   *title;

  /* For the size it was made for; NULL when out of date. */
  AccordCommitteeLayout  *layout;
  GtkWidget              *probes[N_PROBES];
};

enum {
  PROP_0,
  PROP_SUMMARY,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (AccordCommitteeChart, accord_committee_chart, GTK_TYPE_WIDGET)

/* The numbers changed, or the title: the layout, the accessible texts and
 * the picture are out of date. */
static void
invalidate (AccordCommitteeChart *self)
{
  g_autofree char *description = NULL;
  g_autofree char *label = NULL;

  g_clear_pointer (&self->layout, accord_committee_layout_free);

  /* Translators: the accessible name of the committee's weekly chart,
   * e.g. "Committee summary, Last 8 weeks" */
  label = self->title != NULL ? g_strdup_printf (_("Committee summary, %s"), self->title)
                              : g_strdup (_("Committee summary"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  if (self->summary != NULL)
    {
      description = accord_committee_describe (self->summary);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                      -1);
    }
  else
    {
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }

  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static const AccordCommitteeLayout *
ensure_layout (AccordCommitteeChart *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  AccordCommitteeLabels labels = { .title = self->title, };

  if (self->summary == NULL || width <= 0 || height <= 0)
    return NULL;

  if (self->layout != NULL && self->layout->width == width && self->layout->height == height)
    return self->layout;

  g_clear_pointer (&self->layout, accord_committee_layout_free);
  self->layout = accord_committee_layout_new (gtk_widget_get_pango_context (GTK_WIDGET (self)),
                                              self->summary, &labels, width, height);

  return self->layout;
}

static void
get_palette (AccordCommitteeChart   *self,
             AccordCommitteePalette *palette)
{
  for (guint o = 0; o < ACCORD_N_OUTCOMES; o++)
    accord_chart_get_style_color (self->probes[o], &palette->outcomes[o]);
  accord_chart_get_style_color (self->probes[PROBE_RAISED], &palette->raised);
  accord_chart_get_style_color (GTK_WIDGET (self), &palette->text);
  accord_chart_get_style_color (self->probes[PROBE_DIM], &palette->dim_text);
  accord_chart_get_style_color (self->probes[PROBE_GRID], &palette->grid);
  /* The chart is drawn over its parent's background. */
  palette->background = (AccordChartColor) { 0, 0, 0, 0 };
}

/* The height of a line of the widget's font, as the painter measures it. */
static int
get_line_height (GtkWidget *widget)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, "Ag");
  int height;

  pango_layout_get_pixel_size (layout, NULL, &height);

  return MAX (height, 1);
}

static void
accord_committee_chart_measure (GtkWidget      *widget,
                                GtkOrientation  orientation,
                                int             for_size,
                                int            *minimum,
                                int            *natural,
                                int            *minimum_baseline,
                                int            *natural_baseline)
{
  int line = get_line_height (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MIN_WIDTH_LINES * line;
      *natural = NATURAL_WIDTH_LINES * line;
    }
  else
    {
      *minimum = MIN_HEIGHT_LINES * line;
      *natural = NATURAL_HEIGHT_LINES * line;
    }
}

static void
accord_committee_chart_size_allocate (GtkWidget *widget,
                                      int        width,
                                      int        height,
                                      int        baseline)
{
  AccordCommitteeChart *self = ACCORD_COMMITTEE_CHART (widget);

  accord_chart_allocate_color_probes (self->probes, N_PROBES);
}

static void
accord_committee_chart_snapshot (GtkWidget   *widget,
                                 GtkSnapshot *snapshot)
{
  AccordCommitteeChart *self = ACCORD_COMMITTEE_CHART (widget);
  const AccordCommitteeLayout *layout = ensure_layout (self);
  AccordCommitteePalette palette;
  cairo_t *cr;

  if (layout == NULL)
    return;

  get_palette (self, &palette);
  cr = gtk_snapshot_append_cairo (snapshot,
                                  &GRAPHENE_RECT_INIT (0, 0, layout->width, layout->height));
  accord_committee_paint (cr, layout, &palette);
  cairo_destroy (cr);
}

static gboolean
accord_committee_chart_query_tooltip (GtkWidget  *widget,
                                      int         x,
                                      int         y,
                                      gboolean    keyboard_mode,
                                      GtkTooltip *tooltip)
{
  AccordCommitteeChart *self = ACCORD_COMMITTEE_CHART (widget);
  const AccordCommitteeLayout *layout = ensure_layout (self);
  g_autofree char *text = NULL;
  const cairo_rectangle_t *column;
  int week;

  if (layout == NULL || (week = accord_committee_layout_hit (layout, x, y)) < 0)
    return FALSE;

  text = accord_committee_describe_week (self->summary, week);
  column = &layout->weeks[week].column;
  gtk_tooltip_set_text (tooltip, text);
  /* The tooltip follows the pointer from one week to the next. */
  gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) { column->x, column->y,
                                                       column->width, column->height });

  return TRUE;
}

static void
accord_committee_chart_css_changed (GtkWidget         *widget,
                                    GtkCssStyleChange *change)
{
  AccordCommitteeChart *self = ACCORD_COMMITTEE_CHART (widget);

  /* The parent's handler asks for a new size when the font changed. */
  GTK_WIDGET_CLASS (accord_committee_chart_parent_class)->css_changed (widget, change);

  /* The font may have changed, and the colours with the dark style. */
  g_clear_pointer (&self->layout, accord_committee_layout_free);
  gtk_widget_queue_draw (widget);
}

static void
accord_committee_chart_dispose (GObject *object)
{
  AccordCommitteeChart *self = ACCORD_COMMITTEE_CHART (object);

  accord_chart_remove_color_probes (self->probes, N_PROBES);

  G_OBJECT_CLASS (accord_committee_chart_parent_class)->dispose (object);
}

static void
accord_committee_chart_finalize (GObject *object)
{
  AccordCommitteeChart *self = ACCORD_COMMITTEE_CHART (object);

  g_clear_pointer (&self->layout, accord_committee_layout_free);
  g_clear_pointer (&self->summary, accord_committee_summary_unref);
  g_free (self->title);

  G_OBJECT_CLASS (accord_committee_chart_parent_class)->finalize (object);
}

static void
accord_committee_chart_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  AccordCommitteeChart *self = ACCORD_COMMITTEE_CHART (object);

  switch (prop_id)
    {
    case PROP_SUMMARY:
      g_value_set_boxed (value, self->summary);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_committee_chart_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  AccordCommitteeChart *self = ACCORD_COMMITTEE_CHART (object);

  switch (prop_id)
    {
    case PROP_SUMMARY:
      accord_committee_chart_set_summary (self, g_value_get_boxed (value));
      break;

    case PROP_TITLE:
      accord_committee_chart_set_title (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_committee_chart_class_init (AccordCommitteeChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = accord_committee_chart_dispose;
  object_class->finalize = accord_committee_chart_finalize;
  object_class->get_property = accord_committee_chart_get_property;
  object_class->set_property = accord_committee_chart_set_property;

  widget_class->measure = accord_committee_chart_measure;
  widget_class->size_allocate = accord_committee_chart_size_allocate;
  widget_class->snapshot = accord_committee_chart_snapshot;
  widget_class->query_tooltip = accord_committee_chart_query_tooltip;
  widget_class->css_changed = accord_committee_chart_css_changed;

  /**
   * AccordCommitteeChart:summary:
   *
   * The weeks the chart shows; %NULL draws nothing.
   */
  properties[PROP_SUMMARY] =
    g_param_spec_boxed ("summary", NULL, NULL, ACCORD_TYPE_COMMITTEE_SUMMARY,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * AccordCommitteeChart:title:
   *
   * Drawn above the chart, and part of its accessible name; %NULL (or
   * empty) for none.
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "committeechart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
accord_committee_chart_init (AccordCommitteeChart *self)
{
  accord_chart_add_color_probes (GTK_WIDGET (self), probe_classes, self->probes, N_PROBES);

  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  invalidate (self);
}

/**
 * accord_committee_chart_new:
 *
 * Returns: (transfer floating): a chart with no summary yet
 */
GtkWidget *
accord_committee_chart_new (void)
{
  return g_object_new (ACCORD_TYPE_COMMITTEE_CHART, NULL);
}

/**
 * accord_committee_chart_get_summary:
 *
 * Returns: (transfer none) (nullable): the summary the chart shows
 */
AccordCommitteeSummary *
accord_committee_chart_get_summary (AccordCommitteeChart *self)
{
  g_return_val_if_fail (ACCORD_IS_COMMITTEE_CHART (self), NULL);
  return self->summary;
}

/**
 * accord_committee_chart_set_summary:
 * @summary: (nullable): the weeks to show (accord_committee_summary_new());
 *   the chart keeps a reference
 *
 * Shows @summary: its weeks, and in the accessible description
 * accord_committee_describe()'s sentence.
 */
void
accord_committee_chart_set_summary (AccordCommitteeChart   *self,
                                    AccordCommitteeSummary *summary)
{
  g_return_if_fail (ACCORD_IS_COMMITTEE_CHART (self));

  if (self->summary == summary)
    return;

  if (summary != NULL)
    accord_committee_summary_ref (summary);
  g_clear_pointer (&self->summary, accord_committee_summary_unref);
  self->summary = summary;

  invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUMMARY]);
}

const char *
accord_committee_chart_get_title (AccordCommitteeChart *self)
{
  g_return_val_if_fail (ACCORD_IS_COMMITTEE_CHART (self), NULL);
  return self->title;
}

void
accord_committee_chart_set_title (AccordCommitteeChart *self,
                                  const char           *title)
{
  g_return_if_fail (ACCORD_IS_COMMITTEE_CHART (self));

  /* An empty title would still take a line above the chart. */
  if (title != NULL && title[0] == '\0')
    title = NULL;
  if (g_strcmp0 (self->title, title) == 0)
    return;

  g_free (self->title);
  self->title = g_strdup (title);

  invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

/**
 * accord_committee_chart_get_layout:
 *
 * Returns: (transfer none) (nullable): the chart's layout at its present
 *   size, %NULL before it has a size or a summary
 */
const AccordCommitteeLayout *
accord_committee_chart_get_layout (AccordCommitteeChart *self)
{
  g_return_val_if_fail (ACCORD_IS_COMMITTEE_CHART (self), NULL);
  return ensure_layout (self);
}
