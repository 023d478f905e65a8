/* accord-test-widgets.h: finding widgets in the widget tests, waiting for
 * them, and the session most of them show
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "accord-session.h"

G_BEGIN_DECLS

GtkWidget     *accord_test_find_named       (GtkWidget  *widget,
                                             const char *name);
GtkWidget     *accord_test_find_label       (GtkWidget  *widget,
                                             const char *text);
void           accord_test_iterate          (void);
void           accord_test_wait_for_map     (GtkWidget  *widget);
AccordSession *accord_test_contacts_session (void);

G_END_DECLS
