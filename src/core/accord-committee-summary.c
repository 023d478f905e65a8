/* accord-committee-summary.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-committee-summary"

#include "config.h"

#include "accord-committee-summary.h"

#include <math.h>

#include "accord-flags.h"
#include "accord-zone.h"

/* What the summary counts, and how (issue 4, "Committee summary"):
 *
 * - Weeks are ISO weeks in the workspace's zone: Monday 00:00 to the next
 *   Monday 00:00, so a week holding a clock change is 167 or 169 hours
 *   long. The last week is the one holding "as of"; the others go back
 *   from it, oldest first.
 * - Flags are those of accord_flags_compute() as of "as of", each counted
 *   on its own (a lead with two flags counts twice: each is decided on its
 *   own, DESIGN §3), in the week holding the moment it was raised.
 * - Decisions are the log's, each in the week holding its decided_at. One
 *   made after "as of" has not happened yet as of then, like a touch after
 *   D (DESIGN §3), and is left out. A flag decided again counts once, with
 *   the decision that counted as of "as of": the latest added by then
 *   (accord_decision_log_find()), in the week that one was made. A
 *   decision counts whether or not the latest import still raises its
 *   flag: the committee did decide it.
 * - Raised and decided are counted apart, not as a cohort: a flag raised
 *   in week 40 and decided in week 42 adds to the raised of week 40 and to
 *   the decided of week 42.
 * - The shares leave dismissals out (see AccordCommitteeCounts).
 * - The breakdowns are by the owner and the source of the lead in the
 *   store: the flag's lead, or for a decision the first lead with its
 *   record id. That is the lead as the latest import has it: after a
 *   reassignment the CRM may name the new SDR. A decision whose lead is not
 *   in the store counts under the %NULL key, with the leads that have no
 *   owner (or source). Only keys with a flag or a decision in the weeks
 *   appear, sorted by collation, %NULL last, as the funnel's breakdowns.
 */

#define N_BREAKDOWNS 2
/* A flag or a decision adds to its week, the total, its owner's and its
 * source's counts. */
#define N_COUNTS 4

struct _AccordCommitteeSummary
{
  gatomicrefcount        ref_count;
  AccordLeadStore       *store;         /* holds the strings of the groups' keys */
  gint64                 as_of;
  gint64                 decided_until;  /* decisions made up to then count */
  GArray                *weeks;         /* AccordCommitteeWeek, oldest first */
  AccordCommitteeCounts  total;
  GArray                *breakdowns[N_BREAKDOWNS];  /* AccordCommitteeGroup: by owner, by source */
};

G_DEFINE_BOXED_TYPE (AccordCommitteeSummary, accord_committee_summary,
                     accord_committee_summary_ref, accord_committee_summary_unref)

/* Owners and sources are interned by the store (accord_lead_store_intern()),
 * so one text is one pointer: a key is found by its address. */
typedef struct
{
  GHashTable *indexes;   /* key → its index in groups + 1 */
  GArray     *groups;
} Breakdown;

typedef struct
{
  const AccordLead *leads;
  guint             n_leads;
  GHashTable       *by_record_id;   /* record id → position + 1, made when first needed */
  Breakdown         breakdowns[N_BREAKDOWNS];
} Tally;

static const AccordLead *
find_lead (Tally      *tally,
           const char *record_id)
{
  gpointer position;

  if (record_id == NULL)
    return NULL;

  if (tally->by_record_id == NULL)
    {
      tally->by_record_id = g_hash_table_new (g_str_hash, g_str_equal);
      /* Backwards, so that the first lead with an id is the one kept. */
      for (guint i = tally->n_leads; i-- > 0;)
        if (tally->leads[i].record_id != NULL)
          g_hash_table_insert (tally->by_record_id, (gpointer) tally->leads[i].record_id,
                               GUINT_TO_POINTER (i + 1));
    }

  position = g_hash_table_lookup (tally->by_record_id, record_id);
  return position != NULL ? &tally->leads[GPOINTER_TO_UINT (position) - 1] : NULL;
}

static AccordCommitteeCounts *
get_group_counts (Breakdown  *breakdown,
                  const char *key)
{
  gpointer index = g_hash_table_lookup (breakdown->indexes, key);
  AccordCommitteeGroup group = { key, { 0, } };

  if (index != NULL)
    return &g_array_index (breakdown->groups, AccordCommitteeGroup,
                           GPOINTER_TO_UINT (index) - 1).counts;

  g_array_append_val (breakdown->groups, group);
  g_hash_table_insert (breakdown->indexes, (gpointer) key, GUINT_TO_POINTER (breakdown->groups->len));

  return &g_array_index (breakdown->groups, AccordCommitteeGroup, breakdown->groups->len - 1).counts;
}

/* The counts to add to: @week's, the total, @lead's owner's and source's. */
static void
get_counts (AccordCommitteeSummary  *self,
            Tally                   *tally,
            const AccordLead        *lead,
            AccordCommitteeWeek     *week,
            AccordCommitteeCounts  **counts)
{
  counts[0] = &week->counts;
  counts[1] = &self->total;
  counts[2] = get_group_counts (&tally->breakdowns[0], lead != NULL ? lead->owner : NULL);
  counts[3] = get_group_counts (&tally->breakdowns[1], lead != NULL ? lead->source : NULL);
}

/* The week holding @time, or NULL; the weeks follow each other without
 * a gap, so a binary search on their starts finds it. */
static AccordCommitteeWeek *
find_week (GArray *weeks,
           gint64  time)
{
  guint low = 0, high = weeks->len;

  if (weeks->len == 0 ||
      time < g_array_index (weeks, AccordCommitteeWeek, 0).start ||
      time >= g_array_index (weeks, AccordCommitteeWeek, weeks->len - 1).end)
    return NULL;

  /* The last week whose start is at or before @time. */
  while (high - low > 1)
    {
      guint middle = low + (high - low) / 2;

      if (g_array_index (weeks, AccordCommitteeWeek, middle).start <= time)
        low = middle;
      else
        high = middle;
    }

  return &g_array_index (weeks, AccordCommitteeWeek, low);
}

static gint64
get_day_start (AccordZone  *zone,
               const GDate *date)
{
  return accord_zone_from_civil (zone, g_date_get_year (date), g_date_get_month (date),
                                 g_date_get_day (date), 0, 0, 0);
}

static void
set_iso_week (AccordCommitteeWeek *week)
{
  GDate thursday = week->monday;

  /* ISO 8601: a week belongs to the year that holds its Thursday. */
  g_date_add_days (&thursday, 3);
  week->iso_year = g_date_get_year (&thursday);
  week->iso_week = (int) g_date_get_iso8601_week_of_year (&week->monday);
}

/* The weeks of the summary, oldest first: up to @n_weeks, ending with the
 * week holding @as_of. Fewer when the calendar (years 1 to 9999) ends
 * first; none when @as_of is outside it. */
static GArray *
make_weeks (AccordZone *zone,
            gint64      as_of,
            guint       n_weeks)
{
  GArray *weeks = g_array_new (FALSE, TRUE, sizeof (AccordCommitteeWeek));
  gint64 first = accord_zone_from_civil (zone, 1, 1, 1, 0, 0, 0);
  gint64 last = accord_zone_from_civil (zone, 9999, 12, 31, 23, 59, 59);
  AccordCivil civil;
  GDate monday, next;
  gint64 end;

  if (n_weeks == 0 || as_of < first || as_of > last)
    return weeks;

  accord_zone_to_civil (zone, as_of, &civil);
  g_date_clear (&monday, 1);
  g_date_set_dmy (&monday, civil.day, civil.month, civil.year);
  /* 0001-01-01 was a Monday, so the Monday of any valid day is valid. */
  g_date_subtract_days (&monday, civil.weekday - 1);

  /* The week after the last: year 10000 has no start, so the last week
   * of 9999 runs on. */
  next = monday;
  g_date_add_days (&next, 7);
  end = get_day_start (zone, &next);
  if (end == ACCORD_TIME_NONE)
    end = G_MAXINT64;

  g_array_set_size (weeks, MIN (n_weeks, g_date_get_julian (&monday) / 7 + 1));
  for (guint i = weeks->len; i-- > 0;)
    {
      AccordCommitteeWeek *week = &g_array_index (weeks, AccordCommitteeWeek, i);

      week->monday = monday;
      week->start = get_day_start (zone, &monday);
      week->end = end;
      set_iso_week (week);

      end = week->start;
      if (i > 0)
        g_date_subtract_days (&monday, 7);
    }

  return weeks;
}

static void
count_flags (AccordCommitteeSummary *self,
             Tally                  *tally,
             GArray                 *flags)
{
  for (guint i = 0; i < flags->len; i++)
    {
      const AccordFlag *flag = &g_array_index (flags, AccordFlag, i);
      AccordCommitteeWeek *week = find_week (self->weeks, flag->raised);
      AccordCommitteeCounts *counts[N_COUNTS];

      if (week == NULL || flag->lead >= tally->n_leads)
        continue;

      get_counts (self, tally, &tally->leads[flag->lead], week, counts);
      for (guint c = 0; c < N_COUNTS; c++)
        counts[c]->raised++;
    }
}

static gboolean
is_same_flag (const AccordDecision *a,
              const AccordDecision *b)
{
  return a->flag == b->flag && a->raised == b->raised && g_strcmp0 (a->record_id, b->record_id) == 0;
}

/* Whether @decision is the one on its flag that counted as of @as_of: no
 * decision on the flag added after it had been made by then. */
static gboolean
counts_as_of (AccordDecisionLog    *decisions,
              const AccordDecision *decision,
              gint64                as_of)
{
  const AccordDecision *latest;
  g_autoptr(GPtrArray) history = NULL;
  gboolean after = FALSE;

  if (decision->decided_at > as_of)
    return FALSE;

  latest = accord_decision_log_find (decisions, decision->record_id, decision->flag, decision->raised);
  if (latest == decision)
    return TRUE;
  if (latest == NULL || latest->decided_at <= as_of)
    return FALSE;

  /* Decided again after @as_of: rare, so the history is read only then. */
  history = accord_decision_log_get_history (decisions, decision->record_id);
  for (guint i = 0; i < history->len; i++)
    {
      const AccordDecision *other = g_ptr_array_index (history, i);

      if (other == decision)
        after = TRUE;
      else if (after && is_same_flag (other, decision) && other->decided_at <= as_of)
        return FALSE;
    }

  return TRUE;
}

static void
count_decisions (AccordCommitteeSummary *self,
                 Tally                  *tally,
                 AccordDecisionLog      *decisions)
{
  guint n_decisions = accord_decision_log_get_n_decisions (decisions);

  for (guint i = 0; i < n_decisions; i++)
    {
      const AccordDecision *decision = accord_decision_log_get_decision (decisions, i);
      AccordCommitteeWeek *week;
      AccordCommitteeCounts *counts[N_COUNTS];

      if (decision == NULL || decision->outcome >= ACCORD_N_OUTCOMES)
        continue;

      week = find_week (self->weeks, decision->decided_at);
      if (week == NULL || !counts_as_of (decisions, decision, self->decided_until))
        continue;

      get_counts (self, tally, find_lead (tally, decision->record_id), week, counts);
      for (guint c = 0; c < N_COUNTS; c++)
        {
          counts[c]->decided[decision->outcome]++;
          counts[c]->n_decided++;
        }
    }
}

static void
set_shares (AccordCommitteeCounts *counts)
{
  guint judged = counts->decided[ACCORD_OUTCOME_UNQUALIFIED]
                 + counts->decided[ACCORD_OUTCOME_REASSIGN]
                 + counts->decided[ACCORD_OUTCOME_KEEP];

  if (judged == 0)
    {
      counts->unqualified_share = NAN;
      counts->follow_up_share = NAN;
      return;
    }

  counts->unqualified_share = (double) counts->decided[ACCORD_OUTCOME_UNQUALIFIED] / judged;
  counts->follow_up_share = (double) (counts->decided[ACCORD_OUTCOME_REASSIGN]
                                      + counts->decided[ACCORD_OUTCOME_KEEP]) / judged;
}

/* By collation, with the %NULL key last. */
static int
compare_groups (gconstpointer a,
                gconstpointer b)
{
  const char *key_a = ((const AccordCommitteeGroup *) a)->key;
  const char *key_b = ((const AccordCommitteeGroup *) b)->key;

  if (key_a == NULL || key_b == NULL)
    return (key_a == NULL) - (key_b == NULL);

  return g_utf8_collate (key_a, key_b);
}

/**
 * accord_committee_summary_new:
 *
 * As accord_committee_summary_new_full(), with the decisions counted up
 * to @as_of.
 *
 * Returns: (transfer full): the summary
 */
AccordCommitteeSummary *
accord_committee_summary_new (AccordLeadStore   *store,
                              AccordAgreement   *agreement,
                              AccordDecisionLog *decisions,
                              GTimeZone         *time_zone,
                              gint64             as_of,
                              guint              n_weeks)
{
  return accord_committee_summary_new_full (store, agreement, decisions, time_zone,
                                            as_of, as_of, n_weeks);
}

/**
 * accord_committee_summary_new_full:
 * @store: the leads
 * @agreement: the agreement whose protocols raise the flags
 * @decisions: (nullable): the committee's decisions; %NULL: none yet
 * @time_zone: (nullable): the workspace's zone; %NULL for UTC
 * @as_of: the moment of the flags: the data's latest (Unix seconds)
 * @decided_until: decisions made up to then count; the meeting comes after
 *   the export was taken, so this is usually now, after @as_of
 * @n_weeks: how many weeks to show, 12 say
 *
 * Counts, per ISO week (Monday 00:00 in @time_zone) of the @n_weeks ending
 * with the week of the later of @as_of and @decided_until, the flags of
 * DESIGN §3 raised in the week and the decisions made in it by outcome,
 * with the share judged unqualified and the share reassigned or kept; and
 * the same over all the weeks by owner and by source. The comment at the
 * top of the file says exactly what is counted where. Weeks before year 1
 * or after 9999 are left out.
 *
 * Returns: (transfer full): the summary; it keeps @store alive, whose
 *   strings the breakdowns' keys are
 */
AccordCommitteeSummary *
accord_committee_summary_new_full (AccordLeadStore   *store,
                                   AccordAgreement   *agreement,
                                   AccordDecisionLog *decisions,
                                   GTimeZone         *time_zone,
                                   gint64             as_of,
                                   gint64             decided_until,
                                   guint              n_weeks)
{
  AccordCommitteeSummary *self;
  g_autoptr(AccordZone) zone = NULL;
  g_autoptr(GArray) flags = NULL;
  Tally tally = { NULL, };

  g_return_val_if_fail (ACCORD_IS_LEAD_STORE (store), NULL);
  g_return_val_if_fail (ACCORD_IS_AGREEMENT (agreement), NULL);
  g_return_val_if_fail (decisions == NULL || ACCORD_IS_DECISION_LOG (decisions), NULL);

  self = g_new0 (AccordCommitteeSummary, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->store = g_object_ref (store);
  self->as_of = as_of;
  self->decided_until = MAX (as_of, decided_until);

  zone = accord_zone_new (time_zone);
  self->weeks = make_weeks (zone, self->decided_until, n_weeks);

  tally.leads = accord_lead_store_get_leads (store, &tally.n_leads);
  for (guint b = 0; b < N_BREAKDOWNS; b++)
    {
      tally.breakdowns[b].indexes = g_hash_table_new (NULL, NULL);
      tally.breakdowns[b].groups = g_array_new (FALSE, TRUE, sizeof (AccordCommitteeGroup));
    }

  if (self->weeks->len > 0)
    {
      /* In the zone, as the queue computes them: with working hours, the
       * moments flags are raised at depend on it. */
      flags = accord_flags_compute_in_zone (store, agreement, accord_zone_get_time_zone (zone), as_of);
      count_flags (self, &tally, flags);
      if (decisions != NULL)
        count_decisions (self, &tally, decisions);
    }

  set_shares (&self->total);
  for (guint i = 0; i < self->weeks->len; i++)
    set_shares (&g_array_index (self->weeks, AccordCommitteeWeek, i).counts);
  for (guint b = 0; b < N_BREAKDOWNS; b++)
    {
      GArray *groups = tally.breakdowns[b].groups;

      for (guint i = 0; i < groups->len; i++)
        set_shares (&g_array_index (groups, AccordCommitteeGroup, i).counts);
      g_array_sort (groups, compare_groups);
      self->breakdowns[b] = groups;
      g_hash_table_unref (tally.breakdowns[b].indexes);
    }
  g_clear_pointer (&tally.by_record_id, g_hash_table_unref);

  return self;
}

/**
 * accord_committee_summary_ref:
 * @self: a summary
 *
 * Returns: (transfer full): @self
 */
AccordCommitteeSummary *
accord_committee_summary_ref (AccordCommitteeSummary *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

/**
 * accord_committee_summary_unref:
 * @self: (transfer full) (nullable): a summary
 */
void
accord_committee_summary_unref (AccordCommitteeSummary *self)
{
  if (self == NULL || !g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_array_unref (self->weeks);
  for (guint b = 0; b < N_BREAKDOWNS; b++)
    g_array_unref (self->breakdowns[b]);
  g_object_unref (self->store);
  g_free (self);
}

/**
 * accord_committee_summary_get_as_of:
 *
 * Returns: the moment the summary was made for
 */
gint64
accord_committee_summary_get_as_of (AccordCommitteeSummary *self)
{
  g_return_val_if_fail (self != NULL, ACCORD_TIME_NONE);

  return self->as_of;
}

/**
 * accord_committee_summary_get_n_weeks:
 *
 * Returns: the number of weeks, at most the @n_weeks asked for
 */
guint
accord_committee_summary_get_n_weeks (AccordCommitteeSummary *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->weeks->len;
}

/**
 * accord_committee_summary_get_week:
 * @self: a summary
 * @index: a week, 0 the oldest
 *
 * Returns: (transfer none) (nullable): the week, or %NULL past the last
 */
const AccordCommitteeWeek *
accord_committee_summary_get_week (AccordCommitteeSummary *self,
                                   guint                   index)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (index >= self->weeks->len)
    return NULL;

  return &g_array_index (self->weeks, AccordCommitteeWeek, index);
}

/**
 * accord_committee_summary_get_total:
 *
 * Returns: (transfer none): the counts of all the weeks together
 */
const AccordCommitteeCounts *
accord_committee_summary_get_total (AccordCommitteeSummary *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return &self->total;
}

/**
 * accord_committee_summary_get_breakdown:
 * @self: a summary
 * @by: %ACCORD_FIELD_OWNER or %ACCORD_FIELD_SOURCE
 *
 * Returns: (transfer none) (element-type AccordCommitteeGroup): the counts
 *   of all the weeks per owner or per source, sorted by key, %NULL last
 */
GArray *
accord_committee_summary_get_breakdown (AccordCommitteeSummary *self,
                                        AccordField             by)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (by == ACCORD_FIELD_OWNER || by == ACCORD_FIELD_SOURCE, NULL);

  return self->breakdowns[by == ACCORD_FIELD_OWNER ? 0 : 1];
}
