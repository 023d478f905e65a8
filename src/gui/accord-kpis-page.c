/* accord-kpis-page.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-kpis-page"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "accord-bullet-painter.h"
#include "accord-kpi-format.h"
#include "accord-kpis-page.h"
#include "accord-metrics.h"

struct _AccordKpisPage
{
  AccordPage  parent_instance;

  GtkFlowBox *tiles;
  GtkListBox *sources;
};

G_DEFINE_FINAL_TYPE (AccordKpisPage, accord_kpis_page, ACCORD_TYPE_PAGE)

static GtkWidget *
add_label (GtkBox     *box,
           const char *name,
           const char *text,
           const char *style_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_set_name (label, name);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  if (style_class != NULL)
    gtk_widget_add_css_class (label, style_class);
  gtk_box_append (box, label);
  return label;
}

static const char *
get_trend_class (AccordKpiTrend trend)
{
  switch (trend)
    {
    case ACCORD_KPI_TREND_BETTER:
      return "success";
    case ACCORD_KPI_TREND_WORSE:
      return "error";
    case ACCORD_KPI_TREND_NEUTRAL:
    default:
      return "dim-label";
    }
}

/* A tile is one group for a screen reader, read as one sentence; its
 * labels say the same in parts. */
static GtkWidget *
create_tile (const AccordKpiValue *value)
{
  GtkWidget *tile = g_object_new (GTK_TYPE_BOX,
                                  "orientation", GTK_ORIENTATION_VERTICAL,
                                  "spacing", 4,
                                  "accessible-role", GTK_ACCESSIBLE_ROLE_GROUP,
                                  NULL);
  GtkBox *box = GTK_BOX (tile);
  g_autofree char *description = accord_kpi_describe (value);
  g_autofree char *number = NULL;
  g_autofree char *change = NULL;
  GtkWidget *label;

  gtk_widget_set_name (tile, accord_kpi_get_name (value->kpi));
  gtk_widget_add_css_class (tile, "card");
  gtk_widget_add_css_class (tile, "kpi-tile");
  gtk_accessible_update_property (GTK_ACCESSIBLE (tile),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                  -1);

  add_label (box, "kpi-title", accord_kpi_get_title (value->kpi), "heading");
  if (!value->available)
    {
      add_label (box, "kpi-value", _("Not in the export"), "dim-label");
      return tile;
    }

  number = accord_kpi_format_value (value->kpi, value->value);
  label = add_label (box, "kpi-value", number, "title-1");
  gtk_widget_add_css_class (label, "numeric");

  if (isfinite (value->goal))
    {
      g_autofree char *goal = accord_kpi_format_value (value->kpi, value->goal);
      /* Translators: a KPI's goal on its tile, "goal 8%" */
      g_autofree char *text = g_strdup_printf (_("goal %s"), goal);

      add_label (box, "kpi-goal", text, "dim-label");
    }

  change = accord_kpi_format_change (value);
  if (change != NULL)
    {
      label = add_label (box, "kpi-change", change, get_trend_class (accord_kpi_get_trend (value)));
      gtk_widget_add_css_class (label, "numeric");
    }
  return tile;
}

/* A source's leads, and its leads per hour of effort when the agreement
 * enters hours for it (DESIGN §4). */
static GtkWidget *
create_source_row (const char              *source,
                   guint                    leads,
                   const AccordAssetEffort *effort)
{
  g_autofree char *count = accord_bullet_format_number (ACCORD_BULLET_FORMAT_COUNT, leads);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *suffix = gtk_label_new (count);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), source != NULL ? source : _("No source"));
  if (effort != NULL)
    {
      g_autofree char *per_hour = accord_kpi_format_effort (effort);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), per_hour);
    }
  gtk_widget_add_css_class (suffix, "numeric");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), suffix);
  return row;
}

static const AccordAssetEffort *
find_effort (GArray     *efforts,
             const char *source)
{
  for (guint i = 0; i < efforts->len; i++)
    {
      const AccordAssetEffort *effort = &g_array_index (efforts, AccordAssetEffort, i);

      if (g_strcmp0 (effort->asset, source) == 0)
        return effort;
    }
  return NULL;
}

static void
update_sources (AccordKpisPage *self,
                AccordSession  *session,
                int             month)
{
  AccordLeadStore *store = accord_session_get_store (session);
  GTimeZone *time_zone = accord_session_get_time_zone (session);
  g_autoptr(GArray) counts = accord_metrics_leads_per_source (store, time_zone, month, month);
  g_autoptr(GArray) efforts = accord_metrics_leads_per_hour (store, accord_session_get_agreement (session),
                                                             time_zone, month, month);
  GtkWidget *child;

  /* gtk_list_box_remove_all() is GTK 4.12. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->sources))) != NULL)
    gtk_list_box_remove (self->sources, child);

  for (guint i = 0; i < counts->len; i++)
    {
      const AccordSourceCount *count = &g_array_index (counts, AccordSourceCount, i);

      gtk_list_box_append (self->sources,
                           create_source_row (count->source, count->leads,
                                              count->source != NULL ? find_effort (efforts, count->source) : NULL));
    }

  /* Assets the agreement puts hours into that brought no lead this month. */
  for (guint i = 0; i < efforts->len; i++)
    {
      const AccordAssetEffort *effort = &g_array_index (efforts, AccordAssetEffort, i);

      if (effort->leads == 0)
        gtk_list_box_append (self->sources, create_source_row (effort->asset, 0, effort));
    }

  if (counts->len == 0 && efforts->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No leads created this month"));
      gtk_list_box_append (self->sources, row);
    }
}

static void
update (AccordKpisPage *self)
{
  /* The stack is the bin's child, not a bound template child: disposing
   * the template would unparent it behind AdwBin's back. */
  GtkStack *stack = GTK_STACK (adw_bin_get_child (ADW_BIN (self)));
  AccordSession *session = accord_page_get_session (ACCORD_PAGE (self));
  AccordAgreement *agreement;
  AccordKpiValue values[ACCORD_N_KPIS];
  AccordKpi shown[ACCORD_N_KPIS];
  guint n_shown;
  GtkWidget *child;
  int month;

  /* gtk_flow_box_remove_all() is GTK 4.12. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->tiles))) != NULL)
    gtk_flow_box_remove (self->tiles, child);
  if (session == NULL || accord_session_is_empty (session))
    {
      gtk_stack_set_visible_child_name (stack, "empty");
      return;
    }

  agreement = accord_session_get_agreement (session);
  month = accord_session_get_month (session);
  accord_metrics_kpis (accord_session_get_store (session), agreement,
                       accord_session_get_time_zone (session), month,
                       accord_session_get_now (session), values);

  n_shown = accord_kpi_get_shown (agreement, shown);
  for (guint i = 0; i < n_shown; i++)
    {
      GtkWidget *tile = create_tile (&values[shown[i]]);

      gtk_flow_box_append (self->tiles, tile);
      /* The keyboard focus lands on the flow box's child: it reads as
       * its tile. */
      gtk_accessible_update_relation (GTK_ACCESSIBLE (gtk_widget_get_parent (tile)),
                                      GTK_ACCESSIBLE_RELATION_LABELLED_BY, tile, NULL,
                                      -1);
    }

  update_sources (self, session, month);
  gtk_stack_set_visible_child_name (stack, "kpis");
}

static void
accord_kpis_page_refresh (AccordPage *page,
                          gboolean    data_changed)
{
  update (ACCORD_KPIS_PAGE (page));
}

static void
accord_kpis_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), ACCORD_TYPE_KPIS_PAGE);

  G_OBJECT_CLASS (accord_kpis_page_parent_class)->dispose (object);
}

static void
accord_kpis_page_class_init (AccordKpisPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AccordPageClass *page_class = ACCORD_PAGE_CLASS (klass);

  object_class->dispose = accord_kpis_page_dispose;
  page_class->refresh = accord_kpis_page_refresh;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/smarketing/Accord/accord-kpis-page.ui");
  gtk_widget_class_bind_template_child (widget_class, AccordKpisPage, tiles);
  gtk_widget_class_bind_template_child (widget_class, AccordKpisPage, sources);
}

static void
accord_kpis_page_init (AccordKpisPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
