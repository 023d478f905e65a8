/* accord-dialog.h: what Accord's dialogs share
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void accord_dialog_set_parent (GtkWindow *dialog,
                               GtkWindow *parent);

G_END_DECLS
