/* accord-workspace.h: the agreement, the exports and their mappings, in
 * one document (.accord)
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "accord-agreement.h"
#include "accord-decision-log.h"
#include "accord-mapping.h"
#include "accord-types.h"

G_BEGIN_DECLS

#define ACCORD_WORKSPACE_ERROR (accord_workspace_error_quark ())

typedef enum
{
  ACCORD_WORKSPACE_ERROR_PARSE,    /* not JSON, or not an object */
  ACCORD_WORKSPACE_ERROR_FORMAT,   /* "format" is not "accord-workspace" */
  ACCORD_WORKSPACE_ERROR_VERSION,  /* a version this Accord does not know */
  ACCORD_WORKSPACE_ERROR_INVALID,  /* a member with a wrong type or value */
} AccordWorkspaceError;

GQuark accord_workspace_error_quark (void);

#define ACCORD_TYPE_WORKSPACE (accord_workspace_get_type ())

G_DECLARE_FINAL_TYPE (AccordWorkspace, accord_workspace, ACCORD, WORKSPACE, GObject)

AccordWorkspace *accord_workspace_new                (void);
AccordWorkspace *accord_workspace_new_from_file      (GFile            *file,
                                                      GError          **error);
gboolean         accord_workspace_save_to_file       (AccordWorkspace  *self,
                                                      GFile            *file,
                                                      GError          **error);

AccordAgreement *accord_workspace_get_agreement      (AccordWorkspace  *self);
void             accord_workspace_set_agreement      (AccordWorkspace  *self,
                                                      AccordAgreement  *agreement);
GTimeZone       *accord_workspace_get_time_zone      (AccordWorkspace  *self);
void             accord_workspace_set_time_zone      (AccordWorkspace  *self,
                                                      GTimeZone        *time_zone);

guint            accord_workspace_get_n_exports      (AccordWorkspace  *self);
GFile           *accord_workspace_get_export_file    (AccordWorkspace  *self,
                                                      guint             index);
AccordPreset     accord_workspace_get_export_preset  (AccordWorkspace  *self,
                                                      guint             index);
AccordMapping   *accord_workspace_get_export_mapping (AccordWorkspace  *self,
                                                      guint             index);
void             accord_workspace_add_export         (AccordWorkspace  *self,
                                                      GFile            *file,
                                                      AccordPreset      preset,
                                                      AccordMapping    *mapping);

AccordDecisionLog *accord_workspace_get_decisions    (AccordWorkspace  *self);

G_END_DECLS
