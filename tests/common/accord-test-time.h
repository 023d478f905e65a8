/* accord-test-time.h: moments written as text in the tests
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "accord-zone.h"

G_BEGIN_DECLS

gint64 accord_test_civil (AccordZone *zone,
                          int         year,
                          int         month,
                          int         day,
                          int         hour,
                          int         minute,
                          int         second);
gint64 accord_test_time  (AccordZone *zone,
                          const char *text);

G_END_DECLS
