/*
** conns.h — which connections amur serve keeps, and for how long: the
** share one client address may hold, who gives way when the server is
** full, and the deadline for a request to come in.
**
** The server (server.c) tells this module of each connection as
** libmicrohttpd opens and closes it, and of each request as it begins,
** comes in whole and is answered. The module shuts connections down (the
** socket, both ways: libmicrohttpd has no call to close a connection from
** outside, but drops one whose socket is shut down):
**
** - A share per address: one client address holds at most PER_ADDRESS
**   live connections (WEB_MAX_PER_ADDRESS, a sixteenth of the limit, by
**   default). One more takes the place of the address's oldest idle
**   keep-alive connection (answered, nothing more asked on it), or is
**   shut down at once, without an answer, when it has none. IPv6
**   clients are counted by their /64 network, which one subscriber usually
**   holds whole, so that the 2^64 addresses of one line are one address
**   here; an IPv4 address mapped into IPv6 counts as that IPv4 address.
** - Room when full: past MAX live connections, one is shut down to make
**   room for the new one: an idle keep-alive connection if there is one,
**   from the address that holds the
**   most, the oldest of those; otherwise one still waiting for its request
**   (nothing sent yet, or a request trickling in) from an address that
**   holds more connections than the new one's, the most first, the oldest
**   of those. Otherwise every connection is at work or the new one comes
**   from the greediest address, and the new one is shut down. So clients
**   that only hold connections open, from two, four or sixteen addresses,
**   give way to a new client.
** - A deadline: a watchdog thread shuts down a connection whose request
**   (line, headers and body) has not come in whole within DEADLINE_MS of
**   the connection's start or of the end of its previous request, so a
**   slow client cannot hold one by trickling bytes.
**
** Ownership: conns_new() returns a table that conns_free() frees, once
** the server that reports to it has stopped; conns_open() returns a
** connection that conns_close() frees. Every function takes the table's
** lock itself, so the server's threads call them as they like.
*/
#ifndef AMUR_CONNS_H
#define AMUR_CONNS_H

#include <sys/socket.h>

typedef struct conns conns;
typedef struct conns_item conns_item;

/* A table for at most MAX live connections, PER_ADDRESS of them from one
** address, and requests that take at most DEADLINE_MS to come in; NULL
** when out of memory. */
conns *conns_new(int max, int per_address, long long deadline_ms);
/* Starts the watchdog thread that keeps the deadline: 0, or -1. */
int conns_watch(conns *cs);
/* Stops the watchdog and frees CS and any connection still in it. */
void conns_free(conns *cs);

/* A new connection on socket FD from ADDR (NULL or of another family:
** counted as one unknown address). It may be shut down at once (its
** address holds its share, or the server is full); the server learns that
** when libmicrohttpd closes it. NULL when out of memory: the connection
** is then not tracked, and only libmicrohttpd's idle timeout applies. */
conns_item *conns_open(conns *cs, int fd, const struct sockaddr *addr);
/* C is closed (libmicrohttpd says so before it closes the socket, so the
** watchdog never shuts down a number that another connection reuses). */
void conns_close(conns *cs, conns_item *c);

/* A request has begun to come in on C: it is not idle. */
void conns_request(conns *cs, conns_item *c);
/* The request has come in whole (or was refused): its deadline stops. */
void conns_received(conns *cs, conns_item *c);
/* The request was answered: the connection is idle until the next one,
** whose deadline starts now. */
void conns_answered(conns *cs, conns_item *c);

/* Live connections (not shut down), and whether C was shut down: for
** tests. */
int conns_live(conns *cs);
int conns_was_cut(conns *cs, const conns_item *c);

#endif
