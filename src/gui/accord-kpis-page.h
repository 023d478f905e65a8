/* accord-kpis-page.h
 *
 * Copyright 2026 The Accord authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "accord-page.h"

G_BEGIN_DECLS

#define ACCORD_TYPE_KPIS_PAGE (accord_kpis_page_get_type ())

G_DECLARE_FINAL_TYPE (AccordKpisPage, accord_kpis_page, ACCORD, KPIS_PAGE, AccordPage)

G_END_DECLS
