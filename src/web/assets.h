/*
** assets.h — the dashboard's files (pages, scripts, styles, map data),
** embedded in the binary: src/web/assets.c is generated from web/assets/
** by scripts/embed.sh (the Makefile reruns it when a file there changes).
** The server serves these and nothing else outside /api/.
*/
#ifndef AMUR_ASSETS_H
#define AMUR_ASSETS_H

#include <stddef.h>

typedef struct web_asset {
    const char *path; /* "/index.html" */
    const char *type; /* its Content-Type */
    const unsigned char *data;
    size_t len;
} web_asset;

extern const web_asset web_assets[];
extern const size_t web_nassets;

#endif
