/*
** conns.c — see conns.h.
**
** Connections are a list; the addresses they come from are a small hash
** table of groups, each counting its live connections, so that admitting
** a connection costs a lookup, not a walk. Only making room walks the
** list, and only when the server is full.
*/
#include "conns.h"

#include <netinet/in.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define GROUP_BUCKETS 1024 /* a power of two */
#define KEY_MAX 8          /* an IPv4 address, or an IPv6 /64 */

/* The connections from one address (see conns.h for what one is). */
typedef struct group {
    struct group *next; /* in its bucket */
    unsigned char key[KEY_MAX];
    unsigned char len;
    int live; /* its connections not shut down */
    int refs; /* its connections, shut down or not */
} group;

/* A connection, as the deadline and the room-making see it. */
struct conns_item {
    struct conns_item *prev, *next;
    group *g;
    int fd;
    long long since; /* monotonic ms: the connection's start, or its last answer */
    int receiving;   /* its request is not in yet (0 while it is handled) */
    int started;     /* a request has begun to come in since the last answer */
    int cut;         /* shut down */
    long served;     /* requests answered on it */
};

struct conns {
    pthread_mutex_t lock; /* guards everything below */
    int max, per_address;
    long long deadline_ms;
    int live; /* connections not shut down */
    conns_item *list;
    group *buckets[GROUP_BUCKETS];
    pthread_cond_t wake;
    int stopping;
    int watching; /* the watchdog thread was started */
    pthread_t watchdog;
};

static long long now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (long long)t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

conns *conns_new(int max, int per_address, long long deadline_ms)
{
    conns *cs = calloc(1, sizeof *cs);
    if (!cs)
        return NULL;
    cs->max = max;
    cs->per_address = per_address;
    cs->deadline_ms = deadline_ms;
    pthread_mutex_init(&cs->lock, NULL);
    pthread_cond_init(&cs->wake, NULL);
    return cs;
}

/* ---- addresses ---- */

/* The key ADDR is counted under: its IPv4 address (also when mapped into
** IPv6), or its IPv6 /64; empty for anything else. */
static unsigned char key_of(const struct sockaddr *addr, unsigned char key[KEY_MAX])
{
    static const unsigned char mapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
    if (addr && addr->sa_family == AF_INET) {
        memcpy(key, &((const struct sockaddr_in *)addr)->sin_addr, 4);
        return 4;
    }
    if (addr && addr->sa_family == AF_INET6) {
        const unsigned char *a = ((const struct sockaddr_in6 *)addr)->sin6_addr.s6_addr;
        if (memcmp(a, mapped, sizeof mapped) == 0) {
            memcpy(key, a + 12, 4);
            return 4;
        }
        memcpy(key, a, 8);
        return 8;
    }
    return 0;
}

static group **bucket_of(conns *cs, const unsigned char *key, unsigned char len)
{
    uint32_t h = 2166136261u ^ len;
    for (unsigned i = 0; i < len; i++)
        h = (h ^ key[i]) * 16777619u;
    return &cs->buckets[h & (GROUP_BUCKETS - 1)];
}

/* The group of KEY, made when it is new; NULL when out of memory. */
static group *group_get(conns *cs, const unsigned char *key, unsigned char len)
{
    group **b = bucket_of(cs, key, len), *g;
    for (g = *b; g; g = g->next)
        if (g->len == len && memcmp(g->key, key, len) == 0)
            return g;
    if (!(g = calloc(1, sizeof *g)))
        return NULL;
    memcpy(g->key, key, len);
    g->len = len;
    g->next = *b;
    *b = g;
    return g;
}

static void group_drop(conns *cs, group *g)
{
    group **p;
    if (--g->refs > 0)
        return;
    for (p = bucket_of(cs, g->key, g->len); *p != g; p = &(*p)->next)
        ;
    *p = g->next;
    free(g);
}

/* ---- shutting down ---- */

static void cut(conns *cs, conns_item *c)
{
    shutdown(c->fd, SHUT_RDWR);
    c->cut = 1;
    c->g->live--;
    cs->live--;
}

/* Called with the lock held when FRESH has taken the server past its
** limit: shuts down one connection (conns.h says which). */
static void make_room(conns *cs, conns_item *fresh)
{
    conns_item *victim = NULL;
    int victim_idle = 0;
    for (conns_item *c = cs->list; c; c = c->next) {
        int idle, better;
        if (c == fresh || c->cut || !c->receiving)
            continue;
        idle = c->served > 0 && !c->started;
        /* one still waiting for its request gives way only to an address
        ** that holds fewer connections than its own */
        if (!idle && c->g->live <= fresh->g->live)
            continue;
        if (!victim)
            better = 1;
        else if (idle != victim_idle)
            better = idle;
        else if (c->g->live != victim->g->live)
            better = c->g->live > victim->g->live;
        else
            better = c->since < victim->since;
        if (better) {
            victim = c;
            victim_idle = idle;
        }
    }
    cut(cs, victim ? victim : fresh);
}

/* Called with the lock held when FRESH has taken its address past its
** share: its oldest idle keep-alive connection gives way, or FRESH goes. */
static void keep_share(conns *cs, conns_item *fresh)
{
    conns_item *victim = NULL;
    for (conns_item *c = cs->list; c; c = c->next)
        if (c != fresh && c->g == fresh->g && !c->cut && c->receiving && c->served > 0 &&
            !c->started && (!victim || c->since < victim->since))
            victim = c;
    cut(cs, victim ? victim : fresh);
}

conns_item *conns_open(conns *cs, int fd, const struct sockaddr *addr)
{
    unsigned char key[KEY_MAX];
    unsigned char len = key_of(addr, key);
    conns_item *c = calloc(1, sizeof *c);
    if (!c)
        return NULL;
    c->fd = fd;
    c->since = now_ms();
    c->receiving = 1;
    pthread_mutex_lock(&cs->lock);
    if (!(c->g = group_get(cs, key, len))) {
        pthread_mutex_unlock(&cs->lock);
        free(c);
        return NULL;
    }
    c->g->refs++;
    c->g->live++;
    cs->live++;
    c->next = cs->list;
    if (cs->list)
        cs->list->prev = c;
    cs->list = c;
    if (c->g->live > cs->per_address)
        keep_share(cs, c);
    else if (cs->live > cs->max)
        make_room(cs, c);
    pthread_mutex_unlock(&cs->lock);
    return c;
}

void conns_close(conns *cs, conns_item *c)
{
    if (!c)
        return;
    pthread_mutex_lock(&cs->lock);
    if (!c->cut) {
        c->g->live--;
        cs->live--;
    }
    if (c->prev)
        c->prev->next = c->next;
    else
        cs->list = c->next;
    if (c->next)
        c->next->prev = c->prev;
    group_drop(cs, c->g);
    pthread_mutex_unlock(&cs->lock);
    free(c);
}

/* ---- requests ---- */

void conns_request(conns *cs, conns_item *c)
{
    if (!c)
        return;
    pthread_mutex_lock(&cs->lock);
    c->started = 1;
    pthread_mutex_unlock(&cs->lock);
}

void conns_received(conns *cs, conns_item *c)
{
    if (!c)
        return;
    pthread_mutex_lock(&cs->lock);
    c->receiving = 0;
    pthread_mutex_unlock(&cs->lock);
}

void conns_answered(conns *cs, conns_item *c)
{
    if (!c)
        return;
    pthread_mutex_lock(&cs->lock);
    c->since = now_ms();
    c->served++;
    c->started = 0;
    c->receiving = 1;
    pthread_mutex_unlock(&cs->lock);
}

int conns_live(conns *cs)
{
    int n;
    pthread_mutex_lock(&cs->lock);
    n = cs->live;
    pthread_mutex_unlock(&cs->lock);
    return n;
}

int conns_was_cut(conns *cs, const conns_item *c)
{
    int was;
    pthread_mutex_lock(&cs->lock);
    was = c->cut;
    pthread_mutex_unlock(&cs->lock);
    return was;
}

/* ---- the deadline ---- */

static void *watchdog(void *cls)
{
    conns *cs = cls;
    pthread_mutex_lock(&cs->lock);
    while (!cs->stopping) {
        struct timespec until;
        long long now = now_ms();
        for (conns_item *c = cs->list; c; c = c->next)
            if (c->receiving && !c->cut && now - c->since > cs->deadline_ms)
                cut(cs, c);
        /* looking four times a deadline (at most every 250 ms) makes a
        ** connection at most a quarter late */
        clock_gettime(CLOCK_REALTIME, &until);
        until.tv_nsec += 1000000L * (cs->deadline_ms < 1000 ? cs->deadline_ms / 4 + 1 : 250);
        if (until.tv_nsec >= 1000000000L) {
            until.tv_sec++;
            until.tv_nsec -= 1000000000L;
        }
        pthread_cond_timedwait(&cs->wake, &cs->lock, &until);
    }
    pthread_mutex_unlock(&cs->lock);
    return NULL;
}

int conns_watch(conns *cs)
{
    if (pthread_create(&cs->watchdog, NULL, watchdog, cs) != 0)
        return -1;
    cs->watching = 1;
    return 0;
}

void conns_free(conns *cs)
{
    if (!cs)
        return;
    if (cs->watching) {
        pthread_mutex_lock(&cs->lock);
        cs->stopping = 1;
        pthread_cond_signal(&cs->wake);
        pthread_mutex_unlock(&cs->lock);
        pthread_join(cs->watchdog, NULL);
    }
    while (cs->list) {
        conns_item *c = cs->list;
        cs->list = c->next;
        group_drop(cs, c->g);
        free(c);
    }
    pthread_mutex_destroy(&cs->lock);
    pthread_cond_destroy(&cs->wake);
    free(cs);
}
