/* accord-funnel-page.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The funnel of DESIGN §3 for the session's month: counted by period or
 * by cohort, beside the previous month or the same month a year before,
 * for all leads or one small funnel per owner or source. Every number
 * comes from accord_metrics_funnel() and accord_metrics_funnel_breakdown();
 * the page only chooses the months and lays the charts out.
 */

#define G_LOG_DOMAIN "accord-funnel-page"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "accord-funnel-chart.h"
#include "accord-funnel-page.h"
#include "accord-metrics.h"
#include "accord-zone.h"

struct _AccordFunnelPage
{
  AccordPage         parent_instance;

  guint              mode;        /* AccordFunnelMode */
  guint              comparison;  /* AccordFunnelComparison */
  guint              breakdown;   /* AccordFunnelBreakdown */
  gboolean           dirty;       /* to compute again when next mapped */

  GtkLabel          *heading_label;
  GtkLabel          *explanation_label;
  GtkStack          *stack;
  AccordFunnelChart *chart;
  GtkFlowBox        *breakdown_box;
  GtkLabel          *empty_label;
};

enum {
  PROP_0,
  PROP_MODE,
  PROP_COMPARISON,
  PROP_BREAKDOWN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (AccordFunnelPage, accord_funnel_page, ACCORD_TYPE_PAGE)

static AccordSession *
get_session (AccordFunnelPage *self)
{
  return accord_page_get_session (ACCORD_PAGE (self));
}

/* The month compared with, or -1. */
static int
get_comparison_month (AccordFunnelPage *self,
                      int               month)
{
  switch (self->comparison)
    {
    case ACCORD_FUNNEL_COMPARE_PREVIOUS_MONTH:
      return month - 1;

    case ACCORD_FUNNEL_COMPARE_LAST_YEAR:
      return month - 12;

    default:
      return -1;
    }
}

/* The comparison month's name; one before the data began says so. */
static char *
format_comparison (AccordFunnelPage *self,
                   int               month)
{
  int first_month = 0, last_month = -1;

  accord_session_get_month_range (get_session (self), &first_month, &last_month);
  return accord_month_key_format_name_in_data (month, first_month, last_month);
}

static void
make_empty_funnel (AccordFunnel *funnel)
{
  funnel->key = NULL;
  for (guint s = 0; s < ACCORD_N_STAGES; s++)
    funnel->stages[s] = (AccordFunnelStage) { 0, NAN, NAN, 0, NAN };
}

static const AccordFunnel *
find_funnel (GArray     *funnels,
             const char *key)
{
  for (guint i = 0; funnels != NULL && i < funnels->len; i++)
    {
      const AccordFunnel *funnel = &g_array_index (funnels, AccordFunnel, i);

      if (g_strcmp0 (funnel->key, key) == 0)
        return funnel;
    }

  return NULL;
}

static void
update_explanation (AccordFunnelPage *self,
                    const char       *month_name)
{
  g_autofree char *explanation = NULL;

  /* DESIGN §3: the two ways to count. */
  if (self->mode == ACCORD_FUNNEL_COHORT)
    explanation = g_strdup_printf (_("Of the leads created in %s, how many have reached "
                                     "each stage since"),
                                   month_name);
  else
    explanation = g_strdup_printf (_("Each stage counts what happened in %s: leads created, "
                                     "MQL and SQL dates, opportunities and customers won"),
                                   month_name);

  gtk_label_set_label (self->explanation_label, explanation);
}

static void
clear_breakdown (AccordFunnelPage *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->breakdown_box))) != NULL)
    gtk_flow_box_remove (self->breakdown_box, child);
}

static void
show_breakdown (AccordFunnelPage *self,
                int               month,
                int               comparison_month,
                const char       *month_name,
                const char       *comparison_name)
{
  AccordSession *session = get_session (self);
  AccordLeadStore *store = accord_session_get_store (session);
  AccordAgreement *agreement = accord_session_get_agreement (session);
  GTimeZone *time_zone = accord_session_get_time_zone (session);
  AccordField by = self->breakdown == ACCORD_FUNNEL_BREAKDOWN_OWNER ? ACCORD_FIELD_OWNER
                                                                     : ACCORD_FIELD_SOURCE;
  g_autoptr(GArray) funnels = NULL;
  g_autoptr(GArray) others = NULL;
  g_autofree char *empty = NULL;

  funnels = accord_metrics_funnel_breakdown (store, agreement, time_zone, month, month,
                                             self->mode, by);
  if (comparison_month >= 0)
    others = accord_metrics_funnel_breakdown (store, agreement, time_zone,
                                              comparison_month, comparison_month, self->mode, by);

  clear_breakdown (self);
  for (guint i = 0; i < funnels->len; i++)
    {
      const AccordFunnel *funnel = &g_array_index (funnels, AccordFunnel, i);
      const AccordFunnel *other = find_funnel (others, funnel->key);
      AccordFunnel none;
      GtkWidget *chart = accord_funnel_chart_new ();
      GtkWidget *card = adw_bin_new ();
      const char *title = funnel->key;

      /* An owner or source without leads in the other month had none. */
      if (other == NULL && comparison_month >= 0)
        {
          make_empty_funnel (&none);
          other = &none;
        }
      if (title == NULL)
        title = by == ACCORD_FIELD_OWNER ? _("No owner") : _("No source");

      accord_funnel_chart_set_title (ACCORD_FUNNEL_CHART (chart), title);
      accord_funnel_chart_set_current_label (ACCORD_FUNNEL_CHART (chart), month_name);
      accord_funnel_chart_set_comparison_label (ACCORD_FUNNEL_CHART (chart), comparison_name);
      accord_funnel_chart_set_funnel (ACCORD_FUNNEL_CHART (chart), funnel, other);
      gtk_widget_add_css_class (card, "card");
      gtk_widget_add_css_class (card, "funnel-card");
      adw_bin_set_child (ADW_BIN (card), chart);
      gtk_flow_box_append (self->breakdown_box, card);
      /* The keyboard focus lands on the flow box's child: it reads as
       * its chart. */
      gtk_accessible_update_relation (GTK_ACCESSIBLE (gtk_widget_get_parent (card)),
                                      GTK_ACCESSIBLE_RELATION_LABELLED_BY, chart, NULL,
                                      -1);
    }

  if (funnels->len > 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "breakdown");
      return;
    }

  empty = g_strdup_printf (self->mode == ACCORD_FUNNEL_COHORT ? _("No leads were created in %s")
                                                              : _("Nothing happened in %s"),
                           month_name);
  gtk_label_set_label (self->empty_label, empty);
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

/* The session's month moved, its figures changed or a switch on the page
 * did: compute the funnels again, or when next shown. */
static void
update (AccordFunnelPage *self)
{
  AccordSession *session = get_session (self);
  g_autofree char *month_name = NULL;
  g_autofree char *comparison_name = NULL;
  AccordFunnel funnel, other;
  int month, comparison_month;

  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->dirty = TRUE;
      return;
    }
  self->dirty = FALSE;

  month = session != NULL ? accord_session_get_month (session) : -1;
  if (month < 0)
    {
      clear_breakdown (self);
      gtk_label_set_label (self->heading_label, _("No Data"));
      gtk_label_set_label (self->explanation_label, "");
      gtk_label_set_label (self->empty_label, _("Import a CRM export to see its funnel"));
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  month_name = accord_month_key_format_name (month);
  comparison_month = get_comparison_month (self, month);
  if (comparison_month >= 0)
    comparison_name = format_comparison (self, comparison_month);
  gtk_label_set_label (self->heading_label, month_name);
  update_explanation (self, month_name);

  if (self->breakdown != ACCORD_FUNNEL_BREAKDOWN_ALL)
    {
      show_breakdown (self, month, comparison_month, month_name, comparison_name);
      return;
    }

  clear_breakdown (self);
  accord_metrics_funnel (accord_session_get_store (session),
                         accord_session_get_agreement (session),
                         accord_session_get_time_zone (session),
                         month, month, self->mode, &funnel);
  if (comparison_month >= 0)
    accord_metrics_funnel (accord_session_get_store (session),
                           accord_session_get_agreement (session),
                           accord_session_get_time_zone (session),
                           comparison_month, comparison_month, self->mode, &other);

  accord_funnel_chart_set_current_label (self->chart, month_name);
  accord_funnel_chart_set_comparison_label (self->chart, comparison_name);
  accord_funnel_chart_set_funnel (self->chart, &funnel, comparison_month >= 0 ? &other : NULL);
  gtk_stack_set_visible_child_name (self->stack, "all");
}

static void
accord_funnel_page_refresh (AccordPage *page,
                            gboolean    data_changed)
{
  update (ACCORD_FUNNEL_PAGE (page));
}

static void
accord_funnel_page_map (GtkWidget *widget)
{
  AccordFunnelPage *self = ACCORD_FUNNEL_PAGE (widget);

  GTK_WIDGET_CLASS (accord_funnel_page_parent_class)->map (widget);

  if (self->dirty)
    update (self);
}

static void
accord_funnel_page_dispose (GObject *object)
{
  AccordFunnelPage *self = ACCORD_FUNNEL_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ACCORD_TYPE_FUNNEL_PAGE);

  G_OBJECT_CLASS (accord_funnel_page_parent_class)->dispose (object);
}

static void
set_choice (AccordFunnelPage *self,
            guint            *field,
            guint             value,
            guint             prop_id)
{
  if (*field == value)
    return;

  *field = value;
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
accord_funnel_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  AccordFunnelPage *self = ACCORD_FUNNEL_PAGE (object);

  switch (prop_id)
    {
    case PROP_MODE:
      g_value_set_uint (value, self->mode);
      break;

    case PROP_COMPARISON:
      g_value_set_uint (value, self->comparison);
      break;

    case PROP_BREAKDOWN:
      g_value_set_uint (value, self->breakdown);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_funnel_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  AccordFunnelPage *self = ACCORD_FUNNEL_PAGE (object);

  switch (prop_id)
    {
    case PROP_MODE:
      set_choice (self, &self->mode, g_value_get_uint (value), prop_id);
      break;

    case PROP_COMPARISON:
      set_choice (self, &self->comparison, g_value_get_uint (value), prop_id);
      break;

    case PROP_BREAKDOWN:
      set_choice (self, &self->breakdown, g_value_get_uint (value), prop_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_funnel_page_class_init (AccordFunnelPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AccordPageClass *page_class = ACCORD_PAGE_CLASS (klass);

  object_class->dispose = accord_funnel_page_dispose;
  object_class->get_property = accord_funnel_page_get_property;
  object_class->set_property = accord_funnel_page_set_property;
  widget_class->map = accord_funnel_page_map;
  page_class->refresh = accord_funnel_page_refresh;

  /**
   * AccordFunnelPage:mode:
   *
   * How the stages are counted: an #AccordFunnelMode.
   */
  properties[PROP_MODE] =
    g_param_spec_uint ("mode", NULL, NULL, ACCORD_FUNNEL_PERIOD, ACCORD_FUNNEL_COHORT,
                       ACCORD_FUNNEL_PERIOD,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * AccordFunnelPage:comparison:
   *
   * The period drawn beside the month: an #AccordFunnelComparison.
   */
  properties[PROP_COMPARISON] =
    g_param_spec_uint ("comparison", NULL, NULL,
                       ACCORD_FUNNEL_COMPARE_PREVIOUS_MONTH, ACCORD_FUNNEL_COMPARE_NONE,
                       ACCORD_FUNNEL_COMPARE_PREVIOUS_MONTH,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * AccordFunnelPage:breakdown:
   *
   * One funnel, or one per owner or source: an #AccordFunnelBreakdown.
   */
  properties[PROP_BREAKDOWN] =
    g_param_spec_uint ("breakdown", NULL, NULL,
                       ACCORD_FUNNEL_BREAKDOWN_ALL, ACCORD_FUNNEL_BREAKDOWN_SOURCE,
                       ACCORD_FUNNEL_BREAKDOWN_ALL,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (ACCORD_TYPE_FUNNEL_CHART);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/smarketing/Accord/accord-funnel-page.ui");
  gtk_widget_class_bind_template_child (widget_class, AccordFunnelPage, heading_label);
  gtk_widget_class_bind_template_child (widget_class, AccordFunnelPage, explanation_label);
  gtk_widget_class_bind_template_child (widget_class, AccordFunnelPage, stack);
  gtk_widget_class_bind_template_child (widget_class, AccordFunnelPage, chart);
  gtk_widget_class_bind_template_child (widget_class, AccordFunnelPage, breakdown_box);
  gtk_widget_class_bind_template_child (widget_class, AccordFunnelPage, empty_label);

  gtk_widget_class_install_property_action (widget_class, "funnel.mode", "mode");
}

static void
accord_funnel_page_init (AccordFunnelPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->dirty = TRUE;
}
