/* accord-decision-export.h: the committee's decisions as a CSV that the
 * CRM re-imports
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "accord-decision-log.h"
#include "accord-lead-store.h"

G_BEGIN_DECLS

typedef enum
{
  ACCORD_DECISION_EXPORT_HUBSPOT,     /* Record ID, Contact owner, Lead Status */
  ACCORD_DECISION_EXPORT_SALESFORCE,  /* Id, Owner Name, Status */
  ACCORD_N_DECISION_EXPORT_FORMATS
} AccordDecisionExportFormat;

const char *accord_decision_export_format_get_name  (AccordDecisionExportFormat  format);
gboolean    accord_decision_export_format_from_name (const char                 *name,
                                                     AccordDecisionExportFormat *format);

char       *accord_decision_export_csv              (AccordLeadStore            *store,
                                                     AccordDecisionLog          *log,
                                                     AccordDecisionExportFormat  format,
                                                     gsize                      *length);

G_END_DECLS
