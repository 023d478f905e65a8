/* accord-decision-log.h: what the review committee decided, flag by flag
 * (DESIGN §3), and the queue of flags still to decide
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "accord-agreement.h"
#include "accord-lead-store.h"
#include "accord-types.h"

G_BEGIN_DECLS

typedef enum
{
  ACCORD_OUTCOME_UNQUALIFIED,  /* back to marketing */
  ACCORD_OUTCOME_REASSIGN,     /* good fit: hand to another SDR */
  ACCORD_OUTCOME_KEEP,         /* good fit: keep and re-engage */
  ACCORD_OUTCOME_DISMISS,
  ACCORD_N_OUTCOMES
} AccordOutcome;

/* One decision on one flag of one lead. A flag is known by the lead's
 * record id, its kind and the moment it was raised, so that decisions
 * survive the next import and a lead flagged again, for a new reason or
 * anew, comes back to the queue. Strings are owned by the log. */
typedef struct
{
  const char     *record_id;
  AccordFlagKind  flag;
  gint64          raised;
  AccordOutcome   outcome;
  const char     *assignee;    /* the SDR a lead is reassigned to; else NULL */
  const char     *note;        /* nullable */
  const char     *decided_by;
  gint64          decided_at;
} AccordDecision;

/* A flag to decide, or decided, in the committee's queue. */
typedef struct
{
  guint                 lead;      /* position in the store */
  AccordFlagKind        flag;
  gint64                raised;
  const AccordDecision *decision;  /* NULL while undecided */
} AccordReviewItem;

const char *accord_outcome_get_name  (AccordOutcome  outcome);
gboolean    accord_outcome_from_name (const char    *name,
                                      AccordOutcome *outcome);

#define ACCORD_TYPE_DECISION_LOG (accord_decision_log_get_type ())

G_DECLARE_FINAL_TYPE (AccordDecisionLog, accord_decision_log, ACCORD, DECISION_LOG, GObject)

AccordDecisionLog    *accord_decision_log_new                (void);
AccordDecisionLog    *accord_decision_log_new_from_json_node (JsonNode               *node,
                                                              GError                **error);
JsonNode             *accord_decision_log_to_json_node       (AccordDecisionLog      *self);

guint                 accord_decision_log_get_n_decisions    (AccordDecisionLog      *self);
const AccordDecision *accord_decision_log_get_decision       (AccordDecisionLog      *self,
                                                              guint                   index);
void                  accord_decision_log_add                (AccordDecisionLog      *self,
                                                              const AccordDecision   *decision);
void                  accord_decision_log_remove             (AccordDecisionLog      *self,
                                                              guint                   index);
const AccordDecision *accord_decision_log_find               (AccordDecisionLog      *self,
                                                              const char             *record_id,
                                                              AccordFlagKind          flag,
                                                              gint64                  raised);
GPtrArray            *accord_decision_log_get_history        (AccordDecisionLog      *self,
                                                              const char             *record_id);

GArray               *accord_review_queue                    (AccordLeadStore        *store,
                                                              AccordAgreement        *agreement,
                                                              AccordDecisionLog      *decisions,
                                                              gint64                  as_of,
                                                              gint64                  window_seconds);
GArray               *accord_review_queue_in_zone            (AccordLeadStore        *store,
                                                              AccordAgreement        *agreement,
                                                              GTimeZone              *time_zone,
                                                              AccordDecisionLog      *decisions,
                                                              gint64                  as_of,
                                                              gint64                  window_seconds);

G_END_DECLS
