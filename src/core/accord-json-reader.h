/* accord-json-reader.h: CRM exports and API pages in JSON, as rows
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "accord-row-handler.h"

G_BEGIN_DECLS

gboolean  accord_json_reader_read  (GInputStream           *stream,
                                    const char             *display_name,
                                    const AccordRowHandler *handler,
                                    gpointer                user_data,
                                    GCancellable           *cancellable,
                                    GError                **error);
JsonNode *accord_json_reader_parse (const char             *data,
                                    gsize                   length,
                                    const char             *display_name,
                                    GError                **error);

gssize   accord_json_scan_nesting (const char             *data,
                                  gsize                   length,
                                  guint                   max_depth,
                                  gsize                  *root_end);
gssize   accord_json_find_bad_escape     (const char      *data,
                                         gsize            length);
char    *accord_json_describe_bad_escape (const char      *data,
                                         gsize            length,
                                         gsize            offset);
void     accord_json_locate       (const char             *data,
                                  gsize                   offset,
                                  guint                  *line,
                                  guint                  *column);

G_END_DECLS
