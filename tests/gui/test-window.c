/* test-window.c: the window over a workspace, driven through its actions
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "accord-window.h"
#include "accord-zone.h"

/* tests/data/cli/workspace.accord holds contacts.csv, seven leads in
 * September and October 2024, in Europe/Berlin; the latest moment is
 * 2024-10-25 17:00 (the working is in tests/cli/test-cli.c). */

static void
wait_for_leads (AccordSession *session)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (accord_session_is_empty (session) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  /* Let the import's last notifications arrive. */
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

static GtkWidget *
find_child_by_name (GtkWidget  *widget,
                    const char *buildable_id)
{
  return GTK_WIDGET (gtk_widget_get_template_child (widget, ACCORD_TYPE_WINDOW, buildable_id));
}

static void
test_workspace (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "cli", "workspace.accord", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  AccordWindow *window = accord_window_new (NULL);
  AccordSession *session = accord_window_get_session (window);
  GtkStack *main_stack = GTK_STACK (find_child_by_name (GTK_WIDGET (window), "main_stack"));
  AdwViewStack *view_stack = ADW_VIEW_STACK (find_child_by_name (GTK_WIDGET (window), "view_stack"));
  GtkDropDown *periods = GTK_DROP_DOWN (find_child_by_name (GTK_WIDGET (window), "period_dropdown"));
  GtkLabel *as_of = GTK_LABEL (find_child_by_name (GTK_WIDGET (window), "as_of_label"));
  GListModel *months;

  gtk_window_present (GTK_WINDOW (window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (main_stack), ==, "empty");

  accord_window_open_workspace (window, file);
  wait_for_leads (session);

  g_assert_cmpuint (accord_lead_store_get_n_leads (accord_session_get_store (session)), ==, 7);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (main_stack), ==, "dashboard");
  /* The workspace's zone, not the machine's. */
  g_assert_cmpstr (g_time_zone_get_identifier (accord_session_get_time_zone (session)), ==, "Europe/Berlin");
  g_assert_cmpstr (gtk_label_get_label (as_of), ==, "As of 25 Oct 2024, 17:00");

  /* The month picker lists the data's months, on the latest one. */
  months = gtk_drop_down_get_model (periods);
  g_assert_cmpuint (g_list_model_get_n_items (months), ==, 2);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (months), 0), ==, "September 2024");
  g_assert_cmpuint (gtk_drop_down_get_selected (periods), ==, 1);
  g_assert_cmpint (accord_session_get_month (session), ==, ACCORD_MONTH_KEY (2024, 10));

  /* Previous month: the picker and the session follow; no month before. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.previous-period", NULL));
  g_assert_cmpint (accord_session_get_month (session), ==, ACCORD_MONTH_KEY (2024, 9));
  g_assert_cmpuint (gtk_drop_down_get_selected (periods), ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.previous-period", NULL);
  g_assert_cmpint (accord_session_get_month (session), ==, ACCORD_MONTH_KEY (2024, 9));

  /* Picking a month in the picker moves the session. */
  gtk_drop_down_set_selected (periods, 1);
  g_assert_cmpint (accord_session_get_month (session), ==, ACCORD_MONTH_KEY (2024, 10));

  /* Alt+2's action shows the funnel. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.page", "s", "funnel"));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (view_stack), ==, "funnel");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Closing the window while its import runs: the import ends on its own,
 * with no warning (they are fatal here) and no use of the window. */
static void
test_close_during_import (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "cli", "workspace.accord", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  AccordWindow *window = accord_window_new (NULL);
  gint64 deadline;

  gtk_window_present (GTK_WINDOW (window));
  accord_window_open_workspace (window, file);
  gtk_window_destroy (GTK_WINDOW (window));

  deadline = g_get_monotonic_time () + G_USEC_PER_SEC;
  while (g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);

  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }
  adw_init ();

  g_test_add_func ("/gui/window/workspace", test_workspace);
  g_test_add_func ("/gui/window/close-during-import", test_close_during_import);

  return g_test_run ();
}
