/* accord-mapping-dialog.h: which column holds which Accord field, asked
 * when a file's header is not recognised with confidence
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "accord-mapping.h"

G_BEGIN_DECLS

#define ACCORD_TYPE_MAPPING_DIALOG (accord_mapping_dialog_get_type ())

G_DECLARE_FINAL_TYPE (AccordMappingDialog, accord_mapping_dialog, ACCORD, MAPPING_DIALOG, AdwWindow)

AccordMappingDialog *accord_mapping_dialog_new           (const char           *file_name,
                                                          const char * const   *header,
                                                          GPtrArray            *preview,
                                                          AccordPreset          preset,
                                                          double                confidence,
                                                          AccordMapping        *proposed);
void                 accord_mapping_dialog_choose        (AccordMappingDialog  *self,
                                                          GtkWindow            *parent,
                                                          GCancellable         *cancellable,
                                                          GAsyncReadyCallback   callback,
                                                          gpointer              user_data);
AccordMapping       *accord_mapping_dialog_choose_finish (AccordMappingDialog  *self,
                                                          GAsyncResult         *result,
                                                          GError              **error);

G_END_DECLS
