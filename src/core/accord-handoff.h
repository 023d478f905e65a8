/* accord-handoff.h: which SDRs could take a lead the committee reassigns
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "accord-agreement.h"
#include "accord-lead-store.h"

G_BEGIN_DECLS

gboolean   accord_lead_is_inbound     (const AccordLead *lead);
GPtrArray *accord_handoff_suggest     (AccordLeadStore  *store,
                                       AccordAgreement  *agreement,
                                       GTimeZone        *time_zone,
                                       int               month,
                                       gint64            now,
                                       guint             lead);

G_END_DECLS
