/* accord-goals-page.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The goal-versus-actual grid of issue 3: one row per figure; columns for
 * the three months of a calendar quarter, the quarter's total and the
 * previous quarter's. Every number comes from the core (AccordQuarter over
 * accord_metrics_month_grid()); the page only lays them out.
 *
 * The quarter shown is the calendar quarter holding the session's month.
 * The page's previous/next buttons and its drop-down move the session's
 * month by whole quarters, so the header's month picker, the other pages
 * and this one stay in step.
 */

#define G_LOG_DOMAIN "accord-goals-page"

#include "config.h"

#include <glib/gi18n.h>

#include "accord-goal-cell.h"
#include "accord-goals-page.h"
#include "accord-quarter.h"
#include "accord-zone.h"

/* From this size on the page is most likely on a projector or a large
 * screen: the grid takes larger type (.large in ui/style.css). */
#define LARGE_WIDTH  1600
#define LARGE_HEIGHT 900

/* Below this width the legend gives its room to the quarter's buttons. */
#define LEGEND_WIDTH 960

/* The figures' names fit, in either size of type. */
#define FIGURE_WIDTH       200
#define FIGURE_WIDTH_LARGE 300

struct _AccordGoalsPage
{
  AdwBin               parent_instance;

  AccordSession       *session;
  gulong               changed_id;
  gulong               month_id;

  /* The drop-down's quarters: from the data's first month's quarter to
   * its last month's. */
  int                  first_quarter;  /* month key of its first month; -1: none */
  guint                n_quarters;
  gboolean             syncing;        /* the drop-down follows the session */
  guint                size_id;        /* idle that adapts the page to its size */

  AccordQuarter       *quarter;
  GtkDropDown         *quarter_dropdown;
  GtkStringList       *quarter_list;
  GtkWidget           *legend;
  GtkColumnViewColumn *figure_column;
  GtkColumnViewColumn *month_columns[ACCORD_QUARTER_N_MONTHS];
  GtkColumnViewColumn *total_column;
  GtkColumnViewColumn *previous_column;
};

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (AccordGoalsPage, accord_goals_page, ADW_TYPE_BIN)

static char *
format_month (int month_key)
{
  g_autoptr(GDateTime) date = g_date_time_new_utc (ACCORD_MONTH_KEY_YEAR (month_key),
                                                   ACCORD_MONTH_KEY_MONTH (month_key), 1, 0, 0, 0);

  if (date == NULL)
    return g_strdup ("");

  /* Translators: a month as a column title, "October 2024"; %OB is the
   * month's name standing alone (not "of October"). */
  return g_date_time_format (date, _("%OB %Y"));
}

/* The quarter currently shown, or -1. */
static int
get_shown_quarter (AccordGoalsPage *self)
{
  return accord_quarter_get_first_month (self->quarter);
}

/* Moves the session's month to the quarter starting at @first_month,
 * keeping its place within the quarter; the session clamps it to the
 * data, which the quarters offered always overlap. */
static void
move_to_quarter (AccordGoalsPage *self,
                 int              first_month)
{
  int shown = get_shown_quarter (self);
  int month;

  if (self->session == NULL || shown == -1 || first_month == shown)
    return;

  month = accord_session_get_month (self->session);
  accord_session_set_month (self->session, month + (first_month - shown));
}

static void
update_titles (AccordGoalsPage *self)
{
  int first_month = get_shown_quarter (self);
  g_autofree char *current = NULL;
  g_autofree char *previous = NULL;
  g_autofree char *previous_title = NULL;

  if (first_month == -1)
    {
      for (guint i = 0; i < ACCORD_QUARTER_N_MONTHS; i++)
        gtk_column_view_column_set_title (self->month_columns[i], NULL);
      gtk_column_view_column_set_title (self->total_column, NULL);
      gtk_column_view_column_set_title (self->previous_column, NULL);
      return;
    }

  for (guint i = 0; i < ACCORD_QUARTER_N_MONTHS; i++)
    {
      g_autofree char *title = format_month (first_month + (int) i);

      gtk_column_view_column_set_title (self->month_columns[i], title);
    }

  current = accord_quarter_format (first_month);
  gtk_column_view_column_set_title (self->total_column, current);

  previous = accord_quarter_format (first_month - ACCORD_QUARTER_N_MONTHS);
  /* Translators: the title of the column comparing with the previous
   * quarter, "Previous: Q3 2024". */
  previous_title = g_strdup_printf (_("Previous: %s"), previous);
  gtk_column_view_column_set_title (self->previous_column, previous_title);
}

static void
update_navigation (AccordGoalsPage *self)
{
  int shown = get_shown_quarter (self);
  gboolean has_quarter = shown != -1 && self->n_quarters > 0;
  int last_quarter = has_quarter ? self->first_quarter + (int) (self->n_quarters - 1) * ACCORD_QUARTER_N_MONTHS
                                 : -1;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "goals.previous-quarter",
                                 has_quarter && shown > self->first_quarter);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "goals.next-quarter",
                                 has_quarter && shown < last_quarter);
  gtk_widget_set_sensitive (GTK_WIDGET (self->quarter_dropdown), has_quarter);

  self->syncing = TRUE;
  if (has_quarter && shown >= self->first_quarter && shown <= last_quarter)
    gtk_drop_down_set_selected (self->quarter_dropdown,
                                (guint) ((shown - self->first_quarter) / ACCORD_QUARTER_N_MONTHS));
  else
    gtk_drop_down_set_selected (self->quarter_dropdown, GTK_INVALID_LIST_POSITION);
  self->syncing = FALSE;
}

/* The session's month moved, or its figures changed: compute the grid
 * again (in the core). */
static void
update_grid (AccordGoalsPage *self)
{
  int month = self->session != NULL ? accord_session_get_month (self->session) : -1;

  if (month < 0)
    accord_quarter_clear (self->quarter);
  else
    accord_quarter_update (self->quarter,
                           accord_session_get_store (self->session),
                           accord_session_get_agreement (self->session),
                           accord_session_get_time_zone (self->session),
                           month,
                           accord_session_get_now (self->session));

  update_titles (self);
  update_navigation (self);
}

/* The data's range of months changed: offer its quarters. */
static void
update_quarters (AccordGoalsPage *self)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  int first_month, last_month;

  self->first_quarter = -1;
  self->n_quarters = 0;
  if (self->session != NULL &&
      accord_session_get_month_range (self->session, &first_month, &last_month))
    {
      int last_quarter = accord_quarter_start_of (last_month);

      self->first_quarter = accord_quarter_start_of (first_month);
      for (int q = self->first_quarter; q <= last_quarter; q += ACCORD_QUARTER_N_MONTHS)
        g_ptr_array_add (names, accord_quarter_format (q));
      self->n_quarters = names->len;
    }
  g_ptr_array_add (names, NULL);

  self->syncing = TRUE;
  gtk_string_list_splice (self->quarter_list, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->quarter_list)),
                          (const char * const *) names->pdata);
  self->syncing = FALSE;
}

static void
session_changed_cb (AccordGoalsPage *self)
{
  update_quarters (self);
  update_grid (self);
}

static void
session_month_cb (AccordGoalsPage *self)
{
  int month = accord_session_get_month (self->session);

  /* Another month of the same quarter shows the same grid. */
  if (month >= 0 && accord_quarter_start_of (month) == get_shown_quarter (self))
    return;

  update_grid (self);
}

static void
quarter_selected_cb (AccordGoalsPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->quarter_dropdown);

  if (self->syncing || selected == GTK_INVALID_LIST_POSITION || selected >= self->n_quarters)
    return;

  move_to_quarter (self, self->first_quarter + (int) selected * ACCORD_QUARTER_N_MONTHS);
}

static void
change_quarter_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  AccordGoalsPage *self = ACCORD_GOALS_PAGE (widget);
  int shown = get_shown_quarter (self);
  int step = g_str_equal (action_name, "goals.previous-quarter") ? -1 : 1;

  if (shown == -1)
    return;

  move_to_quarter (self, shown + step * ACCORD_QUARTER_N_MONTHS);
}

static gboolean
is_large (int width,
          int height)
{
  return width >= LARGE_WIDTH && height >= LARGE_HEIGHT;
}

/* Larger type on a large screen; no legend on a small one. */
static void
apply_size_cb (gpointer data)
{
  GtkWidget *widget = data;
  AccordGoalsPage *self = ACCORD_GOALS_PAGE (widget);
  int width = gtk_widget_get_width (widget);

  self->size_id = 0;
  if (is_large (width, gtk_widget_get_height (widget)))
    {
      gtk_widget_add_css_class (widget, "large");
      gtk_column_view_column_set_fixed_width (self->figure_column, FIGURE_WIDTH_LARGE);
    }
  else
    {
      gtk_widget_remove_css_class (widget, "large");
      gtk_column_view_column_set_fixed_width (self->figure_column, FIGURE_WIDTH);
    }
  gtk_widget_set_visible (self->legend, width >= LEGEND_WIDTH);
}

/* The page lays its child out itself rather than through AdwBin's layout
 * manager, to learn its size (see apply_size_cb()). */
static void
accord_goals_page_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  GtkWidget *child = adw_bin_get_child (ADW_BIN (widget));

  if (child != NULL)
    gtk_widget_measure (child, orientation, for_size, minimum, natural, minimum_baseline, natural_baseline);
}

static void
accord_goals_page_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  AccordGoalsPage *self = ACCORD_GOALS_PAGE (widget);
  GtkWidget *child = adw_bin_get_child (ADW_BIN (widget));
  gboolean large = is_large (width, height);
  gboolean legend = width >= LEGEND_WIDTH;

  if (child != NULL)
    gtk_widget_allocate (child, width, height, baseline, NULL);

  /* A style changed during a layout asks for another: change it after. */
  if ((large != gtk_widget_has_css_class (widget, "large") || legend != gtk_widget_get_visible (self->legend)) &&
      self->size_id == 0)
    self->size_id = g_idle_add_once (apply_size_cb, self);
}

static void
disconnect_session (AccordGoalsPage *self)
{
  if (self->session == NULL)
    return;

  g_clear_signal_handler (&self->changed_id, self->session);
  g_clear_signal_handler (&self->month_id, self->session);
  g_clear_object (&self->session);
}

static void
accord_goals_page_dispose (GObject *object)
{
  AccordGoalsPage *self = ACCORD_GOALS_PAGE (object);

  disconnect_session (self);
  g_clear_handle_id (&self->size_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), ACCORD_TYPE_GOALS_PAGE);

  G_OBJECT_CLASS (accord_goals_page_parent_class)->dispose (object);
}

static void
accord_goals_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  AccordGoalsPage *self = ACCORD_GOALS_PAGE (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_goals_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  AccordGoalsPage *self = ACCORD_GOALS_PAGE (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      accord_goals_page_set_session (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_goals_page_class_init (AccordGoalsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = accord_goals_page_dispose;
  object_class->get_property = accord_goals_page_get_property;
  object_class->set_property = accord_goals_page_set_property;
  widget_class->measure = accord_goals_page_measure;
  widget_class->size_allocate = accord_goals_page_size_allocate;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, ACCORD_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Named in the template and its list-item factories. */
  g_type_ensure (ACCORD_TYPE_GOAL_CELL);
  g_type_ensure (ACCORD_TYPE_QUARTER);
  g_type_ensure (ACCORD_TYPE_QUARTER_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/smarketing/Accord/accord-goals-page.ui");
  gtk_widget_class_bind_template_child (widget_class, AccordGoalsPage, quarter);
  gtk_widget_class_bind_template_child (widget_class, AccordGoalsPage, quarter_dropdown);
  gtk_widget_class_bind_template_child (widget_class, AccordGoalsPage, quarter_list);
  gtk_widget_class_bind_template_child (widget_class, AccordGoalsPage, legend);
  gtk_widget_class_bind_template_child (widget_class, AccordGoalsPage, figure_column);
  gtk_widget_class_bind_template_child_full (widget_class, "month_1_column", FALSE,
                                             G_STRUCT_OFFSET (AccordGoalsPage, month_columns[0]));
  gtk_widget_class_bind_template_child_full (widget_class, "month_2_column", FALSE,
                                             G_STRUCT_OFFSET (AccordGoalsPage, month_columns[1]));
  gtk_widget_class_bind_template_child_full (widget_class, "month_3_column", FALSE,
                                             G_STRUCT_OFFSET (AccordGoalsPage, month_columns[2]));
  gtk_widget_class_bind_template_child (widget_class, AccordGoalsPage, total_column);
  gtk_widget_class_bind_template_child (widget_class, AccordGoalsPage, previous_column);
  gtk_widget_class_bind_template_callback (widget_class, quarter_selected_cb);

  gtk_widget_class_install_action (widget_class, "goals.previous-quarter", NULL, change_quarter_action);
  gtk_widget_class_install_action (widget_class, "goals.next-quarter", NULL, change_quarter_action);
}

static void
accord_goals_page_init (AccordGoalsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_layout_manager (GTK_WIDGET (self), NULL);

  self->first_quarter = -1;
  update_grid (self);
}

/**
 * accord_goals_page_get_session:
 *
 * Returns: (transfer none) (nullable): the session the page shows
 */
AccordSession *
accord_goals_page_get_session (AccordGoalsPage *self)
{
  g_return_val_if_fail (ACCORD_IS_GOALS_PAGE (self), NULL);
  return self->session;
}

/**
 * accord_goals_page_set_session:
 * @session: (nullable): the session to show
 *
 * Shows the quarter of @session's month, following its changes.
 */
void
accord_goals_page_set_session (AccordGoalsPage *self,
                               AccordSession   *session)
{
  g_return_if_fail (ACCORD_IS_GOALS_PAGE (self));
  g_return_if_fail (session == NULL || ACCORD_IS_SESSION (session));

  if (self->session == session)
    return;

  disconnect_session (self);
  if (session != NULL)
    {
      self->session = g_object_ref (session);
      self->changed_id = g_signal_connect_swapped (session, "changed",
                                                   G_CALLBACK (session_changed_cb), self);
      self->month_id = g_signal_connect_swapped (session, "notify::month",
                                                 G_CALLBACK (session_month_cb), self);
    }

  session_changed_cb (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}
