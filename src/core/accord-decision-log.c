/* accord-decision-log.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-decision-log"

#include "config.h"

#include "accord-decision-log.h"

#include <glib/gi18n.h>

#include "accord-flags.h"
#include "accord-workspace.h"

/* The moments a decision can carry: those written as ISO 8601, from
 * 0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z (GDateTime's range). */
#define MIN_MOMENT G_GINT64_CONSTANT (-62135596800)
#define MAX_MOMENT G_GINT64_CONSTANT (253402300799)

struct _AccordDecisionLog
{
  GObject     parent_instance;

  GPtrArray  *decisions;  /* AccordDecision, each owning its strings */
  GHashTable *latest;     /* the latest AccordDecision on each flag, as key and value */
};

enum
{
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char * const outcome_names[ACCORD_N_OUTCOMES] = {
  "unqualified", "reassign", "keep", "dismiss",
};

G_DEFINE_FINAL_TYPE (AccordDecisionLog, accord_decision_log, G_TYPE_OBJECT)

/**
 * accord_outcome_get_name:
 *
 * Returns: (transfer none): the outcome's name in files: “unqualified”,
 *   “reassign”, “keep” or “dismiss”
 */
const char *
accord_outcome_get_name (AccordOutcome outcome)
{
  g_return_val_if_fail (outcome < ACCORD_N_OUTCOMES, NULL);
  return outcome_names[outcome];
}

/**
 * accord_outcome_from_name:
 * @name: (nullable): an outcome's name, in any case
 * @outcome: (out): where to store the outcome
 *
 * Returns: %TRUE when @name names an outcome
 */
gboolean
accord_outcome_from_name (const char    *name,
                          AccordOutcome *outcome)
{
  if (name == NULL)
    return FALSE;

  for (guint i = 0; i < ACCORD_N_OUTCOMES; i++)
    {
      if (g_ascii_strcasecmp (outcome_names[i], name) == 0)
        {
          *outcome = i;
          return TRUE;
        }
    }

  return FALSE;
}

static void
decision_free (gpointer data)
{
  AccordDecision *decision = data;

  g_free ((char *) decision->record_id);
  g_free ((char *) decision->assignee);
  g_free ((char *) decision->note);
  g_free ((char *) decision->decided_by);
  g_free (decision);
}

/* A flag is known by its lead's record id, its kind and when it was
 * raised (accord-decision-log.h). */
static guint
hash_flag (gconstpointer key)
{
  const AccordDecision *decision = key;

  return (g_str_hash (decision->record_id) * 31 + g_int64_hash (&decision->raised)) * 31 +
         decision->flag;
}

static gboolean
equal_flag (gconstpointer a,
            gconstpointer b)
{
  const AccordDecision *decision_a = a;
  const AccordDecision *decision_b = b;

  return decision_a->flag == decision_b->flag &&
         decision_a->raised == decision_b->raised &&
         g_str_equal (decision_a->record_id, decision_b->record_id);
}

static void
accord_decision_log_finalize (GObject *object)
{
  AccordDecisionLog *self = ACCORD_DECISION_LOG (object);

  /* The table points into the decisions: it goes first. */
  g_clear_pointer (&self->latest, g_hash_table_unref);
  g_clear_pointer (&self->decisions, g_ptr_array_unref);

  G_OBJECT_CLASS (accord_decision_log_parent_class)->finalize (object);
}

static void
accord_decision_log_class_init (AccordDecisionLogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = accord_decision_log_finalize;

  /**
   * AccordDecisionLog::changed:
   *
   * Emitted when a decision was added or removed, so that it can be saved
   * at once.
   */
  signals[CHANGED] = g_signal_new ("changed",
                                   G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 0);
}

static void
accord_decision_log_init (AccordDecisionLog *self)
{
  self->decisions = g_ptr_array_new_with_free_func (decision_free);
  self->latest = g_hash_table_new (hash_flag, equal_flag);
}

/**
 * accord_decision_log_new:
 *
 * Returns: (transfer full): an empty log
 */
AccordDecisionLog *
accord_decision_log_new (void)
{
  return g_object_new (ACCORD_TYPE_DECISION_LOG, NULL);
}

static gboolean
is_representable (gint64 moment)
{
  return moment >= MIN_MOMENT && moment <= MAX_MOMENT;
}

/* Copies @decision to the end of the log; the assignee is kept only for
 * a reassignment. */
static void
append_decision (AccordDecisionLog    *self,
                 const AccordDecision *decision)
{
  AccordDecision *copy = g_new0 (AccordDecision, 1);

  copy->record_id = g_strdup (decision->record_id);
  copy->flag = decision->flag;
  copy->raised = decision->raised;
  copy->outcome = decision->outcome;
  if (decision->outcome == ACCORD_OUTCOME_REASSIGN)
    copy->assignee = g_strdup (decision->assignee);
  copy->note = g_strdup (decision->note);
  copy->decided_by = g_strdup (decision->decided_by);
  copy->decided_at = decision->decided_at;

  g_ptr_array_add (self->decisions, copy);
  /* Replacing the key too, so that the table never points to a decision
   * that is removed later. */
  g_hash_table_replace (self->latest, copy, copy);
}

static gboolean
set_invalid (GError     **error,
             const char  *member,
             const char  *problem)
{
  g_set_error (error, ACCORD_WORKSPACE_ERROR, ACCORD_WORKSPACE_ERROR_INVALID,
               /* Translators: the first %s is a member of the workspace such
                * as “decisions[3].outcome”, the second what is wrong with it. */
               _("“%s” %s"), member, problem);
  return FALSE;
}

static gboolean
set_member_invalid (GError     **error,
                    guint        index,
                    const char  *name,
                    const char  *problem)
{
  g_autofree char *member = g_strdup_printf ("decisions[%u].%s", index, name);

  return set_invalid (error, member, problem);
}

/* The text of member @name, or NULL when it is absent, null or not a
 * string; @is_null tells absent or null apart from a wrong type. */
static const char *
get_string (JsonObject *object,
            const char *name,
            gboolean   *is_null)
{
  JsonNode *node = json_object_get_member (object, name);

  *is_null = node == NULL || JSON_NODE_HOLDS_NULL (node);
  if (*is_null || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

static gboolean
read_moment (JsonObject  *object,
             guint        index,
             const char  *name,
             gint64      *moment,
             GError     **error)
{
  g_autoptr(GDateTime) time = NULL;
  gboolean is_null;
  const char *text = get_string (object, name, &is_null);

  /* A moment must carry its zone: a decision is not tied to the
   * workspace's. */
  if (text != NULL)
    time = g_date_time_new_from_iso8601 (text, NULL);
  /* The first hours of the year 1 in a zone east of UTC are earlier
   * than UTC can write. */
  if (time == NULL || !is_representable (g_date_time_to_unix (time)))
    return set_member_invalid (error, index, name,
                               _("must be a moment such as “2024-10-23T07:00:00Z”"));

  *moment = g_date_time_to_unix (time);
  return TRUE;
}

static gboolean
read_decision (AccordDecisionLog  *self,
               JsonNode           *node,
               guint               index,
               GError            **error)
{
  AccordDecision decision = { NULL, };
  JsonObject *object;
  gboolean is_null;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_autofree char *member = g_strdup_printf ("decisions[%u]", index);

      return set_invalid (error, member, _("must be an object"));
    }
  object = json_node_get_object (node);

  decision.record_id = get_string (object, "record_id", &is_null);
  if (decision.record_id == NULL || *decision.record_id == '\0')
    return set_member_invalid (error, index, "record_id", _("must be a lead’s record id"));

  if (!accord_flag_kind_from_name (get_string (object, "flag", &is_null), &decision.flag))
    return set_member_invalid (error, index, "flag",
                               _("must be late_first_touch, under_worked, no_disposition, "
                                 "outside_profile or missing_anuf"));

  if (!read_moment (object, index, "raised", &decision.raised, error))
    return FALSE;

  if (!accord_outcome_from_name (get_string (object, "outcome", &is_null), &decision.outcome))
    return set_member_invalid (error, index, "outcome",
                               _("must be unqualified, reassign, keep or dismiss"));

  decision.assignee = get_string (object, "assignee", &is_null);
  if (decision.outcome == ACCORD_OUTCOME_REASSIGN &&
      (decision.assignee == NULL || *decision.assignee == '\0'))
    return set_member_invalid (error, index, "assignee",
                               _("must name the SDR the lead is reassigned to"));
  if (decision.outcome != ACCORD_OUTCOME_REASSIGN && !is_null)
    return set_member_invalid (error, index, "assignee",
                               _("must be null unless the lead is reassigned"));

  decision.note = get_string (object, "note", &is_null);
  if (decision.note == NULL && !is_null)
    return set_member_invalid (error, index, "note", _("must be a text or null"));

  decision.decided_by = get_string (object, "decided_by", &is_null);
  if (decision.decided_by == NULL)
    return set_member_invalid (error, index, "decided_by", _("must name who decided"));

  if (!read_moment (object, index, "decided_at", &decision.decided_at, error))
    return FALSE;

  append_decision (self, &decision);
  return TRUE;
}

/**
 * accord_decision_log_new_from_json_node:
 * @node: the workspace's “decisions” member: a list of decisions
 * @error: return location for an %ACCORD_WORKSPACE_ERROR_INVALID that
 *   names the member at fault, such as “decisions[3].outcome”
 *
 * Reads the decisions written by accord_decision_log_to_json_node(),
 * checking each one.
 *
 * Returns: (transfer full) (nullable): the log, or %NULL on error
 */
AccordDecisionLog *
accord_decision_log_new_from_json_node (JsonNode  *node,
                                        GError   **error)
{
  g_autoptr(AccordDecisionLog) self = NULL;
  JsonArray *array;

  g_return_val_if_fail (node != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      set_invalid (error, "decisions", _("must be a list"));
      return NULL;
    }

  self = accord_decision_log_new ();
  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    if (!read_decision (self, json_array_get_element (array, i), i, error))
      return NULL;

  return g_steal_pointer (&self);
}

static void
add_moment (JsonBuilder *builder,
            const char  *name,
            gint64       moment)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_unix_utc (moment);
  g_autofree char *text = g_date_time_format_iso8601 (time);

  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, text);
}

static void
add_nullable_string (JsonBuilder *builder,
                     const char  *name,
                     const char  *text)
{
  json_builder_set_member_name (builder, name);
  if (text != NULL)
    json_builder_add_string_value (builder, text);
  else
    json_builder_add_null_value (builder);
}

/**
 * accord_decision_log_to_json_node:
 *
 * Writes the log as a list of objects, one a decision, in the order they
 * were added; moments in ISO 8601 UTC (“2024-10-23T07:00:00Z”).
 *
 * Returns: (transfer full): the list
 */
JsonNode *
accord_decision_log_to_json_node (AccordDecisionLog *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (ACCORD_IS_DECISION_LOG (self), NULL);

  json_builder_begin_array (builder);
  for (guint i = 0; i < self->decisions->len; i++)
    {
      const AccordDecision *decision = g_ptr_array_index (self->decisions, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "record_id");
      json_builder_add_string_value (builder, decision->record_id);
      json_builder_set_member_name (builder, "flag");
      json_builder_add_string_value (builder, accord_flag_kind_get_name (decision->flag));
      add_moment (builder, "raised", decision->raised);
      json_builder_set_member_name (builder, "outcome");
      json_builder_add_string_value (builder, accord_outcome_get_name (decision->outcome));
      add_nullable_string (builder, "assignee", decision->assignee);
      add_nullable_string (builder, "note", decision->note);
      json_builder_set_member_name (builder, "decided_by");
      json_builder_add_string_value (builder, decision->decided_by);
      add_moment (builder, "decided_at", decision->decided_at);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  return json_builder_get_root (builder);
}

guint
accord_decision_log_get_n_decisions (AccordDecisionLog *self)
{
  g_return_val_if_fail (ACCORD_IS_DECISION_LOG (self), 0);
  return self->decisions->len;
}

/**
 * accord_decision_log_get_decision:
 *
 * Returns: (transfer none): the decision at @index, in the order they
 *   were added; valid until it is removed or the log is finalized
 */
const AccordDecision *
accord_decision_log_get_decision (AccordDecisionLog *self,
                                  guint              index)
{
  g_return_val_if_fail (ACCORD_IS_DECISION_LOG (self), NULL);
  g_return_val_if_fail (index < self->decisions->len, NULL);

  return g_ptr_array_index (self->decisions, index);
}

/**
 * accord_decision_log_add:
 * @decision: the decision, copied: a non-empty record id, a moment
 *   raised and decided between the years 1 and 9999, who decided, and
 *   for a reassignment the SDR (the assignee is not kept otherwise)
 *
 * Adds a decision at the end of the log and emits
 * #AccordDecisionLog::changed. A flag decided again keeps its earlier
 * decisions, as history; the latest is the one that counts.
 */
void
accord_decision_log_add (AccordDecisionLog    *self,
                         const AccordDecision *decision)
{
  g_return_if_fail (ACCORD_IS_DECISION_LOG (self));
  g_return_if_fail (decision != NULL);
  g_return_if_fail (decision->record_id != NULL && *decision->record_id != '\0');
  g_return_if_fail (decision->flag < ACCORD_N_FLAG_KINDS);
  g_return_if_fail (decision->outcome < ACCORD_N_OUTCOMES);
  g_return_if_fail (decision->outcome != ACCORD_OUTCOME_REASSIGN ||
                    (decision->assignee != NULL && *decision->assignee != '\0'));
  g_return_if_fail (decision->decided_by != NULL);
  g_return_if_fail (is_representable (decision->raised));
  g_return_if_fail (is_representable (decision->decided_at));

  append_decision (self, decision);
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * accord_decision_log_remove:
 *
 * Removes the decision at @index (to undo it) and emits
 * #AccordDecisionLog::changed. An earlier decision on the same flag, if
 * any, counts again.
 */
void
accord_decision_log_remove (AccordDecisionLog *self,
                            guint              index)
{
  const AccordDecision *decision;

  g_return_if_fail (ACCORD_IS_DECISION_LOG (self));
  g_return_if_fail (index < self->decisions->len);

  decision = g_ptr_array_index (self->decisions, index);
  if (g_hash_table_lookup (self->latest, decision) == decision)
    {
      const AccordDecision *earlier = NULL;

      for (guint i = index; earlier == NULL && i > 0; i--)
        if (equal_flag (g_ptr_array_index (self->decisions, i - 1), decision))
          earlier = g_ptr_array_index (self->decisions, i - 1);

      if (earlier != NULL)
        g_hash_table_replace (self->latest, (gpointer) earlier, (gpointer) earlier);
      else
        g_hash_table_remove (self->latest, decision);
    }

  g_ptr_array_remove_index (self->decisions, index);
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * accord_decision_log_find:
 * @record_id: (nullable): the lead's record id
 * @flag: the kind of flag
 * @raised: when the flag was raised
 *
 * Returns: (transfer none) (nullable): the latest decision on that flag
 *   of that lead (the last added), or %NULL while it is undecided
 */
const AccordDecision *
accord_decision_log_find (AccordDecisionLog *self,
                          const char        *record_id,
                          AccordFlagKind     flag,
                          gint64             raised)
{
  AccordDecision key = { NULL, };

  g_return_val_if_fail (ACCORD_IS_DECISION_LOG (self), NULL);

  if (record_id == NULL)
    return NULL;

  key.record_id = record_id;
  key.flag = flag;
  key.raised = raised;
  return g_hash_table_lookup (self->latest, &key);
}

/**
 * accord_decision_log_get_history:
 * @record_id: (nullable): the lead's record id
 *
 * Returns: (transfer container) (element-type AccordDecision): every
 *   decision on a flag of that lead, in the order they were added
 */
GPtrArray *
accord_decision_log_get_history (AccordDecisionLog *self,
                                 const char        *record_id)
{
  GPtrArray *history;

  g_return_val_if_fail (ACCORD_IS_DECISION_LOG (self), NULL);

  history = g_ptr_array_new ();
  if (record_id == NULL)
    return history;

  for (guint i = 0; i < self->decisions->len; i++)
    {
      const AccordDecision *decision = g_ptr_array_index (self->decisions, i);

      if (g_str_equal (decision->record_id, record_id))
        g_ptr_array_add (history, (gpointer) decision);
    }

  return history;
}

/**
 * accord_review_queue_in_zone:
 * @store: the leads
 * @agreement: the agreement whose flag rules and working hours apply
 * @time_zone: (nullable): the workspace's zone, in which the agreement's
 *   working hours are read; %NULL counts hours on the calendar
 * @decisions: (nullable): the committee's decisions
 * @as_of: the moment D of the review (Unix seconds)
 * @window_seconds: the length of the review window
 *
 * DESIGN §3: the committee's queue as of @as_of, of the flags of
 * accord_flags_compute_in_zone(). It holds every flag raised in the
 * window (@as_of − @window_seconds, @as_of], decided or not, and every
 * earlier flag not yet decided. A flag is decided when @decisions holds a
 * decision on its lead's record id, its kind and the moment it was
 * raised, so a lead decided once and flagged again, for another reason or
 * anew, comes back undecided; a lead without a record id cannot be
 * decided. The decisions point into @decisions and are valid while it
 * keeps them.
 *
 * Returns: (transfer full) (element-type AccordReviewItem): the queue,
 *   the most overdue first: by the moment raised, then lead, then kind
 */
GArray *
accord_review_queue_in_zone (AccordLeadStore   *store,
                             AccordAgreement   *agreement,
                             GTimeZone         *time_zone,
                             AccordDecisionLog *decisions,
                             gint64             as_of,
                             gint64             window_seconds)
{
  g_autoptr(GArray) flags = NULL;
  GArray *queue;

  g_return_val_if_fail (ACCORD_IS_LEAD_STORE (store), NULL);
  g_return_val_if_fail (ACCORD_IS_AGREEMENT (agreement), NULL);
  g_return_val_if_fail (decisions == NULL || ACCORD_IS_DECISION_LOG (decisions), NULL);

  /* Already in the queue's order, each raised by @as_of. */
  flags = accord_flags_compute_in_zone (store, agreement, time_zone, as_of);
  queue = g_array_new (FALSE, FALSE, sizeof (AccordReviewItem));

  for (guint i = 0; i < flags->len; i++)
    {
      const AccordFlag *flag = &g_array_index (flags, AccordFlag, i);
      const AccordLead *lead = accord_lead_store_get_lead (store, flag->lead);
      AccordReviewItem item = { flag->lead, flag->kind, flag->raised, NULL };
      gboolean in_window;

      if (decisions != NULL && lead->record_id != NULL && *lead->record_id != '\0')
        item.decision = accord_decision_log_find (decisions, lead->record_id,
                                                  flag->kind, flag->raised);

      /* Unsigned, as in accord_flags_in_window(), so that the distance
       * cannot overflow. */
      in_window = window_seconds > 0 &&
                  (guint64) as_of - (guint64) flag->raised < (guint64) window_seconds;

      if (in_window || item.decision == NULL)
        g_array_append_val (queue, item);
    }

  return queue;
}

/**
 * accord_review_queue:
 *
 * The committee's queue as accord_review_queue_in_zone() makes it, with
 * hours counted on the calendar.
 *
 * Returns: (transfer full) (element-type AccordReviewItem): the queue
 */
GArray *
accord_review_queue (AccordLeadStore   *store,
                     AccordAgreement   *agreement,
                     AccordDecisionLog *decisions,
                     gint64             as_of,
                     gint64             window_seconds)
{
  return accord_review_queue_in_zone (store, agreement, NULL, decisions, as_of, window_seconds);
}
