/* accord-window.h
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "accord-session.h"

G_BEGIN_DECLS

#define ACCORD_TYPE_WINDOW (accord_window_get_type ())

G_DECLARE_FINAL_TYPE (AccordWindow, accord_window, ACCORD, WINDOW, AdwApplicationWindow)

AccordWindow  *accord_window_new            (AdwApplication *application);
AccordSession *accord_window_get_session    (AccordWindow   *self);
void           accord_window_import_files   (AccordWindow   *self,
                                             GFile         **files,
                                             guint           n_files);
void           accord_window_open_workspace (AccordWindow   *self,
                                             GFile          *file);
void           accord_window_open_last_workspace (AccordWindow *self);

G_END_DECLS
