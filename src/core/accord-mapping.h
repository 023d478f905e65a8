/* accord-mapping.h: which column of an export holds which Accord field
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "accord-types.h"

G_BEGIN_DECLS

#define ACCORD_MAPPING_ERROR (accord_mapping_error_quark ())

typedef enum
{
  ACCORD_MAPPING_ERROR_PARSE,          /* not JSON, or not an object */
  ACCORD_MAPPING_ERROR_UNKNOWN_FIELD,  /* a key that is no Accord field */
  ACCORD_MAPPING_ERROR_INVALID,        /* a value that is not a column name */
} AccordMappingError;

GQuark accord_mapping_error_quark (void);

#define ACCORD_TYPE_MAPPING (accord_mapping_get_type ())

G_DECLARE_FINAL_TYPE (AccordMapping, accord_mapping, ACCORD, MAPPING, GObject)

AccordMapping *accord_mapping_new                (void);
AccordMapping *accord_mapping_new_for_preset     (AccordPreset         preset,
                                                  const char * const  *header);
AccordMapping *accord_mapping_new_from_json_node (JsonNode            *node,
                                                  GError             **error);
AccordMapping *accord_mapping_new_from_file      (GFile               *file,
                                                  GError             **error);
JsonNode      *accord_mapping_to_json_node       (AccordMapping       *self);
gboolean       accord_mapping_save_to_file       (AccordMapping       *self,
                                                  GFile               *file,
                                                  GError             **error);

const char    *accord_mapping_get_column         (AccordMapping       *self,
                                                  AccordField          field);
void           accord_mapping_set_column         (AccordMapping       *self,
                                                  AccordField          field,
                                                  const char          *column);
gboolean       accord_mapping_is_empty           (AccordMapping       *self);
void           accord_mapping_override           (AccordMapping       *self,
                                                  AccordMapping       *user);
void           accord_mapping_resolve            (AccordMapping       *self,
                                                  const char * const  *header,
                                                  int                 *columns);

AccordPreset   accord_mapping_detect             (const char * const  *header,
                                                  double              *confidence);

G_END_DECLS
