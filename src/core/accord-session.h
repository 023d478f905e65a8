/* accord-session.h: the open workspace — its leads, agreement, time zone
 * and the month being looked at — which every page of the dashboard
 * follows
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "accord-agreement.h"
#include "accord-lead-store.h"
#include "accord-meeting-pack.h"
#include "accord-workspace.h"

G_BEGIN_DECLS

#define ACCORD_TYPE_SESSION (accord_session_get_type ())

G_DECLARE_FINAL_TYPE (AccordSession, accord_session, ACCORD, SESSION, GObject)

AccordSession   *accord_session_new             (GTimeZone       *system_zone);

AccordWorkspace *accord_session_get_workspace   (AccordSession   *self);
void             accord_session_set_workspace   (AccordSession   *self,
                                                 AccordWorkspace *workspace);
AccordLeadStore *accord_session_get_store       (AccordSession   *self);
void             accord_session_add_leads       (AccordSession   *self,
                                                 AccordLeadStore *leads);
void             accord_session_clear_leads     (AccordSession   *self);
gboolean         accord_session_is_empty        (AccordSession   *self);
AccordAgreement *accord_session_get_agreement   (AccordSession   *self);
GTimeZone       *accord_session_get_time_zone   (AccordSession   *self);

gint64           accord_session_get_now         (AccordSession   *self);
gboolean         accord_session_get_month_range (AccordSession   *self,
                                                 int             *first_month,
                                                 int             *last_month);
int              accord_session_get_month       (AccordSession   *self);
void             accord_session_set_month       (AccordSession   *self,
                                                 int              month_key);

AccordMeetingPack *accord_session_new_meeting_pack (AccordSession *self,
                                                    gint64         decided_until);

G_END_DECLS
