/* test-window.c: the window over a workspace, driven through its actions
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "accord-agreement-editor.h"
#include "accord-meeting-window.h"
#include "accord-window.h"
#include "accord-zone.h"

#include "accord-test-widgets.h"

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
  AccordMeetingWindow *meeting;
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

  /* F5's action starts meeting mode on the window's month. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.meeting", NULL));
  meeting = ACCORD_MEETING_WINDOW (accord_test_find_toplevel (ACCORD_TYPE_MEETING_WINDOW));
  g_assert_nonnull (meeting);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (meeting)) == GTK_WINDOW (window));
  g_assert_cmpint (accord_meeting_pack_get_month (accord_meeting_window_get_pack (meeting)),
                   ==, ACCORD_MONTH_KEY (2024, 10));
  gtk_widget_activate_action (GTK_WIDGET (meeting), "meeting.leave", NULL);
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
  g_assert_null (accord_test_find_toplevel (ACCORD_TYPE_MEETING_WINDOW));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The date @days from today on Berlin's wall clock, "YYYY-MM-DD" or as
 * the banner writes it. */
static char *
format_day (int         days,
            const char *format)
{
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(GDateTime) now = g_date_time_new_now (berlin);
  g_autoptr(GDateTime) day = g_date_time_add_days (now, days);

  return g_date_time_format (day, format);
}

/* A workspace in a folder of its own, since the window saves it whenever
 * its agreement changes: tests/data/cli/contacts.csv in Europe/Berlin,
 * with the next review @days from today. */
static GFile *
write_review_workspace (const char *folder,
                        int         days)
{
  g_autofree char *csv = g_test_build_filename (G_TEST_DIST, "data", "cli", "contacts.csv", NULL);
  g_autofree char *escaped = g_strescape (csv, NULL);
  g_autofree char *date = format_day (days, "%Y-%m-%d");
  g_autofree char *path = g_build_filename (folder, "review.accord", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  contents = g_strdup_printf ("{ \"format\": \"accord-workspace\", \"version\": 1,\n"
                              "  \"time_zone\": \"Europe/Berlin\",\n"
                              "  \"agreement\": { \"format\": \"accord-sla\", \"version\": 1,\n"
                              "                   \"review\": { \"next\": \"%s\" } },\n"
                              "  \"exports\": [ { \"path\": \"%s\", \"preset\": \"hubspot\" } ] }\n",
                              date, escaped);
  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);

  return g_file_new_for_path (path);
}

static void
remove_folder (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);

      g_assert_cmpint (g_remove (path), ==, 0);
    }
  g_assert_cmpint (g_rmdir (folder), ==, 0);
}

static void
set_review_in (AccordAgreement *agreement,
               int              days)
{
  g_autofree char *date = format_day (days, "%Y-%m-%d");

  g_assert_true (accord_agreement_set_next_review (agreement, date));
}

static void
assert_review_banner (AccordWindow *window,
                      const char   *format,
                      ...) G_GNUC_PRINTF (2, 3);

static void
assert_review_banner (AccordWindow *window,
                      const char   *format,
                      ...)
{
  GtkRevealer *revealer = GTK_REVEALER (find_child_by_name (GTK_WIDGET (window), "review_revealer"));
  GtkLabel *label = GTK_LABEL (find_child_by_name (GTK_WIDGET (window), "review_label"));
  g_autofree char *expected = NULL;
  va_list args;

  va_start (args, format);
  expected = g_strdup_vprintf (format, args);
  va_end (args);

  g_assert_true (gtk_revealer_get_reveal_child (revealer));
  g_assert_cmpstr (gtk_label_get_label (label), ==, expected);
}

static void
assert_no_review_banner (AccordWindow *window)
{
  GtkRevealer *revealer = GTK_REVEALER (find_child_by_name (GTK_WIDGET (window), "review_revealer"));

  g_assert_false (gtk_revealer_get_reveal_child (revealer));
}

/* The banner counts the days to the review from today's date, not from
 * the data's latest moment (October 2024), and follows the agreement. The
 * boundaries are counted in tests/core/test-agreement.c. */
static void
test_review_banner (void)
{
  g_autofree char *folder = g_dir_make_tmp ("accord-review-XXXXXX", NULL);
  g_autoptr(GFile) file = write_review_workspace (folder, 5);
  AccordWindow *window = accord_window_new (NULL);
  AccordSession *session = accord_window_get_session (window);
  g_autofree char *in_5_days = format_day (5, "%-d %B %Y");
  g_autofree char *yesterday = format_day (-1, "%-d %B %Y");
  g_autofree char *days_ago_3 = format_day (-3, "%-d %B %Y");
  AccordAgreement *agreement;

  gtk_window_present (GTK_WINDOW (window));
  /* The default agreement has no review date. */
  assert_no_review_banner (window);

  accord_window_open_workspace (window, file);
  wait_for_leads (session);
  assert_review_banner (window, "The agreement is due for review in 5 days (%s)", in_5_days);

  agreement = accord_session_get_agreement (session);
  set_review_in (agreement, 0);
  assert_review_banner (window, "The agreement is due for review today");
  set_review_in (agreement, -1);
  assert_review_banner (window, "The agreement’s review was due on %s, 1 day ago", yesterday);
  set_review_in (agreement, -3);
  assert_review_banner (window, "The agreement’s review was due on %s, 3 days ago", days_ago_3);

  /* Fourteen days away is not announced yet; no date, nothing. */
  set_review_in (agreement, 14);
  assert_no_review_banner (window);
  set_review_in (agreement, -3);
  g_assert_true (accord_agreement_set_next_review (agreement, NULL));
  assert_no_review_banner (window);

  gtk_window_destroy (GTK_WINDOW (window));
  remove_folder (folder);
}

/* A review far away: no banner once the workspace is open. */
static void
test_review_banner_far (void)
{
  g_autofree char *folder = g_dir_make_tmp ("accord-review-XXXXXX", NULL);
  g_autoptr(GFile) file = write_review_workspace (folder, 200);
  AccordWindow *window = accord_window_new (NULL);
  AccordSession *session = accord_window_get_session (window);

  gtk_window_present (GTK_WINDOW (window));
  accord_window_open_workspace (window, file);
  wait_for_leads (session);

  g_assert_nonnull (accord_agreement_get_next_review (accord_session_get_agreement (session)));
  assert_no_review_banner (window);

  gtk_window_destroy (GTK_WINDOW (window));
  remove_folder (folder);
}

/* The open agreement editors among the toplevels. */
static GtkWidget *
find_editor (guint *n_editors)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWidget *editor = NULL;

  *n_editors = 0;
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (ACCORD_IS_AGREEMENT_EDITOR (window))
        {
          editor = window;
          (*n_editors)++;
        }
    }

  return editor;
}

/* Agreement… opens one editor; what it changes is saved in the workspace
 * at once. */
static void
test_agreement_editor (void)
{
  g_autofree char *folder = g_dir_make_tmp ("accord-editor-XXXXXX", NULL);
  g_autoptr(GFile) file = write_review_workspace (folder, 200);
  g_autoptr(AccordWorkspace) saved = NULL;
  g_autoptr(GError) error = NULL;
  AccordWindow *window = accord_window_new (NULL);
  GtkWidget *editor, *cell;
  guint n_editors;

  gtk_window_present (GTK_WINDOW (window));
  accord_window_open_workspace (window, file);
  wait_for_leads (accord_window_get_session (window));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.edit-agreement", NULL));
  editor = find_editor (&n_editors);
  g_assert_cmpuint (n_editors, ==, 1);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (editor)) == GTK_WINDOW (window));
  accord_test_wait_for_map (editor);

  /* Again: the same editor comes to the front. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.edit-agreement", NULL));
  g_assert_true (find_editor (&n_editors) == editor);
  g_assert_cmpuint (n_editors, ==, 1);

  /* October 2024 is the session's month: its SQL goal, saved. */
  cell = accord_test_find_named (editor, "goal-sqls_created-1");
  g_assert_nonnull (cell);
  gtk_editable_set_text (GTK_EDITABLE (cell), "45");
  g_signal_emit_by_name (cell, "activate");

  saved = accord_workspace_new_from_file (file, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (accord_agreement_get_month_goal (accord_workspace_get_agreement (saved),
                                                      ACCORD_MONTH_KEY (2024, 10),
                                                      ACCORD_FIGURE_SQLS_CREATED), ==, 45);

  /* The editor closes with the window. */
  gtk_window_destroy (GTK_WINDOW (window));
  find_editor (&n_editors);
  g_assert_cmpuint (n_editors, ==, 0);
  remove_folder (folder);
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

  if (!accord_test_init_display ())
    return 0;

  g_test_add_func ("/gui/window/workspace", test_workspace);
  g_test_add_func ("/gui/window/close-during-import", test_close_during_import);
  g_test_add_func ("/gui/window/review-banner", test_review_banner);
  g_test_add_func ("/gui/window/review-banner/far", test_review_banner_far);
  g_test_add_func ("/gui/window/agreement-editor", test_agreement_editor);

  return g_test_run ();
}
