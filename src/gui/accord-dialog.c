/* accord-dialog.c: what Accord's dialogs share
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "accord-dialog.h"

/**
 * accord_dialog_set_parent:
 * @dialog: a dialog window, not yet shown
 * @parent: (nullable): the window it belongs to
 *
 * Makes @dialog transient for @parent and closes it with @parent. On a
 * 1024×600 screen a dialog must not outgrow its parent, so its default
 * height shrinks to the parent's.
 */
void
accord_dialog_set_parent (GtkWindow *dialog,
                          GtkWindow *parent)
{
  int parent_height, width, height;

  g_return_if_fail (GTK_IS_WINDOW (dialog));
  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));

  if (parent == NULL)
    return;

  gtk_window_set_transient_for (dialog, parent);
  gtk_window_set_destroy_with_parent (dialog, TRUE);

  parent_height = gtk_widget_get_height (GTK_WIDGET (parent));
  gtk_window_get_default_size (dialog, &width, &height);
  if (parent_height > 0 && height > parent_height)
    gtk_window_set_default_size (dialog, width, parent_height);
}
