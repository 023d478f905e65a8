/* accord-test-widgets.h: finding widgets in the widget tests
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GtkWidget *accord_test_find_named (GtkWidget  *widget,
                                   const char *name);
GtkWidget *accord_test_find_label (GtkWidget  *widget,
                                   const char *text);

G_END_DECLS
