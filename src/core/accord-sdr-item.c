/* accord-sdr-item.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-sdr-item"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "accord-sdr-item.h"

struct _AccordSdrItem
{
  GObject           parent_instance;

  char             *owner;
  AccordSdrFigures  figures;  /* figures.owner is self->owner */
  AccordBulletSpec *charts[ACCORD_SDR_N_MEASURES];
};

enum {
  PROP_0,
  PROP_OWNER,
  PROP_MONTH,
  PROP_UNIVERSE,
  PROP_ACTIVE_MQLS,
  PROP_SQLS,
  PROP_MQLS_MANAGED,
  PROP_MQL_CONVERSION,
  PROP_UNIVERSE_BAND,
  PROP_ACTIVE_BAND,
  PROP_SQLS_BAND,
  PROP_CONVERSION_BAND,
  PROP_OUT_OF_BAND,
  PROP_N_OUT_OF_BAND,
  PROP_UNIVERSE_CHART,
  PROP_ACTIVE_CHART,
  PROP_SQLS_CHART,
  PROP_CONVERSION_CHART,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (AccordSdrItem, accord_sdr_item, G_TYPE_OBJECT)

static void
accord_sdr_item_finalize (GObject *object)
{
  AccordSdrItem *self = ACCORD_SDR_ITEM (object);

  g_free (self->owner);
  for (guint i = 0; i < ACCORD_SDR_N_MEASURES; i++)
    accord_bullet_spec_free (self->charts[i]);

  G_OBJECT_CLASS (accord_sdr_item_parent_class)->finalize (object);
}

static void
accord_sdr_item_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  AccordSdrItem *self = ACCORD_SDR_ITEM (object);

  switch (prop_id)
    {
    case PROP_OWNER:
      g_value_set_string (value, self->owner);
      break;

    case PROP_MONTH:
      g_value_set_int (value, self->figures.month);
      break;

    case PROP_UNIVERSE:
      g_value_set_uint (value, self->figures.universe);
      break;

    case PROP_ACTIVE_MQLS:
      g_value_set_uint (value, self->figures.active_mqls);
      break;

    case PROP_SQLS:
      g_value_set_uint (value, self->figures.sqls);
      break;

    case PROP_MQLS_MANAGED:
      g_value_set_uint (value, self->figures.mqls_managed);
      break;

    case PROP_MQL_CONVERSION:
      g_value_set_double (value, self->figures.mql_conversion);
      break;

    case PROP_UNIVERSE_BAND:
    case PROP_ACTIVE_BAND:
    case PROP_SQLS_BAND:
    case PROP_CONVERSION_BAND:
      g_value_set_int (value, accord_sdr_item_get_band (self, prop_id - PROP_UNIVERSE_BAND));
      break;

    case PROP_OUT_OF_BAND:
      g_value_set_boolean (value, accord_sdr_item_get_out_of_band (self));
      break;

    case PROP_N_OUT_OF_BAND:
      g_value_set_uint (value, accord_sdr_item_get_n_out_of_band (self));
      break;

    case PROP_UNIVERSE_CHART:
    case PROP_ACTIVE_CHART:
    case PROP_SQLS_CHART:
    case PROP_CONVERSION_CHART:
      g_value_set_boxed (value, self->charts[prop_id - PROP_UNIVERSE_CHART]);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
band_param_spec (const char *name)
{
  return g_param_spec_int (name, NULL, NULL, ACCORD_BAND_UNDER, ACCORD_BAND_OVER, ACCORD_BAND_IN,
                           G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
}

static GParamSpec *
chart_param_spec (const char *name)
{
  return g_param_spec_boxed (name, NULL, NULL, ACCORD_TYPE_BULLET_SPEC,
                             G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
}

static GParamSpec *
count_param_spec (const char *name)
{
  return g_param_spec_uint (name, NULL, NULL, 0, G_MAXUINT, 0,
                            G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
}

static void
accord_sdr_item_class_init (AccordSdrItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = accord_sdr_item_finalize;
  object_class->get_property = accord_sdr_item_get_property;

  properties[PROP_OWNER] =
    g_param_spec_string ("owner", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_MONTH] =
    g_param_spec_int ("month", NULL, NULL, G_MININT, G_MAXINT, 0,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_UNIVERSE] = count_param_spec ("universe");
  properties[PROP_ACTIVE_MQLS] = count_param_spec ("active-mqls");
  properties[PROP_SQLS] = count_param_spec ("sqls");
  properties[PROP_MQLS_MANAGED] = count_param_spec ("mqls-managed");
  /**
   * AccordSdrItem:mql-conversion:
   *
   * SQLs / MQLs managed in the month; NAN when none were managed.
   */
  properties[PROP_MQL_CONVERSION] =
    g_param_spec_double ("mql-conversion", NULL, NULL, -INFINITY, INFINITY, 0,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* The bands are AccordBand values. */
  properties[PROP_UNIVERSE_BAND] = band_param_spec ("universe-band");
  properties[PROP_ACTIVE_BAND] = band_param_spec ("active-band");
  properties[PROP_SQLS_BAND] = band_param_spec ("sqls-band");
  properties[PROP_CONVERSION_BAND] = band_param_spec ("conversion-band");
  properties[PROP_OUT_OF_BAND] =
    g_param_spec_boolean ("out-of-band", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_OUT_OF_BAND] = count_param_spec ("n-out-of-band");
  properties[PROP_UNIVERSE_CHART] = chart_param_spec ("universe-chart");
  properties[PROP_ACTIVE_CHART] = chart_param_spec ("active-chart");
  properties[PROP_SQLS_CHART] = chart_param_spec ("sqls-chart");
  properties[PROP_CONVERSION_CHART] = chart_param_spec ("conversion-chart");

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
accord_sdr_item_init (AccordSdrItem *self)
{
}

static AccordBulletSpec *
create_chart (const char         *label,
              AccordBulletFormat  format,
              double              value,
              AccordBand          band,
              double              band_min,
              double              band_max,
              double              target)
{
  AccordBulletSpec *spec = accord_bullet_spec_new (label, format, value, band);

  spec->band_min = band_min;
  spec->band_max = band_max;
  spec->target = target;
  return spec;
}

/**
 * accord_sdr_item_new:
 * @figures: an SDR's figures (accord_metrics_sdrs())
 * @capacity: the agreement's bands
 *
 * Returns: (transfer full): an item with the figures and, for each, a
 *   bullet chart against its band: the universe and the active MQLs
 *   against their minimum and maximum, the SQLs and the MQL conversion
 *   against their target, a band open above
 */
AccordSdrItem *
accord_sdr_item_new (const AccordSdrFigures *figures,
                     const AccordCapacity   *capacity)
{
  AccordSdrItem *self;
  AccordBulletSpec *sqls;
  g_autofree char *sqls_text = NULL;

  g_return_val_if_fail (figures != NULL, NULL);
  g_return_val_if_fail (capacity != NULL, NULL);

  self = g_object_new (ACCORD_TYPE_SDR_ITEM, NULL);
  self->owner = g_strdup (figures->owner != NULL ? figures->owner : "");
  self->figures = *figures;
  self->figures.owner = self->owner;

  self->charts[ACCORD_SDR_MEASURE_UNIVERSE] =
    create_chart (_("Universe"), ACCORD_BULLET_FORMAT_COUNT, figures->universe,
                  figures->universe_band, capacity->universe_min, capacity->universe_max, NAN);
  self->charts[ACCORD_SDR_MEASURE_ACTIVE_MQLS] =
    create_chart (_("Active MQLs"), ACCORD_BULLET_FORMAT_COUNT, figures->active_mqls,
                  figures->active_band, capacity->active_min, capacity->active_max, NAN);
  /* DESIGN §3: the SQLs this month against the monthly target. */
  sqls = create_chart (_("SQLs this month"), ACCORD_BULLET_FORMAT_COUNT, figures->sqls,
                       figures->sqls_band, capacity->sqls_per_month, INFINITY,
                       capacity->sqls_per_month);
  /* Translators: SQLs this month against the monthly target, "1 of 15" */
  sqls_text = g_strdup_printf (C_("sqls", "%u of %u"), figures->sqls, capacity->sqls_per_month);
  accord_bullet_spec_set_value_text (sqls, sqls_text);
  self->charts[ACCORD_SDR_MEASURE_SQLS] = sqls;
  self->charts[ACCORD_SDR_MEASURE_CONVERSION] =
    create_chart (_("MQL conversion"), ACCORD_BULLET_FORMAT_PERCENT, figures->mql_conversion,
                  figures->conversion_band, capacity->mql_conversion, INFINITY,
                  capacity->mql_conversion);

  return self;
}

/**
 * accord_sdr_item_update:
 * @from: the same SDR's figures for another month
 *
 * Takes @from's figures and charts, and notifies every property that
 * follows them: a table over the items keeps its rows from month to month.
 */
void
accord_sdr_item_update (AccordSdrItem *self,
                        AccordSdrItem *from)
{
  g_return_if_fail (ACCORD_IS_SDR_ITEM (self));
  g_return_if_fail (ACCORD_IS_SDR_ITEM (from));
  g_return_if_fail (g_strcmp0 (self->owner, from->owner) == 0);

  self->figures = from->figures;
  self->figures.owner = self->owner;
  for (guint m = 0; m < ACCORD_SDR_N_MEASURES; m++)
    {
      g_clear_pointer (&self->charts[m], accord_bullet_spec_free);
      self->charts[m] = accord_bullet_spec_copy (from->charts[m]);
    }

  g_object_freeze_notify (G_OBJECT (self));
  for (guint p = PROP_MONTH; p < N_PROPS; p++)
    g_object_notify_by_pspec (G_OBJECT (self), properties[p]);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * accord_sdr_item_get_owner:
 *
 * Returns: (transfer none): the SDR's name
 */
const char *
accord_sdr_item_get_owner (AccordSdrItem *self)
{
  g_return_val_if_fail (ACCORD_IS_SDR_ITEM (self), NULL);
  return self->owner;
}

/**
 * accord_sdr_item_get_figures:
 *
 * Returns: (transfer none): the figures; their owner is the item's
 */
const AccordSdrFigures *
accord_sdr_item_get_figures (AccordSdrItem *self)
{
  g_return_val_if_fail (ACCORD_IS_SDR_ITEM (self), NULL);
  return &self->figures;
}

AccordBand
accord_sdr_item_get_band (AccordSdrItem    *self,
                          AccordSdrMeasure  measure)
{
  g_return_val_if_fail (ACCORD_IS_SDR_ITEM (self), ACCORD_BAND_IN);
  g_return_val_if_fail (measure < ACCORD_SDR_N_MEASURES, ACCORD_BAND_IN);

  return self->charts[measure]->band;
}

/**
 * accord_sdr_item_get_n_out_of_band:
 *
 * Returns: how many of the four figures are under or over their band
 */
guint
accord_sdr_item_get_n_out_of_band (AccordSdrItem *self)
{
  guint n = 0;

  g_return_val_if_fail (ACCORD_IS_SDR_ITEM (self), 0);

  for (guint i = 0; i < ACCORD_SDR_N_MEASURES; i++)
    n += self->charts[i]->band != ACCORD_BAND_IN;
  return n;
}

gboolean
accord_sdr_item_get_out_of_band (AccordSdrItem *self)
{
  return accord_sdr_item_get_n_out_of_band (self) > 0;
}

/**
 * accord_sdr_item_get_chart:
 *
 * Returns: (transfer none): the bullet chart of @measure
 */
const AccordBulletSpec *
accord_sdr_item_get_chart (AccordSdrItem    *self,
                           AccordSdrMeasure  measure)
{
  g_return_val_if_fail (ACCORD_IS_SDR_ITEM (self), NULL);
  g_return_val_if_fail (measure < ACCORD_SDR_N_MEASURES, NULL);

  return self->charts[measure];
}

/**
 * accord_sdr_item_list_new:
 * @session: the open workspace
 * @month: the month key; -1 gives an empty list
 *
 * As accord_sdr_item_list_new_for_store(), with @session's leads,
 * agreement, zone and "now".
 *
 * Returns: (transfer full): a list of #AccordSdrItem
 */
GListStore *
accord_sdr_item_list_new (AccordSession *session,
                          int            month)
{
  g_return_val_if_fail (ACCORD_IS_SESSION (session), NULL);

  return accord_sdr_item_list_new_for_store (accord_session_get_store (session),
                                             accord_session_get_agreement (session),
                                             accord_session_get_time_zone (session),
                                             month,
                                             accord_session_get_now (session));
}

/**
 * accord_sdr_item_list_new_for_store:
 * @store: the leads
 * @agreement: the agreement whose bands the charts show
 * @time_zone: (nullable): the workspace's zone
 * @month: the month key; -1 gives an empty list
 * @now: the latest moment in the data
 *
 * The SDRs in @month (accord_metrics_sdrs(), measured at @now in the
 * running month), sorted by name. The charts of a figure share one scale,
 * so that they can be compared down a column.
 *
 * Returns: (transfer full): a list of #AccordSdrItem
 */
GListStore *
accord_sdr_item_list_new_for_store (AccordLeadStore *store,
                                    AccordAgreement *agreement,
                                    GTimeZone       *time_zone,
                                    int              month,
                                    gint64           now)
{
  g_autoptr(GArray) sdrs = NULL;
  g_autoptr(GPtrArray) items = NULL;
  GListStore *list;
  double extents[ACCORD_SDR_N_MEASURES] = { 0, };

  g_return_val_if_fail (ACCORD_IS_LEAD_STORE (store), NULL);
  g_return_val_if_fail (ACCORD_IS_AGREEMENT (agreement), NULL);

  list = g_list_store_new (ACCORD_TYPE_SDR_ITEM);
  if (month < 0)
    return list;

  sdrs = accord_metrics_sdrs (store, agreement, time_zone, month, now);
  items = g_ptr_array_new_full (sdrs->len, g_object_unref);

  for (guint i = 0; i < sdrs->len; i++)
    {
      AccordSdrItem *item = accord_sdr_item_new (&g_array_index (sdrs, AccordSdrFigures, i),
                                                 accord_agreement_get_capacity (agreement));

      for (guint m = 0; m < ACCORD_SDR_N_MEASURES; m++)
        extents[m] = MAX (extents[m], accord_bullet_spec_get_extent (item->charts[m]));
      g_ptr_array_add (items, item);
    }

  for (guint i = 0; i < items->len; i++)
    {
      AccordSdrItem *item = g_ptr_array_index (items, i);

      for (guint m = 0; m < ACCORD_SDR_N_MEASURES; m++)
        item->charts[m]->scale_max = accord_bullet_nice_ceiling (extents[m]);
    }

  g_list_store_splice (list, 0, 0, items->pdata, items->len);
  return list;
}

/**
 * accord_sdr_measure_dup_title:
 * @measure: a figure with a band
 * @capacity: the agreement's bands
 *
 * Returns: (transfer full): the figure's name with its band or target,
 *   as the team's column headers write it: "Universe 200–400"
 */
char *
accord_sdr_measure_dup_title (AccordSdrMeasure      measure,
                              const AccordCapacity *capacity)
{
  g_autofree char *low = NULL;
  g_autofree char *high = NULL;

  g_return_val_if_fail (capacity != NULL, NULL);

  /* The headers carry the agreement's bands (DESIGN §1 "SDR capacity"). */
  switch (measure)
    {
    case ACCORD_SDR_MEASURE_UNIVERSE:
      low = accord_bullet_format_number (ACCORD_BULLET_FORMAT_COUNT, capacity->universe_min);
      high = accord_bullet_format_number (ACCORD_BULLET_FORMAT_COUNT, capacity->universe_max);
      /* Translators: a column header with the band, "Universe 200–400" */
      return g_strdup_printf (_("Universe %s–%s"), low, high);

    case ACCORD_SDR_MEASURE_ACTIVE_MQLS:
      low = accord_bullet_format_number (ACCORD_BULLET_FORMAT_COUNT, capacity->active_min);
      high = accord_bullet_format_number (ACCORD_BULLET_FORMAT_COUNT, capacity->active_max);
      /* Translators: a column header with the band, "Active MQLs 150–200" */
      return g_strdup_printf (_("Active MQLs %s–%s"), low, high);

    case ACCORD_SDR_MEASURE_SQLS:
      low = accord_bullet_format_number (ACCORD_BULLET_FORMAT_COUNT, capacity->sqls_per_month);
      /* Translators: a column header with the monthly target, "SQLs ≥ 15" */
      return g_strdup_printf (_("SQLs ≥ %s"), low);

    case ACCORD_SDR_MEASURE_CONVERSION:
    case ACCORD_SDR_N_MEASURES:
    default:
      low = accord_bullet_format_number (ACCORD_BULLET_FORMAT_PERCENT, capacity->mql_conversion);
      /* Translators: a column header with the target, "MQL Conversion ≥ 8%" */
      return g_strdup_printf (_("MQL Conversion ≥ %s"), low);
    }
}

/**
 * accord_sdr_item_count_out_of_band:
 * @items: a list of #AccordSdrItem
 *
 * Returns: how many of the SDRs in @items have a figure out of its band
 */
guint
accord_sdr_item_count_out_of_band (GListModel *items)
{
  guint n_items, n = 0;

  g_return_val_if_fail (G_IS_LIST_MODEL (items), 0);

  n_items = g_list_model_get_n_items (items);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(AccordSdrItem) item = g_list_model_get_item (items, i);

      n += accord_sdr_item_get_out_of_band (item);
    }

  return n;
}
