/* accord-test-widgets.c: finding widgets in the widget tests, waiting for
 * them, and the session most of them show
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "accord-test-widgets.h"

#include <stdlib.h>

#include <adwaita.h>
#include <string.h>

#include "accord-importer.h"

/**
 * accord_test_init_display:
 *
 * Starts GTK and libadwaita for a widget test. Without a display, says
 * the whole test is skipped (TAP); with a $DISPLAY that cannot be opened,
 * bails out.
 *
 * Returns: %FALSE when there is no display: the test ends there
 */
gboolean
accord_test_init_display (void)
{
  if (!gtk_init_check ())
    {
      const char *display = g_getenv ("DISPLAY");

      /* A display asked for but gone is a failure, not a reason to skip:
       * it would hide every widget test. */
      if (display != NULL && display[0] != '\0')
        {
          g_print ("Bail out! cannot open the display %s\n", display);
          exit (EXIT_FAILURE);
        }
      g_print ("1..0 # SKIP no display\n");
      return FALSE;
    }
  adw_init ();
  return TRUE;
}

/**
 * accord_test_find_named:
 * @widget: where to start
 * @name: a widget name (gtk_widget_set_name(), or "name" in a .ui file)
 *
 * Returns: (nullable) (transfer none): the first widget below @widget,
 *   itself included, depth first, called @name
 */
GtkWidget *
accord_test_find_named (GtkWidget  *widget,
                        const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (widget), name) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = accord_test_find_named (child, name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/**
 * accord_test_find_label:
 * @widget: where to start
 * @text: a label's text as set, mnemonic underscores included
 *
 * Returns: (nullable) (transfer none): the first #GtkLabel below @widget,
 *   itself included, depth first, showing @text
 */
GtkWidget *
accord_test_find_label (GtkWidget  *widget,
                        const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = accord_test_find_label (child, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Runs what is pending in the main context, without blocking. */
void
accord_test_iterate (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

/* Waits, for ten seconds at the most, until @widget is on screen. */
void
accord_test_wait_for_map (GtkWidget *widget)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!gtk_widget_get_mapped (widget) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (gtk_widget_get_mapped (widget));
  accord_test_iterate ();
}

/* tests/data/cli/contacts.csv, read in Europe/Berlin: seven leads in
 * September and October 2024, none with a source; the session's month is
 * October, that of the latest moment.
 *
 * Returns: (transfer full): a session over them */
AccordSession *
accord_test_contacts_session (void)
{
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "cli", "contacts.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(AccordImporter) importer = accord_importer_new (file);
  g_autoptr(GError) error = NULL;
  AccordSession *session = accord_session_new (berlin);

  accord_importer_set_time_zone (importer, berlin);
  g_assert_true (accord_importer_run (importer, NULL, &error));
  g_assert_no_error (error);
  accord_session_add_leads (session, accord_importer_get_store (importer));

  return session;
}

static gboolean
tick_cb (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       user_data)
{
  gboolean *ticked = user_data;

  *ticked = TRUE;
  return G_SOURCE_REMOVE;
}

/* Lets GTK lay out and draw what changed: list views bind their rows
 * during layout. */
void
accord_test_wait_for_frames (GtkWidget *widget)
{
  for (guint i = 0; i < 2; i++)
    {
      gboolean ticked = FALSE;

      gtk_widget_add_tick_callback (widget, tick_cb, &ticked, NULL);
      while (!ticked)
        g_main_context_iteration (NULL, TRUE);
    }
  accord_test_iterate ();
}

/**
 * accord_test_find_type:
 *
 * Returns: (nullable) (transfer none): the first widget below @widget,
 *   itself included, depth first, of @type
 */
GtkWidget *
accord_test_find_type (GtkWidget *widget,
                       GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = accord_test_find_type (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Returns: (transfer none): the grid the Goals page @page shows */
AccordQuarter *
accord_test_get_goals_quarter (GtkWidget *page)
{
  GtkColumnView *view = GTK_COLUMN_VIEW (accord_test_find_type (page, GTK_TYPE_COLUMN_VIEW));
  GtkNoSelection *selection = GTK_NO_SELECTION (gtk_column_view_get_model (view));

  return ACCORD_QUARTER (gtk_no_selection_get_model (selection));
}

static AccordGoalCell *
find_goal_cell (GtkWidget           *widget,
                AccordQuarter       *quarter,
                AccordFigure         figure,
                AccordQuarterColumn  column)
{
  if (ACCORD_IS_GOAL_CELL (widget))
    {
      AccordGoalCell *cell = ACCORD_GOAL_CELL (widget);
      AccordQuarterRow *row = accord_goal_cell_get_row (cell);
      g_autoptr(AccordQuarterRow) current = g_list_model_get_item (G_LIST_MODEL (quarter), figure);

      if (row != NULL && row == current && accord_goal_cell_get_column (cell) == column)
        return cell;
      return NULL;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AccordGoalCell *found = find_goal_cell (child, quarter, figure, column);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/**
 * accord_test_find_goal_cell:
 * @page: a Goals page
 *
 * Returns: (nullable) (transfer none): the cell showing @figure in
 *   @column: the one whose row is @figure's and is still in the grid
 */
AccordGoalCell *
accord_test_find_goal_cell (GtkWidget           *page,
                            AccordFigure         figure,
                            AccordQuarterColumn  column)
{
  return find_goal_cell (page, accord_test_get_goals_quarter (page), figure, column);
}

/**
 * accord_test_goal_cell_get_label:
 * @index: 0 for the actual figure, 1 for the goal, 2 for the attainment
 *
 * Returns: (transfer none): one of the cell's three labels
 */
GtkLabel *
accord_test_goal_cell_get_label (AccordGoalCell *cell,
                                 guint           index)
{
  GtkWidget *box = gtk_widget_get_first_child (GTK_WIDGET (cell));
  GtkWidget *line = gtk_widget_get_first_child (box);

  if (index < 2)
    {
      GtkWidget *label = gtk_widget_get_first_child (line);

      return GTK_LABEL (index == 0 ? label : gtk_widget_get_next_sibling (label));
    }

  return GTK_LABEL (gtk_widget_get_next_sibling (line));
}

/**
 * accord_test_find_toplevel:
 * @type: a window type
 *
 * Returns: (nullable) (transfer none): the first open window of @type
 */
GtkWindow *
accord_test_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (toplevel, type))
        return GTK_WINDOW (toplevel);
    }
  return NULL;
}

static gboolean
is_stale_tooltip (const char *log_domain,
                  const char *message)
{
  return (g_strcmp0 (log_domain, "Gdk") == 0 &&
          g_str_has_prefix (message, "gdk_surface_get_device_position: assertion 'GDK_IS_SURFACE (surface)'")) ||
         (g_strcmp0 (log_domain, "Gtk") == 0 &&
          g_str_has_prefix (message, "_gtk_widget_find_at_coords: assertion 'GDK_IS_SURFACE (surface)'"));
}

static gboolean
is_fatal_cb (const char     *log_domain,
             GLogLevelFlags  log_level,
             const char     *message,
             gpointer        user_data)
{
  return !is_stale_tooltip (log_domain, message);
}

static void
log_toolkit_cb (const char     *log_domain,
            GLogLevelFlags  log_level,
            const char     *message,
            gpointer        user_data)
{
  if (is_stale_tooltip (log_domain, message))
    g_test_message ("GTK: %s", message);
  else
    g_log_default_handler (log_domain, log_level, message, user_data);
}

/**
 * accord_test_allow_stale_tooltip:
 *
 * For the test that calls it: GTK 4.8 may run a tooltip's timeout after
 * the window the pointer entered has closed, and then logs the criticals
 * "gdk_surface_get_device_position: assertion 'GDK_IS_SURFACE (surface)'
 * failed" and the same of _gtk_widget_find_at_coords on its own. Those
 * two are only noted; every other warning and critical stays fatal. (GLib resets the fatal handler at the
 * start of every test.)
 */
void
accord_test_allow_stale_tooltip (void)
{
  static gboolean handlers_set;

  if (!handlers_set)
    {
      g_log_set_handler ("Gdk", G_LOG_LEVEL_CRITICAL | G_LOG_FLAG_FATAL | G_LOG_FLAG_RECURSION,
                         log_toolkit_cb, NULL);
      g_log_set_handler ("Gtk", G_LOG_LEVEL_CRITICAL | G_LOG_FLAG_FATAL | G_LOG_FLAG_RECURSION,
                         log_toolkit_cb, NULL);
      handlers_set = TRUE;
    }
  g_test_log_set_fatal_handler (is_fatal_cb, NULL);
}
