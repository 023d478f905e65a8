/* accord-lead-store.h: the imported leads, compact, as a list model
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "accord-types.h"

G_BEGIN_DECLS

/* One lead (DESIGN §2). Strings belong to the store that holds the lead
 * (NULL when the export does not have them); moments are Unix seconds or
 * %ACCORD_TIME_NONE; numbers are NAN (amounts) or -1 (counts) when missing. */
typedef struct
{
  const char *record_id;
  const char *first_name;
  const char *last_name;
  const char *email;
  const char *company;
  const char *industry;
  const char *owner;
  const char *source;
  const char *stage;
  const char *status;
  gint64      moments[ACCORD_N_MOMENTS];
  double      annual_revenue;
  double      amount;
  double      score;
  gint32      employees;
  gint32      touches;
  guint8      tier;        /* AccordTier from the export's tier column */
  guint8      anuf_known;  /* AccordAnuf: criteria the export has */
  guint8      anuf;        /* AccordAnuf: criteria that are met */
} AccordLead;

#define ACCORD_TYPE_LEAD_STORE (accord_lead_store_get_type ())

G_DECLARE_FINAL_TYPE (AccordLeadStore, accord_lead_store, ACCORD, LEAD_STORE, GObject)

AccordLeadStore  *accord_lead_store_new          (void);
guint             accord_lead_store_get_n_leads  (AccordLeadStore  *self);
const AccordLead *accord_lead_store_get_lead     (AccordLeadStore  *self,
                                                  guint             position);
const AccordLead *accord_lead_store_get_leads    (AccordLeadStore  *self,
                                                  guint            *n_leads);
AccordLead       *accord_lead_store_append       (AccordLeadStore  *self);
void              accord_lead_store_remove_last  (AccordLeadStore  *self);
void              accord_lead_store_remove_many  (AccordLeadStore  *self,
                                                  const guint      *positions,
                                                  guint             n_positions);
const char       *accord_lead_store_intern       (AccordLeadStore  *self,
                                                  const char       *text);
const char       *accord_lead_store_add_text     (AccordLeadStore  *self,
                                                  const char       *text);
void              accord_lead_store_merge        (AccordLeadStore  *self,
                                                  AccordLeadStore  *other);
gint64            accord_lead_store_get_latest   (AccordLeadStore  *self);
gsize             accord_lead_store_get_memory   (AccordLeadStore  *self);

void              accord_lead_init               (AccordLead       *lead);

G_END_DECLS
