/* accord-session.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-session"

#include "config.h"

#include "accord-metrics.h"
#include "accord-session.h"
#include "accord-zone.h"

struct _AccordSession
{
  GObject          parent_instance;

  GTimeZone       *system_zone;
  AccordWorkspace *workspace;
  AccordLeadStore *store;
  gulong           agreement_changed_id;

  /* Derived from the leads, kept because every page asks for them. */
  gint64           now;
  gboolean         has_months;
  int              first_month;
  int              last_month;
  int              month;
  gboolean         empty;
};

enum {
  PROP_0,
  PROP_AGREEMENT,
  PROP_EMPTY,
  PROP_MONTH,
  PROP_NOW,
  PROP_STORE,
  PROP_WORKSPACE,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (AccordSession, accord_session, G_TYPE_OBJECT)

static void
accord_session_dispose (GObject *object)
{
  AccordSession *self = ACCORD_SESSION (object);

  if (self->workspace != NULL)
    g_clear_signal_handler (&self->agreement_changed_id,
                            accord_workspace_get_agreement (self->workspace));
  g_clear_object (&self->workspace);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (accord_session_parent_class)->dispose (object);
}

static void
accord_session_finalize (GObject *object)
{
  AccordSession *self = ACCORD_SESSION (object);

  g_clear_pointer (&self->system_zone, g_time_zone_unref);

  G_OBJECT_CLASS (accord_session_parent_class)->finalize (object);
}

static void
accord_session_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  AccordSession *self = ACCORD_SESSION (object);

  switch (prop_id)
    {
    case PROP_AGREEMENT:
      g_value_set_object (value, accord_session_get_agreement (self));
      break;

    case PROP_EMPTY:
      g_value_set_boolean (value, accord_session_is_empty (self));
      break;

    case PROP_MONTH:
      g_value_set_int (value, self->month);
      break;

    case PROP_NOW:
      g_value_set_int64 (value, self->now);
      break;

    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_WORKSPACE:
      g_value_set_object (value, self->workspace);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_session_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  AccordSession *self = ACCORD_SESSION (object);

  switch (prop_id)
    {
    case PROP_MONTH:
      accord_session_set_month (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_session_class_init (AccordSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = accord_session_dispose;
  object_class->finalize = accord_session_finalize;
  object_class->get_property = accord_session_get_property;
  object_class->set_property = accord_session_set_property;

  properties[PROP_AGREEMENT] =
    g_param_spec_object ("agreement", NULL, NULL, ACCORD_TYPE_AGREEMENT,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EMPTY] =
    g_param_spec_boolean ("empty", NULL, NULL, TRUE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * AccordSession:month:
   *
   * The month key of the period being looked at; -1 while there are no
   * leads.
   */
  properties[PROP_MONTH] =
    g_param_spec_int ("month", NULL, NULL, -1, G_MAXINT, -1,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOW] =
    g_param_spec_int64 ("now", NULL, NULL, G_MININT64, G_MAXINT64, ACCORD_TIME_NONE,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, ACCORD_TYPE_LEAD_STORE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_WORKSPACE] =
    g_param_spec_object ("workspace", NULL, NULL, ACCORD_TYPE_WORKSPACE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * AccordSession::changed:
   *
   * The leads, the agreement or the time zone changed: every figure must
   * be computed again.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
accord_session_init (AccordSession *self)
{
  self->store = accord_lead_store_new ();
  self->now = ACCORD_TIME_NONE;
  self->month = -1;
  self->empty = TRUE;
}

/* DESIGN §6: "now" is the latest moment in the data; the month looked at
 * stays where it was while the data still reaches it. */
static void
update_derived (AccordSession *self)
{
  GTimeZone *time_zone = accord_session_get_time_zone (self);
  gint64 now = accord_lead_store_get_latest (self->store);
  int month = self->month;

  self->has_months = accord_metrics_get_month_range (self->store, time_zone,
                                                     &self->first_month, &self->last_month);
  if (!self->has_months)
    month = -1;
  else if (month < self->first_month || month > self->last_month)
    {
      g_autoptr(AccordZone) zone = accord_zone_new (time_zone);

      month = now != ACCORD_TIME_NONE ? accord_zone_month_of (zone, now) : self->last_month;
    }

  if (now != self->now)
    {
      self->now = now;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOW]);
    }
  if (month != self->month)
    {
      self->month = month;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MONTH]);
    }
}

static void
emit_changed (AccordSession *self)
{
  gboolean empty = accord_session_is_empty (self);

  update_derived (self);
  if (empty != self->empty)
    {
      self->empty = empty;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMPTY]);
    }
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
agreement_changed_cb (AccordAgreement *agreement,
                      AccordSession   *self)
{
  emit_changed (self);
}

/**
 * accord_session_new:
 * @system_zone: the zone of the months when the workspace sets none
 *
 * Returns: (transfer full): a session with an empty workspace
 */
AccordSession *
accord_session_new (GTimeZone *system_zone)
{
  AccordSession *self;
  g_autoptr(AccordWorkspace) workspace = accord_workspace_new ();

  g_return_val_if_fail (system_zone != NULL, NULL);

  self = g_object_new (ACCORD_TYPE_SESSION, NULL);
  self->system_zone = g_time_zone_ref (system_zone);
  accord_session_set_workspace (self, workspace);

  return self;
}

/**
 * accord_session_get_workspace:
 *
 * Returns: (transfer none): the workspace: agreement, exports, zone
 */
AccordWorkspace *
accord_session_get_workspace (AccordSession *self)
{
  g_return_val_if_fail (ACCORD_IS_SESSION (self), NULL);
  return self->workspace;
}

/**
 * accord_session_set_workspace:
 *
 * Opens @workspace; its leads are added with accord_session_add_leads()
 * as its exports are imported.
 */
void
accord_session_set_workspace (AccordSession   *self,
                              AccordWorkspace *workspace)
{
  g_return_if_fail (ACCORD_IS_SESSION (self));
  g_return_if_fail (ACCORD_IS_WORKSPACE (workspace));

  if (self->workspace == workspace)
    return;

  if (self->workspace != NULL)
    g_clear_signal_handler (&self->agreement_changed_id,
                            accord_workspace_get_agreement (self->workspace));
  g_set_object (&self->workspace, workspace);
  self->agreement_changed_id = g_signal_connect (accord_workspace_get_agreement (workspace),
                                                 "changed", G_CALLBACK (agreement_changed_cb),
                                                 self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKSPACE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AGREEMENT]);
  emit_changed (self);
}

/**
 * accord_session_get_store:
 *
 * Returns: (transfer none): the leads of every export imported
 */
AccordLeadStore *
accord_session_get_store (AccordSession *self)
{
  g_return_val_if_fail (ACCORD_IS_SESSION (self), NULL);
  return self->store;
}

/**
 * accord_session_add_leads:
 * @leads: the leads of one export
 *
 * Merges @leads by record id (accord_lead_store_merge()); into an empty
 * session they come as they are, and must not change afterwards.
 */
void
accord_session_add_leads (AccordSession   *self,
                          AccordLeadStore *leads)
{
  g_return_if_fail (ACCORD_IS_SESSION (self));
  g_return_if_fail (ACCORD_IS_LEAD_STORE (leads));

  /* The first export's leads are taken as they are: copying a million
   * leads would stall the main thread. */
  if (accord_lead_store_get_n_leads (self->store) == 0)
    {
      g_set_object (&self->store, leads);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
    }
  else
    {
      accord_lead_store_merge (self->store, leads);
    }
  emit_changed (self);
}

/**
 * accord_session_clear_leads:
 *
 * Forgets every lead, before the exports are imported again.
 */
void
accord_session_clear_leads (AccordSession *self)
{
  g_return_if_fail (ACCORD_IS_SESSION (self));

  g_set_object (&self->store, NULL);
  self->store = accord_lead_store_new ();
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
  emit_changed (self);
}

gboolean
accord_session_is_empty (AccordSession *self)
{
  g_return_val_if_fail (ACCORD_IS_SESSION (self), TRUE);
  return accord_lead_store_get_n_leads (self->store) == 0;
}

/**
 * accord_session_get_agreement:
 *
 * Returns: (transfer none): the workspace's agreement
 */
AccordAgreement *
accord_session_get_agreement (AccordSession *self)
{
  g_return_val_if_fail (ACCORD_IS_SESSION (self), NULL);
  return accord_workspace_get_agreement (self->workspace);
}

/**
 * accord_session_get_time_zone:
 *
 * Returns: (transfer none): the workspace's zone, or the system's
 */
GTimeZone *
accord_session_get_time_zone (AccordSession *self)
{
  GTimeZone *time_zone;

  g_return_val_if_fail (ACCORD_IS_SESSION (self), NULL);

  time_zone = accord_workspace_get_time_zone (self->workspace);
  return time_zone != NULL ? time_zone : self->system_zone;
}

/**
 * accord_session_get_now:
 *
 * Returns: the latest moment in the data, or %ACCORD_TIME_NONE
 */
gint64
accord_session_get_now (AccordSession *self)
{
  g_return_val_if_fail (ACCORD_IS_SESSION (self), ACCORD_TIME_NONE);
  return self->now;
}

/**
 * accord_session_get_month_range:
 *
 * Returns: %FALSE when there are no leads
 */
gboolean
accord_session_get_month_range (AccordSession *self,
                                int           *first_month,
                                int           *last_month)
{
  g_return_val_if_fail (ACCORD_IS_SESSION (self), FALSE);

  if (!self->has_months)
    return FALSE;

  *first_month = self->first_month;
  *last_month = self->last_month;
  return TRUE;
}

int
accord_session_get_month (AccordSession *self)
{
  g_return_val_if_fail (ACCORD_IS_SESSION (self), -1);
  return self->month;
}

/**
 * accord_session_set_month:
 * @month_key: a month within the data's range; others are clamped to it
 */
void
accord_session_set_month (AccordSession *self,
                          int            month_key)
{
  g_return_if_fail (ACCORD_IS_SESSION (self));

  if (!self->has_months)
    return;

  month_key = CLAMP (month_key, self->first_month, self->last_month);
  if (month_key == self->month)
    return;

  self->month = month_key;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MONTH]);
}

/**
 * accord_session_new_meeting_pack:
 * @decided_until: the committee's decisions count up to then, in seconds
 *   since the epoch (the window passes the wall clock, as its Review page
 *   does); %ACCORD_TIME_NONE for the latest moment in the data
 *
 * The meeting pack of what the session looks at: its month, its latest
 * moment, its agreement and the committee's decisions.
 *
 * Returns: (transfer full): the pack
 */
AccordMeetingPack *
accord_session_new_meeting_pack (AccordSession *self,
                                 gint64         decided_until)
{
  g_return_val_if_fail (ACCORD_IS_SESSION (self), NULL);

  return accord_meeting_pack_new_full (self->store,
                                       accord_session_get_agreement (self),
                                       accord_session_get_time_zone (self),
                                       self->month,
                                       self->now,
                                       accord_workspace_get_decisions (self->workspace),
                                       decided_until);
}
