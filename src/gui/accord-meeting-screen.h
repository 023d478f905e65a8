/* accord-meeting-screen.h: one screen of meeting mode, painted by the
 * core's meeting pack as in the PDF
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "accord-meeting-pack.h"

G_BEGIN_DECLS

#define ACCORD_TYPE_MEETING_SCREEN (accord_meeting_screen_get_type ())

G_DECLARE_FINAL_TYPE (AccordMeetingScreen, accord_meeting_screen, ACCORD, MEETING_SCREEN, GtkWidget)

GtkWidget         *accord_meeting_screen_new        (AccordPackScreen     screen);
AccordPackScreen   accord_meeting_screen_get_screen (AccordMeetingScreen *self);
AccordMeetingPack *accord_meeting_screen_get_pack   (AccordMeetingScreen *self);
void               accord_meeting_screen_set_pack   (AccordMeetingScreen *self,
                                                     AccordMeetingPack   *pack);

G_END_DECLS
