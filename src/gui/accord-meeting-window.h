/* accord-meeting-window.h: meeting mode — the weekly review full screen,
 * one question per screen
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "accord-meeting-pack.h"
#include "accord-session.h"

G_BEGIN_DECLS

#define ACCORD_TYPE_MEETING_WINDOW (accord_meeting_window_get_type ())

G_DECLARE_FINAL_TYPE (AccordMeetingWindow, accord_meeting_window, ACCORD, MEETING_WINDOW, AdwWindow)

AccordMeetingWindow *accord_meeting_window_new        (GtkWindow           *parent,
                                                       AccordSession       *session);
AccordPackScreen     accord_meeting_window_get_screen (AccordMeetingWindow *self);
AccordMeetingPack   *accord_meeting_window_get_pack   (AccordMeetingWindow *self);

G_END_DECLS
