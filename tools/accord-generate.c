/* accord-generate.c: a synthetic HubSpot contacts export
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writes a plausible funnel of leads (DESIGN §3) as HubSpot writes a
 * contacts export (reference/crm-exports.md §1): property labels in the
 * header, every field in double quotes, "YYYY-MM-DD HH:MM" wall-clock
 * times without a zone. The same seed gives the same bytes. --wide adds
 * the columns of an all-properties export for the benchmark.
 */

#define G_LOG_DOMAIN "accord-generate"

#include "config.h"

#include "accord-types.h"
#include "accord-zone.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#define SECONDS_PER_HOUR 3600
#define SECONDS_PER_DAY  86400
#define FLUSH_SIZE       (1 << 20)
#define FIRST_RECORD_ID  G_GUINT64_CONSTANT (51200000000)

typedef struct
{
  const char *label;   /* NULL: the cell stays empty */
  double      weight;
} Choice;

/* The SDRs of data/samples/agreement.json. Their shares of the leads are
 * uneven on purpose, so that some SDRs end up over their capacity band
 * and some under it. */
static const Choice owners[] = {
  { "Ana Silva", 2.2 },
  { "Ben Okafor", 0.5 },
  { "Chloé Martin", 1.3 },
  { "Dmitri Volkov", 1.0 },
  { "Elena García", 1.5 },
  { "Farid Haddad", 0.8 },
  { "Grace Liu", 1.1 },
  { "Hiro Tanaka", 0.4 },
  { "Ingrid Larsen", 0.9 },
  { "Jamal Wright", 0.6 },
};

/* The first five are the sample agreement's Quick Test industries. */
#define N_PROFILE_INDUSTRIES 5
static const Choice industries[] = {
  { "Software", 30 },
  { "Financial Services", 18 },
  { "Healthcare", 15 },
  { "Manufacturing", 15 },
  { "Retail", 8 },
  { "Education", 3 },
  { "Non-Profit", 2 },
  { "Government", 1.5 },
  { "Real Estate", 2 },
  { "Hospitality", 1.5 },
  { "Media", 1.5 },
  { "Consulting", 2 },
  { NULL, 1.5 },
};

/* HubSpot's Number of Employees options. A band counts as its lower bound
 * (DESIGN §2), so against the sample's 20–5000 the first two fail. */
#define FIRST_PROFILE_BAND 2
#define LAST_PROFILE_BAND  6
static const Choice bands[] = {
  { "1-5", 2.5 },
  { "5-25", 4.5 },
  { "25-50", 12 },
  { "50-100", 18 },
  { "100-500", 30 },
  { "500-1000", 17 },
  { "1000+", 15 },
  { NULL, 1 },
};
/* A typical head count of each band, for the annual revenue. */
static const int band_employees[] = { 3, 15, 37, 75, 300, 750, 2500, 0 };

static const Choice sources[] = {
  { "Organic Search", 22 },
  { "Paid Search", 14 },
  { "Email Marketing", 12 },
  { "Organic Social", 9 },
  { "Referrals", 10 },
  { "Paid Social", 8 },
  { "Direct Traffic", 12 },
  { "Offline Sources", 8 },
  { "Other Campaigns", 5 },
};

/* The sample agreement's protocols (DESIGN §1), and the share of each
 * tier among the leads. */
typedef enum
{
  TIER_HIGH,
  TIER_MODERATE,
  TIER_LOW,
  N_TIERS
} Tier;

static const Choice tiers[] = {
  { "High", 25 },
  { "Moderate", 45 },
  { "Low", 30 },
};
static const int response_hours[N_TIERS] = { 4, 24, 48 };
static const int required_touches[N_TIERS] = { 15, 8, 3 };
static const int timeframe_days[N_TIERS] = { 90, 60, 30 };
static const int score_min[N_TIERS] = { 70, 40, 0 };
static const int score_max[N_TIERS] = { 100, 69, 39 };
static const double sql_chance[N_TIERS] = { 0.40, 0.28, 0.17 };

typedef struct
{
  const char *name;
  const char *ascii;  /* for e-mail addresses */
} Name;

static const Name first_names[] = {
  { "Anna", "anna" }, { "Lukas", "lukas" }, { "Sofía", "sofia" },
  { "Mateo", "mateo" }, { "Chloé", "chloe" }, { "Jules", "jules" },
  { "Zoë", "zoe" }, { "Oliver", "oliver" }, { "Emma", "emma" },
  { "Noah", "noah" }, { "Łukasz", "lukasz" }, { "Agnieszka", "agnieszka" },
  { "João", "joao" }, { "Beatriz", "beatriz" }, { "Yuki", "yuki" },
  { "Haruto", "haruto" }, { "Priya", "priya" }, { "Arjun", "arjun" },
  { "Fatima", "fatima" }, { "Omar", "omar" }, { "Sarah", "sarah" },
  { "Michael", "michael" }, { "Jürgen", "juergen" }, { "Björn", "bjoern" },
  { "Siobhán", "siobhan" }, { "Liam", "liam" }, { "Mei", "mei" },
  { "Wei", "wei" }, { "Olga", "olga" }, { "Ivan", "ivan" },
  { "Amara", "amara" }, { "Kwame", "kwame" }, { "Isabella", "isabella" },
  { "Marco", "marco" }, { "Elif", "elif" }, { "Emre", "emre" },
  { "Nora", "nora" }, { "Henrik", "henrik" }, { "Grace", "grace" },
  { "David", "david" },
};

static const Name last_names[] = {
  { "Müller", "mueller" }, { "Schmidt", "schmidt" }, { "García", "garcia" },
  { "Fernández", "fernandez" }, { "Dubois", "dubois" }, { "Lefèvre", "lefevre" },
  { "Smith", "smith" }, { "Johnson", "johnson" }, { "Kowalski", "kowalski" },
  { "Wiśniewska", "wisniewska" }, { "Santos", "santos" }, { "Oliveira", "oliveira" },
  { "Sato", "sato" }, { "Suzuki", "suzuki" }, { "Patel", "patel" },
  { "Sharma", "sharma" }, { "Haddad", "haddad" }, { "Nasser", "nasser" },
  { "O'Brien", "obrien" }, { "Murphy", "murphy" }, { "Chen", "chen" },
  { "Wang", "wang" }, { "Ivanova", "ivanova" }, { "Petrov", "petrov" },
  { "Mensah", "mensah" }, { "Okafor", "okafor" }, { "Rossi", "rossi" },
  { "Bianchi", "bianchi" }, { "Yılmaz", "yilmaz" }, { "Demir", "demir" },
  { "Andersen", "andersen" }, { "Nilsson", "nilsson" }, { "van der Berg", "vanderberg" },
  { "De Vries", "devries" }, { "Brown", "brown" }, { "Taylor", "taylor" },
};

static const Name company_names[] = {
  { "Nordwind", "nordwind" }, { "Bluewave", "bluewave" }, { "Kestrel", "kestrel" },
  { "Grünfeld", "gruenfeld" }, { "Soleil", "soleil" }, { "Aurora", "aurora" },
  { "Helix", "helix" }, { "Vértice", "vertice" }, { "Lumen", "lumen" },
  { "Cobalt", "cobalt" }, { "Fjord", "fjord" }, { "Sakura", "sakura" },
  { "Atlas", "atlas" }, { "Quarry", "quarry" }, { "Meridian", "meridian" },
  { "Polaris", "polaris" }, { "Żuraw", "zuraw" }, { "Ironbark", "ironbark" },
  { "Tessera", "tessera" }, { "Brightline", "brightline" }, { "Oakridge", "oakridge" },
  { "Crescent", "crescent" }, { "Pinnacle", "pinnacle" }, { "Saffron", "saffron" },
};

static const char * const company_suffixes[] = {
  "Systems", "Analytics", "Health", "Logistics", "Labs", "Group", "Partners, LLC",
  "GmbH", "S.A.", "Ltd", "Inc.", "Software", "Retail Co.", "Manufacturing AG",
};

static const char * const domain_suffixes[] = {
  ".com", ".de", ".io", ".co.uk", ".fr", ".es", ".com.br", ".pl", ".jp",
};

/* Wide mode only. */
typedef struct
{
  const char *city;
  const char *region;
  const char *country;
  const char *postal_code;
  const char *phone_prefix;
  const char *time_zone;
  const char *language;
} Place;

static const Place places[] = {
  { "Zürich", "ZH", "Switzerland", "8001", "+41 44", "Europe/Zurich", "German" },
  { "São Paulo", "SP", "Brazil", "01310-100", "+55 11", "America/Sao_Paulo", "Portuguese" },
  { "Łódź", "Łódzkie", "Poland", "90-001", "+48 42", "Europe/Warsaw", "Polish" },
  { "東京", "東京都", "Japan", "100-0001", "+81 3", "Asia/Tokyo", "Japanese" },
  { "Berlin", "Berlin", "Germany", "10115", "+49 30", "Europe/Berlin", "German" },
  { "München", "Bayern", "Germany", "80331", "+49 89", "Europe/Berlin", "German" },
  { "Austin", "TX", "United States", "73301", "+1 512", "America/Chicago", "English" },
  { "Toronto", "ON", "Canada", "M5H 2N2", "+1 416", "America/Toronto", "English" },
  { "Lyon", "Auvergne-Rhône-Alpes", "France", "69001", "+33 4", "Europe/Paris", "French" },
  { "Göteborg", "Västra Götaland", "Sweden", "411 03", "+46 31", "Europe/Stockholm", "Swedish" },
  { "Madrid", "Comunidad de Madrid", "Spain", "28001", "+34 91", "Europe/Madrid", "Spanish" },
  { "London", "England", "United Kingdom", "EC1A 1BB", "+44 20", "Europe/London", "English" },
};

static const char * const streets[] = {
  "Bahnhofstrasse", "Avenida Paulista", "ul. Piotrkowska", "Marunouchi", "Friedrichstraße",
  "Leopoldstraße", "Congress Avenue", "King Street West", "Rue de la République",
  "Kungsportsavenyen", "Calle de Alcalá", "Old Street",
};

static const char * const street_extras[] = {
  "c/o Reception, 3rd floor", "Building B", "Attn: \"Accounts Payable\"", "Suite 400, East Wing",
};

static const char * const job_titles[] = {
  "Head of Operations", "CFO", "IT-Leiter", "Directora de Marketing", "VP Sales",
  "Procurement Manager", "Gerente de Vendas", "Chief Revenue Officer", "Kierownik ds. sprzedaży",
  "営業部長", "Marketing Operations Lead", "Founder & CEO", "Responsable commercial",
};

static const char * const note_fragments[] = {
  "Called twice, left a voicemail.",
  "Asked for \"the enterprise plan\" pricing, seats for 40 users.",
  "Met at the Zürich roadshow; follow up in Q3.",
  "Team in São Paulo evaluates, decision by end of month.",
  "Procurement sits in Łódź — send the DPA first.",
  "東京オフィスのチームも興味あり。",
  "Budget approx. €40,000, maybe more after the audit.",
  "Prefers e-mail over calls, \"no cold calls\" noted.",
  "CC: Jürgen Weiß (CFO), Ana María Pérez (Legal).",
  "Démo prévue mardi, 10 h, avec l'équipe achats.",
  "Competitor: \"Pipeline Pro\", renewal in 90 days.",
  "Needs SSO, SCIM and an audit log, hosting in the EU.",
  "Re-engage after the trade fair.\nTODO: send the case study.",
  "Said: \"not before the merger closes\", re-check in spring.",
  "Downloaded the SLA workbook, twice, from different IPs.",
};

static const char * const drill_downs[] = {
  "google", "bing", "Google Ads", "Newsletter, autumn edition", "linkedin.com",
  "partner.example.com", "IMPORT", "CRM_UI", "Spring webinar — Smarketing 101",
};

static const char * const keywords[] = {
  "sla software, sales alignment", "smarketing", "lead scoring \"best practice\"",
  "https://www.linkedin.com/", "trade fair Köln, booth 4", "",
};

static const char * const conversions[] = {
  "Demo request: Accord SLA workbook", "Webinar — Smarketing 101", "Pricing page form",
  "E-book: \"The weekly alignment meeting\"", "Contact us",
};

static const char * const pages[] = {
  "https://www.accord.example/",
  "https://www.accord.example/pricing?utm_source=google&utm_medium=cpc",
  "https://www.accord.example/blog/sla-template", "https://www.accord.example/de/preise",
  "https://www.accord.example/webinars/smarketing-101",
};

typedef enum
{
  COLUMN_RECORD_ID,
  COLUMN_FIRST_NAME,
  COLUMN_LAST_NAME,
  COLUMN_EMAIL,
  COLUMN_COMPANY,
  COLUMN_INDUSTRY,
  COLUMN_EMPLOYEES,
  COLUMN_ANNUAL_REVENUE,
  COLUMN_OWNER,
  COLUMN_SOURCE,
  COLUMN_LEAD_QUALITY,
  COLUMN_SCORE,
  COLUMN_LIFECYCLE_STAGE,
  COLUMN_LEAD_STATUS,
  COLUMN_CREATED,
  COLUMN_MQL_DATE,
  COLUMN_SQL_DATE,
  COLUMN_OPPORTUNITY_DATE,
  COLUMN_CUSTOMER_DATE,
  COLUMN_FIRST_OUTREACH,
  COLUMN_LAST_CONTACTED,
  COLUMN_SALES_ACTIVITIES,
  COLUMN_AUTHORITY,
  COLUMN_NEED,
  COLUMN_UNDERSTANDING,
  COLUMN_FIT,
  COLUMN_AMOUNT,
  COLUMN_DISQUALIFIED_DATE,
  /* --wide only, from here on. */
  COLUMN_JOB_TITLE,
  COLUMN_PHONE,
  COLUMN_MOBILE_PHONE,
  COLUMN_STREET,
  COLUMN_CITY,
  COLUMN_REGION,
  COLUMN_POSTAL_CODE,
  COLUMN_COUNTRY,
  COLUMN_WEBSITE,
  COLUMN_EMAIL_DOMAIN,
  COLUMN_LANGUAGE,
  COLUMN_TIME_ZONE,
  COLUMN_NOTES,
  COLUMN_LAST_MODIFIED,
  COLUMN_LAST_ACTIVITY,
  COLUMN_OWNER_ASSIGNED,
  COLUMN_BECAME_LEAD,
  COLUMN_MARKETING_STATUS,
  COLUMN_DRILL_DOWN_1,
  COLUMN_DRILL_DOWN_2,
  COLUMN_LATEST_SOURCE,
  COLUMN_LATEST_SOURCE_DATE,
  COLUMN_PAGEVIEWS,
  COLUMN_SESSIONS,
  COLUMN_FIRST_PAGE,
  COLUMN_RECENT_CONVERSION,
  COLUMN_TIMES_CONTACTED,
  COLUMN_COMPANY_IDS,
  COLUMN_DEAL_IDS,
  N_COLUMNS
} Column;

#define N_SAMPLE_COLUMNS (COLUMN_DISQUALIFIED_DATE + 1)

static const char * const column_labels[N_COLUMNS] = {
  "Record ID",
  "First Name",
  "Last Name",
  "Email",
  "Company Name",
  "Industry",
  "Number of Employees",
  "Annual Revenue",
  "Contact owner",
  "Original Traffic Source",
  "Lead Quality",
  "HubSpot Score",
  "Lifecycle Stage",
  "Lead Status",
  "Create Date",
  "Became a Marketing Qualified Lead Date",
  "Became a Sales Qualified Lead Date",
  "Became an Opportunity Date",
  "Became a Customer Date",
  "First outreach date",
  "Last Contacted",
  "Number of Sales Activities",
  "Authority",
  "Need",
  "Understanding",
  "Fit",
  "Amount",
  "Disqualified Date",
  "Job Title",
  "Phone Number",
  "Mobile Phone Number",
  "Street Address",
  "City",
  "State/Region",
  "Postal Code",
  "Country/Region",
  "Website URL",
  "Email Domain",
  "Preferred language",
  "Time Zone",
  "Notes",
  "Last Modified Date",
  "Last Activity Date",
  "Owner assigned date",
  "Became a Lead Date",
  "Marketing contact status",
  "Original Traffic Source Drill-Down 1",
  "Original Traffic Source Drill-Down 2",
  "Latest Traffic Source",
  "Latest Traffic Source Date",
  "Number of Pageviews",
  "Number of Sessions",
  "First Page Seen",
  "Recent Conversion",
  "Number of times contacted",
  "Associated Company IDs",
  "Associated Deal IDs",
};

/* xorshift64*, seeded through splitmix64: small, fast, and the same on
 * every platform, unlike rand (). */
typedef struct
{
  guint64 state;
} Rng;

/* One lead as the funnel made it. */
typedef struct
{
  gint64   moments[ACCORD_N_MOMENTS];
  guint64  record_id;
  int      owner;        /* -1: unassigned */
  guint    industry;
  guint    band;
  guint    source;
  Tier     tier;
  gboolean show_quality;
  int      score;
  int      touches;
  guint    anuf_known;   /* AccordAnuf bits */
  guint    anuf;
  double   amount;       /* NAN unless a customer */
} Lead;

typedef struct
{
  Rng         rng;       /* the funnel */
  Rng         text_rng;  /* the wide columns, so that --wide keeps the funnel */
  AccordZone *zone;      /* UTC: the export's times are plain wall-clock times */
  gint64      cutoff;    /* the moment of the export: nothing happens after it */
  gboolean    wide;
  GString    *cells[N_COLUMNS];
  Column      order[N_COLUMNS];
  guint       n_columns;
  GString    *out;
  FILE       *file;
} Generator;

static guint64
mix_splitmix64 (guint64 *state)
{
  guint64 z = (*state += G_GUINT64_CONSTANT (0x9e3779b97f4a7c15));

  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xbf58476d1ce4e5b9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94d049bb133111eb);
  return z ^ (z >> 31);
}

static void
seed_rng (Rng     *rng,
          guint64  seed,
          guint64  stream)
{
  guint64 state = seed ^ (stream * G_GUINT64_CONSTANT (0xd1b54a32d192ed03));

  rng->state = mix_splitmix64 (&state);
  if (rng->state == 0)
    rng->state = 1;
}

static guint64
draw_u64 (Rng *rng)
{
  guint64 x = rng->state;

  x ^= x >> 12;
  x ^= x << 25;
  x ^= x >> 27;
  rng->state = x;
  return x * G_GUINT64_CONSTANT (0x2545f4914f6cdd1d);
}

/* A uniform double in [0, 1). */
static double
draw_fraction (Rng *rng)
{
  return (double) (draw_u64 (rng) >> 11) * (1.0 / 9007199254740992.0);
}

static gboolean
draw_chance (Rng    *rng,
             double  probability)
{
  return draw_fraction (rng) < probability;
}

/* A uniform integer in [low, high]. */
static gint64
draw_range (Rng    *rng,
            gint64  low,
            gint64  high)
{
  return low + (gint64) (draw_fraction (rng) * (double) (high - low + 1));
}

static const char *
pick_string (Rng                *rng,
             const char * const *strings,
             guint               n_strings)
{
  return strings[draw_range (rng, 0, n_strings - 1)];
}

static guint
pick_choice (Rng          *rng,
             const Choice *choices,
             guint         n_choices)
{
  double total = 0;
  double x;

  for (guint i = 0; i < n_choices; i++)
    total += choices[i].weight;

  x = draw_fraction (rng) * total;
  for (guint i = 0; i < n_choices; i++)
    {
      if (x < choices[i].weight)
        return i;
      x -= choices[i].weight;
    }

  return n_choices - 1;
}

static gint64
floor_day (gint64 time)
{
  return time >= 0 ? time / SECONDS_PER_DAY : -((-time + SECONDS_PER_DAY - 1) / SECONDS_PER_DAY);
}

static gboolean
is_weekend (gint64 day)
{
  /* 1970-01-01, day 0, was a Thursday. */
  int weekday = (int) (((day % 7) + 7 + 3) % 7);  /* 0 = Monday */

  return weekday >= 5;
}

/* Mostly office hours, sometimes early or in the evening; never between
 * midnight and six, so no time falls into a daylight-saving gap. */
static gint64
draw_time_of_day (Rng *rng)
{
  if (draw_chance (rng, 0.88))
    return draw_range (rng, 8 * 60, 18 * 60 - 1) * 60;
  if (draw_chance (rng, 0.3))
    return draw_range (rng, 6 * 60 + 30, 8 * 60 - 1) * 60;
  return draw_range (rng, 18 * 60, 22 * 60 - 1) * 60;
}

/* A moment some working days after @after, and always after it. */
static gint64
draw_later (Rng    *rng,
            gint64  after,
            int     min_days,
            int     max_days)
{
  gint64 day = floor_day (after) + draw_range (rng, min_days, max_days);
  gint64 time;

  while (is_weekend (day) && draw_chance (rng, 0.85))
    day++;

  time = day * SECONDS_PER_DAY + draw_time_of_day (rng);
  if (time <= after)
    time = after + draw_range (rng, 5, 180) * 60;

  return time;
}

/* Moves a moment between two and three o'clock to three: that hour is
 * skipped or repeated where daylight saving time begins or ends. Moving
 * forward keeps every stage after the one it was drawn from. */
static gint64
leave_night_hour (gint64 time)
{
  gint64 second_of_day = time - floor_day (time) * SECONDS_PER_DAY;

  if (second_of_day >= 2 * SECONDS_PER_HOUR && second_of_day < 3 * SECONDS_PER_HOUR)
    return time - second_of_day + 3 * SECONDS_PER_HOUR;
  return time;
}

/* Keeps a moment only if it happened by the export; a stage that did not
 * happen yet stops the lead's funnel there. */
static gint64
keep_past (const Generator *gen,
           gint64           time)
{
  time = leave_night_hour (time);
  return time <= gen->cutoff ? time : ACCORD_TIME_NONE;
}

static gboolean
passes_quick_test (const Lead *lead)
{
  return lead->industry < N_PROFILE_INDUSTRIES &&
         lead->band >= FIRST_PROFILE_BAND && lead->band <= LAST_PROFILE_BAND;
}

static void
draw_anuf (Generator *gen,
           Lead      *lead,
           gboolean   is_sql)
{
  /* SQLs mostly carry all four criteria, a few miss some; other MQLs
   * rarely have any. */
  double known_chance = is_sql ? (draw_chance (&gen->rng, 0.9) ? 1.0 : 0.5)
                               : (draw_chance (&gen->rng, 0.15) ? 0.5 : 0.0);

  for (guint bit = 0; bit < 4; bit++)
    {
      if (!draw_chance (&gen->rng, known_chance))
        continue;
      lead->anuf_known |= 1u << bit;
      if (draw_chance (&gen->rng, 0.85))
        lead->anuf |= 1u << bit;
    }
}

static void
draw_touches (Generator *gen,
              Lead      *lead)
{
  gint64 *moments = lead->moments;
  gint64 mql = moments[ACCORD_MOMENT_MQL];
  Tier tier = lead->tier;
  gint64 response = (gint64) response_hours[tier] * SECONDS_PER_HOUR;
  gint64 timeframe = (gint64) timeframe_days[tier] * SECONDS_PER_DAY;
  gint64 span;
  gint64 worked_span = timeframe * 7 / 10;
  gint64 elapsed = gen->cutoff - mql;
  double u = draw_fraction (&gen->rng);
  int touches;

  /* First touch: within the protocol mostly, ~15 % late, ~5 % never. */
  if (u < 0.05)
    return;
  if (u < 0.20)
    moments[ACCORD_MOMENT_FIRST_TOUCH] =
      mql + response + 60 + (gint64) (draw_fraction (&gen->rng) * 3.0 * (double) response);
  else
    moments[ACCORD_MOMENT_FIRST_TOUCH] = mql + draw_range (&gen->rng, 120, response * 95 / 100);
  moments[ACCORD_MOMENT_FIRST_TOUCH] = keep_past (gen, moments[ACCORD_MOMENT_FIRST_TOUCH]);
  if (moments[ACCORD_MOMENT_FIRST_TOUCH] == ACCORD_TIME_NONE)
    return;

  /* Touches around the protocol's count, some under-worked, fewer where
   * the lead is still young. */
  if (draw_chance (&gen->rng, 0.15))
    touches = (int) draw_range (&gen->rng, 1, required_touches[tier] - 1);
  else
    touches = (int) draw_range (&gen->rng, required_touches[tier], required_touches[tier] + 6);
  if (elapsed < worked_span)
    touches = (int) ((touches * elapsed + worked_span / 2) / worked_span);
  lead->touches = MAX (1, touches);

  span = MIN (timeframe * 8 / 10, gen->cutoff - moments[ACCORD_MOMENT_FIRST_TOUCH]);
  if (lead->touches > 1 && span > 60)
    moments[ACCORD_MOMENT_LAST_TOUCH] =
      leave_night_hour (moments[ACCORD_MOMENT_FIRST_TOUCH] +
                        draw_range (&gen->rng, span * 3 / 10, span));
  else
    moments[ACCORD_MOMENT_LAST_TOUCH] = moments[ACCORD_MOMENT_FIRST_TOUCH];
}

/* Closes (disqualifies) a lead some days after @after, or after its last
 * touch; a closing later than the export's moment leaves it open. */
static void
draw_closed (Generator *gen,
             Lead      *lead,
             double     chance,
             gint64     after,
             int        min_days,
             int        max_days)
{
  gint64 last_touch = lead->moments[ACCORD_MOMENT_LAST_TOUCH];

  if (!draw_chance (&gen->rng, chance))
    return;
  if (last_touch != ACCORD_TIME_NONE && last_touch > after)
    after = last_touch;
  lead->moments[ACCORD_MOMENT_CLOSED] =
    keep_past (gen, draw_later (&gen->rng, after, min_days, max_days));
}

/* DESIGN §3's funnel: lead → MQL → SQL → opportunity → customer, each
 * stage later than the one before and none after the export's moment. */
static void
generate_lead (Generator *gen,
               gint64     created,
               guint64    record_id,
               Lead      *lead)
{
  Rng *rng = &gen->rng;
  gint64 *moments = lead->moments;
  gboolean qualified;
  Tier tier;
  double u;

  for (guint m = 0; m < ACCORD_N_MOMENTS; m++)
    moments[m] = ACCORD_TIME_NONE;
  moments[ACCORD_MOMENT_CREATED] = created;
  lead->record_id = record_id;
  lead->industry = pick_choice (rng, industries, G_N_ELEMENTS (industries));
  lead->band = pick_choice (rng, bands, G_N_ELEMENTS (bands));
  lead->source = pick_choice (rng, sources, G_N_ELEMENTS (sources));
  lead->owner = (int) pick_choice (rng, owners, G_N_ELEMENTS (owners));
  lead->tier = tier = pick_choice (rng, tiers, N_TIERS);
  lead->touches = 0;
  lead->anuf_known = 0;
  lead->anuf = 0;
  lead->amount = NAN;

  /* Lead Quality on ~70 % of the rows; the score agrees with the tier
   * where it is the only source, and mostly where it is not. */
  lead->show_quality = draw_chance (rng, 0.7);
  if (lead->show_quality && draw_chance (rng, 0.15))
    lead->score = (int) draw_range (rng, 0, 100);
  else
    lead->score = (int) draw_range (rng, score_min[tier], score_max[tier]);

  /* ~40 % become MQLs, mostly the ones that fit the profile. */
  qualified = passes_quick_test (lead);
  if (draw_chance (rng, qualified ? 0.46 : 0.16))
    moments[ACCORD_MOMENT_MQL] = keep_past (gen, draw_later (rng, created, 0, 10));

  if (moments[ACCORD_MOMENT_MQL] == ACCORD_TIME_NONE)
    {
      if (draw_chance (rng, 0.005))
        lead->owner = -1;
      if (draw_chance (rng, 0.3))
        {
          moments[ACCORD_MOMENT_FIRST_TOUCH] = keep_past (gen, draw_later (rng, created, 0, 14));
          if (moments[ACCORD_MOMENT_FIRST_TOUCH] != ACCORD_TIME_NONE)
            {
              lead->touches = (int) draw_range (rng, 1, 4);
              moments[ACCORD_MOMENT_LAST_TOUCH] = moments[ACCORD_MOMENT_FIRST_TOUCH];
              if (lead->touches > 1)
                moments[ACCORD_MOMENT_LAST_TOUCH] =
                  keep_past (gen, draw_later (rng, moments[ACCORD_MOMENT_FIRST_TOUCH], 1, 20));
              if (moments[ACCORD_MOMENT_LAST_TOUCH] == ACCORD_TIME_NONE)
                {
                  moments[ACCORD_MOMENT_LAST_TOUCH] = moments[ACCORD_MOMENT_FIRST_TOUCH];
                  lead->touches = 1;
                }
            }
        }
      draw_closed (gen, lead, 0.5, created, 20, 200);
      return;
    }

  draw_touches (gen, lead);

  /* ~25 % of MQLs become SQLs, 5–60 days later and after a first touch. */
  if (moments[ACCORD_MOMENT_FIRST_TOUCH] != ACCORD_TIME_NONE && draw_chance (rng, sql_chance[tier]))
    {
      gint64 sql = draw_later (rng, moments[ACCORD_MOMENT_MQL], 5, MIN (60, timeframe_days[tier]));

      if (sql <= moments[ACCORD_MOMENT_FIRST_TOUCH])
        sql = draw_later (rng, moments[ACCORD_MOMENT_FIRST_TOUCH], 1, 5);
      moments[ACCORD_MOMENT_SQL] = keep_past (gen, sql);
    }

  draw_anuf (gen, lead, moments[ACCORD_MOMENT_SQL] != ACCORD_TIME_NONE);

  if (moments[ACCORD_MOMENT_SQL] == ACCORD_TIME_NONE)
    {
      draw_closed (gen, lead, 0.5, moments[ACCORD_MOMENT_MQL], 3, timeframe_days[tier] * 13 / 10);
      return;
    }

  /* ~40 % of SQLs become opportunities, ~30 % of those customers. */
  if (draw_chance (rng, 0.4))
    moments[ACCORD_MOMENT_OPPORTUNITY] =
      keep_past (gen, draw_later (rng, moments[ACCORD_MOMENT_SQL], 3, 30));
  if (moments[ACCORD_MOMENT_OPPORTUNITY] == ACCORD_TIME_NONE)
    {
      draw_closed (gen, lead, 0.3, moments[ACCORD_MOMENT_SQL], 10, 90);
      return;
    }

  if (draw_chance (rng, 0.3))
    moments[ACCORD_MOMENT_CUSTOMER] =
      keep_past (gen, draw_later (rng, moments[ACCORD_MOMENT_OPPORTUNITY], 14, 90));
  if (moments[ACCORD_MOMENT_CUSTOMER] == ACCORD_TIME_NONE)
    {
      draw_closed (gen, lead, 0.5, moments[ACCORD_MOMENT_OPPORTUNITY], 10, 90);
      return;
    }

  /* Deals of 5,000–60,000, most of them small: about 19,000 on average,
   * near the sample agreement's revenue goal at its customer goal. */
  u = draw_fraction (rng);
  lead->amount = 5000 + round (550 * u * u * u) * 100;
}

static GString *
begin_cell (Generator *gen,
            Column     column)
{
  return g_string_truncate (gen->cells[column], 0);
}

static void
set_cell (Generator  *gen,
          Column      column,
          const char *text)
{
  GString *cell = begin_cell (gen, column);

  if (text != NULL)
    g_string_append (cell, text);
}

static void
append_digits (GString *cell,
               guint64  value,
               int      width)
{
  char digits[24];
  int n = 0;

  do
    {
      digits[n++] = (char) ('0' + value % 10);
      value /= 10;
    }
  while (value != 0);

  while (n < width)
    digits[n++] = '0';
  while (n > 0)
    g_string_append_c (cell, digits[--n]);
}

static void
set_cell_number (Generator *gen,
                 Column     column,
                 guint64    value)
{
  append_digits (begin_cell (gen, column), value, 1);
}

/* HubSpot's UI style: "2026-10-28 14:05" in the exporting user's zone. */
static void
set_cell_moment (Generator *gen,
                 Column     column,
                 gint64     time)
{
  GString *cell = begin_cell (gen, column);
  AccordCivil civil;

  if (time == ACCORD_TIME_NONE)
    return;

  accord_zone_to_civil (gen->zone, time, &civil);
  append_digits (cell, (guint64) civil.year, 4);
  g_string_append_c (cell, '-');
  append_digits (cell, (guint64) civil.month, 2);
  g_string_append_c (cell, '-');
  append_digits (cell, (guint64) civil.day, 2);
  g_string_append_c (cell, ' ');
  append_digits (cell, (guint64) civil.hour, 2);
  g_string_append_c (cell, ':');
  append_digits (cell, (guint64) civil.minute, 2);
}

/* "$1,200,000" mostly, a plain "1200000" sometimes: Annual Revenue is free
 * text in HubSpot. */
static void
set_cell_money (Generator *gen,
                Column     column,
                guint64    value,
                gboolean   grouped)
{
  GString *cell = begin_cell (gen, column);
  char digits[24];
  int n = 0;

  if (!grouped)
    {
      append_digits (cell, value, 1);
      return;
    }

  do
    {
      digits[n++] = (char) ('0' + value % 10);
      value /= 10;
    }
  while (value != 0);

  g_string_append_c (cell, '$');
  while (n > 0)
    {
      g_string_append_c (cell, digits[--n]);
      if (n > 0 && n % 3 == 0)
        g_string_append_c (cell, ',');
    }
}

static void
set_cell_yes_no (Generator  *gen,
                 Column      column,
                 const Lead *lead,
                 guint       bit)
{
  if ((lead->anuf_known & bit) == 0)
    set_cell (gen, column, NULL);
  else
    set_cell (gen, column, (lead->anuf & bit) != 0 ? "Yes" : "No");
}

static const char *
get_lifecycle_stage (const Lead *lead)
{
  if (lead->moments[ACCORD_MOMENT_CUSTOMER] != ACCORD_TIME_NONE)
    return "Customer";
  if (lead->moments[ACCORD_MOMENT_OPPORTUNITY] != ACCORD_TIME_NONE)
    return "Opportunity";
  if (lead->moments[ACCORD_MOMENT_SQL] != ACCORD_TIME_NONE)
    return "Sales Qualified Lead";
  if (lead->moments[ACCORD_MOMENT_MQL] != ACCORD_TIME_NONE)
    return "Marketing Qualified Lead";
  return lead->record_id % 7 == 0 ? "Subscriber" : "Lead";
}

static const char *
get_lead_status (const Lead *lead)
{
  if (lead->moments[ACCORD_MOMENT_CLOSED] != ACCORD_TIME_NONE)
    return lead->record_id % 5 == 0 ? "Bad Timing" : "Unqualified";
  if (lead->moments[ACCORD_MOMENT_CUSTOMER] != ACCORD_TIME_NONE)
    return NULL;
  if (lead->moments[ACCORD_MOMENT_OPPORTUNITY] != ACCORD_TIME_NONE)
    return "Open Deal";
  if (lead->moments[ACCORD_MOMENT_SQL] != ACCORD_TIME_NONE)
    return "Connected";
  if (lead->touches > 2)
    return "In Progress";
  if (lead->touches > 0)
    return "Attempted to Contact";
  return lead->record_id % 3 == 0 ? "Open" : "New";
}

static void
fill_sample_cells (Generator  *gen,
                   const Lead *lead)
{
  Rng *rng = &gen->rng;
  const Name *first = &first_names[draw_range (rng, 0, G_N_ELEMENTS (first_names) - 1)];
  const Name *last = &last_names[draw_range (rng, 0, G_N_ELEMENTS (last_names) - 1)];
  const Name *company = &company_names[draw_range (rng, 0, G_N_ELEMENTS (company_names) - 1)];
  const char *domain_suffix = pick_string (rng, domain_suffixes, G_N_ELEMENTS (domain_suffixes));
  GString *cell;
  double u;

  set_cell_number (gen, COLUMN_RECORD_ID, lead->record_id);
  set_cell (gen, COLUMN_FIRST_NAME, first->name);
  set_cell (gen, COLUMN_LAST_NAME, last->name);

  cell = begin_cell (gen, COLUMN_COMPANY);
  g_string_append (cell, company->name);
  g_string_append_c (cell, ' ');
  g_string_append (cell, pick_string (rng, company_suffixes, G_N_ELEMENTS (company_suffixes)));

  cell = begin_cell (gen, COLUMN_EMAIL);
  u = draw_fraction (rng);
  if (u < 0.1)
    g_string_append_c (cell, first->ascii[0]);
  else
    {
      g_string_append (cell, first->ascii);
      g_string_append_c (cell, '.');
    }
  g_string_append (cell, last->ascii);
  g_string_append_c (cell, '@');
  if (u > 0.92)
    g_string_append (cell, "gmail.com");
  else
    {
      g_string_append (cell, company->ascii);
      g_string_append (cell, domain_suffix);
    }

  set_cell (gen, COLUMN_INDUSTRY, industries[lead->industry].label);
  set_cell (gen, COLUMN_EMPLOYEES, bands[lead->band].label);
  if (bands[lead->band].label != NULL && draw_chance (rng, 0.6))
    {
      /* Rounded to ten thousand: employees × 80k–250k a head. */
      guint64 revenue = (guint64) band_employees[lead->band] * (guint64) draw_range (rng, 8, 25);

      set_cell_money (gen, COLUMN_ANNUAL_REVENUE, revenue * 10000, draw_chance (rng, 0.75));
    }
  else
    set_cell (gen, COLUMN_ANNUAL_REVENUE, NULL);

  set_cell (gen, COLUMN_OWNER, lead->owner >= 0 ? owners[lead->owner].label : NULL);
  set_cell (gen, COLUMN_SOURCE, sources[lead->source].label);
  set_cell (gen, COLUMN_LEAD_QUALITY, lead->show_quality ? tiers[lead->tier].label : NULL);
  set_cell_number (gen, COLUMN_SCORE, (guint64) lead->score);
  set_cell (gen, COLUMN_LIFECYCLE_STAGE, get_lifecycle_stage (lead));
  set_cell (gen, COLUMN_LEAD_STATUS, get_lead_status (lead));
  set_cell_moment (gen, COLUMN_CREATED, lead->moments[ACCORD_MOMENT_CREATED]);
  set_cell_moment (gen, COLUMN_MQL_DATE, lead->moments[ACCORD_MOMENT_MQL]);
  set_cell_moment (gen, COLUMN_SQL_DATE, lead->moments[ACCORD_MOMENT_SQL]);
  set_cell_moment (gen, COLUMN_OPPORTUNITY_DATE, lead->moments[ACCORD_MOMENT_OPPORTUNITY]);
  set_cell_moment (gen, COLUMN_CUSTOMER_DATE, lead->moments[ACCORD_MOMENT_CUSTOMER]);
  set_cell_moment (gen, COLUMN_FIRST_OUTREACH, lead->moments[ACCORD_MOMENT_FIRST_TOUCH]);
  set_cell_moment (gen, COLUMN_LAST_CONTACTED, lead->moments[ACCORD_MOMENT_LAST_TOUCH]);
  set_cell_number (gen, COLUMN_SALES_ACTIVITIES, (guint64) lead->touches);
  set_cell_yes_no (gen, COLUMN_AUTHORITY, lead, ACCORD_ANUF_AUTHORITY);
  set_cell_yes_no (gen, COLUMN_NEED, lead, ACCORD_ANUF_NEED);
  set_cell_yes_no (gen, COLUMN_UNDERSTANDING, lead, ACCORD_ANUF_UNDERSTANDING);
  set_cell_yes_no (gen, COLUMN_FIT, lead, ACCORD_ANUF_FIT);
  if (isnan (lead->amount))
    set_cell (gen, COLUMN_AMOUNT, NULL);
  else
    set_cell_number (gen, COLUMN_AMOUNT, (guint64) lead->amount);
  set_cell_moment (gen, COLUMN_DISQUALIFIED_DATE, lead->moments[ACCORD_MOMENT_CLOSED]);

  /* The wide columns reuse the company's domain. */
  cell = begin_cell (gen, COLUMN_EMAIL_DOMAIN);
  g_string_append (cell, company->ascii);
  g_string_append (cell, domain_suffix);
}

static void
set_cell_phone (Generator   *gen,
                Column       column,
                const Place *place)
{
  GString *cell = begin_cell (gen, column);

  g_string_append (cell, place->phone_prefix);
  g_string_append_c (cell, ' ');
  append_digits (cell, (guint64) draw_range (&gen->text_rng, 1000000, 9999999), 7);
}

static gint64
get_latest_moment (const Lead *lead)
{
  gint64 latest = ACCORD_TIME_NONE;

  for (guint m = 0; m < ACCORD_N_MOMENTS; m++)
    latest = MAX (latest, lead->moments[m]);

  return latest;
}

static void
fill_wide_cells (Generator  *gen,
                 const Lead *lead)
{
  Rng *rng = &gen->text_rng;
  const Place *place = &places[draw_range (rng, 0, G_N_ELEMENTS (places) - 1)];
  gint64 created = lead->moments[ACCORD_MOMENT_CREATED];
  gint64 modified;
  gint64 assigned;
  gint64 latest_source;
  GString *cell;
  gsize target;
  guint n_ids;

  set_cell (gen, COLUMN_JOB_TITLE, pick_string (rng, job_titles, G_N_ELEMENTS (job_titles)));
  set_cell_phone (gen, COLUMN_PHONE, place);
  if (draw_chance (rng, 0.6))
    set_cell_phone (gen, COLUMN_MOBILE_PHONE, place);
  else
    set_cell (gen, COLUMN_MOBILE_PHONE, NULL);

  cell = begin_cell (gen, COLUMN_STREET);
  g_string_append (cell, pick_string (rng, streets, G_N_ELEMENTS (streets)));
  g_string_append_c (cell, ' ');
  append_digits (cell, (guint64) draw_range (rng, 1, 250), 1);
  if (draw_chance (rng, 0.2))
    {
      g_string_append_c (cell, '\n');
      g_string_append (cell, pick_string (rng, street_extras, G_N_ELEMENTS (street_extras)));
    }

  set_cell (gen, COLUMN_CITY, place->city);
  set_cell (gen, COLUMN_REGION, place->region);
  set_cell (gen, COLUMN_POSTAL_CODE, place->postal_code);
  set_cell (gen, COLUMN_COUNTRY, place->country);
  cell = begin_cell (gen, COLUMN_WEBSITE);
  g_string_append (cell, "https://www.");
  g_string_append (cell, gen->cells[COLUMN_EMAIL_DOMAIN]->str);
  set_cell (gen, COLUMN_LANGUAGE, place->language);
  set_cell (gen, COLUMN_TIME_ZONE, place->time_zone);

  /* Free text with commas, quotes, line breaks and non-ASCII, cut at a
   * character boundary; its length keeps the row near 1 KB. */
  cell = begin_cell (gen, COLUMN_NOTES);
  target = (gsize) draw_range (rng, 300, 340);
  while (cell->len < target)
    {
      if (cell->len > 0)
        g_string_append_c (cell, draw_chance (rng, 0.15) ? '\n' : ' ');
      g_string_append (cell, pick_string (rng, note_fragments, G_N_ELEMENTS (note_fragments)));
    }
  while ((cell->str[target] & 0xc0) == 0x80)
    target--;
  g_string_truncate (cell, target);

  modified = keep_past (gen, get_latest_moment (lead) + draw_range (rng, 60, 3 * SECONDS_PER_DAY));
  if (modified == ACCORD_TIME_NONE)
    modified = gen->cutoff;
  set_cell_moment (gen, COLUMN_LAST_MODIFIED, modified);
  set_cell_moment (gen, COLUMN_LAST_ACTIVITY, lead->moments[ACCORD_MOMENT_LAST_TOUCH]);
  assigned = MIN (modified, created + draw_range (rng, 60, 7200));
  set_cell_moment (gen, COLUMN_OWNER_ASSIGNED, lead->owner >= 0 ? assigned : ACCORD_TIME_NONE);
  set_cell_moment (gen, COLUMN_BECAME_LEAD, created);
  set_cell (gen, COLUMN_MARKETING_STATUS,
            draw_chance (rng, 0.8) ? "Marketing contact" : "Non-marketing contact");
  set_cell (gen, COLUMN_DRILL_DOWN_1, pick_string (rng, drill_downs, G_N_ELEMENTS (drill_downs)));
  set_cell (gen, COLUMN_DRILL_DOWN_2, pick_string (rng, keywords, G_N_ELEMENTS (keywords)));
  if (draw_chance (rng, 0.7))
    set_cell (gen, COLUMN_LATEST_SOURCE, sources[lead->source].label);
  else
    set_cell (gen, COLUMN_LATEST_SOURCE,
              sources[pick_choice (rng, sources, G_N_ELEMENTS (sources))].label);
  latest_source = created + (gint64) (draw_fraction (rng) * (double) (modified - created));
  set_cell_moment (gen, COLUMN_LATEST_SOURCE_DATE, keep_past (gen, latest_source));
  set_cell_number (gen, COLUMN_PAGEVIEWS, (guint64) draw_range (rng, 1, 120));
  set_cell_number (gen, COLUMN_SESSIONS, (guint64) draw_range (rng, 1, 30));
  set_cell (gen, COLUMN_FIRST_PAGE, pick_string (rng, pages, G_N_ELEMENTS (pages)));
  set_cell (gen, COLUMN_RECENT_CONVERSION,
            pick_string (rng, conversions, G_N_ELEMENTS (conversions)));
  set_cell_number (gen, COLUMN_TIMES_CONTACTED, (guint64) draw_range (rng, 0, lead->touches));

  cell = begin_cell (gen, COLUMN_COMPANY_IDS);
  n_ids = (guint) draw_range (rng, 1, 2);
  for (guint i = 0; i < n_ids; i++)
    {
      if (i > 0)
        g_string_append_c (cell, ';');
      append_digits (cell, (guint64) draw_range (rng, 1000000000, 9999999999), 1);
    }
  cell = begin_cell (gen, COLUMN_DEAL_IDS);
  if (lead->moments[ACCORD_MOMENT_OPPORTUNITY] != ACCORD_TIME_NONE)
    append_digits (cell, (guint64) draw_range (rng, 10000000000, 19999999999), 1);
}

static gboolean
flush_output (Generator *gen,
              gboolean   force)
{
  if (gen->out->len == 0 || (!force && gen->out->len < FLUSH_SIZE))
    return TRUE;
  if (fwrite (gen->out->str, 1, gen->out->len, gen->file) != gen->out->len)
    return FALSE;
  g_string_truncate (gen->out, 0);
  return TRUE;
}

/* Every field in double quotes, quotes doubled, as HubSpot writes them. */
static void
append_quoted (GString    *out,
               const char *text,
               gsize       length)
{
  const char *end = text + length;

  g_string_append_c (out, '"');
  while (text < end)
    {
      const char *quote = memchr (text, '"', (gsize) (end - text));

      if (quote == NULL)
        {
          g_string_append_len (out, text, end - text);
          break;
        }
      g_string_append_len (out, text, quote - text + 1);
      g_string_append_c (out, '"');
      text = quote + 1;
    }
  g_string_append_c (out, '"');
}

static void
write_row (Generator *gen)
{
  for (guint i = 0; i < gen->n_columns; i++)
    {
      GString *cell = gen->cells[gen->order[i]];

      if (i > 0)
        g_string_append_c (gen->out, ',');
      append_quoted (gen->out, cell->str, cell->len);
    }
  g_string_append_c (gen->out, '\n');
}

static int
compare_columns (gconstpointer a,
                 gconstpointer b)
{
  const char *label_a = column_labels[*(const Column *) a];
  const char *label_b = column_labels[*(const Column *) b];
  gboolean associated_a = g_str_has_prefix (label_a, "Associated ");
  gboolean associated_b = g_str_has_prefix (label_b, "Associated ");

  if (associated_a != associated_b)
    return associated_a ? 1 : -1;
  return g_ascii_strcasecmp (label_a, label_b);
}

/* The sample keeps a readable order; --wide writes the columns as an
 * all-properties export does: Record ID, First Name, Last Name, then the
 * labels in alphabetical order, associations last. */
static void
set_column_order (Generator *gen)
{
  gen->n_columns = gen->wide ? N_COLUMNS : N_SAMPLE_COLUMNS;
  for (guint i = 0; i < gen->n_columns; i++)
    gen->order[i] = (Column) i;
  if (gen->wide)
    qsort (gen->order + 3, gen->n_columns - 3, sizeof (Column), compare_columns);
}

static int
compare_times (gconstpointer a,
               gconstpointer b)
{
  gint64 time_a = *(const gint64 *) a;
  gint64 time_b = *(const gint64 *) b;

  return (time_a > time_b) - (time_a < time_b);
}

/* Leads created in each calendar month, per mille of the average: a
 * spring high and an autumn low. */
static const gint64 seasons[12] = {
  1000, 1060, 1104, 1120, 1104, 1060, 1000, 940, 896, 880, 896, 940
};

/* Creation moments over the months, sorted: fewer on weekends, and a
 * month-to-month swing so that some months miss their goal. */
static gint64 *
draw_created (Generator *gen,
              int        first_month,
              int        n_months,
              guint64    n_rows)
{
  gint64 first_day = accord_days_from_civil (ACCORD_MONTH_KEY_YEAR (first_month),
                                             ACCORD_MONTH_KEY_MONTH (first_month), 1);
  gint64 last_day = floor_day (gen->cutoff);
  guint n_days = (guint) (last_day - first_day + 1);
  g_autofree gint64 *cumulative = g_new (gint64, n_days);
  g_autofree gint64 *month_weights = g_new (gint64, n_months);
  gint64 *created = g_new (gint64, n_rows);
  gint64 total = 0;

  /* Per mille, in whole numbers so that no platform's rounding changes
   * the output. */
  for (int m = 0; m < n_months; m++)
    month_weights[m] = seasons[(first_month + m) % 12] + draw_range (&gen->rng, -80, 80);

  for (guint d = 0; d < n_days; d++)
    {
      AccordCivil civil;
      int month;

      accord_zone_to_civil (gen->zone, (first_day + d) * SECONDS_PER_DAY, &civil);
      month = ACCORD_MONTH_KEY (civil.year, civil.month) - first_month;
      total += month_weights[month] * (is_weekend (first_day + d) ? 1 : 4);
      cumulative[d] = total;
    }

  for (guint64 i = 0; i < n_rows; i++)
    {
      gint64 time;

      do
        {
          gint64 x = draw_range (&gen->rng, 0, total - 1);
          guint low = 0;
          guint high = n_days - 1;

          while (low < high)
            {
              guint mid = (low + high) / 2;

              if (cumulative[mid] <= x)
                low = mid + 1;
              else
                high = mid;
            }
          time = (first_day + low) * SECONDS_PER_DAY + draw_time_of_day (&gen->rng);
        }
      while (time > gen->cutoff);
      created[i] = time;
    }

  qsort (created, n_rows, sizeof (gint64), compare_times);
  return created;
}

static gboolean
generate (Generator  *gen,
          int         first_month,
          int         n_months,
          guint64     n_rows)
{
  g_autofree gint64 *created = draw_created (gen, first_month, n_months, n_rows);
  guint64 record_id = FIRST_RECORD_ID + (guint64) draw_range (&gen->rng, 0, 999999);

  set_column_order (gen);
  for (guint i = 0; i < gen->n_columns; i++)
    set_cell (gen, gen->order[i], column_labels[gen->order[i]]);
  write_row (gen);

  for (guint64 i = 0; i < n_rows; i++)
    {
      Lead lead;

      record_id += (guint64) draw_range (&gen->rng, 1, 1500);
      generate_lead (gen, created[i], record_id, &lead);
      fill_sample_cells (gen, &lead);
      if (gen->wide)
        fill_wide_cells (gen, &lead);
      write_row (gen);
      if (!flush_output (gen, FALSE))
        return FALSE;
    }

  return flush_output (gen, TRUE) && fflush (gen->file) == 0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimeZone) utc = NULL;
  g_autofree char *end = NULL;
  g_autofree char *output = NULL;
  gint64 n_rows = -1;
  gint64 seed = 1;
  int n_months = 18;
  gboolean wide = FALSE;
  int end_month;
  int first_month;
  int end_year;
  int last_day;
  Generator gen = { 0 };
  gboolean written;
  const GOptionEntry entries[] = {
    { "rows", 0, 0, G_OPTION_ARG_INT64, &n_rows, "Number of leads (default: 300 a month)", "N" },
    { "seed", 0, 0, G_OPTION_ARG_INT64, &seed, "Seed of the random numbers (default: 1)", "S" },
    { "months", 0, 0, G_OPTION_ARG_INT, &n_months, "Months covered (default: 18)", "M" },
    { "end", 0, 0, G_OPTION_ARG_STRING, &end, "Last month covered (default: 2026-10)", "YYYY-MM" },
    { "wide", 0, 0, G_OPTION_ARG_NONE, &wide,
      "All-properties export: 57 columns, about 1 KB a row", NULL },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      "Write to FILE instead of standard output", "FILE" },
    { NULL }
  };

  context = g_option_context_new ("- write a synthetic HubSpot contacts export");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("accord-generate: %s\n", error->message);
      return 2;
    }
  if (!accord_month_key_parse (end != NULL ? end : "2026-10", &end_month))
    {
      g_printerr ("accord-generate: --end %s: expected YYYY-MM\n", end);
      return 2;
    }
  if (n_months < 1 || n_months > 1200)
    {
      g_printerr ("accord-generate: --months %d: expected 1 to 1200\n", n_months);
      return 2;
    }
  if (n_rows == -1)
    n_rows = 300 * (gint64) n_months;
  if (n_rows < 0 || n_rows > G_GINT64_CONSTANT (100000000))
    {
      g_printerr ("accord-generate: --rows %" G_GINT64_FORMAT ": expected 0 to 100000000\n",
                  n_rows);
      return 2;
    }

  utc = g_time_zone_new_utc ();
  seed_rng (&gen.rng, (guint64) seed, 1);
  seed_rng (&gen.text_rng, (guint64) seed, 2);
  gen.zone = accord_zone_new (utc);
  gen.wide = wide;
  gen.out = g_string_sized_new (FLUSH_SIZE + 65536);
  for (guint i = 0; i < N_COLUMNS; i++)
    gen.cells[i] = g_string_sized_new (64);

  /* The export is taken late in the last month, which is still running. */
  first_month = end_month - n_months + 1;
  end_year = ACCORD_MONTH_KEY_YEAR (end_month);
  last_day = accord_days_in_month (end_year, ACCORD_MONTH_KEY_MONTH (end_month)) - 3;
  gen.cutoff = accord_days_from_civil (end_year, ACCORD_MONTH_KEY_MONTH (end_month), last_day) *
               SECONDS_PER_DAY + 17 * SECONDS_PER_HOUR + 45 * 60;

  gen.file = output != NULL ? fopen (output, "wb") : stdout;
  if (gen.file == NULL)
    {
      g_printerr ("accord-generate: %s: %s\n", output, g_strerror (errno));
      written = FALSE;
    }
  else
    {
      written = generate (&gen, first_month, n_months, (guint64) n_rows);
      if (!written)
        g_printerr ("accord-generate: %s: %s\n",
                    output != NULL ? output : "stdout", g_strerror (errno));
      if (output != NULL && fclose (gen.file) != 0 && written)
        {
          g_printerr ("accord-generate: %s: %s\n", output, g_strerror (errno));
          written = FALSE;
        }
    }

  for (guint i = 0; i < N_COLUMNS; i++)
    g_string_free (gen.cells[i], TRUE);
  g_string_free (gen.out, TRUE);
  accord_zone_free (gen.zone);

  return written ? 0 : 1;
}
