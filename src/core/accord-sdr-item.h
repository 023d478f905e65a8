/* accord-sdr-item.h: one SDR's capacity in a month (DESIGN §3 "Per SDR"),
 * as an item of a list model
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "accord-bullet-painter.h"
#include "accord-metrics.h"
#include "accord-session.h"

G_BEGIN_DECLS

/* The figures of an SDR that have a band. */
typedef enum
{
  ACCORD_SDR_MEASURE_UNIVERSE,
  ACCORD_SDR_MEASURE_ACTIVE_MQLS,
  ACCORD_SDR_MEASURE_SQLS,
  ACCORD_SDR_MEASURE_CONVERSION,
  ACCORD_SDR_N_MEASURES
} AccordSdrMeasure;

#define ACCORD_TYPE_SDR_ITEM (accord_sdr_item_get_type ())

G_DECLARE_FINAL_TYPE (AccordSdrItem, accord_sdr_item, ACCORD, SDR_ITEM, GObject)

AccordSdrItem          *accord_sdr_item_new               (const AccordSdrFigures *figures,
                                                           const AccordCapacity   *capacity);
void                    accord_sdr_item_update            (AccordSdrItem          *self,
                                                           AccordSdrItem          *from);
const char             *accord_sdr_item_get_owner         (AccordSdrItem          *self);
const AccordSdrFigures *accord_sdr_item_get_figures       (AccordSdrItem          *self);
AccordBand              accord_sdr_item_get_band          (AccordSdrItem          *self,
                                                           AccordSdrMeasure        measure);
guint                   accord_sdr_item_get_n_out_of_band (AccordSdrItem          *self);
gboolean                accord_sdr_item_get_out_of_band   (AccordSdrItem          *self);
const AccordBulletSpec *accord_sdr_item_get_chart         (AccordSdrItem          *self,
                                                           AccordSdrMeasure        measure);

GListStore             *accord_sdr_item_list_new          (AccordSession          *session,
                                                           int                     month);
GListStore             *accord_sdr_item_list_new_for_store (AccordLeadStore       *store,
                                                           AccordAgreement        *agreement,
                                                           GTimeZone              *time_zone,
                                                           int                     month,
                                                           gint64                  now);
char                   *accord_sdr_measure_dup_title      (AccordSdrMeasure        measure,
                                                           const AccordCapacity   *capacity);
guint                   accord_sdr_item_count_out_of_band (GListModel             *items);

G_END_DECLS
