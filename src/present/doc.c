/*
** doc.c — see doc.h. A document is a flat list of blocks; tables keep
** their cells row by row.
*/
#include "doc.h"

#include <jansson.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "../core/arena.h"
#include "../core/hash.h"
#include "../core/text.h"
#include "jsonout.h"
#include "table.h"
#include "tr.h"

enum { B_HEADING, B_PARA, B_ITEM, B_TABLE, B_BARS, B_LINE };

typedef struct block {
    int kind, level;
    char *text, *anchor; /* anchor: heading id, or an item's link */
    size_t ncols, nrows;
    char **cells;        /* table: (nrows + 1) * ncols, row 0 the heads; bars: labels */
    char **shown;        /* NULL, or beside each cell the words shown for it (NULL: the cell) */
    double *lo, *hi, max;
    char *unit, *shown_unit;
} block;

/* The words shown for cells repeat (a stage, a property, a flag): the
** latest few, by hash, share one copy. */
#define DOC_WORDS 64

struct doc {
    char *title;
    block *b;
    size_t n, cap;
    int failed; /* an allocation failed: render refuses */
    int lang;   /* tr.h: the language of the page and of its own words */
    arena text; /* every string of the document: a table of a million rows is
                ** millions of them, freed at once */
    const char *words[DOC_WORDS];
};

static char *dup(doc *d, const char *s)
{
    char *c = arena_strdup(&d->text, s ? s : "");
    if (!c)
        d->failed = 1;
    return c;
}

/* dup() for a word shown for a cell: shared with the same word met lately. */
static char *dup_word(doc *d, const char *s)
{
    size_t h = (size_t)(hash_text(s, HASH_BASIS) % DOC_WORDS);
    char *c;
    if (d->words[h] && strcmp(d->words[h], s) == 0)
        return (char *)d->words[h];
    if ((c = dup(d, s)))
        d->words[h] = c;
    return c;
}

doc *doc_new(const char *title)
{
    doc *d = calloc(1, sizeof *d);
    if (d)
        arena_init(&d->text, 64u << 10, 0);
    if (d && title)
        d->title = dup(d, title);
    return d;
}

void doc_free(doc *d)
{
    if (!d)
        return;
    for (size_t i = 0; i < d->n; i++) {
        block *b = &d->b[i];
        free(b->cells);
        free(b->shown);
        free(b->lo);
        free(b->hi);
    }
    free(d->b);
    arena_free(&d->text);
    free(d);
}

static block *add(doc *d, int kind)
{
    block *b;
    if (d->failed)
        return NULL;
    if (d->n == d->cap) {
        size_t cap = d->cap ? d->cap * 2 : 32;
        block *nb = realloc(d->b, cap * sizeof *nb);
        if (!nb) {
            d->failed = 1;
            return NULL;
        }
        d->b = nb;
        d->cap = cap;
    }
    b = &d->b[d->n++];
    memset(b, 0, sizeof *b);
    b->kind = kind;
    return b;
}

void doc_heading(doc *d, int level, const char *anchor, const char *text)
{
    block *b = add(d, B_HEADING);
    if (!b)
        return;
    b->level = level;
    b->anchor = dup(d, anchor);
    b->text = dup(d, text);
}

static char *vformat(doc *d, const char *fmt, va_list ap)
{
    char buf[4096];
    vsnprintf(buf, sizeof buf, fmt, ap);
    return dup(d, buf);
}

/* A block of KIND holding the formatted text. */
static block *add_text(doc *d, int kind, const char *fmt, va_list ap)
{
    block *b = add(d, kind);
    if (b)
        b->text = vformat(d, fmt, ap);
    return b;
}

void doc_para(doc *d, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    add_text(d, B_PARA, fmt, ap);
    va_end(ap);
}

void doc_line(doc *d, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    add_text(d, B_LINE, fmt, ap);
    va_end(ap);
}

void doc_item(doc *d, const char *link, const char *fmt, ...)
{
    block *b;
    va_list ap;
    va_start(ap, fmt);
    b = add_text(d, B_ITEM, fmt, ap);
    va_end(ap);
    if (b)
        b->anchor = link ? dup(d, link) : NULL;
}

/* Sets the words shown for cells [FROM, FROM + N) of B to SHOWN (NULL:
** the cells themselves), making B's array of them when first needed; B
** holds TOTAL cells. Words that are the cell's own are not kept (a large
** table in English holds most of them): the array is made only for a
** table that shows some cell otherwise. */
static void set_shown(doc *d, block *b, size_t total, size_t from, size_t n,
                      const char *const *shown)
{
    for (size_t i = 0; shown && i < n; i++) {
        const char *cell = b->cells[from + i];
        if (!shown[i] || (cell && strcmp(shown[i], cell) == 0))
            continue;
        if (!b->shown && !(b->shown = calloc(total ? total : 1, sizeof *b->shown))) {
            d->failed = 1;
            return;
        }
        b->shown[from + i] = dup_word(d, shown[i]);
    }
}

void doc_table(doc *d, size_t ncols, const char *const *heads)
{
    doc_table_shown(d, ncols, heads, NULL);
}

void doc_table_shown(doc *d, size_t ncols, const char *const *heads, const char *const *shown)
{
    block *b = add(d, B_TABLE);
    if (!b)
        return;
    b->ncols = ncols;
    if (!(b->cells = calloc(ncols, sizeof *b->cells))) {
        d->failed = 1;
        return;
    }
    for (size_t i = 0; i < ncols; i++)
        b->cells[i] = dup(d, heads[i]);
    set_shown(d, b, ncols, 0, ncols, shown);
}

void doc_row(doc *d, const char *const *cells)
{
    doc_row_shown(d, cells, NULL);
}

void doc_row_shown(doc *d, const char *const *cells, const char *const *shown)
{
    block *b = d->n ? &d->b[d->n - 1] : NULL;
    size_t total;
    char **c;
    if (d->failed || !b || b->kind != B_TABLE)
        return;
    total = (b->nrows + 2) * b->ncols;
    c = realloc(b->cells, total * sizeof *c);
    if (!c) {
        d->failed = 1;
        return;
    }
    b->cells = c;
    if (b->shown) {
        char **s = realloc(b->shown, total * sizeof *s);
        if (!s) {
            d->failed = 1;
            return;
        }
        b->shown = s;
        memset(s + (b->nrows + 1) * b->ncols, 0, b->ncols * sizeof *s);
    }
    for (size_t i = 0; i < b->ncols; i++)
        c[(b->nrows + 1) * b->ncols + i] = dup(d, cells[i]);
    b->nrows++;
    set_shown(d, b, total, b->nrows * b->ncols, b->ncols, shown);
}

int doc_has_table(const doc *d)
{
    for (size_t i = 0; i < d->n; i++)
        if (d->b[i].kind == B_TABLE)
            return 1;
    return 0;
}

int doc_join_rows(doc *dst, doc *src)
{
    block *a = dst->n ? &dst->b[dst->n - 1] : NULL, *b = src->n == 1 ? &src->b[0] : NULL;
    char **c;
    if (!a || !b || a->kind != B_TABLE || b->kind != B_TABLE || a->ncols != b->ncols)
        return -1;
    if (b->nrows) {
        if (!(c = realloc(a->cells, (a->nrows + b->nrows + 1) * a->ncols * sizeof *c))) {
            dst->failed = 1;
            return -1;
        }
        a->cells = c;
        memcpy(c + (a->nrows + 1) * a->ncols, b->cells + b->ncols,
               b->nrows * b->ncols * sizeof *c);
        a->nrows += b->nrows;
        b->nrows = 0;
        /* the strings moved are in src's arena, which dst takes whole */
        arena_adopt(&dst->text, &src->text);
        memset(src->words, 0, sizeof src->words);
    }
    dst->failed |= src->failed;
    return 0;
}

void doc_bars(doc *d, const char *title, size_t n, const char *const *labels,
              const double *lo, const double *hi, const char *unit, double max)
{
    doc_bars_shown(d, title, n, labels, NULL, lo, hi, unit, NULL, max);
}

void doc_bars_shown(doc *d, const char *title, size_t n, const char *const *labels,
                    const char *const *shown, const double *lo, const double *hi,
                    const char *unit, const char *shown_unit, double max)
{
    block *b = add(d, B_BARS);
    if (!b)
        return;
    b->text = dup(d, title);
    b->unit = dup(d, unit);
    b->shown_unit = shown_unit ? dup(d, shown_unit) : NULL;
    b->max = max > 0 ? max : 1;
    b->nrows = n;
    b->cells = calloc(n ? n : 1, sizeof *b->cells);
    b->lo = malloc((n ? n : 1) * sizeof *b->lo);
    b->hi = malloc((n ? n : 1) * sizeof *b->hi);
    if (!b->cells || !b->lo || !b->hi) {
        d->failed = 1;
        return;
    }
    for (size_t i = 0; i < n; i++) {
        b->cells[i] = dup(d, labels[i]);
        b->lo[i] = lo[i];
        b->hi[i] = hi[i];
    }
    set_shown(d, b, n, 0, n, shown);
}

void doc_set_lang(doc *d, int lang)
{
    d->lang = lang;
}

/* What cell I of B shows: its own words when it has them. */
static const char *shown(const block *b, size_t i)
{
    return b->shown && b->shown[i] ? b->shown[i] : b->cells[i];
}

static const char *shown_unit(const block *b)
{
    return b->shown_unit ? b->shown_unit : b->unit;
}

void doc_append(doc *dst, doc *src)
{
    /* the blocks' strings are in src's arena, which dst takes whole */
    arena_adopt(&dst->text, &src->text);
    memset(src->words, 0, sizeof src->words);
    for (size_t i = 0; i < src->n; i++) {
        block *b = add(dst, src->b[i].kind);
        if (!b)
            return; /* dst is marked failed; src still owns the arrays left */
        *b = src->b[i];
        memset(&src->b[i], 0, sizeof src->b[i]);
    }
    dst->failed |= src->failed;
    src->n = 0;
}

int doc_format(const char *name)
{
    static const char *const names[] = {"text", "md", "html", "json"};
    for (int i = 0; i < 4; i++)
        if (strcmp(name, names[i]) == 0)
            return i;
    return -1;
}

/* A C0 control character other than tab and line breaks: it has no place
** in HTML or XML (a reader refuses the page) and, raw in Markdown read on
** a terminal, it drives the terminal (ESC). Written as U+FFFD. */
static int is_control(char c)
{
    return (unsigned char)c < 0x20 && c != '\t' && c != '\n' && c != '\r';
}
#define REPLACEMENT "\xEF\xBF\xBD"

void doc_html_escape(FILE *out, const char *s)
{
    for (; s && *s; s++) {
        switch (*s) {
        case '&': fputs("&amp;", out); break;
        case '<': fputs("&lt;", out); break;
        case '>': fputs("&gt;", out); break;
        case '"': fputs("&quot;", out); break;
        case '\'': fputs("&#39;", out); break;
        default: fputs(is_control(*s) ? REPLACEMENT : (char[]){*s, 0}, out);
        }
    }
}

/* S escaped, with each http:// or https:// address in it a link (up to a
** space or a closing bracket; a full stop or comma after it is not part
** of it): a bibliography's addresses open from the page. */
static void html_linked(FILE *out, const char *s)
{
    while (s && *s) {
        const char *a = strstr(s, "http://"), *h = strstr(s, "https://"), *end;
        char *part;
        if (!a || (h && h < a))
            a = h;
        if (!a) {
            doc_html_escape(out, s);
            return;
        }
        for (end = a; *end && *end != ' ' && *end != ')' && *end != ']' && *end != '"' && *end != '<'; end++)
            ;
        while (end > a && (end[-1] == '.' || end[-1] == ','))
            end--;
        if (!(part = strndup(s, (size_t)(end - s)))) {
            doc_html_escape(out, s);
            return;
        }
        part[a - s] = 0;
        doc_html_escape(out, part);
        part[a - s] = *a;
        fputs("<a href=\"", out);
        doc_html_escape(out, part + (a - s));
        fputs("\">", out);
        doc_html_escape(out, part + (a - s));
        fputs("</a>", out);
        free(part);
        s = end;
    }
}

static void value_text(char *buf, size_t n, double lo, double hi, const char *unit)
{
    if (lo == hi)
        snprintf(buf, n, "%g%s", lo, unit);
    else
        snprintf(buf, n, "%g–%g%s", lo, hi, unit);
}

/* ---- text and Markdown ---- */

static void render_table_text(const block *b, FILE *out)
{
    size_t n = (b->nrows + 1) * b->ncols;
    const char **cells;
    if (!b->shown) {
        table_print_grid(b->ncols, b->nrows, (const char *const *)b->cells, out,
                         table_fit_width(out));
        return;
    }
    if (!(cells = malloc((n ? n : 1) * sizeof *cells)))
        return; /* out of memory: printed as nothing, as table_print_grid() does */
    for (size_t i = 0; i < n; i++)
        cells[i] = shown(b, i);
    table_print_grid(b->ncols, b->nrows, cells, out, table_fit_width(out));
    free(cells);
}

/* Markdown passes HTML through to the page it becomes, so text from data
** (names, quotes, notes) is written with the HTML-significant characters
** as entities (& < >) and the link brackets escaped (\[ \]): a name can
** never become a tag, an attribute or a link. In a table a | is escaped
** and a line break is a space. */
enum { MD_TEXT, MD_CELL };
static void md_text(FILE *out, const char *s, int where)
{
    for (; *s; s++) {
        switch (*s) {
        case '&': fputs("&amp;", out); break;
        case '<': fputs("&lt;", out); break;
        case '>': fputs("&gt;", out); break;
        case '[': fputs("\\[", out); break;
        case ']': fputs("\\]", out); break;
        case '|': fputs(where == MD_CELL ? "\\|" : "|", out); break;
        case '\n': fputc(where == MD_CELL ? ' ' : '\n', out); break;
        default: fputs(is_control(*s) ? REPLACEMENT : (char[]){*s, 0}, out);
        }
    }
}

/* Plain text in a fenced code block, where nothing is interpreted but a
** run of backticks would end the block: backticks become '. */
static void md_fenced(FILE *out, const char *s, int width)
{
    int n = (int)text_width(s);
    for (; *s; s++)
        fputs(is_control(*s) ? REPLACEMENT : (char[]){*s == '`' ? '\'' : *s, 0}, out);
    for (; n < width; n++)
        fputc(' ', out);
}

static void render_plain(const doc *d, FILE *out, int md)
{
    int in_list = 0;
    if (md && d->title) {
        fputs("# ", out);
        md_text(out, d->title, MD_TEXT);
        fputs("\n\n", out);
    } else if (d->title) {
        table_put_text(out, d->title);
        fprintf(out, "\n%s\n\n", "══════════════════════════════════════");
    }
    for (size_t i = 0; i < d->n; i++) {
        const block *b = &d->b[i];
        if (in_list && b->kind != B_ITEM)
            fputc('\n', out);
        in_list = b->kind == B_ITEM;
        switch (b->kind) {
        case B_HEADING:
            if (md) {
                fputs(b->level == 1 ? "## " : "### ", out);
                md_text(out, b->text, MD_TEXT);
                fputs("\n\n", out);
            } else {
                table_put_text(out, b->text);
                fputs(b->level == 1 ? "\n──────────\n\n" : "\n\n", out);
            }
            break;
        case B_PARA:
            if (md)
                md_text(out, b->text, MD_TEXT);
            else
                table_put_text(out, b->text);
            fputs("\n\n", out);
            break;
        case B_LINE:
            if (md)
                md_text(out, b->text, MD_TEXT);
            else
                table_put_text(out, b->text);
            /* a view's lines are a terminal's lines; Markdown needs a hard break */
            fputs(md && *b->text ? "  \n" : "\n", out);
            break;
        case B_ITEM:
            if (md) {
                fputs("- ", out);
                md_text(out, b->text, MD_TEXT);
                if (b->anchor) {
                    fputs(" ([", out);
                    md_text(out, tr_text(d->lang, "evidence", "evidence"), MD_CELL);
                    fputs("](#", out);
                    md_text(out, b->anchor, MD_CELL);
                    fputs("))", out);
                }
                fputc('\n', out);
            } else {
                fputs("• ", out);
                table_put_text(out, b->text);
                fputc('\n', out);
            }
            break;
        case B_TABLE:
            if (!md) {
                render_table_text(b, out);
                /* a bare view (no title) places its own blank lines */
                if (d->title)
                    fputc('\n', out);
                break;
            }
            for (size_t r = 0; r <= b->nrows; r++) {
                fputs("|", out);
                for (size_t c = 0; c < b->ncols; c++) {
                    fputc(' ', out);
                    md_text(out, shown(b, r * b->ncols + c), MD_CELL);
                    fputs(" |", out);
                }
                fputc('\n', out);
                if (r == 0) {
                    fputs("|", out);
                    for (size_t c = 0; c < b->ncols; c++)
                        fputs("---|", out);
                    fputc('\n', out);
                }
            }
            fputc('\n', out);
            break;
        case B_BARS: {
            if (md) {
                fputs("**", out);
                md_text(out, b->text, MD_TEXT);
                fputs("**\n\n```\n", out);
            } else {
                table_put_text(out, b->text);
                fputc('\n', out);
            }
            size_t w = 0;
            for (size_t k = 0; k < b->nrows; k++)
                if (text_width(shown(b, k)) > w)
                    w = text_width(shown(b, k));
            for (size_t k = 0; k < b->nrows; k++) {
                char v[64];
                int len = (int)(40 * b->hi[k] / b->max + 0.5);
                fputs("  ", out);
                if (md) {
                    md_fenced(out, shown(b, k), (int)w);
                    fputc(' ', out);
                } else {
                    table_put_text(out, shown(b, k));
                    fprintf(out, "%*s ", (int)(w - text_width(shown(b, k))), "");
                }
                for (int j = 0; j < len; j++)
                    fputs(j < (int)(40 * b->lo[k] / b->max + 0.5) ? "█" : "░", out);
                value_text(v, sizeof v, b->lo[k], b->hi[k], shown_unit(b));
                fprintf(out, " %s\n", v);
            }
            fputs(md ? "```\n\n" : "\n", out);
            break;
        }
        }
    }
}

/* ---- HTML ---- */

static const char css[] =
    "body{font:15px/1.5 system-ui,sans-serif;max-width:60em;margin:2em auto;padding:0 1em;"
    "color:#1b1b1b}h1{font-size:1.6em}h2{border-bottom:1px solid #ccc;margin-top:2em}"
    "table{border-collapse:collapse;margin:1em 0;font-size:.9em}td,th{border:1px solid #ddd;"
    "padding:.25em .5em;text-align:left;vertical-align:top}th{background:#f3f3f3}"
    "svg text{font:12px system-ui,sans-serif}.bar{fill:#2b6cb0}.range{fill:#90cdf4}"
    "li{margin:.3em 0}";

static void render_bars_svg(const block *b, FILE *out)
{
    const int row = 22, label = 220, width = 360;
    int h = (int)b->nrows * row + 10;
    fputs("<figure><figcaption>", out);
    doc_html_escape(out, b->text);
    fprintf(out, "</figcaption><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" "
                 "height=\"%d\" role=\"img\">",
            label + width + 90, h);
    for (size_t k = 0; k < b->nrows; k++) {
        int y = (int)k * row + 4;
        double lo = width * b->lo[k] / b->max, hi = width * b->hi[k] / b->max;
        char v[64];
        fprintf(out, "<text x=\"0\" y=\"%d\">", y + 14);
        doc_html_escape(out, shown(b, k));
        fprintf(out, "</text><rect class=\"bar\" x=\"%d\" y=\"%d\" width=\"%.1f\" "
                     "height=\"16\"/>",
                label, y, lo);
        if (hi > lo)
            fprintf(out, "<rect class=\"range\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" "
                         "height=\"16\"/>",
                    label + lo, y, hi - lo);
        value_text(v, sizeof v, b->lo[k], b->hi[k], shown_unit(b));
        fprintf(out, "<text x=\"%.1f\" y=\"%d\">", label + hi + 6, y + 14);
        doc_html_escape(out, v);
        fputs("</text>", out);
    }
    fputs("</svg></figure>\n", out);
}

static void render_html(const doc *d, FILE *out)
{
    int in_list = 0;
    fprintf(out, "<!DOCTYPE html>\n<html lang=\"%s\"><head><meta charset=\"utf-8\">"
                 "<meta name=\"viewport\" content=\"width=device-width\"><title>",
            tr_codes[d->lang >= 0 && d->lang < TR_LANGS ? d->lang : TR_EN]);
    doc_html_escape(out, d->title ? d->title : "Amur");
    fprintf(out, "</title><style>%s</style></head><body>\n<h1>", css);
    doc_html_escape(out, d->title ? d->title : "Amur");
    fputs("</h1>\n", out);
    for (size_t i = 0; i < d->n; i++) {
        const block *b = &d->b[i];
        if (in_list && b->kind != B_ITEM)
            fputs("</ul>\n", out);
        if (!in_list && b->kind == B_ITEM)
            fputs("<ul>\n", out);
        in_list = b->kind == B_ITEM;
        switch (b->kind) {
        case B_HEADING:
            fprintf(out, "<h%d id=\"", b->level + 1);
            doc_html_escape(out, b->anchor);
            fputs("\">", out);
            doc_html_escape(out, b->text);
            fprintf(out, "</h%d>\n", b->level + 1);
            break;
        case B_PARA:
        case B_LINE:
            fputs("<p>", out);
            doc_html_escape(out, b->text);
            fputs("</p>\n", out);
            break;
        case B_ITEM:
            fputs("<li>", out);
            html_linked(out, b->text);
            if (b->anchor) {
                fputs(" <a href=\"#", out);
                doc_html_escape(out, b->anchor);
                fputs("\">", out);
                doc_html_escape(out, tr_text(d->lang, "evidence", "evidence"));
                fputs("</a>", out);
            }
            fputs("</li>\n", out);
            break;
        case B_TABLE:
            fputs("<table>\n", out);
            for (size_t r = 0; r <= b->nrows; r++) {
                fputs("<tr>", out);
                for (size_t c = 0; c < b->ncols; c++) {
                    fputs(r ? "<td>" : "<th>", out);
                    doc_html_escape(out, shown(b, r * b->ncols + c));
                    fputs(r ? "</td>" : "</th>", out);
                }
                fputs("</tr>\n", out);
            }
            fputs("</table>\n", out);
            break;
        case B_BARS:
            render_bars_svg(b, out);
            break;
        }
    }
    if (in_list)
        fputs("</ul>\n", out);
    fputs("</body></html>\n", out);
}

/* ---- JSON: one object per block, in order ---- */

/* A translated table's words as the page shows them, beside the keys and
** values that stay the same in every language: its heads, then each row's
** cells, as arrays in column order. */
static json_t *shown_rows(const block *b)
{
    json_t *a = json_array();
    for (size_t r = 0; r <= b->nrows; r++) {
        json_t *row = json_array();
        for (size_t c = 0; c < b->ncols; c++)
            json_array_append_new(row, json_string(shown(b, r * b->ncols + c)));
        json_array_append_new(a, row);
    }
    return a;
}

static json_t *block_json(const doc *d, size_t i)
{
    static const char *const kinds[] = {"heading", "paragraph", "item", "table", "bars", "line"};
    const block *b = &d->b[i];
    char id[32];
    json_t *o;
    snprintf(id, sizeof id, "%zu", i + 1);
    o = json_pack("{s:s,s:s}", "id", id, "kind", kinds[b->kind]);
    if (b->text)
        json_object_set_new(o, "text", json_string(b->text));
    if (b->kind == B_HEADING) {
        json_object_set_new(o, "level", json_integer(b->level));
        json_object_set_new(o, "anchor", json_string(b->anchor));
    }
    if (b->kind == B_ITEM && b->anchor)
        json_object_set_new(o, "evidence", json_string(b->anchor));
    if (b->kind == B_TABLE) {
        json_t *rows = json_array(), *heads = json_array();
        for (size_t c = 0; c < b->ncols; c++)
            json_array_append_new(heads, json_string(b->cells[c]));
        for (size_t r = 1; r <= b->nrows; r++) {
            json_t *row = json_object();
            for (size_t c = 0; c < b->ncols; c++)
                json_object_set_new(row, b->cells[c], json_string(b->cells[r * b->ncols + c]));
            json_array_append_new(rows, row);
        }
        json_object_set_new(o, "columns", heads);
        json_object_set_new(o, "rows", rows);
        if (b->shown)
            json_object_set_new(o, "shown", shown_rows(b));
    }
    if (b->kind == B_BARS) {
        json_t *bars = json_array();
        for (size_t k = 0; k < b->nrows; k++) {
            json_t *bar = json_pack("{s:s,s:o,s:o}", "label", b->cells[k], "value",
                                    jo_real(b->lo[k]), "max", jo_real(b->hi[k]));
            if (b->shown)
                json_object_set_new(bar, "shown", json_string(shown(b, k)));
            json_array_append_new(bars, bar);
        }
        json_object_set_new(o, "unit", json_string(b->unit));
        if (b->shown_unit)
            json_object_set_new(o, "shown_unit", json_string(b->shown_unit));
        json_object_set_new(o, "bars", bars);
    }
    return o;
}

json_t *doc_json(const doc *d)
{
    json_t *a;
    if (d->failed || !(a = json_array()))
        return NULL;
    for (size_t i = 0; i < d->n; i++)
        json_array_append_new(a, block_json(d, i));
    return json_pack("{s:s,s:o}", "title", d->title ? d->title : "", "blocks", a);
}

static void render_json(const doc *d, FILE *out)
{
    fputs("[", out);
    for (size_t i = 0; i < d->n; i++) {
        json_t *o = block_json(d, i);
        fputs(i ? ",\n" : "\n", out);
        json_dumpf(o, out, JO_FLAGS);
        json_decref(o);
    }
    fputs(d->n ? "\n]\n" : "]\n", out);
}

int doc_render(const doc *d, int format, FILE *out)
{
    if (d->failed)
        return -1;
    switch (format) {
    case DOC_TEXT: render_plain(d, out, 0); break;
    case DOC_MD: render_plain(d, out, 1); break;
    case DOC_HTML: render_html(d, out); break;
    case DOC_JSON: render_json(d, out); break;
    default: return -1;
    }
    return ferror(out) ? -1 : 0;
}
