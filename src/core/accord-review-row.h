/* accord-review-row.h: one flag of the committee's queue, as a row to show
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "accord-decision-log.h"

G_BEGIN_DECLS

#define ACCORD_TYPE_REVIEW_ROW (accord_review_row_get_type ())

G_DECLARE_FINAL_TYPE (AccordReviewRow, accord_review_row, ACCORD, REVIEW_ROW, GObject)

GListStore     *accord_review_rows_new           (AccordLeadStore   *store,
                                                  AccordAgreement   *agreement,
                                                  AccordDecisionLog *decisions,
                                                  GTimeZone         *time_zone,
                                                  gint64             as_of,
                                                  gint64             window_seconds);

guint           accord_review_row_get_lead       (AccordReviewRow   *self);
const char     *accord_review_row_get_record_id  (AccordReviewRow   *self);
const char     *accord_review_row_get_owner      (AccordReviewRow   *self);
const char     *accord_review_row_get_source     (AccordReviewRow   *self);
AccordTier      accord_review_row_get_tier       (AccordReviewRow   *self);
AccordFlagKind  accord_review_row_get_flag       (AccordReviewRow   *self);
gint64          accord_review_row_get_raised     (AccordReviewRow   *self);
int             accord_review_row_get_age_days   (AccordReviewRow   *self);
const char     *accord_review_row_get_reason     (AccordReviewRow   *self);
gboolean        accord_review_row_get_decided    (AccordReviewRow   *self);

const char     *accord_flag_kind_describe        (AccordFlagKind     kind);
const char     *accord_outcome_describe          (AccordOutcome      outcome);

G_END_DECLS
