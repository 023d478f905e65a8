/* accord-application.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-application"

#include "config.h"

#include <glib/gi18n.h>

#include "accord-application.h"
#include "accord-window.h"

struct _AccordApplication
{
  AdwApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (AccordApplication, accord_application, ADW_TYPE_APPLICATION)

static AccordWindow *
get_window (AccordApplication *self,
            gboolean          *created)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  *created = window == NULL;
  if (window == NULL)
    window = GTK_WINDOW (accord_window_new (ADW_APPLICATION (self)));

  return ACCORD_WINDOW (window);
}

static void
accord_application_activate (GApplication *application)
{
  gboolean created;
  AccordWindow *window = get_window (ACCORD_APPLICATION (application), &created);

  gtk_window_present (GTK_WINDOW (window));
  if (created)
    accord_window_open_last_workspace (window);
}

/* Files given on the command line or by "Open With": a workspace opens,
 * exports are imported. */
static void
accord_application_open (GApplication  *application,
                         GFile        **files,
                         int            n_files,
                         const char    *hint)
{
  gboolean created;
  AccordWindow *window = get_window (ACCORD_APPLICATION (application), &created);
  g_autoptr(GPtrArray) exports = g_ptr_array_new ();

  for (int i = 0; i < n_files; i++)
    {
      g_autofree char *name = g_file_get_basename (files[i]);

      if (g_str_has_suffix (name, ".accord"))
        accord_window_open_workspace (window, files[i]);
      else
        g_ptr_array_add (exports, files[i]);
    }

  if (exports->len > 0)
    accord_window_import_files (window, (GFile **) exports->pdata, exports->len);

  gtk_window_present (GTK_WINDOW (window));
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  static const char *developers[] = { "The Accord authors", NULL };
  GtkApplication *application = user_data;
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (application),
                        "application-name", _("Accord"),
                        "application-icon", APPLICATION_ID,
                        "developer-name", _("The Accord authors"),
                        "version", PACKAGE_VERSION,
                        "comments", _("The weekly sales and marketing review, against the agreement both teams signed"),
                        "developers", developers,
                        "copyright", "© 2026 The Accord authors",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void
accord_application_startup (GApplication *application)
{
  static const GActionEntry actions[] = {
    { "about", about_action },
    { "quit", quit_action },
  };
  static const char *quit_accels[] = { "<Control>q", NULL };

  G_APPLICATION_CLASS (accord_application_parent_class)->startup (application);

  /* Where the shell does not match the window to the desktop file, as on
   * X11 without a startup id, the window still shows Accord's icon. */
  gtk_window_set_default_icon_name (APPLICATION_ID);

  g_action_map_add_action_entries (G_ACTION_MAP (application), actions,
                                   G_N_ELEMENTS (actions), application);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.quit", quit_accels);
}

static void
accord_application_class_init (AccordApplicationClass *klass)
{
  GApplicationClass *application_class = G_APPLICATION_CLASS (klass);

  application_class->activate = accord_application_activate;
  application_class->open = accord_application_open;
  application_class->startup = accord_application_startup;
}

static void
accord_application_init (AccordApplication *self)
{
}

/**
 * accord_application_new:
 *
 * Returns: (transfer full): the application
 */
AccordApplication *
accord_application_new (void)
{
  AccordApplication *self = g_object_new (ACCORD_TYPE_APPLICATION,
                                          "application-id", APPLICATION_ID,
                                          "flags", G_APPLICATION_HANDLES_OPEN,
                                          "resource-base-path", "/io/github/smarketing/Accord",
                                          NULL);

  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[WORKSPACE.accord | EXPORT…]"));
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Opens a workspace, or imports CRM exports (CSV, JSON).\n\n"
                                              "Without a display:\n"
                                              "  accord report [--sla FILE.json] [--workspace FILE] [--preset NAME]\n"
                                              "                [--mapping FILE.json] [--month YYYY-MM] [--as-of YYYY-MM-DD]\n"
                                              "                [--window-days N] [--format text|csv|json] EXPORT…\n"
                                              "  accord inspect [--rows N|all] [--format text|json] FILE\n"
                                              "  accord agreement --pdf OUT.pdf [--sla FILE.json | --workspace FILE]\n"
                                              "                   [--paper a4|letter]"));
  return self;
}
