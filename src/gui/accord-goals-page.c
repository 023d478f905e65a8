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

/* Below this width the legend gives its room to the quarter's buttons. */
#define LEGEND_WIDTH 960

/* The figures' names fit, in either size of type. */
#define FIGURE_WIDTH       200
#define FIGURE_WIDTH_LARGE 300

struct _AccordGoalsPage
{
  AccordPage           parent_instance;

  /* The drop-down's quarters: from the data's first month's quarter to
   * its last month's. */
  int                  first_quarter;  /* month key of its first month; -1: none */
  guint                n_quarters;
  gboolean             syncing;        /* the drop-down follows the session */

  AccordQuarter       *quarter;
  GtkDropDown         *quarter_dropdown;
  GtkStringList       *quarter_list;
  GtkWidget           *legend;
  GtkColumnViewColumn *figure_column;
  GtkColumnViewColumn *month_columns[ACCORD_QUARTER_N_MONTHS];
  GtkColumnViewColumn *total_column;
  GtkColumnViewColumn *previous_column;
};

G_DEFINE_FINAL_TYPE (AccordGoalsPage, accord_goals_page, ACCORD_TYPE_PAGE)

static AccordSession *
get_session (AccordGoalsPage *self)
{
  return accord_page_get_session (ACCORD_PAGE (self));
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

  if (get_session (self) == NULL || shown == -1 || first_month == shown)
    return;

  month = accord_session_get_month (get_session (self));
  accord_session_set_month (get_session (self), month + (first_month - shown));
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
      g_autofree char *title = accord_month_key_format_name (first_month + (int) i);

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
  AccordSession *session = get_session (self);
  int month = session != NULL ? accord_session_get_month (session) : -1;

  if (month < 0)
    accord_quarter_clear (self->quarter);
  else
    accord_quarter_update (self->quarter,
                           accord_session_get_store (session),
                           accord_session_get_agreement (session),
                           accord_session_get_time_zone (session),
                           month,
                           accord_session_get_now (session));

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
  if (get_session (self) != NULL &&
      accord_session_get_month_range (get_session (self), &first_month, &last_month))
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
session_changed (AccordGoalsPage *self)
{
  update_quarters (self);
  update_grid (self);
}

static void
session_month_changed (AccordGoalsPage *self)
{
  int month = accord_session_get_month (get_session (self));

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

static void
accord_goals_page_refresh (AccordPage *page,
                           gboolean    data_changed)
{
  AccordGoalsPage *self = ACCORD_GOALS_PAGE (page);

  if (data_changed)
    session_changed (self);
  else
    session_month_changed (self);
}

/* Larger type on a large screen; no legend on a small one. */
static void
accord_goals_page_size_changed (AccordPage *page,
                                int         width,
                                int         height)
{
  AccordGoalsPage *self = ACCORD_GOALS_PAGE (page);

  gtk_column_view_column_set_fixed_width (self->figure_column,
                                          accord_page_is_large (page) ? FIGURE_WIDTH_LARGE : FIGURE_WIDTH);
  gtk_widget_set_visible (self->legend, width >= LEGEND_WIDTH);
}

static void
accord_goals_page_dispose (GObject *object)
{
  AccordGoalsPage *self = ACCORD_GOALS_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ACCORD_TYPE_GOALS_PAGE);

  G_OBJECT_CLASS (accord_goals_page_parent_class)->dispose (object);
}

static void
accord_goals_page_class_init (AccordGoalsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AccordPageClass *page_class = ACCORD_PAGE_CLASS (klass);

  object_class->dispose = accord_goals_page_dispose;
  page_class->refresh = accord_goals_page_refresh;
  page_class->size_changed = accord_goals_page_size_changed;

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

  self->first_quarter = -1;
  update_grid (self);
}
