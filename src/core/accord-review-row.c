/* accord-review-row.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-review-row"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "accord-review-row.h"
#include "accord-zone.h"

#define SECONDS_PER_DAY 86400

struct _AccordReviewRow
{
  GObject         parent_instance;

  guint           lead;
  AccordFlagKind  flag;
  gint64          raised;
  AccordTier      tier;
  int             age_days;
  gboolean        decided;

  char           *record_id;
  char           *name;
  char           *company;
  char           *owner;
  char           *source;
  char           *mql_date;
  char           *first_touch;
  char           *touches;
  char           *days_into;
  char           *reason;
  char           *decision;
};

enum {
  PROP_0,
  PROP_RECORD_ID,
  PROP_NAME,
  PROP_COMPANY,
  PROP_OWNER,
  PROP_SOURCE,
  PROP_TIER,
  PROP_FLAG,
  PROP_MQL_DATE,
  PROP_FIRST_TOUCH,
  PROP_TOUCHES,
  PROP_DAYS_INTO,
  PROP_AGE_DAYS,
  PROP_REASON,
  PROP_DECISION,
  PROP_DECIDED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (AccordReviewRow, accord_review_row, G_TYPE_OBJECT)

static void
accord_review_row_finalize (GObject *object)
{
  AccordReviewRow *self = ACCORD_REVIEW_ROW (object);

  g_free (self->record_id);
  g_free (self->name);
  g_free (self->company);
  g_free (self->owner);
  g_free (self->source);
  g_free (self->mql_date);
  g_free (self->first_touch);
  g_free (self->touches);
  g_free (self->days_into);
  g_free (self->reason);
  g_free (self->decision);

  G_OBJECT_CLASS (accord_review_row_parent_class)->finalize (object);
}

static void
accord_review_row_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  AccordReviewRow *self = ACCORD_REVIEW_ROW (object);

  switch (prop_id)
    {
    case PROP_RECORD_ID:
      g_value_set_string (value, self->record_id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_COMPANY:
      g_value_set_string (value, self->company);
      break;
    case PROP_OWNER:
      g_value_set_string (value, self->owner);
      break;
    case PROP_SOURCE:
      g_value_set_string (value, self->source);
      break;
    case PROP_TIER:
      g_value_set_string (value, accord_tier_get_title (self->tier));
      break;
    case PROP_FLAG:
      g_value_set_string (value, accord_flag_kind_describe (self->flag));
      break;
    case PROP_MQL_DATE:
      g_value_set_string (value, self->mql_date);
      break;
    case PROP_FIRST_TOUCH:
      g_value_set_string (value, self->first_touch);
      break;
    case PROP_TOUCHES:
      g_value_set_string (value, self->touches);
      break;
    case PROP_DAYS_INTO:
      g_value_set_string (value, self->days_into);
      break;
    case PROP_AGE_DAYS:
      g_value_set_int (value, self->age_days);
      break;
    case PROP_REASON:
      g_value_set_string (value, self->reason);
      break;
    case PROP_DECISION:
      g_value_set_string (value, self->decision);
      break;
    case PROP_DECIDED:
      g_value_set_boolean (value, self->decided);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_review_row_class_init (AccordReviewRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  static const char * const string_names[] = {
    NULL, "record-id", "name", "company", "owner", "source", "tier", "flag", "mql-date",
    "first-touch", "touches", "days-into",
  };

  object_class->finalize = accord_review_row_finalize;
  object_class->get_property = accord_review_row_get_property;

  for (guint p = PROP_RECORD_ID; p <= PROP_DAYS_INTO; p++)
    properties[p] = g_param_spec_string (string_names[p], NULL, NULL, NULL,
                                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_AGE_DAYS] =
    g_param_spec_int ("age-days", NULL, NULL, 0, G_MAXINT, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_REASON] =
    g_param_spec_string ("reason", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DECISION] =
    g_param_spec_string ("decision", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DECIDED] =
    g_param_spec_boolean ("decided", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
accord_review_row_init (AccordReviewRow *self)
{
}

/**
 * accord_flag_kind_describe:
 *
 * Returns: the flag's name for people
 */
const char *
accord_flag_kind_describe (AccordFlagKind kind)
{
  switch (kind)
    {
    case ACCORD_FLAG_LATE_FIRST_TOUCH:
      return _("Late first touch");
    case ACCORD_FLAG_UNDER_WORKED:
      return _("Under-worked");
    case ACCORD_FLAG_NO_DISPOSITION:
      return _("No disposition");
    case ACCORD_FLAG_OUTSIDE_PROFILE:
      return _("Outside the profile");
    case ACCORD_FLAG_MISSING_ANUF:
      return _("SQL without ANUF");
    case ACCORD_N_FLAG_KINDS:
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * accord_outcome_describe:
 *
 * Returns: the committee's decision, for people
 */
const char *
accord_outcome_describe (AccordOutcome outcome)
{
  switch (outcome)
    {
    case ACCORD_OUTCOME_UNQUALIFIED:
      return _("Unqualified");
    case ACCORD_OUTCOME_REASSIGN:
      return _("Reassigned");
    case ACCORD_OUTCOME_KEEP:
      return _("Kept, re-engage");
    case ACCORD_OUTCOME_DISMISS:
      return _("Dismissed");
    case ACCORD_N_OUTCOMES:
    default:
      g_return_val_if_reached (NULL);
    }
}

static char *
format_date (AccordZone *zone,
             gint64      moment)
{
  AccordCivil civil;
  g_autoptr(GDateTime) date = NULL;

  if (moment == ACCORD_TIME_NONE)
    return g_strdup ("–");

  accord_zone_to_civil (zone, moment, &civil);
  date = g_date_time_new_utc (civil.year, civil.month, civil.day, 0, 0, 0);
  /* Translators: a date in the review queue, as strftime() writes it. */
  return date != NULL ? g_date_time_format (date, _("%-d %b %Y")) : g_strdup ("–");
}

/* "48 h 1 min" under three days, where a minute can decide a flag;
 * "45 d 5 h" beyond. */
static char *
format_duration (gint64 seconds)
{
  gint64 minutes = seconds / 60;
  gint64 hours = minutes / 60;

  /* Plain %lld: xgettext cannot read G_GINT64_FORMAT inside a msgid. */
  if (hours >= 72)
    /* Translators: a duration in days and hours. */
    return g_strdup_printf (_("%lld d %lld h"), (long long) (hours / 24), (long long) (hours % 24));
  if (minutes % 60 != 0)
    /* Translators: a duration in hours and minutes. */
    return g_strdup_printf (_("%lld h %lld min"), (long long) hours, (long long) (minutes % 60));

  /* Translators: a duration in hours. */
  return g_strdup_printf (_("%lld h"), (long long) hours);
}

/* Why a lead fails the Quick Test, in words (DESIGN §2's rules). */
static char *
describe_profile (AccordAgreement  *agreement,
                  const AccordLead *lead)
{
  const char * const *industries = accord_agreement_get_industries (agreement);
  int employees_min, employees_max;
  double revenue_min, revenue_max;

  accord_agreement_get_employees (agreement, &employees_min, &employees_max);
  accord_agreement_get_revenue (agreement, &revenue_min, &revenue_max);

  if ((employees_min >= 0 || employees_max >= 0) && lead->employees < 0)
    return g_strdup (_("Outside the profile: the export gives no employee count"));
  if ((employees_min >= 0 && lead->employees < employees_min) ||
      (employees_max >= 0 && lead->employees > employees_max))
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Outside the profile: %d employee; the Quick Test asks for %d to %d",
                                         "Outside the profile: %d employees; the Quick Test asks for %d to %d",
                                         lead->employees),
                            lead->employees, employees_min, employees_max);
  if (industries != NULL && industries[0] != NULL)
    {
      if (lead->industry == NULL)
        return g_strdup (_("Outside the profile: the export gives no industry"));
      if (!accord_agreement_passes_quick_test (agreement, lead))
        return g_strdup_printf (_("Outside the profile: “%s” is not one of the profile’s industries"),
                                lead->industry);
    }

  return g_strdup (_("Outside the profile: its annual revenue is outside the Quick Test’s bounds"));
}

static char *
describe_anuf (const AccordLead *lead)
{
  static const struct { AccordAnuf bit; const char *name; } criteria[] = {
    { ACCORD_ANUF_AUTHORITY, N_("Authority") },
    { ACCORD_ANUF_NEED, N_("Need") },
    { ACCORD_ANUF_UNDERSTANDING, N_("Understanding") },
    { ACCORD_ANUF_FIT, N_("Fit") },
  };
  g_autoptr(GString) missing = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (criteria); i++)
    {
      if (lead->anuf & criteria[i].bit)
        continue;
      if (missing->len > 0)
        g_string_append (missing, ", ");
      g_string_append (missing, _(criteria[i].name));
    }

  /* Translators: %s lists the ANUF criteria not met: "Authority, Need". */
  return g_strdup_printf (_("SQL without %s"), missing->str);
}

/* DESIGN §3: why the flag was raised, with the numbers. */
static char *
describe_reason (AccordAgreement  *agreement,
                 const AccordLead *lead,
                 AccordFlagKind    flag,
                 AccordTier        tier,
                 gint64            as_of)
{
  const AccordProtocol *protocol = accord_agreement_get_protocol (agreement, tier);
  gint64 mql = lead->moments[ACCORD_MOMENT_MQL];
  gint64 touch = lead->moments[ACCORD_MOMENT_FIRST_TOUCH];

  switch (flag)
    {
    case ACCORD_FLAG_LATE_FIRST_TOUCH:
      {
        gboolean touched = touch != ACCORD_TIME_NONE && touch <= as_of;
        g_autofree char *after = format_duration ((touched ? touch : as_of) - mql);

        /* With business hours the protocol's hours are working hours;
         * the time since the MQL stays on the calendar. */
        if (accord_agreement_get_business_hours (agreement) != NULL)
          {
            if (touched)
              /* Translators: "First touch 31 h after the MQL; High leads get 4 working hours". */
              return g_strdup_printf (_("First touch %s after the MQL; %s leads get %u working hours"),
                                      after, accord_tier_get_title (tier), protocol->response_hours);
            /* Translators: "No touch 52 h after the MQL; Low leads get 48 working hours". */
            return g_strdup_printf (_("No touch %s after the MQL; %s leads get %u working hours"),
                                    after, accord_tier_get_title (tier), protocol->response_hours);
          }
        if (touched)
          /* Translators: "First touch 31 h after the MQL; High leads get 4 h". */
          return g_strdup_printf (_("First touch %s after the MQL; %s leads get %u h"),
                                  after, accord_tier_get_title (tier), protocol->response_hours);
        /* Translators: "No touch 52 h after the MQL; Low leads get 48 h". */
        return g_strdup_printf (_("No touch %s after the MQL; %s leads get %u h"),
                                after, accord_tier_get_title (tier), protocol->response_hours);
      }

    case ACCORD_FLAG_UNDER_WORKED:
      /* Translators: "3 of 15 touches when its 90-day timeframe ended". */
      return g_strdup_printf (_("%d of %u touches when its %u-day timeframe ended"),
                              MAX (lead->touches, 0), protocol->touches, protocol->timeframe_days);

    case ACCORD_FLAG_NO_DISPOSITION:
      return g_strdup_printf (_("Neither SQL nor closed when its %u-day timeframe ended"),
                              protocol->timeframe_days);

    case ACCORD_FLAG_OUTSIDE_PROFILE:
      return describe_profile (agreement, lead);

    case ACCORD_FLAG_MISSING_ANUF:
      return describe_anuf (lead);

    case ACCORD_N_FLAG_KINDS:
    default:
      g_return_val_if_reached (NULL);
    }
}

static char *
dup_name (const AccordLead *lead)
{
  if (lead->first_name != NULL && lead->last_name != NULL)
    return g_strdup_printf ("%s %s", lead->first_name, lead->last_name);
  if (lead->first_name != NULL || lead->last_name != NULL)
    return g_strdup (lead->first_name != NULL ? lead->first_name : lead->last_name);
  if (lead->email != NULL)
    return g_strdup (lead->email);
  return g_strdup (lead->record_id != NULL ? lead->record_id : "–");
}

/* A lead flagged again comes back with what the committee decided
 * before: "Earlier: Kept, 12 Oct 2026". */
static char *
describe_history (AccordDecisionLog *decisions,
                  AccordZone        *zone,
                  const char        *record_id)
{
  g_autoptr(GPtrArray) history = NULL;
  const AccordDecision *last;
  g_autofree char *date = NULL;

  if (decisions == NULL || record_id == NULL)
    return NULL;

  history = accord_decision_log_get_history (decisions, record_id);
  if (history->len == 0)
    return NULL;

  last = g_ptr_array_index (history, history->len - 1);
  date = format_date (zone, last->decided_at);
  /* Translators: the lead's last decision, "Earlier: Kept, 12 Oct 2026". */
  return g_strdup_printf (_("Earlier: %s, %s"), accord_outcome_describe (last->outcome), date);
}

static AccordReviewRow *
create_row (AccordLeadStore        *store,
            AccordAgreement        *agreement,
            AccordDecisionLog      *decisions,
            AccordZone             *zone,
            const AccordReviewItem *item,
            gint64                  as_of)
{
  const AccordLead *lead = accord_lead_store_get_lead (store, item->lead);
  AccordReviewRow *self = g_object_new (ACCORD_TYPE_REVIEW_ROW, NULL);
  AccordTier tier = accord_agreement_tier_for_lead (agreement, lead);
  const AccordProtocol *protocol = accord_agreement_get_protocol (agreement, tier);
  gint64 mql = lead->moments[ACCORD_MOMENT_MQL];
  gint64 touch = lead->moments[ACCORD_MOMENT_FIRST_TOUCH];

  self->lead = item->lead;
  self->flag = item->flag;
  self->raised = item->raised;
  self->tier = tier;
  self->age_days = (int) MAX (0, (as_of - item->raised) / SECONDS_PER_DAY);
  self->decided = item->decision != NULL;

  self->record_id = g_strdup (lead->record_id);
  self->name = dup_name (lead);
  self->company = g_strdup (lead->company);
  self->owner = g_strdup (lead->owner);
  self->source = g_strdup (lead->source);
  self->mql_date = format_date (zone, mql);
  self->first_touch = format_date (zone, touch != ACCORD_TIME_NONE && touch <= as_of ? touch : ACCORD_TIME_NONE);
  /* Translators: touches against the protocol's count, "3 of 15". */
  self->touches = g_strdup_printf (_("%d of %u"), MAX (lead->touches, 0), protocol->touches);
  if (mql != ACCORD_TIME_NONE)
    /* Translators: days since the MQL against the timeframe, "12 of 90 days". */
    self->days_into = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%lld of %u day",
                                                    "%lld of %u days", protocol->timeframe_days),
                                       (long long) MAX (0, (as_of - mql) / SECONDS_PER_DAY),
                                       protocol->timeframe_days);
  else
    self->days_into = g_strdup ("–");
  self->reason = describe_reason (agreement, lead, item->flag, tier, as_of);
  if (item->decision != NULL)
    self->decision = g_strdup (accord_outcome_describe (item->decision->outcome));
  else
    self->decision = describe_history (decisions, zone, lead->record_id);

  return self;
}

/**
 * accord_review_rows_new:
 *
 * The committee's queue (accord_review_queue()) as rows to show, in the
 * queue's order: the most overdue first.
 *
 * Returns: (transfer full): a list of #AccordReviewRow
 */
GListStore *
accord_review_rows_new (AccordLeadStore   *store,
                        AccordAgreement   *agreement,
                        AccordDecisionLog *decisions,
                        GTimeZone         *time_zone,
                        gint64             as_of,
                        gint64             window_seconds)
{
  GListStore *rows = g_list_store_new (ACCORD_TYPE_REVIEW_ROW);
  g_autoptr(AccordZone) zone = NULL;
  g_autoptr(GArray) queue = NULL;
  g_autoptr(GPtrArray) items = NULL;

  g_return_val_if_fail (ACCORD_IS_LEAD_STORE (store), rows);

  if (as_of == ACCORD_TIME_NONE)
    return rows;

  zone = accord_zone_new (time_zone);
  /* In the zone: with working hours the response clock needs it. */
  queue = accord_review_queue_in_zone (store, agreement, time_zone, decisions, as_of, window_seconds);
  items = g_ptr_array_new_full (queue->len, g_object_unref);
  for (guint i = 0; i < queue->len; i++)
    g_ptr_array_add (items, create_row (store, agreement, decisions, zone,
                                        &g_array_index (queue, AccordReviewItem, i), as_of));
  g_list_store_splice (rows, 0, 0, items->pdata, items->len);

  return rows;
}

guint
accord_review_row_get_lead (AccordReviewRow *self)
{
  g_return_val_if_fail (ACCORD_IS_REVIEW_ROW (self), 0);
  return self->lead;
}

const char *
accord_review_row_get_record_id (AccordReviewRow *self)
{
  g_return_val_if_fail (ACCORD_IS_REVIEW_ROW (self), NULL);
  return self->record_id;
}

const char *
accord_review_row_get_owner (AccordReviewRow *self)
{
  g_return_val_if_fail (ACCORD_IS_REVIEW_ROW (self), NULL);
  return self->owner;
}

const char *
accord_review_row_get_source (AccordReviewRow *self)
{
  g_return_val_if_fail (ACCORD_IS_REVIEW_ROW (self), NULL);
  return self->source;
}

AccordTier
accord_review_row_get_tier (AccordReviewRow *self)
{
  g_return_val_if_fail (ACCORD_IS_REVIEW_ROW (self), ACCORD_TIER_LOW);
  return self->tier;
}

AccordFlagKind
accord_review_row_get_flag (AccordReviewRow *self)
{
  g_return_val_if_fail (ACCORD_IS_REVIEW_ROW (self), ACCORD_FLAG_LATE_FIRST_TOUCH);
  return self->flag;
}

gint64
accord_review_row_get_raised (AccordReviewRow *self)
{
  g_return_val_if_fail (ACCORD_IS_REVIEW_ROW (self), ACCORD_TIME_NONE);
  return self->raised;
}

/**
 * accord_review_row_get_age_days:
 *
 * Returns: whole days since the flag was raised
 */
int
accord_review_row_get_age_days (AccordReviewRow *self)
{
  g_return_val_if_fail (ACCORD_IS_REVIEW_ROW (self), 0);
  return self->age_days;
}

const char *
accord_review_row_get_reason (AccordReviewRow *self)
{
  g_return_val_if_fail (ACCORD_IS_REVIEW_ROW (self), NULL);
  return self->reason;
}

gboolean
accord_review_row_get_decided (AccordReviewRow *self)
{
  g_return_val_if_fail (ACCORD_IS_REVIEW_ROW (self), FALSE);
  return self->decided;
}
