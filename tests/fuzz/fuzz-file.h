/* fuzz-file.h: fuzz inputs handed to loaders that read a file
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <stdint.h>

G_BEGIN_DECLS

GFile *fuzz_file_write (const char    *basename,
                        const uint8_t *data,
                        size_t         size);

G_END_DECLS
