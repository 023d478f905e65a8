/* accord-chart-style.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-chart-style"

#include "config.h"

#include "accord-chart-style.h"

/* A chart's painter takes several colours, but a widget's node has only
 * one, and libadwaita's named colours (the accent) can be reached from CSS
 * only: style.css gives each colour to a child node of its own, a probe.
 * The probes stay visible, at no size, because GTK does not restyle hidden
 * nodes when the style changes (dark mode). */

/**
 * accord_chart_get_style_color:
 * @widget: a chart, or one of its probes
 * @color: (out caller-allocates): the colour
 *
 * Reads @widget's colour as its style gives it now: it follows style
 * classes and the light or dark style.
 */
void
accord_chart_get_style_color (GtkWidget        *widget,
                              AccordChartColor *color)
{
  GdkRGBA rgba;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (color != NULL);

#if GTK_CHECK_VERSION (4, 10, 0)
  gtk_widget_get_color (widget, &rgba);
#else
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &rgba);
  G_GNUC_END_IGNORE_DEPRECATIONS
#endif

  *color = (AccordChartColor) { rgba.red, rgba.green, rgba.blue, rgba.alpha };
}

/**
 * accord_chart_add_color_probes:
 * @chart: the chart the probes belong to
 * @classes: (array length=n_probes): the style class of each probe
 * @probes: (array length=n_probes) (out caller-allocates): where the
 *   probes go; the chart owns them
 * @n_probes: how many probes
 *
 * Makes a probe per style class, a child of @chart that draws nothing and
 * is not announced, whose colour accord_chart_get_style_color() reads.
 * A chart that lays out its children calls
 * accord_chart_allocate_color_probes(); every chart removes them with
 * accord_chart_remove_color_probes() when disposed.
 */
void
accord_chart_add_color_probes (GtkWidget          *chart,
                               const char * const *classes,
                               GtkWidget         **probes,
                               guint               n_probes)
{
  g_return_if_fail (GTK_IS_WIDGET (chart));
  g_return_if_fail (classes != NULL || n_probes == 0);
  g_return_if_fail (probes != NULL || n_probes == 0);

  for (guint i = 0; i < n_probes; i++)
    {
      const char * const probe_classes[] = { classes[i], NULL };

      probes[i] = g_object_new (GTK_TYPE_BOX,
                                "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                "css-classes", probe_classes,
                                NULL);
      gtk_widget_set_parent (probes[i], chart);
    }
}

/**
 * accord_chart_allocate_color_probes:
 * @probes: (array length=n_probes): the probes
 * @n_probes: how many probes
 *
 * Gives each probe no size, from the chart's size_allocate: GTK wants
 * every child allocated.
 */
void
accord_chart_allocate_color_probes (GtkWidget * const *probes,
                                    guint              n_probes)
{
  g_return_if_fail (probes != NULL || n_probes == 0);

  for (guint i = 0; i < n_probes; i++)
    gtk_widget_allocate (probes[i], 0, 0, -1, NULL);
}

/**
 * accord_chart_remove_color_probes:
 * @probes: (array length=n_probes) (inout): the probes; set to %NULL
 * @n_probes: how many probes
 *
 * Unparents the probes, from the chart's dispose; a probe already
 * removed (%NULL) is passed over.
 */
void
accord_chart_remove_color_probes (GtkWidget **probes,
                                  guint       n_probes)
{
  g_return_if_fail (probes != NULL || n_probes == 0);

  for (guint i = 0; i < n_probes; i++)
    g_clear_pointer (&probes[i], gtk_widget_unparent);
}
