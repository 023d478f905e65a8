/* accord-lead-object.h: one lead of a store, as an item of a list model
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "accord-lead-store.h"

G_BEGIN_DECLS

#define ACCORD_TYPE_LEAD_OBJECT (accord_lead_object_get_type ())

G_DECLARE_FINAL_TYPE (AccordLeadObject, accord_lead_object, ACCORD, LEAD_OBJECT, GObject)

AccordLeadObject *accord_lead_object_new          (AccordLeadStore  *store,
                                                   guint             position);
AccordLeadStore  *accord_lead_object_get_store    (AccordLeadObject *self);
guint             accord_lead_object_get_position (AccordLeadObject *self);
const AccordLead *accord_lead_object_get_lead     (AccordLeadObject *self);
const char       *accord_lead_object_get_record_id (AccordLeadObject *self);
char             *accord_lead_object_dup_name     (AccordLeadObject *self);
const char       *accord_lead_object_get_company  (AccordLeadObject *self);
const char       *accord_lead_object_get_owner    (AccordLeadObject *self);

G_END_DECLS
