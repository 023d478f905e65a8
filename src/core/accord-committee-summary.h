/* accord-committee-summary.h: the review committee's weeks — flags raised,
 * flags decided by outcome, and who the outcomes point at (DESIGN §3)
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "accord-agreement.h"
#include "accord-decision-log.h"
#include "accord-lead-store.h"
#include "accord-types.h"

G_BEGIN_DECLS

/* The committee's counts over some stretch of time. The shares leave
 * dismissals out: a dismissed flag was not a lead-quality question nor a
 * follow-up one. Both are NAN when no flag was judged unqualified,
 * reassigned or kept. */
typedef struct
{
  guint  raised;                       /* flags raised */
  guint  decided[ACCORD_N_OUTCOMES];   /* decisions made, by outcome */
  guint  n_decided;                    /* all of them, dismissals too */
  double unqualified_share;            /* unqualified / (unqualified + reassign + keep): marketing's question */
  double follow_up_share;              /* (reassign + keep) / (the same): sales' question */
} AccordCommitteeCounts;

/* An ISO week: Monday 00:00 to the next Monday 00:00, in the zone. */
typedef struct
{
  gint64                start;       /* its first moment */
  gint64                end;         /* the next week's first moment, not in the week */
  GDate                 monday;      /* its first day */
  int                   iso_year;    /* the ISO week-numbering year: that of the week's Thursday */
  int                   iso_week;    /* 1–53 */
  AccordCommitteeCounts counts;
} AccordCommitteeWeek;

/* The counts of one owner or one source over all the summary's weeks. */
typedef struct
{
  const char            *key;     /* the store's string; NULL: none known */
  AccordCommitteeCounts  counts;
} AccordCommitteeGroup;

typedef struct _AccordCommitteeSummary AccordCommitteeSummary;

#define ACCORD_TYPE_COMMITTEE_SUMMARY (accord_committee_summary_get_type ())

GType                        accord_committee_summary_get_type      (void) G_GNUC_CONST;

AccordCommitteeSummary      *accord_committee_summary_new           (AccordLeadStore              *store,
                                                                     AccordAgreement              *agreement,
                                                                     AccordDecisionLog            *decisions,
                                                                     GTimeZone                    *time_zone,
                                                                     gint64                        as_of,
                                                                     guint                         n_weeks);
AccordCommitteeSummary      *accord_committee_summary_new_full      (AccordLeadStore              *store,
                                                                     AccordAgreement              *agreement,
                                                                     AccordDecisionLog            *decisions,
                                                                     GTimeZone                    *time_zone,
                                                                     gint64                        as_of,
                                                                     gint64                        decided_until,
                                                                     guint                         n_weeks);
AccordCommitteeSummary      *accord_committee_summary_ref           (AccordCommitteeSummary       *self);
void                         accord_committee_summary_unref         (AccordCommitteeSummary       *self);

gint64                       accord_committee_summary_get_as_of     (AccordCommitteeSummary       *self);
guint                        accord_committee_summary_get_n_weeks   (AccordCommitteeSummary       *self);
const AccordCommitteeWeek   *accord_committee_summary_get_week      (AccordCommitteeSummary       *self,
                                                                     guint                         index);
const AccordCommitteeCounts *accord_committee_summary_get_total     (AccordCommitteeSummary       *self);
GArray                      *accord_committee_summary_get_breakdown (AccordCommitteeSummary       *self,
                                                                     AccordField                   by);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AccordCommitteeSummary, accord_committee_summary_unref)

G_END_DECLS
