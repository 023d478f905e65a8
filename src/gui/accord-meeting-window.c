/* accord-meeting-window.c: meeting mode — the weekly review full screen,
 * one question per screen
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-meeting-window"

#include "config.h"

#include <glib/gi18n.h>

#include "accord-meeting-window.h"
#include "accord-dialog.h"
#include "accord-meeting-screen.h"

struct _AccordMeetingWindow
{
  AdwWindow          parent_instance;

  AccordSession     *session;
  AccordMeetingPack *pack;
  guint              update_id;  /* a new pack is due */

  AdwCarousel       *carousel;
  GtkLabel          *position;
};

G_DEFINE_FINAL_TYPE (AccordMeetingWindow, accord_meeting_window, ADW_TYPE_WINDOW)

static AccordPackScreen
get_screen (AccordMeetingWindow *self)
{
  /* Between two screens while one slides in: the nearer. */
  double position = adw_carousel_get_position (self->carousel);

  return (AccordPackScreen) CLAMP ((int) (position + 0.5), 0, ACCORD_PACK_N_SCREENS - 1);
}

static void
update_controls (AccordMeetingWindow *self)
{
  AccordPackScreen screen = get_screen (self);
  /* Translators: which screen of meeting mode is shown, "2 / 7" */
  g_autofree char *position = g_strdup_printf (_("%u / %u"), screen + 1, ACCORD_PACK_N_SCREENS);

  gtk_label_set_label (self->position, position);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meeting.previous", screen > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meeting.next", screen + 1 < ACCORD_PACK_N_SCREENS);
}

static void
page_changed_cb (AccordMeetingWindow *self)
{
  update_controls (self);
}

static void
show_screen (AccordMeetingWindow *self,
             int                  screen)
{
  if (screen < 0 || screen >= ACCORD_PACK_N_SCREENS)
    return;

  adw_carousel_scroll_to (self->carousel,
                          adw_carousel_get_nth_page (self->carousel, (guint) screen),
                          TRUE);
}

/* The figures are those of the window's month and moment, computed once
 * per change rather than per screen painted. */
static void
update_pack (AccordMeetingWindow *self)
{
  g_clear_object (&self->pack);
  /* Decisions count up to now, as on the Review page. */
  self->pack = accord_session_new_meeting_pack (self->session,
                                                g_get_real_time () / G_USEC_PER_SEC);

  for (guint i = 0; i < adw_carousel_get_n_pages (self->carousel); i++)
    accord_meeting_screen_set_pack (ACCORD_MEETING_SCREEN (adw_carousel_get_nth_page (self->carousel, i)),
                                    self->pack);
}

/* New data moves the month too: the session's "notify::month" and
 * "changed" then come together, and make one new pack between them. */
static gboolean
update_pack_cb (gpointer user_data)
{
  AccordMeetingWindow *self = user_data;

  self->update_id = 0;
  update_pack (self);
  return G_SOURCE_REMOVE;
}

static void
queue_update (AccordMeetingWindow *self)
{
  if (self->update_id == 0)
    self->update_id = g_idle_add (update_pack_cb, self);
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AccordMeetingWindow *self = ACCORD_MEETING_WINDOW (widget);

  show_screen (self, (int) get_screen (self) + 1);
}

static void
previous_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  AccordMeetingWindow *self = ACCORD_MEETING_WINDOW (widget);

  show_screen (self, (int) get_screen (self) - 1);
}

static void
first_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  show_screen (ACCORD_MEETING_WINDOW (widget), 0);
}

static void
last_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  show_screen (ACCORD_MEETING_WINDOW (widget), ACCORD_PACK_N_SCREENS - 1);
}

static void
leave_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

static void
add_shortcut (GtkShortcutController *controller,
              const char            *triggers,
              const char            *action_name)
{
  gtk_shortcut_controller_add_shortcut (controller,
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string (triggers),
                                                          gtk_named_action_new (action_name)));
}

static void
accord_meeting_window_dispose (GObject *object)
{
  AccordMeetingWindow *self = ACCORD_MEETING_WINDOW (object);

  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_clear_object (&self->session);
  g_clear_handle_id (&self->update_id, g_source_remove);
  g_clear_object (&self->pack);

  gtk_widget_dispose_template (GTK_WIDGET (self), ACCORD_TYPE_MEETING_WINDOW);

  G_OBJECT_CLASS (accord_meeting_window_parent_class)->dispose (object);
}

static void
accord_meeting_window_class_init (AccordMeetingWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = accord_meeting_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/smarketing/Accord/accord-meeting-window.ui");
  gtk_widget_class_bind_template_child (widget_class, AccordMeetingWindow, carousel);
  gtk_widget_class_bind_template_child (widget_class, AccordMeetingWindow, position);
  gtk_widget_class_bind_template_callback (widget_class, page_changed_cb);

  gtk_widget_class_install_action (widget_class, "meeting.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "meeting.previous", NULL, previous_action);
  gtk_widget_class_install_action (widget_class, "meeting.first", NULL, first_action);
  gtk_widget_class_install_action (widget_class, "meeting.last", NULL, last_action);
  gtk_widget_class_install_action (widget_class, "meeting.leave", NULL, leave_action);
}

static void
accord_meeting_window_init (AccordMeetingWindow *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < ACCORD_PACK_N_SCREENS; i++)
    adw_carousel_append (self->carousel, accord_meeting_screen_new ((AccordPackScreen) i));

  /* Presentation clickers send Page Up and Page Down (some send the
   * arrows, B or F5); caught before any button could move the focus
   * with the arrows. */
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), "Right|Down|Page_Down|space|KP_Page_Down",
                "meeting.next");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), "Left|Up|Page_Up|BackSpace|KP_Page_Up",
                "meeting.previous");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), "Home", "meeting.first");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), "End", "meeting.last");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), "Escape|F5", "meeting.leave");
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  update_controls (self);
}

/**
 * accord_meeting_window_new:
 * @parent: (nullable): the dashboard window
 * @session: the workspace and month the meeting reviews
 *
 * Meeting mode: the meeting pack's screens, full screen, the figures
 * following the session. Arrow keys, Page Up and Page Down move between
 * the screens; Escape leaves.
 */
AccordMeetingWindow *
accord_meeting_window_new (GtkWindow     *parent,
                           AccordSession *session)
{
  AccordMeetingWindow *self;

  g_return_val_if_fail (ACCORD_IS_SESSION (session), NULL);

  self = g_object_new (ACCORD_TYPE_MEETING_WINDOW, NULL);
  accord_dialog_set_parent (GTK_WINDOW (self), parent);
  self->session = g_object_ref (session);
  g_signal_connect_swapped (session, "changed", G_CALLBACK (queue_update), self);
  g_signal_connect_swapped (session, "notify::month", G_CALLBACK (queue_update), self);
  update_pack (self);
  gtk_window_fullscreen (GTK_WINDOW (self));

  return self;
}

AccordPackScreen
accord_meeting_window_get_screen (AccordMeetingWindow *self)
{
  g_return_val_if_fail (ACCORD_IS_MEETING_WINDOW (self), ACCORD_PACK_SCREEN_COVER);

  return get_screen (self);
}

AccordMeetingPack *
accord_meeting_window_get_pack (AccordMeetingWindow *self)
{
  g_return_val_if_fail (ACCORD_IS_MEETING_WINDOW (self), NULL);

  return self->pack;
}
