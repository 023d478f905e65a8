/* accord-test-widgets.c: finding widgets in the widget tests, waiting for
 * them, and the session most of them show
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "accord-test-widgets.h"

#include "accord-importer.h"

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
