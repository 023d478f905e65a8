/* accord-agreement.h: the service level agreement (DESIGN §1)
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "accord-lead-store.h"
#include "accord-types.h"
#include "accord-working-time.h"

G_BEGIN_DECLS

#define ACCORD_AGREEMENT_ERROR (accord_agreement_error_quark ())

typedef enum
{
  ACCORD_AGREEMENT_ERROR_PARSE,    /* not JSON, or not an object */
  ACCORD_AGREEMENT_ERROR_FORMAT,   /* "format" is not "accord-sla" */
  ACCORD_AGREEMENT_ERROR_VERSION,  /* a version this Accord does not know */
  ACCORD_AGREEMENT_ERROR_INVALID,  /* a field with a wrong type or value */
} AccordAgreementError;

GQuark accord_agreement_error_quark (void);

/* How an SDR works a lead of one tier (DESIGN §1). */
typedef struct
{
  guint response_hours;  /* first call within */
  guint touches;         /* calls + emails */
  guint breakups;        /* breakup emails */
  guint timeframe_days;
} AccordProtocol;

/* What one SDR can carry (DESIGN §1). */
typedef struct
{
  guint  universe_min;
  guint  universe_max;
  guint  active_min;
  guint  active_max;
  guint  sqls_per_month;
  double mql_conversion;  /* a fraction: 0.08 */
} AccordCapacity;

typedef enum
{
  ACCORD_SPECIALISATION_HYBRID,
  ACCORD_SPECIALISATION_INBOUND,
  ACCORD_SPECIALISATION_OUTBOUND,
  ACCORD_N_SPECIALISATIONS
} AccordSpecialisation;

/* The handoff rules an agreement may name (DESIGN §1). */
#define ACCORD_HANDOFF_LEAST_LOAD "least-load"  /* round-robin by least load */

typedef enum
{
  ACCORD_SECTION_SUMMARY,
  ACCORD_SECTION_GOALS,
  ACCORD_SECTION_NEEDS,
  ACCORD_SECTION_RESPONSIBILITIES,
  ACCORD_SECTION_IF_GOALS_NOT_MET,
  ACCORD_SECTION_CANCELLATION,
  ACCORD_N_SECTIONS
} AccordSection;

/* Where the next review stands, seen from one day. */
typedef enum
{
  ACCORD_REVIEW_STATUS_NONE,      /* no date, or the date is far enough away */
  ACCORD_REVIEW_STATUS_DUE_SOON,  /* fewer than %ACCORD_REVIEW_NOTICE_DAYS away */
  ACCORD_REVIEW_STATUS_DUE_TODAY,
  ACCORD_REVIEW_STATUS_OVERDUE,
} AccordReviewStatus;

/* How many days ahead a coming review is announced. */
#define ACCORD_REVIEW_NOTICE_DAYS 14

#define ACCORD_AGREEMENT_MIN_KPIS 5
#define ACCORD_AGREEMENT_MAX_KPIS 7

#define ACCORD_TYPE_AGREEMENT (accord_agreement_get_type ())

G_DECLARE_FINAL_TYPE (AccordAgreement, accord_agreement, ACCORD, AGREEMENT, GObject)

AccordAgreement      *accord_agreement_new                (void);
AccordAgreement      *accord_agreement_new_from_data      (const char            *data,
                                                           gssize                 length,
                                                           const char            *display_name,
                                                           GError               **error);
AccordAgreement      *accord_agreement_new_from_file      (GFile                 *file,
                                                           GError               **error);
AccordAgreement      *accord_agreement_new_from_json_node (JsonNode             *node,
                                                           const char            *display_name,
                                                           GError               **error);
JsonNode             *accord_agreement_to_json_node       (AccordAgreement       *self);
char                 *accord_agreement_to_data            (AccordAgreement       *self,
                                                           gsize                 *length);
gboolean              accord_agreement_save_to_file       (AccordAgreement       *self,
                                                           GFile                 *file,
                                                           GError               **error);
gboolean              accord_agreement_validate           (AccordAgreement       *self,
                                                           GError               **error);
void                  accord_agreement_copy_from          (AccordAgreement       *self,
                                                           AccordAgreement       *other);

const char           *accord_agreement_get_name           (AccordAgreement       *self);
void                  accord_agreement_set_name           (AccordAgreement       *self,
                                                           const char            *name);

/* The Quick Test (ideal customer profile). Unset bounds are -1 (employees)
 * or NAN (revenue); an empty industry list accepts any industry. */
const char * const   *accord_agreement_get_industries     (AccordAgreement       *self);
void                  accord_agreement_set_industries     (AccordAgreement       *self,
                                                           const char * const    *industries);
void                  accord_agreement_get_employees      (AccordAgreement       *self,
                                                           int                   *min,
                                                           int                   *max);
void                  accord_agreement_set_employees      (AccordAgreement       *self,
                                                           int                    min,
                                                           int                    max);
void                  accord_agreement_get_revenue        (AccordAgreement       *self,
                                                           double                *min,
                                                           double                *max);
void                  accord_agreement_set_revenue        (AccordAgreement       *self,
                                                           double                 min,
                                                           double                 max);
gboolean              accord_agreement_passes_quick_test  (AccordAgreement       *self,
                                                           const AccordLead      *lead);

/* The quality tier: the export's tier column, else the score thresholds,
 * else Low. Never returns %ACCORD_TIER_UNKNOWN. */
AccordTier            accord_agreement_tier_for_lead      (AccordAgreement       *self,
                                                           const AccordLead      *lead);
void                  accord_agreement_get_score_thresholds (AccordAgreement     *self,
                                                           double                *high,
                                                           double                *moderate);
void                  accord_agreement_set_score_thresholds (AccordAgreement     *self,
                                                           double                 high,
                                                           double                 moderate);

/* Goals per calendar month (a month key, see accord-zone.h). A month
 * without goals of its own has the default goals; a figure without a goal
 * (opportunities, customers, revenue unless set) is NAN. */
double                accord_agreement_get_goal           (AccordAgreement       *self,
                                                           int                    month_key,
                                                           AccordFigure           figure);
double                accord_agreement_get_month_goal     (AccordAgreement       *self,
                                                           int                    month_key,
                                                           AccordFigure           figure);
void                  accord_agreement_set_goal           (AccordAgreement       *self,
                                                           int                    month_key,
                                                           AccordFigure           figure,
                                                           double                 goal);
int                  *accord_agreement_dup_goal_months    (AccordAgreement       *self,
                                                           guint                 *n_months);
double                accord_agreement_get_default_goal   (AccordAgreement       *self,
                                                           AccordFigure           figure);
void                  accord_agreement_set_default_goal   (AccordAgreement       *self,
                                                           AccordFigure           figure,
                                                           double                 goal);

/* %ACCORD_TIER_UNKNOWN reads as Low. */
const AccordProtocol *accord_agreement_get_protocol       (AccordAgreement       *self,
                                                           AccordTier             tier);
void                  accord_agreement_set_protocol       (AccordAgreement       *self,
                                                           AccordTier             tier,
                                                           const AccordProtocol  *protocol);

/* Working hours, read in the workspace's time zone (DESIGN §3): %NULL
 * when hours count on the calendar, as they do by default. */
const AccordBusinessHours *
                      accord_agreement_get_business_hours (AccordAgreement           *self);
gboolean              accord_agreement_set_business_hours (AccordAgreement           *self,
                                                           const AccordBusinessHours *hours);

const AccordCapacity *accord_agreement_get_capacity       (AccordAgreement       *self);
void                  accord_agreement_set_capacity       (AccordAgreement       *self,
                                                           const AccordCapacity  *capacity);

guint                 accord_agreement_get_n_sdrs         (AccordAgreement       *self);
const char           *accord_agreement_get_sdr_name       (AccordAgreement       *self,
                                                           guint                  index);
AccordSpecialisation  accord_agreement_get_sdr_specialisation (AccordAgreement   *self,
                                                           guint                  index);
void                  accord_agreement_add_sdr            (AccordAgreement       *self,
                                                           const char            *name,
                                                           AccordSpecialisation   specialisation);
void                  accord_agreement_set_sdr            (AccordAgreement       *self,
                                                           guint                  index,
                                                           const char            *name,
                                                           AccordSpecialisation   specialisation);
void                  accord_agreement_remove_sdr         (AccordAgreement       *self,
                                                           guint                  index);
const char           *accord_agreement_get_handoff_rule   (AccordAgreement       *self);
void                  accord_agreement_set_handoff_rule   (AccordAgreement       *self,
                                                           const char            *rule);

guint                 accord_agreement_get_n_assets       (AccordAgreement       *self);
const char           *accord_agreement_get_asset_name     (AccordAgreement       *self,
                                                           guint                  index);
double                accord_agreement_get_asset_hours    (AccordAgreement       *self,
                                                           guint                  index);
void                  accord_agreement_set_asset_hours    (AccordAgreement       *self,
                                                           const char            *asset,
                                                           double                 hours);
void                  accord_agreement_remove_asset       (AccordAgreement       *self,
                                                           guint                  index);

const AccordKpi      *accord_agreement_get_kpis           (AccordAgreement       *self,
                                                           guint                 *n_kpis);
void                  accord_agreement_set_kpis           (AccordAgreement       *self,
                                                           const AccordKpi       *kpis,
                                                           guint                  n_kpis);

guint                 accord_agreement_get_review_months  (AccordAgreement       *self);
void                  accord_agreement_set_review_months  (AccordAgreement       *self,
                                                           guint                  months);
const char           *accord_agreement_get_next_review    (AccordAgreement       *self);
gboolean              accord_agreement_set_next_review    (AccordAgreement       *self,
                                                           const char            *date);
char                 *accord_agreement_format_next_review (AccordAgreement       *self);
AccordReviewStatus    accord_agreement_get_review_status  (AccordAgreement       *self,
                                                           GTimeZone             *time_zone,
                                                           gint64                 today,
                                                           guint                 *days);

const char           *accord_agreement_get_section        (AccordAgreement       *self,
                                                           AccordSection          section);
void                  accord_agreement_set_section        (AccordAgreement       *self,
                                                           AccordSection          section,
                                                           const char            *text);

const char           *accord_specialisation_get_name      (AccordSpecialisation   specialisation);
const char           *accord_specialisation_get_title     (AccordSpecialisation   specialisation);
gboolean              accord_specialisation_from_name     (const char            *name,
                                                           AccordSpecialisation  *specialisation);

G_END_DECLS
