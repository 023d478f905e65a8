/* accord-value-parser.c
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-value-parser"

#include "config.h"

#include "accord-value-parser.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

/* An import reads millions of cells, so everything here scans by hand over
 * a [start, end) span of the cell and allocates only to explain a failure. */

#define SECONDS_PER_DAY 86400
/* Bytes of a cell quoted in a reason; longer cells are cut. */
#define EXCERPT_BYTES 40
/* Digit groups in one number: "1,234,567,890.12" has five. */
#define MAX_RUNS 16

/* Blanks: space, tab, CR, LF, U+00A0 NO-BREAK SPACE, U+2009 THIN SPACE and
 * U+202F NARROW NO-BREAK SPACE (ICU puts it before AM/PM, French and Swiss
 * formats group digits with it). Returns the blank's length at @p, or 0. */
static inline int
measure_blank (const char *p,
               const char *end)
{
  guchar c = (guchar) *p;

  if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
    return 1;
  if (c == 0xC2 && end - p >= 2 && (guchar) p[1] == 0xA0)
    return 2;
  if (c == 0xE2 && end - p >= 3 && (guchar) p[1] == 0x80 &&
      ((guchar) p[2] == 0x89 || (guchar) p[2] == 0xAF))
    return 3;
  return 0;
}

/* The same, for the blank that ends just before @end. */
static inline int
measure_blank_before (const char *start,
                      const char *end)
{
  guchar c = (guchar) end[-1];

  if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
    return 1;
  if (c == 0xA0 && end - start >= 2 && (guchar) end[-2] == 0xC2)
    return 2;
  if ((c == 0x89 || c == 0xAF) && end - start >= 3 &&
      (guchar) end[-3] == 0xE2 && (guchar) end[-2] == 0x80)
    return 3;
  return 0;
}

static int
skip_blanks (const char **p,
             const char  *end)
{
  const char *q = *p;
  int n;

  while (q < end && (n = measure_blank (q, end)) > 0)
    q += n;
  n = (int) (q - *p);
  *p = q;
  return n;
}

/* A word of a vocabulary, with its length in bytes, and what it means. */
typedef struct
{
  const char *text;
  gsize       len;
  int         value;
} Word;

#define WORD(text, value) { text, sizeof text - 1, value }

/* The value of the word [start, end) in @words, ignoring ASCII case; -1
 * when it is not there. */
static int
lookup_word (const Word *words,
             gsize       n_words,
             const char *start,
             const char *end)
{
  gsize len = (gsize) (end - start);

  for (gsize i = 0; i < n_words; i++)
    {
      if (words[i].len == len && g_ascii_strncasecmp (start, words[i].text, len) == 0)
        return words[i].value;
    }

  return -1;
}

/* Whether @p starts with @word, ignoring ASCII case. */
static gboolean
has_prefix (const char *p,
            const char *end,
            const char *word)
{
  gsize len = strlen (word);

  return (gsize) (end - p) >= len && g_ascii_strncasecmp (p, word, len) == 0;
}

static gboolean
is_null_marker (const char *start,
                const char *end)
{
  static const Word markers[] = {
    WORD ("-", 0), WORD ("–", 0), WORD ("—", 0), WORD ("N/A", 0),
    WORD ("#N/A", 0), WORD ("null", 0),
    /* #N/A in a German Excel. */
    WORD ("#NV", 0),
    /* Salesforce's empty key id, in lookups that point nowhere. */
    WORD ("000000000000000AAA", 0),
  };

  /* Most cells are longer than any marker. */
  return start == end ||
         (end - start <= 18 && lookup_word (markers, G_N_ELEMENTS (markers), start, end) >= 0);
}

/* Sets [start, end) to @text without its surrounding blanks. Returns FALSE
 * when the cell is empty or a null marker. */
static gboolean
trim_cell (const char  *text,
           const char **start,
           const char **end)
{
  const char *s = text;
  const char *e;
  int n;

  if (text == NULL)
    {
      *start = *end = "";
      return FALSE;
    }

  e = text + strlen (text);
  skip_blanks (&s, e);
  while (e > s && (n = measure_blank_before (s, e)) > 0)
    e -= n;

  *start = s;
  *end = e;
  return !is_null_marker (s, e);
}

/* The cell as quoted in a reason: valid UTF-8, cut when long. */
static char *
dup_excerpt (const char *start,
             const char *end)
{
  gsize len = (gsize) (end - start);
  g_autofree char *valid = NULL;

  if (len <= EXCERPT_BYTES)
    return g_utf8_make_valid (start, (gssize) len);

  len = EXCERPT_BYTES;
  while (len > 0 && ((guchar) start[len] & 0xC0) == 0x80)
    len--;
  valid = g_utf8_make_valid (start, (gssize) len);
  return g_strconcat (valid, "…", NULL);
}

/**
 * accord_value_is_empty:
 * @text: (nullable): the text of a cell
 *
 * Whether a cell holds nothing: it is blank or one of the null markers CRM
 * exports write ("#N/A", "N/A", "#NV", "null", "-", "–", "—", and
 * Salesforce's empty key id "000000000000000AAA"), ignoring case and
 * surrounding blanks.
 *
 * Returns: %TRUE when the cell is empty
 */
gboolean
accord_value_is_empty (const char *text)
{
  const char *start, *end;

  return !trim_cell (text, &start, &end);
}

/* Dates */

typedef enum
{
  DATE_OK,
  DATE_NOT_A_DATE,
  DATE_INVALID_DATE,
  DATE_INVALID_TIME,
  DATE_TWO_DIGIT_YEAR,
  DATE_YEAR_RANGE,
  DATE_EPOCH_RANGE,
} DateError;

/* Reads a run of ASCII digits and returns its length. The value stops
 * growing after 18 digits, so a long run cannot overflow. */
static int
read_digits (const char **p,
             const char  *end,
             gint64      *value)
{
  const char *q = *p;
  gint64 v = 0;
  int n = 0;

  while (q < end && g_ascii_isdigit (*q))
    {
      if (n < 18)
        v = v * 10 + (*q - '0');
      n++;
      q++;
    }

  *p = q;
  *value = v;
  return n;
}

/* One or two digits: a month, day or hour. */
static gboolean
read_one_or_two (const char **p,
                 const char  *end,
                 gint64      *value)
{
  int n = read_digits (p, end, value);

  return n == 1 || n == 2;
}

/* English month names, full or in three letters ("Sept" too), followed by
 * an optional dot. Returns 1–12, or 0 when there is none. */
static int
read_month_name (const char **p,
                 const char  *end)
{
  static const Word names[] = {
    WORD ("january", 1), WORD ("february", 2), WORD ("march", 3),
    WORD ("april", 4), WORD ("may", 5), WORD ("june", 6), WORD ("july", 7),
    WORD ("august", 8), WORD ("september", 9), WORD ("october", 10),
    WORD ("november", 11), WORD ("december", 12),
  };
  const char *q = *p;
  gsize len;

  while (q < end && g_ascii_isalpha (*q))
    q++;
  len = (gsize) (q - *p);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      if ((len == 3 || len == names[i].len || (names[i].value == 9 && len == 4)) &&
          g_ascii_strncasecmp (*p, names[i].text, len) == 0)
        {
          if (q < end && *q == '.')
            q++;
          *p = q;
          return names[i].value;
        }
    }

  return 0;
}

/* "15th", "1st", "2nd", "3rd": the letters after a day. */
static void
skip_ordinal (const char **p,
              const char  *end)
{
  static const char * const suffixes[] = { "st", "nd", "rd", "th" };
  const char *q = *p;

  if (end - q < 2)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      if (g_ascii_strncasecmp (q, suffixes[i], 2) == 0 &&
          (end - q == 2 || !g_ascii_isalpha (q[2])))
        {
          *p = q + 2;
          return;
        }
    }
}

/* Z, UTC, GMT, ±HH:MM, ±HHMM, ±HH, or UTC/GMT followed by one of the last
 * three. */
static DateError
read_offset (const char      **p,
             const char       *end,
             AccordDateParts  *parts)
{
  const char *q = *p;
  gint64 hours, minutes = 0;
  int sign, n;

  if (*q == 'Z' || *q == 'z')
    {
      *p = q + 1;
      parts->has_offset = TRUE;
      parts->offset_seconds = 0;
      return DATE_OK;
    }

  if (has_prefix (q, end, "UTC") || has_prefix (q, end, "GMT"))
    {
      q += 3;
      parts->has_offset = TRUE;
      parts->offset_seconds = 0;
      if (q == end)
        {
          *p = q;
          return DATE_OK;
        }
    }

  if (*q != '+' && *q != '-')
    return DATE_NOT_A_DATE;
  sign = *q == '-' ? -1 : 1;
  q++;

  n = read_digits (&q, end, &hours);
  if (n == 4)
    {
      minutes = hours % 100;
      hours /= 100;
    }
  else if (n == 2 && q < end && *q == ':')
    {
      q++;
      if (read_digits (&q, end, &minutes) != 2)
        return DATE_NOT_A_DATE;
    }
  else if (n != 2)
    {
      return DATE_NOT_A_DATE;
    }

  /* Real offsets lie within ±14:00; ISO 8601 readers allow ±18:00. */
  if (hours > 18 || minutes > 59)
    return DATE_INVALID_TIME;

  parts->has_offset = TRUE;
  parts->offset_seconds = sign * (int) (hours * 3600 + minutes * 60);
  *p = q;
  return DATE_OK;
}

/* "AM", "pm", "a.m.": returns TRUE and sets @pm when there is one. */
static gboolean
read_meridiem (const char **p,
               const char  *end,
               gboolean    *pm)
{
  const char *q = *p;
  char c;

  if (q == end)
    return FALSE;
  c = g_ascii_tolower (*q);
  if (c != 'a' && c != 'p')
    return FALSE;
  q++;
  if (q < end && *q == '.')
    q++;
  if (q == end || g_ascii_tolower (*q) != 'm')
    return FALSE;
  q++;
  if (q < end && *q == '.')
    q++;
  if (q < end && g_ascii_isalpha (*q))
    return FALSE;

  *pm = c == 'p';
  *p = q;
  return TRUE;
}

/* What may follow a date: nothing, or "T" or blanks (or ", " or " at ")
 * then H:MM[:SS[.fff]], an optional AM/PM and an optional offset. */
static DateError
scan_time (const char      *p,
           const char      *end,
           AccordDateParts *parts)
{
  gint64 hour, minute, second = 0, fraction;
  gboolean pm;

  if (p == end)
    return DATE_OK;

  if (*p == 'T' || *p == 't')
    {
      p++;
    }
  else
    {
      gboolean comma = *p == ',';

      if (comma)
        p++;
      if (skip_blanks (&p, end) == 0 && !comma)
        return DATE_NOT_A_DATE;
      if (has_prefix (p, end, "at") && end - p > 2 && measure_blank (p + 2, end) > 0)
        {
          p += 2;
          skip_blanks (&p, end);
        }
    }

  if (!read_one_or_two (&p, end, &hour) || p == end || *p != ':')
    return DATE_NOT_A_DATE;
  p++;
  if (read_digits (&p, end, &minute) != 2)
    return DATE_NOT_A_DATE;
  if (p < end && *p == ':')
    {
      p++;
      if (read_digits (&p, end, &second) != 2)
        return DATE_NOT_A_DATE;
      /* Fractions of a second are dropped. */
      if (end - p >= 2 && (*p == '.' || *p == ',') && g_ascii_isdigit (p[1]))
        {
          p++;
          read_digits (&p, end, &fraction);
        }
    }

  skip_blanks (&p, end);
  if (read_meridiem (&p, end, &pm))
    {
      /* 12 AM is midnight, 12 PM noon; "0:30 AM" is taken as written. */
      if (hour > 12 || (hour == 0 && pm))
        return DATE_INVALID_TIME;
      if (hour == 12)
        hour = pm ? 12 : 0;
      else if (pm)
        hour += 12;
      skip_blanks (&p, end);
    }

  if (p < end)
    {
      DateError error = read_offset (&p, end, parts);

      if (error != DATE_OK)
        return error;
      if (p != end)
        return DATE_NOT_A_DATE;
    }

  if (hour > 23 || minute > 59 || second > 59)
    return DATE_INVALID_TIME;

  parts->has_time = TRUE;
  parts->hour = (int) hour;
  parts->minute = (int) minute;
  parts->second = (int) second;
  return DATE_OK;
}

/* A plain integer: Unix seconds (10 digits) or milliseconds (12 or 13, as
 * HubSpot's API v1 writes them). */
static DateError
scan_epoch (int              n_digits,
            gint64           value,
            AccordDateParts *parts)
{
  gint64 seconds;

  if (n_digits == 10)
    seconds = value;
  else if (n_digits == 12 || n_digits == 13)
    seconds = value / 1000;
  else
    return DATE_NOT_A_DATE;

  if (seconds >= accord_days_from_civil (ACCORD_DATE_YEAR_MAX + 1, 1, 1) * SECONDS_PER_DAY)
    return DATE_EPOCH_RANGE;

  parts->epoch = TRUE;
  parts->epoch_seconds = seconds;
  parts->has_time = TRUE;
  return DATE_OK;
}

/* N/N/YYYY: which number is the month. A dot (15.03.2024) is the European
 * convention and always means day first. */
static void
set_numeric_order (AccordDateParts *parts,
                   int              first,
                   int              second,
                   gboolean         dotted,
                   AccordDateOrder  order)
{
  gboolean day_first;

  if (first > 12)
    parts->evidence = ACCORD_DATE_ORDER_DAY_FIRST;
  else if (second > 12)
    parts->evidence = ACCORD_DATE_ORDER_MONTH_FIRST;
  else
    parts->evidence = ACCORD_DATE_ORDER_UNKNOWN;

  if (dotted)
    day_first = TRUE;
  else if (parts->evidence != ACCORD_DATE_ORDER_UNKNOWN)
    day_first = parts->evidence == ACCORD_DATE_ORDER_DAY_FIRST;
  else
    day_first = order == ACCORD_DATE_ORDER_DAY_FIRST;

  parts->day = day_first ? first : second;
  parts->month = day_first ? second : first;
  parts->ambiguous = !dotted && first <= 12 && second <= 12 && first != second;
}

/* The year after a day or month name: four digits. */
static DateError
read_year (const char      **p,
           const char       *end,
           AccordDateParts  *parts)
{
  gint64 year;
  int n = read_digits (p, end, &year);

  if (n == 2)
    return DATE_TWO_DIGIT_YEAR;
  if (n != 4)
    return DATE_NOT_A_DATE;
  parts->year = (int) year;
  return DATE_OK;
}

static DateError
scan_date (const char      *p,
           const char      *end,
           AccordDateOrder  order,
           AccordDateParts *parts)
{
  DateError error;
  gint64 a, b;
  int n;

  if (g_ascii_isdigit (*p))
    {
      char sep;

      n = read_digits (&p, end, &a);
      if (p == end)
        return scan_epoch (n, a, parts);

      sep = *p;
      if (n == 4 && (sep == '-' || sep == '/' || sep == '.'))
        {
          gint64 day;

          /* ISO order: 2024-03-15, also 2024/03/15. */
          p++;
          if (!read_one_or_two (&p, end, &b) || p == end || *p != sep)
            return DATE_NOT_A_DATE;
          p++;
          if (!read_one_or_two (&p, end, &day))
            return DATE_NOT_A_DATE;
          parts->year = (int) a;
          parts->month = (int) b;
          parts->day = (int) day;
        }
      else if (n <= 2 && (sep == '/' || sep == '-' || sep == '.') &&
               end - p >= 2 && g_ascii_isdigit (p[1]))
        {
          /* 3/15/2024, 15/3/2024, 03-15-2024, 15.03.2024. */
          p++;
          if (read_digits (&p, end, &b) > 2 || p == end || *p != sep)
            return DATE_NOT_A_DATE;
          p++;
          if ((error = read_year (&p, end, parts)) != DATE_OK)
            return error;
          set_numeric_order (parts, (int) a, (int) b, sep == '.', order);
        }
      else if (n <= 2)
        {
          /* 15 March 2024, 15th March 2024, 15-Mar-2024. */
          parts->day = (int) a;
          skip_ordinal (&p, end);
          if (p < end && (*p == '-' || *p == '.'))
            p++;
          skip_blanks (&p, end);
          if ((parts->month = read_month_name (&p, end)) == 0)
            return DATE_NOT_A_DATE;
          if (p < end && (*p == '-' || *p == ','))
            p++;
          skip_blanks (&p, end);
          if ((error = read_year (&p, end, parts)) != DATE_OK)
            return error;
        }
      else
        {
          return DATE_NOT_A_DATE;
        }
    }
  else
    {
      /* March 15, 2024; Mar 15 2024; March 15th, 2024. */
      if ((parts->month = read_month_name (&p, end)) == 0)
        return DATE_NOT_A_DATE;
      skip_blanks (&p, end);
      if (!read_one_or_two (&p, end, &a))
        return DATE_NOT_A_DATE;
      parts->day = (int) a;
      skip_ordinal (&p, end);
      if (p < end && *p == ',')
        p++;
      skip_blanks (&p, end);
      if ((error = read_year (&p, end, parts)) != DATE_OK)
        return error;
    }

  if ((error = scan_time (p, end, parts)) != DATE_OK)
    return error;

  if (parts->year < ACCORD_DATE_YEAR_MIN || parts->year > ACCORD_DATE_YEAR_MAX)
    return DATE_YEAR_RANGE;
  if (!accord_civil_is_valid (parts->year, parts->month, parts->day, 0, 0, 0))
    return DATE_INVALID_DATE;
  return DATE_OK;
}

static char *
dup_date_reason (DateError              error,
                 const char            *start,
                 const char            *end,
                 const AccordDateParts *parts)
{
  g_autofree char *cell = dup_excerpt (start, end);

  switch (error)
    {
    case DATE_INVALID_DATE:
      return g_strdup_printf (_("“%s” is not a valid date"), cell);
    case DATE_INVALID_TIME:
      return g_strdup_printf (_("“%s” is not a valid time"), cell);
    case DATE_TWO_DIGIT_YEAR:
      return g_strdup_printf (_("“%s” has a two-digit year, so its century is unknown"), cell);
    case DATE_YEAR_RANGE:
      return g_strdup_printf (_("“%s”: year %04d is out of range (%d–%d)"), cell,
                              parts->year, ACCORD_DATE_YEAR_MIN, ACCORD_DATE_YEAR_MAX);
    case DATE_EPOCH_RANGE:
      return g_strdup_printf (_("“%s” is a timestamp after the year %d"), cell,
                              ACCORD_DATE_YEAR_MAX);
    case DATE_OK:
    case DATE_NOT_A_DATE:
    default:
      return g_strdup_printf (_("“%s” is not a date"), cell);
    }
}

/**
 * accord_parse_date:
 * @text: (nullable): the text of a cell
 * @order: the column's day/month order, %ACCORD_DATE_ORDER_UNKNOWN when
 *   not yet known
 * @parts: (out caller-allocates): the date read
 * @reason: (out) (optional) (transfer full): why the text is not a date
 *
 * Reads a date or a date and time as CRM exports write them: ISO 8601
 * (`2024-03-15`, `2024-03-15 14:30`, `2024-03-15T14:30:05.281Z`, with
 * `Z`/`±HH:MM`/`±HHMM`), `2024/03/15`, numeric `3/15/2024`, `15/3/2024`,
 * `03-15-2024 2:30 PM`, the day-first `15.03.2024`, English month names
 * (`March 15, 2024`, `15 Mar 2024`, `15-Mar-2024`) with an optional time,
 * and Unix timestamps (10 digits: seconds; 12 or 13: milliseconds).
 *
 * Numeric forms are read month first when @order is unknown or month
 * first, day first when it is day first, except when only one reading is a
 * date (a number above 12), which is then taken whatever @order says.
 * Two-digit years, years outside 1900–2199, and impossible dates or times
 * are invalid.
 *
 * Returns: whether a date was read, the cell was empty, or it is invalid
 */
AccordValueStatus
accord_parse_date (const char       *text,
                   AccordDateOrder   order,
                   AccordDateParts  *parts,
                   char            **reason)
{
  const char *start, *end;
  DateError error;

  g_return_val_if_fail (parts != NULL, ACCORD_VALUE_INVALID);

  memset (parts, 0, sizeof *parts);
  if (!trim_cell (text, &start, &end))
    return ACCORD_VALUE_EMPTY;

  error = scan_date (start, end, order, parts);
  if (error == DATE_OK)
    return ACCORD_VALUE_OK;

  if (reason != NULL)
    *reason = dup_date_reason (error, start, end, parts);
  return ACCORD_VALUE_INVALID;
}

/**
 * accord_date_parts_swap_order:
 * @parts: a date read by accord_parse_date()
 *
 * Swaps the month and day of an ambiguous numeric date, for when its column
 * turns out to be written the other way round. Does nothing to a date that
 * is not ambiguous. Swapping twice restores the date.
 */
void
accord_date_parts_swap_order (AccordDateParts *parts)
{
  int month;

  g_return_if_fail (parts != NULL);

  if (!parts->ambiguous)
    return;

  month = parts->month;
  parts->month = parts->day;
  parts->day = month;
}

/**
 * accord_date_parts_to_time:
 * @parts: a date read by accord_parse_date()
 * @zone: (nullable): the zone of wall times; may be %NULL when @parts has an
 *   offset or is a timestamp
 *
 * A timestamp is returned as it is, a time with an offset exactly; other
 * times are wall times in @zone, and a date without a time is midnight
 * there. A wall time in a daylight-saving gap moves forward with the clock.
 *
 * Returns: Unix seconds, or %ACCORD_TIME_NONE when @parts is not a date
 */
gint64
accord_date_parts_to_time (const AccordDateParts *parts,
                           AccordZone            *zone)
{
  g_return_val_if_fail (parts != NULL, ACCORD_TIME_NONE);

  if (parts->epoch)
    return parts->epoch_seconds;

  if (!accord_civil_is_valid (parts->year, parts->month, parts->day,
                              parts->hour, parts->minute, parts->second))
    return ACCORD_TIME_NONE;

  if (parts->has_offset)
    return accord_days_from_civil (parts->year, parts->month, parts->day) * SECONDS_PER_DAY +
           parts->hour * 3600 + parts->minute * 60 + parts->second - parts->offset_seconds;

  g_return_val_if_fail (zone != NULL, ACCORD_TIME_NONE);

  return accord_zone_from_civil (zone, parts->year, parts->month, parts->day,
                                 parts->hour, parts->minute, parts->second);
}

/* Numbers */

typedef enum
{
  NUMBER_OK,
  NUMBER_INVALID,
  NUMBER_RANGE,      /* too large for a double, or for a gint32 */
  NUMBER_FRACTION,   /* a whole number was wanted */
  NUMBER_NEGATIVE,
} NumberError;

typedef enum
{
  SEP_DOT,
  SEP_COMMA,
  SEP_SPACE,
  SEP_APOSTROPHE,
} SepKind;

/* A separator between digits: dot, comma, a space (also U+00A0, U+2009,
 * U+202F) or an apostrophe (also U+2019, as in Swiss "1’234.50"). */
static int
measure_separator (const char *p,
                   const char *end,
                   SepKind    *kind)
{
  int n;

  switch (*p)
    {
    case '.':
      *kind = SEP_DOT;
      return 1;
    case ',':
      *kind = SEP_COMMA;
      return 1;
    case '\'':
      *kind = SEP_APOSTROPHE;
      return 1;
    default:
      break;
    }

  if (end - p >= 3 && memcmp (p, "\xE2\x80\x99", 3) == 0)
    {
      *kind = SEP_APOSTROPHE;
      return 3;
    }

  n = measure_blank (p, end);
  if (*p == ' ' || n > 1)
    {
      *kind = SEP_SPACE;
      return n;
    }

  return 0;
}

/* Digits separated by grouping and decimal separators, and an exponent.
 * Which separator is the decimal one:
 * - with both dot and comma, the last one ("1.234,56", "1,234.56");
 * - with spaces or apostrophes as grouping, the single dot or comma
 *   ("1 234,56", "1'234.50");
 * - a single comma followed by exactly three digits (after one to three
 *   digits other than "0") is grouping ("1,098"), otherwise decimal ("1,5");
 * - a single dot is decimal, except for @whole numbers, where it is
 *   grouping on the same terms as the comma ("1.001" employees);
 * - several dots or several commas are grouping.
 * Groups must have three digits (two in Indian lakh grouping "1,00,000"),
 * the first one to three. On success, advances @pp past the number. */
static NumberError
scan_body (const char **pp,
           const char  *end,
           gboolean     whole,
           double      *value)
{
  static const double powers[] = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
    1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
  };
  const char *p = *pp;
  const char *runs[MAX_RUNS];
  int run_lengths[MAX_RUNS];
  SepKind seps[MAX_RUNS];
  int n_runs = 0, n_dots = 0, n_commas = 0, n_others = 0;
  int decimal = -1, n_integer, last, exponent = 0, exp10;
  gboolean leading_decimal = FALSE, truncated = FALSE;
  guint64 mantissa = 0;
  int n_significant = 0;
  double v;

  if (p == end)
    return NUMBER_INVALID;

  /* ".5" */
  if ((*p == '.' || *p == ',') && end - p >= 2 && g_ascii_isdigit (p[1]))
    {
      runs[0] = p;
      run_lengths[0] = 0;
      seps[0] = *p == '.' ? SEP_DOT : SEP_COMMA;
      n_runs = 1;
      leading_decimal = TRUE;
      p++;
    }

  for (;;)
    {
      const char *run = p;
      SepKind kind;
      int n;

      while (p < end && g_ascii_isdigit (*p))
        p++;
      if (p == run || n_runs == MAX_RUNS)
        return NUMBER_INVALID;
      runs[n_runs] = run;
      run_lengths[n_runs] = (int) (p - run);
      n_runs++;

      /* A separator counts only between two digits. */
      if (p == end || (n = measure_separator (p, end, &kind)) == 0 ||
          end - p <= n || !g_ascii_isdigit (p[n]) || leading_decimal)
        break;
      seps[n_runs - 1] = kind;
      n_dots += kind == SEP_DOT;
      n_commas += kind == SEP_COMMA;
      n_others += kind == SEP_SPACE || kind == SEP_APOSTROPHE;
      p += n;
    }

  last = n_runs - 2;
  if (leading_decimal)
    {
      decimal = 0;
    }
  else if (n_dots > 0 && n_commas > 0)
    {
      gboolean single = (seps[last] == SEP_DOT && n_dots == 1) ||
                        (seps[last] == SEP_COMMA && n_commas == 1);

      if (!single)
        return NUMBER_INVALID;
      decimal = last;
    }
  else if (n_dots + n_commas == 1)
    {
      if (seps[last] != SEP_DOT && seps[last] != SEP_COMMA)
        decimal = -1;
      else if (n_others > 0)
        decimal = last;
      else if (run_lengths[1] == 3 && run_lengths[0] <= 3 &&
               !(run_lengths[0] == 1 && runs[0][0] == '0') &&
               (seps[0] == SEP_COMMA || whole))
        decimal = -1;
      else
        decimal = last;
    }

  n_integer = decimal >= 0 ? decimal + 1 : n_runs;
  if (n_integer > 1)
    {
      if (run_lengths[0] > 3 || run_lengths[n_integer - 1] != 3)
        return NUMBER_INVALID;
      for (int i = 1; i < n_integer - 1; i++)
        {
          if (seps[i] != seps[0] || run_lengths[i] < 2 || run_lengths[i] > 3)
            return NUMBER_INVALID;
        }
    }

  /* "1e3", "2.5E-4": only where no digits are grouped. */
  if (n_integer == 1 && end - p >= 2 && (*p == 'e' || *p == 'E'))
    {
      const char *q = p + 1;
      gboolean negative = FALSE;

      if (*q == '+' || *q == '-')
        {
          negative = *q == '-';
          q++;
        }
      if (q < end && g_ascii_isdigit (*q))
        {
          while (q < end && g_ascii_isdigit (*q))
            {
              if (exponent < 100000)
                exponent = exponent * 10 + (*q - '0');
              q++;
            }
          if (negative)
            exponent = -exponent;
          p = q;
        }
    }

  /* Up to 19 significant digits in an integer, the rest in the exponent. */
  exp10 = exponent;
  for (int i = 0; i < n_runs; i++)
    {
      gboolean fraction = decimal >= 0 && i > decimal;

      for (int j = 0; j < run_lengths[i]; j++)
        {
          int digit = runs[i][j] - '0';

          if (n_significant < 19)
            {
              mantissa = mantissa * 10 + (guint64) digit;
              if (mantissa != 0)
                n_significant++;
              if (fraction)
                exp10--;
            }
          else
            {
              truncated |= digit != 0;
              if (!fraction)
                exp10++;
            }
        }
    }

  /* Exact when both mantissa and power of ten are exact doubles (Clinger's
   * fast path); strtod for the rare rest. */
  if (mantissa == 0)
    {
      v = 0.0;
    }
  else if (!truncated && mantissa <= (G_GUINT64_CONSTANT (1) << 53) &&
           exp10 >= -22 && exp10 <= 22)
    {
      v = exp10 < 0 ? (double) mantissa / powers[-exp10] : (double) mantissa * powers[exp10];
    }
  else
    {
      g_autoptr(GString) digits = g_string_new (NULL);

      for (int i = 0; i < n_runs; i++)
        {
          g_string_append_len (digits, runs[i], run_lengths[i]);
          if (i == decimal)
            g_string_append_c (digits, '.');
        }
      g_string_append_printf (digits, "e%d", exponent);
      v = g_ascii_strtod (digits->str, NULL);
    }

  if (!isfinite (v))
    return NUMBER_RANGE;

  *value = v;
  *pp = p;
  return NUMBER_OK;
}

/* "-", "+" or U+2212 MINUS SIGN. */
static int
measure_sign (const char *p,
              const char *end,
              gboolean   *negative)
{
  if (*p == '-' || *p == '+')
    {
      *negative = *p == '-';
      return 1;
    }
  if (end - p >= 3 && memcmp (p, "\xE2\x88\x92", 3) == 0)
    {
      *negative = TRUE;
      return 3;
    }
  return 0;
}

/* A currency symbol or code, before or after an amount. */
static int
measure_currency (const char *p,
                  const char *end)
{
  /* Symbols first, as the commonest; a token before any that is its
   * prefix ("kr." before "kr"). */
  static const Word currencies[] = {
    WORD ("$", 0), WORD ("€", 0), WORD ("£", 0), WORD ("¥", 0), WORD ("￥", 0),
    WORD ("₹", 0), WORD ("₽", 0), WORD ("₩", 0), WORD ("₺", 0), WORD ("₪", 0),
    WORD ("₫", 0), WORD ("฿", 0), WORD ("₱", 0), WORD ("₦", 0), WORD ("₴", 0),
    WORD ("¢", 0), WORD ("US$", 0), WORD ("CA$", 0), WORD ("AU$", 0),
    WORD ("NZ$", 0), WORD ("HK$", 0), WORD ("R$", 0), WORD ("A$", 0),
    WORD ("C$", 0), WORD ("S$", 0),
    WORD ("USD", 0), WORD ("EUR", 0), WORD ("GBP", 0), WORD ("CHF", 0),
    WORD ("JPY", 0), WORD ("CNY", 0), WORD ("RMB", 0), WORD ("INR", 0),
    WORD ("CAD", 0), WORD ("AUD", 0), WORD ("NZD", 0), WORD ("SEK", 0),
    WORD ("NOK", 0), WORD ("DKK", 0), WORD ("ISK", 0), WORD ("PLN", 0),
    WORD ("CZK", 0), WORD ("HUF", 0), WORD ("RON", 0), WORD ("BGN", 0),
    WORD ("BRL", 0), WORD ("MXN", 0), WORD ("ARS", 0), WORD ("CLP", 0),
    WORD ("COP", 0), WORD ("ZAR", 0), WORD ("SGD", 0), WORD ("HKD", 0),
    WORD ("TWD", 0), WORD ("KRW", 0), WORD ("RUB", 0), WORD ("UAH", 0),
    WORD ("TRY", 0), WORD ("ILS", 0), WORD ("AED", 0), WORD ("SAR", 0),
    WORD ("THB", 0), WORD ("IDR", 0), WORD ("MYR", 0), WORD ("PHP", 0),
    WORD ("VND", 0), WORD ("NGN", 0), WORD ("EGP", 0), WORD ("KES", 0),
    WORD ("Kč", 0), WORD ("zł", 0), WORD ("kr.", 0), WORD ("kr", 0),
    WORD ("Fr.", 0), WORD ("Fr", 0), WORD ("Rs.", 0), WORD ("Rs", 0),
  };
  guchar c = (guchar) *p;

  /* Every token starts with a letter, "$" or a byte of a UTF-8 sequence. */
  if (c < 0x80 && c != '$' && !g_ascii_isalpha (c))
    return 0;

  for (guint i = 0; i < G_N_ELEMENTS (currencies); i++)
    {
      const Word *currency = &currencies[i];
      gsize len = currency->len;

      /* A code must end where a word ends: "USDX" is no currency. */
      if ((gsize) (end - p) >= len &&
          g_ascii_strncasecmp (p, currency->text, len) == 0 &&
          (!g_ascii_isalpha (currency->text[len - 1]) || (gsize) (end - p) == len ||
           !g_ascii_isalpha (p[len])))
        return (int) len;
    }

  return 0;
}

/* An amount: a number with an optional sign or accounting parentheses, a
 * currency before or after, and a percent sign after, which is dropped
 * ("12%" reads 12: percentages stay in their unit). */
static NumberError
scan_amount (const char *p,
             const char *end,
             double     *value)
{
  gboolean have_sign = FALSE, negative = FALSE, have_currency = FALSE;
  gboolean open = FALSE, closed = FALSE, percent = FALSE;
  NumberError error;
  int n;

  for (;;)
    {
      skip_blanks (&p, end);
      if (p == end)
        return NUMBER_INVALID;
      if (!have_sign && (n = measure_sign (p, end, &negative)) > 0)
        have_sign = TRUE;
      else if (!open && *p == '(')
        {
          open = TRUE;
          n = 1;
        }
      else if (!have_currency && (n = measure_currency (p, end)) > 0)
        have_currency = TRUE;
      else
        break;
      p += n;
    }

  if ((error = scan_body (&p, end, FALSE, value)) != NUMBER_OK)
    return error;

  for (;;)
    {
      skip_blanks (&p, end);
      if (p == end)
        break;
      if (!have_currency && (n = measure_currency (p, end)) > 0)
        have_currency = TRUE;
      else if (!percent && *p == '%')
        {
          percent = TRUE;
          n = 1;
        }
      else if (open && !closed && *p == ')')
        {
          closed = TRUE;
          n = 1;
        }
      else
        return NUMBER_INVALID;
      p += n;
    }

  /* "(1,234.00)" is negative; "(-5)" says it twice. */
  if (open != closed || (open && have_sign))
    return NUMBER_INVALID;
  if (negative || open)
    *value = -*value;
  return NUMBER_OK;
}

/* A whole number from 0 to G_MAXINT32, without sign, grouping allowed. */
static NumberError
scan_whole (const char **p,
            const char  *end,
            gint32      *value)
{
  NumberError error;
  double v;

  if ((error = scan_body (p, end, TRUE, &v)) != NUMBER_OK)
    return error;
  if (v != floor (v))
    return NUMBER_FRACTION;
  if (v > G_MAXINT32)
    return NUMBER_RANGE;
  *value = (gint32) v;
  return NUMBER_OK;
}

static NumberError
scan_count (const char *p,
            const char *end,
            gint32     *value)
{
  gboolean negative = FALSE;
  NumberError error;

  p += measure_sign (p, end, &negative);
  if ((error = scan_whole (&p, end, value)) != NUMBER_OK)
    return error;
  if (p != end)
    return NUMBER_INVALID;
  if (negative && *value != 0)
    return NUMBER_NEGATIVE;
  return NUMBER_OK;
}

/* "25-50", "25–50", "5 - 25", "25 to 50", "10,001+", "500". */
static NumberError
scan_band (const char *p,
           const char *end,
           gint32     *value)
{
  NumberError error;
  gint32 upper;

  if ((error = scan_whole (&p, end, value)) != NUMBER_OK)
    return error;

  skip_blanks (&p, end);
  if (p == end)
    return NUMBER_OK;

  if (*p == '+')
    {
      p++;
      skip_blanks (&p, end);
      return p == end ? NUMBER_OK : NUMBER_INVALID;
    }

  if (*p == '-')
    p++;
  else if (has_prefix (p, end, "\xE2\x80\x93") || has_prefix (p, end, "\xE2\x80\x94"))
    p += 3;
  else if (has_prefix (p, end, "to") && end - p > 2 && measure_blank (p + 2, end) > 0)
    p += 2;
  else
    return NUMBER_INVALID;

  skip_blanks (&p, end);
  if ((error = scan_whole (&p, end, &upper)) != NUMBER_OK)
    return error;
  skip_blanks (&p, end);
  if (p != end || upper < *value)
    return NUMBER_INVALID;

  /* DESIGN §2: a band counts as its lower bound. */
  return NUMBER_OK;
}

/**
 * accord_parse_amount:
 * @text: (nullable): the text of a cell
 * @value: (out): the amount
 * @reason: (out) (optional) (transfer full): why the text is not an amount
 *
 * Reads money or a plain number: `1234.5`, `-12.5`, `$177,000.00`,
 * `€1.234,56`, `1.234,56 €`, `1 234,56`, `CHF 1'234.50`, `(1,234.00)`
 * (negative), `1e3`. A single comma followed by exactly three digits is a
 * thousands separator (`1,098` is 1098), otherwise a decimal comma (`1,5`);
 * a single dot is a decimal point. A trailing percent sign is dropped:
 * `12%` reads 12, not 0.12. NaN, infinity and amounts past
 * %ACCORD_MAX_AMOUNT either way are invalid.
 *
 * Returns: whether an amount was read, the cell was empty, or it is invalid
 */
AccordValueStatus
accord_parse_amount (const char  *text,
                     double      *value,
                     char       **reason)
{
  const char *start, *end;
  NumberError error;

  g_return_val_if_fail (value != NULL, ACCORD_VALUE_INVALID);

  *value = 0.0;
  if (!trim_cell (text, &start, &end))
    return ACCORD_VALUE_EMPTY;

  error = scan_amount (start, end, value);
  /* Amounts are summed over every row of an export: bounded this way no
   * sum can overflow to infinity, and no currency's real figures reach it. */
  if (error == NUMBER_OK && fabs (*value) > ACCORD_MAX_AMOUNT)
    error = NUMBER_RANGE;
  if (error == NUMBER_OK)
    return ACCORD_VALUE_OK;

  *value = 0.0;
  if (reason != NULL)
    {
      g_autofree char *cell = dup_excerpt (start, end);

      if (error == NUMBER_RANGE)
        *reason = g_strdup_printf (_("“%s” is too large a number"), cell);
      else
        *reason = g_strdup_printf (_("“%s” is not an amount"), cell);
    }
  return ACCORD_VALUE_INVALID;
}

/**
 * accord_parse_count:
 * @text: (nullable): the text of a cell
 * @value: (out): the count
 * @reason: (out) (optional) (transfer full): why the text is not a count
 *
 * Reads a whole number from 0 to %G_MAXINT32: `12`, `12.0`, `1,098`,
 * `1.098` (German grouping).
 *
 * Returns: whether a count was read, the cell was empty, or it is invalid
 */
AccordValueStatus
accord_parse_count (const char  *text,
                    gint32      *value,
                    char       **reason)
{
  const char *start, *end;
  NumberError error;

  g_return_val_if_fail (value != NULL, ACCORD_VALUE_INVALID);

  *value = 0;
  if (!trim_cell (text, &start, &end))
    return ACCORD_VALUE_EMPTY;

  error = scan_count (start, end, value);
  if (error == NUMBER_OK)
    return ACCORD_VALUE_OK;

  *value = 0;
  if (reason != NULL)
    {
      g_autofree char *cell = dup_excerpt (start, end);

      if (error == NUMBER_NEGATIVE)
        *reason = g_strdup_printf (_("“%s” is negative, but a count cannot be"), cell);
      else if (error == NUMBER_RANGE)
        *reason = g_strdup_printf (_("“%s” is too large a number"), cell);
      else
        *reason = g_strdup_printf (_("“%s” is not a whole number"), cell);
    }
  return ACCORD_VALUE_INVALID;
}

/**
 * accord_parse_band:
 * @text: (nullable): the text of a cell
 * @value: (out): the lower bound of the band
 * @reason: (out) (optional) (transfer full): why the text is not a band
 *
 * Reads a number of employees, given as a number or as a band: `25-50`,
 * `1,001-5,000`, `1.001-5.000`, `25–50`, `5 - 25`, `10,001+`. A band counts
 * as its lower bound (DESIGN §2).
 *
 * Returns: whether a band was read, the cell was empty, or it is invalid
 */
AccordValueStatus
accord_parse_band (const char  *text,
                   gint32      *value,
                   char       **reason)
{
  const char *start, *end;

  g_return_val_if_fail (value != NULL, ACCORD_VALUE_INVALID);

  *value = 0;
  if (!trim_cell (text, &start, &end))
    return ACCORD_VALUE_EMPTY;

  if (scan_band (start, end, value) == NUMBER_OK)
    return ACCORD_VALUE_OK;

  *value = 0;
  if (reason != NULL)
    {
      g_autofree char *cell = dup_excerpt (start, end);

      *reason = g_strdup_printf (_("“%s” is not a number of employees"), cell);
    }
  return ACCORD_VALUE_INVALID;
}

/**
 * accord_parse_boolean:
 * @text: (nullable): the text of a cell
 * @value: (out): the truth value
 * @reason: (out) (optional) (transfer full): why the text is not yes or no
 *
 * Reads yes or no, ignoring case: true, yes, y, on, 1, x, checked, ✓, ✔,
 * ja, wahr; false, no, n, off, 0, unchecked, nein, falsch.
 *
 * Returns: whether a truth value was read, the cell was empty, or it is
 *   invalid
 */
AccordValueStatus
accord_parse_boolean (const char  *text,
                      gboolean    *value,
                      char       **reason)
{
  static const Word words[] = {
    WORD ("true", TRUE), WORD ("yes", TRUE), WORD ("y", TRUE), WORD ("on", TRUE),
    WORD ("1", TRUE), WORD ("x", TRUE), WORD ("checked", TRUE), WORD ("✓", TRUE),
    WORD ("✔", TRUE), WORD ("ja", TRUE), WORD ("wahr", TRUE),
    WORD ("false", FALSE), WORD ("no", FALSE), WORD ("n", FALSE), WORD ("off", FALSE),
    WORD ("0", FALSE), WORD ("unchecked", FALSE), WORD ("nein", FALSE),
    WORD ("falsch", FALSE),
  };
  const char *start, *end;
  int found;

  g_return_val_if_fail (value != NULL, ACCORD_VALUE_INVALID);

  *value = FALSE;
  if (!trim_cell (text, &start, &end))
    return ACCORD_VALUE_EMPTY;

  found = lookup_word (words, G_N_ELEMENTS (words), start, end);
  if (found >= 0)
    {
      *value = found;
      return ACCORD_VALUE_OK;
    }

  if (reason != NULL)
    {
      g_autofree char *cell = dup_excerpt (start, end);

      *reason = g_strdup_printf (_("“%s” is neither yes nor no"), cell);
    }
  return ACCORD_VALUE_INVALID;
}

/**
 * accord_parse_tier:
 * @text: (nullable): the text of a cell
 *
 * Reads a lead quality tier (DESIGN §2), ignoring case: High, Hot, A, Very
 * High, 1, Tier 1; Moderate, Medium, Warm, B, 2, Tier 2; Low, Very Low,
 * Cold, C, 3, 4, Tier 3, Tier 4 (HubSpot's "Contact priority" tier_1 …
 * tier_4 is Very High, High, Medium, Low). Tier names may be written
 * "tier_1", "tier 1", "tier-1" or "tier1".
 *
 * Returns: the tier, or %ACCORD_TIER_UNKNOWN when the text names none
 */
AccordTier
accord_parse_tier (const char *text)
{
  static const Word words[] = {
    WORD ("high", ACCORD_TIER_HIGH), WORD ("hot", ACCORD_TIER_HIGH),
    WORD ("a", ACCORD_TIER_HIGH), WORD ("very high", ACCORD_TIER_HIGH),
    WORD ("1", ACCORD_TIER_HIGH),
    WORD ("moderate", ACCORD_TIER_MODERATE), WORD ("medium", ACCORD_TIER_MODERATE),
    WORD ("warm", ACCORD_TIER_MODERATE), WORD ("b", ACCORD_TIER_MODERATE),
    WORD ("2", ACCORD_TIER_MODERATE),
    WORD ("low", ACCORD_TIER_LOW), WORD ("very low", ACCORD_TIER_LOW),
    WORD ("cold", ACCORD_TIER_LOW), WORD ("c", ACCORD_TIER_LOW),
    WORD ("3", ACCORD_TIER_LOW), WORD ("4", ACCORD_TIER_LOW),
  };
  const char *start, *end;
  int found;

  if (!trim_cell (text, &start, &end))
    return ACCORD_TIER_UNKNOWN;

  if (has_prefix (start, end, "tier"))
    {
      start += 4;
      if (start < end && (*start == '_' || *start == ' ' || *start == '-'))
        start++;
      if (end - start != 1)
        return ACCORD_TIER_UNKNOWN;
    }

  found = lookup_word (words, G_N_ELEMENTS (words), start, end);
  return found >= 0 ? (AccordTier) found : ACCORD_TIER_UNKNOWN;
}
