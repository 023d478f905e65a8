/* test-meeting-window.c: meeting mode — the meeting pack's screens, full
 * screen, moved through with the keys a presentation clicker sends
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The figures on the screens are the core's (tests/core/test-meeting-pack.c
 * checks them by hand); here, that every screen shows them, follows the
 * session, and answers the keys.
 */

#include "config.h"

#include <adwaita.h>

#include "accord-meeting-screen.h"
#include "accord-meeting-window.h"
#include "accord-zone.h"

#include "accord-test-widgets.h"

#define WAIT_USECONDS (5 * G_USEC_PER_SEC)

static AdwCarousel *
get_carousel (AccordMeetingWindow *window)
{
  return ADW_CAROUSEL (gtk_widget_get_template_child (GTK_WIDGET (window), ACCORD_TYPE_MEETING_WINDOW,
                                                     "carousel"));
}

/* Waits until the carousel has come to rest on @screen. */
static void
wait_for_screen (AccordMeetingWindow *window,
                 AccordPackScreen     screen)
{
  AdwCarousel *carousel = get_carousel (window);
  gint64 deadline = g_get_monotonic_time () + WAIT_USECONDS;

  while (adw_carousel_get_position (carousel) != screen && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpfloat (adw_carousel_get_position (carousel), ==, screen);
  g_assert_cmpint (accord_meeting_window_get_screen (window), ==, screen);
}

/* Every screen paints the window's pack and tells a screen reader its
 * question and its numbers. */
static void
assert_screens (AccordMeetingWindow *window)
{
  AdwCarousel *carousel = get_carousel (window);
  AccordMeetingPack *pack = accord_meeting_window_get_pack (window);

  g_assert_nonnull (pack);
  g_assert_cmpuint (adw_carousel_get_n_pages (carousel), ==, ACCORD_PACK_N_SCREENS);
  for (guint i = 0; i < ACCORD_PACK_N_SCREENS; i++)
    {
      AccordMeetingScreen *screen = ACCORD_MEETING_SCREEN (adw_carousel_get_nth_page (carousel, i));
      g_autofree char *description = accord_meeting_pack_describe (pack, i);

      g_assert_cmpint (accord_meeting_screen_get_screen (screen), ==, i);
      g_assert_true (accord_meeting_screen_get_pack (screen) == pack);
      gtk_test_accessible_assert_role (screen, GTK_ACCESSIBLE_ROLE_IMG);
      gtk_test_accessible_assert_property (screen, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                           accord_meeting_pack_get_question (i));
      gtk_test_accessible_assert_property (screen, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description);
    }
}

static GtkShortcutController *
get_shortcuts (AccordMeetingWindow *window)
{
  GListModel *controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
  GtkShortcutController *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && found == NULL; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      /* The window's own, not the ones GtkWindow adds for mnemonics. */
      if (GTK_IS_SHORTCUT_CONTROLLER (controller) &&
          gtk_event_controller_get_propagation_phase (GTK_EVENT_CONTROLLER (controller)) == GTK_PHASE_CAPTURE &&
          gtk_shortcut_controller_get_scope (GTK_SHORTCUT_CONTROLLER (controller)) == GTK_SHORTCUT_SCOPE_LOCAL)
        found = GTK_SHORTCUT_CONTROLLER (controller);
    }
  g_object_unref (controllers);

  return found;
}

static gboolean
trigger_has_key (GtkShortcutTrigger *trigger,
                 guint               keyval)
{
  if (GTK_IS_ALTERNATIVE_TRIGGER (trigger))
    return trigger_has_key (gtk_alternative_trigger_get_first (GTK_ALTERNATIVE_TRIGGER (trigger)), keyval) ||
           trigger_has_key (gtk_alternative_trigger_get_second (GTK_ALTERNATIVE_TRIGGER (trigger)), keyval);

  return GTK_IS_KEYVAL_TRIGGER (trigger) &&
         gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval &&
         gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == 0;
}

/* The action @keyval, pressed alone, activates in meeting mode. */
static const char *
get_key_action (AccordMeetingWindow *window,
                guint                keyval)
{
  GListModel *shortcuts = G_LIST_MODEL (get_shortcuts (window));

  g_assert_nonnull (shortcuts);
  for (guint i = 0; i < g_list_model_get_n_items (shortcuts); i++)
    {
      g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (shortcuts, i);
      GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);

      if (trigger_has_key (gtk_shortcut_get_trigger (shortcut), keyval))
        return gtk_named_action_get_action_name (GTK_NAMED_ACTION (action));
    }

  return NULL;
}

static void
test_keys (void)
{
  static const struct
  {
    guint       keyval;
    const char *action;
  } keys[] = {
    /* Presentation clickers send Page Up / Page Down. */
    { GDK_KEY_Page_Down, "meeting.next" },
    { GDK_KEY_Page_Up, "meeting.previous" },
    { GDK_KEY_Right, "meeting.next" },
    { GDK_KEY_Left, "meeting.previous" },
    { GDK_KEY_space, "meeting.next" },
    { GDK_KEY_BackSpace, "meeting.previous" },
    { GDK_KEY_Home, "meeting.first" },
    { GDK_KEY_End, "meeting.last" },
    { GDK_KEY_Escape, "meeting.leave" },
  };
  AccordSession *session = accord_test_contacts_session ();
  AccordMeetingWindow *window = accord_meeting_window_new (NULL, session);

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_assert_cmpstr (get_key_action (window, keys[i].keyval), ==, keys[i].action);
  /* A key of the dashboard does nothing here. */
  g_assert_null (get_key_action (window, GDK_KEY_F11));

  gtk_window_destroy (GTK_WINDOW (window));
  accord_test_iterate ();
  g_assert_finalize_object (session);
}

static void
test_screens (void)
{
  AccordSession *session = accord_test_contacts_session ();
  AccordMeetingWindow *window = accord_meeting_window_new (NULL, session);
  AdwCarousel *carousel = get_carousel (window);
  GtkLabel *position = GTK_LABEL (gtk_widget_get_template_child (GTK_WIDGET (window),
                                                                 ACCORD_TYPE_MEETING_WINDOW, "position"));
  AccordMeetingPack *october;

  gtk_window_present (GTK_WINDOW (window));
  accord_test_wait_for_map (GTK_WIDGET (carousel));

  /* It opens on the cover, every screen made of the session's month. */
  assert_screens (window);
  wait_for_screen (window, ACCORD_PACK_SCREEN_COVER);
  g_assert_cmpstr (gtk_label_get_label (position), ==, "1 / 7");
  g_assert_true (gtk_widget_get_allocated_width (adw_carousel_get_nth_page (carousel, 0)) > 0);

  /* Forward and back, one screen at a time. */
  gtk_widget_activate_action (GTK_WIDGET (window), "meeting.next", NULL);
  wait_for_screen (window, ACCORD_PACK_SCREEN_GOALS);
  g_assert_cmpstr (gtk_label_get_label (position), ==, "2 / 7");
  gtk_widget_activate_action (GTK_WIDGET (window), "meeting.next", NULL);
  wait_for_screen (window, ACCORD_PACK_SCREEN_FUNNEL);
  gtk_widget_activate_action (GTK_WIDGET (window), "meeting.previous", NULL);
  wait_for_screen (window, ACCORD_PACK_SCREEN_GOALS);

  /* To the end, where Next goes no further; Home goes back to the cover. */
  gtk_widget_activate_action (GTK_WIDGET (window), "meeting.last", NULL);
  wait_for_screen (window, ACCORD_PACK_SCREEN_CALCULATOR);
  g_assert_cmpstr (gtk_label_get_label (position), ==, "7 / 7");
  gtk_widget_activate_action (GTK_WIDGET (window), "meeting.next", NULL);
  accord_test_iterate ();
  wait_for_screen (window, ACCORD_PACK_SCREEN_CALCULATOR);
  gtk_widget_activate_action (GTK_WIDGET (window), "meeting.first", NULL);
  wait_for_screen (window, ACCORD_PACK_SCREEN_COVER);
  gtk_widget_activate_action (GTK_WIDGET (window), "meeting.previous", NULL);
  accord_test_iterate ();
  wait_for_screen (window, ACCORD_PACK_SCREEN_COVER);

  /* Another month in the dashboard: the screens follow with a new pack. */
  october = g_object_ref (accord_meeting_window_get_pack (window));
  accord_session_set_month (session, ACCORD_MONTH_KEY (2024, 9));
  accord_test_iterate ();
  g_assert_true (accord_meeting_window_get_pack (window) != october);
  assert_screens (window);
  g_assert_finalize_object (october);

  /* Escape leaves meeting mode. */
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_widget_activate_action (GTK_WIDGET (window), "meeting.leave", NULL);
  accord_test_iterate ();
  g_assert_null (window);
  g_assert_finalize_object (session);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  /* GTK's test backend keeps the accessible properties without a bus. */
  g_setenv ("GTK_A11Y", "test", TRUE);

  if (!accord_test_init_display ())
    return 0;

  g_test_add_func ("/gui/meeting-window/keys", test_keys);
  g_test_add_func ("/gui/meeting-window/screens", test_screens);

  return g_test_run ();
}
