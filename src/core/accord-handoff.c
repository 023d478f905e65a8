/* accord-handoff.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-handoff"

#include "config.h"

#include <string.h>

#include "accord-handoff.h"
#include "accord-metrics.h"

/* Sources where the lead came to the company; the rest (offline sources,
 * purchased lists, events…) were reached out to. Compared without case. */
static const char * const inbound_sources[] = {
  "organic search", "paid search", "email marketing", "organic social", "social media",
  "paid social", "referrals", "direct traffic", "web", "website", "inbound",
  "phone inquiry", "employee referral", "external referral", "partner referral",
};

/**
 * accord_lead_is_inbound:
 *
 * Returns: whether the lead came in by itself (HubSpot's and Salesforce's
 *   inbound sources); a lead without a source counts as inbound
 */
gboolean
accord_lead_is_inbound (const AccordLead *lead)
{
  if (lead->source == NULL)
    return TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (inbound_sources); i++)
    if (g_ascii_strcasecmp (lead->source, inbound_sources[i]) == 0)
      return TRUE;

  return FALSE;
}

typedef struct
{
  const char *name;
  guint       load;
} Candidate;

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *x = a, *y = b;

  if (x->load != y->load)
    return x->load < y->load ? -1 : 1;
  return g_utf8_collate (x->name, y->name);
}

/**
 * accord_handoff_suggest:
 * @month: the month of the SDRs' figures (the running one, usually)
 * @lead: the lead to reassign, by its position in @store
 *
 * DESIGN §1, the handoff: the agreement's SDRs that may take @lead —
 * a hybrid SDR, or one whose specialisation (inbound, outbound) matches
 * the lead's — that are not its owner and have room in their universe
 * and active-MQL bands, least loaded (active MQLs) first.
 *
 * Returns: (transfer full) (element-type utf8): their names
 */
GPtrArray *
accord_handoff_suggest (AccordLeadStore *store,
                        AccordAgreement *agreement,
                        GTimeZone       *time_zone,
                        int              month,
                        gint64           now,
                        guint            lead)
{
  const AccordLead *target = accord_lead_store_get_lead (store, lead);
  const AccordCapacity *capacity = accord_agreement_get_capacity (agreement);
  AccordSpecialisation wanted = accord_lead_is_inbound (target) ? ACCORD_SPECIALISATION_INBOUND
                                                                : ACCORD_SPECIALISATION_OUTBOUND;
  g_autoptr(GArray) sdrs = accord_metrics_sdrs (store, agreement, time_zone, month, now);
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < accord_agreement_get_n_sdrs (agreement); i++)
    {
      const char *name = accord_agreement_get_sdr_name (agreement, i);
      AccordSpecialisation specialisation = accord_agreement_get_sdr_specialisation (agreement, i);
      Candidate candidate = { name, 0 };
      gboolean has_room = TRUE;

      if (specialisation != ACCORD_SPECIALISATION_HYBRID && specialisation != wanted)
        continue;
      if (target->owner != NULL && strcmp (target->owner, name) == 0)
        continue;

      /* An SDR without leads yet has all the room there is. */
      for (guint s = 0; s < sdrs->len; s++)
        {
          const AccordSdrFigures *figures = &g_array_index (sdrs, AccordSdrFigures, s);

          if (g_strcmp0 (figures->owner, name) != 0)
            continue;
          has_room = figures->universe < capacity->universe_max &&
                     figures->active_mqls < capacity->active_max;
          candidate.load = figures->active_mqls;
        }

      if (has_room)
        g_array_append_val (candidates, candidate);
    }

  g_array_sort (candidates, compare_candidates);
  for (guint i = 0; i < candidates->len; i++)
    g_ptr_array_add (names, g_strdup (g_array_index (candidates, Candidate, i).name));

  return names;
}
