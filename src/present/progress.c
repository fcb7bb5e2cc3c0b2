/*
** progress.c — see progress.h.
*/
#include "progress.h"

#include "table.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

struct progress {
    const char *label;
    size_t total;
    double start, last;
    int tty, shown;
};

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

progress *progress_new(const char *label, size_t total)
{
    progress *p = calloc(1, sizeof *p);
    if (!p)
        return NULL;
    p->label = label;
    p->total = total;
    p->start = p->last = now();
    p->tty = isatty(STDERR_FILENO);
    return p;
}

void progress_set(progress *p, size_t done)
{
    double t;
    if (!p || !p->tty || (done & 255) != 0)
        return;
    t = now();
    if (t - p->start < 1.0 || t - p->last < 0.1)
        return;
    p->last = t;
    p->shown = 1;
    if (p->total) {
        int width = 30, fill = (int)((double)done / (double)p->total * width);
        fputc('\r', stderr);
        table_put_text(stderr, p->label); /* a file name: shown safely */
        fputs(" [", stderr);
        for (int i = 0; i < width; i++)
            fputc(i < fill ? '#' : ' ', stderr);
        fprintf(stderr, "] %zu/%zu  %.0f/s ", done, p->total, done / (t - p->start));
    } else {
        fputc('\r', stderr);
        table_put_text(stderr, p->label);
        fprintf(stderr, " %zu  %.0f/s ", done, done / (t - p->start));
    }
    fflush(stderr);
}

void progress_set_total(progress *p, size_t total)
{
    if (p)
        p->total = total;
}

void progress_set_bytes(progress *p, unsigned long long done, const char *detail)
{
    double t;
    if (!p || !p->tty)
        return;
    t = now();
    if (t - p->start < 1.0 || t - p->last < 0.1)
        return;
    p->last = t;
    p->shown = 1;
    {
        int width = 30, fill = p->total ? (int)((double)done / (double)p->total * width) : 0;
        fputc('\r', stderr);
        table_put_text(stderr, p->label); /* a file name: shown safely */
        fputs(" [", stderr);
        for (int i = 0; i < width; i++)
            fputc(i < fill ? '#' : ' ', stderr);
        fprintf(stderr, "] %.1f/%.1f MB  %.1f MB/s  ", (double)done / 1e6,
                (double)p->total / 1e6, (double)done / 1e6 / (t - p->start));
        table_put_text(stderr, detail);
        fputc(' ', stderr);
    }
    fflush(stderr);
}

void progress_done(progress *p)
{
    if (!p)
        return;
    if (p->shown)
        fprintf(stderr, "\r\033[K");
    free(p);
}
