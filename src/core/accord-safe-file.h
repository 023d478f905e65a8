/* accord-safe-file.h: saving what the user made without ever losing it
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

gboolean  accord_safe_file_replace    (GFile       *file,
                                       const char  *data,
                                       gsize        length,
                                       GError     **error);
GFile    *accord_safe_file_get_backup (GFile       *file);

G_END_DECLS
