/* accord-meeting-screen.c: one screen of meeting mode, painted by the
 * core's meeting pack as in the PDF
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-meeting-screen"

#include "config.h"

#include <adwaita.h>

#include "accord-meeting-screen.h"

struct _AccordMeetingScreen
{
  GtkWidget          parent_instance;

  AccordPackScreen   screen;
  AccordMeetingPack *pack;
};

G_DEFINE_FINAL_TYPE (AccordMeetingScreen, accord_meeting_screen, GTK_TYPE_WIDGET)

static void
update_accessible (AccordMeetingScreen *self)
{
  g_autofree char *description = NULL;

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accord_meeting_pack_get_question (self->screen),
                                  -1);
  if (self->pack == NULL)
    {
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      return;
    }

  /* A screen reader hears the numbers the screen shows. */
  description = accord_meeting_pack_describe (self->pack, self->screen);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

static void
accord_meeting_screen_snapshot (GtkWidget   *widget,
                                GtkSnapshot *snapshot)
{
  AccordMeetingScreen *self = ACCORD_MEETING_SCREEN (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  AccordPackPalette palette;
  cairo_t *cr;

  if (self->pack == NULL || width <= 0 || height <= 0)
    return;

  /* The pack's own palettes, made for a projector, follow the style. */
  if (adw_style_manager_get_dark (adw_style_manager_get_default ()))
    accord_pack_palette_init_dark (&palette);
  else
    accord_pack_palette_init_light (&palette);

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  accord_meeting_pack_paint (self->pack, cr, gtk_widget_get_pango_context (widget),
                             self->screen, width, height, &palette);
  cairo_destroy (cr);
}

static void
accord_meeting_screen_css_changed (GtkWidget         *widget,
                                   GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (accord_meeting_screen_parent_class)->css_changed (widget, change);

  /* The dark style changes the palette. */
  gtk_widget_queue_draw (widget);
}

static void
accord_meeting_screen_finalize (GObject *object)
{
  AccordMeetingScreen *self = ACCORD_MEETING_SCREEN (object);

  g_clear_object (&self->pack);

  G_OBJECT_CLASS (accord_meeting_screen_parent_class)->finalize (object);
}

static void
accord_meeting_screen_class_init (AccordMeetingScreenClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = accord_meeting_screen_finalize;

  widget_class->snapshot = accord_meeting_screen_snapshot;
  widget_class->css_changed = accord_meeting_screen_css_changed;

  gtk_widget_class_set_css_name (widget_class, "meeting-screen");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
accord_meeting_screen_init (AccordMeetingScreen *self)
{
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
}

GtkWidget *
accord_meeting_screen_new (AccordPackScreen screen)
{
  AccordMeetingScreen *self;

  g_return_val_if_fail (screen < ACCORD_PACK_N_SCREENS, NULL);

  self = g_object_new (ACCORD_TYPE_MEETING_SCREEN, NULL);
  self->screen = screen;
  update_accessible (self);

  return GTK_WIDGET (self);
}

AccordPackScreen
accord_meeting_screen_get_screen (AccordMeetingScreen *self)
{
  g_return_val_if_fail (ACCORD_IS_MEETING_SCREEN (self), ACCORD_PACK_SCREEN_COVER);

  return self->screen;
}

AccordMeetingPack *
accord_meeting_screen_get_pack (AccordMeetingScreen *self)
{
  g_return_val_if_fail (ACCORD_IS_MEETING_SCREEN (self), NULL);

  return self->pack;
}

/**
 * accord_meeting_screen_set_pack:
 * @pack: (nullable): the figures of the meeting
 *
 * Shows the screen of @pack with the new figures.
 */
void
accord_meeting_screen_set_pack (AccordMeetingScreen *self,
                                AccordMeetingPack   *pack)
{
  g_return_if_fail (ACCORD_IS_MEETING_SCREEN (self));
  g_return_if_fail (pack == NULL || ACCORD_IS_MEETING_PACK (pack));

  if (!g_set_object (&self->pack, pack))
    return;

  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
