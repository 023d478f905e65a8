/* test-application.c: the application as the desktop starts it, with the
 * files that "Open With" and the command line give it, and with its icon
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "accord-application.h"
#include "accord-lead-store.h"
#include "accord-session.h"
#include "accord-window.h"

#include "accord-test-widgets.h"

typedef struct
{
  GApplication *application;
  gint64        deadline;
  guint         n_leads;
} Run;

static void
destroy_toplevels (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  while (g_list_model_get_n_items (toplevels) > 0)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, 0);

      gtk_window_destroy (window);
    }
}

/* Waits in the application's own main loop for the window's first leads. */
static gboolean
wait_for_leads_cb (gpointer user_data)
{
  Run *run = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (run->application));

  if (window != NULL && ACCORD_IS_WINDOW (window))
    {
      AccordSession *session = accord_window_get_session (ACCORD_WINDOW (window));

      if (!accord_session_is_empty (session))
        run->n_leads = accord_lead_store_get_n_leads (accord_session_get_store (session));
    }

  if (run->n_leads > 0 || g_get_monotonic_time () > run->deadline)
    {
      g_application_quit (run->application);
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

/* Runs Accord as "accord FILE", as the desktop file's "Exec=accord %F"
 * does, and returns the number of leads its window shows. */
static guint
run_with_file (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "cli", name, NULL);
  char *argv[] = { (char *) "accord", path, NULL };
  AccordApplication *application = accord_application_new ();
  Run run = { G_APPLICATION (application), g_get_monotonic_time () + 20 * G_USEC_PER_SEC, 0 };
  int status;

  /* Tests run side by side: no single-instance negotiation on the bus. */
  g_application_set_flags (G_APPLICATION (application),
                           g_application_get_flags (G_APPLICATION (application)) |
                           G_APPLICATION_NON_UNIQUE);
  g_timeout_add (50, wait_for_leads_cb, &run);
  status = g_application_run (G_APPLICATION (application), G_N_ELEMENTS (argv) - 1, argv);
  g_assert_cmpint (status, ==, 0);

  destroy_toplevels ();
  g_assert_finalize_object (application);
  return run.n_leads;
}

/* tests/data/cli/workspace.accord holds contacts.csv, seven leads. */
static void
test_open_workspace (void)
{
  g_assert_cmpuint (run_with_file ("workspace.accord"), ==, 7);
}

static void
test_open_export (void)
{
  g_assert_cmpuint (run_with_file ("contacts.csv"), ==, 7);
}

static void
check_icon_cb (GApplication *application,
               gpointer      user_data)
{
  gboolean *checked = user_data;
  g_autofree char *icons = g_test_build_filename (G_TEST_DIST, "..", "data", "icons", NULL);
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gdk_display_get_default ());
  AdwAboutWindow *about;

  /* The window's icon, the About window's, and the icons data/ installs
   * under that name. */
  g_assert_cmpstr (gtk_window_get_default_icon_name (), ==, APPLICATION_ID);
  g_action_group_activate_action (G_ACTION_GROUP (application), "about", NULL);
  about = ADW_ABOUT_WINDOW (accord_test_find_toplevel (ADW_TYPE_ABOUT_WINDOW));
  g_assert_nonnull (about);
  g_assert_cmpstr (adw_about_window_get_application_icon (about), ==, APPLICATION_ID);

  g_assert_false (gtk_icon_theme_has_icon (theme, APPLICATION_ID "-no-such-icon"));
  gtk_icon_theme_add_search_path (theme, icons);
  g_assert_true (gtk_icon_theme_has_icon (theme, APPLICATION_ID));
  g_assert_true (gtk_icon_theme_has_icon (theme, APPLICATION_ID "-symbolic"));

  *checked = TRUE;
  g_application_quit (application);
}

static void
test_icon (void)
{
  char *argv[] = { (char *) "accord", NULL };
  AccordApplication *application = accord_application_new ();
  gboolean checked = FALSE;

  g_application_set_flags (G_APPLICATION (application),
                           g_application_get_flags (G_APPLICATION (application)) |
                           G_APPLICATION_NON_UNIQUE);
  g_signal_connect_after (application, "activate", G_CALLBACK (check_icon_cb), &checked);
  g_assert_cmpint (g_application_run (G_APPLICATION (application), 1, argv), ==, 0);
  g_assert_true (checked);

  destroy_toplevels ();
  g_assert_finalize_object (application);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);

  if (!accord_test_init_display ())
    return 0;

  g_test_add_func ("/gui/application/open/workspace", test_open_workspace);
  g_test_add_func ("/gui/application/open/export", test_open_export);
  g_test_add_func ("/gui/application/icon", test_icon);

  return g_test_run ();
}
