/*
** fuzz_http.c — libFuzzer target for the HTTP server as a whole: the
** input is sent as raw bytes, as a client would send them, to the real
** server (src/web/server.c on libmicrohttpd, with its %-decoding, query
** checks, routing, request deadline and handlers) through a socket pair;
** the server listens nowhere (web_server_adopt) and serves a private copy
** of the fuzz database (fuzz_db.h), whose editor token lets inputs that
** carry `Authorization: Bearer fuzz-editor-token` write claims.
**
** After the input the client half-closes its end and reads until the
** server closes. Checked: whatever the server answers begins with an
** HTTP/1.x status line, and it closes the connection within
** ANSWER_TIMEOUT_MS, which the request deadline must see to (a request
** it kept waiting for would hold a connection for good).
*/
#include <errno.h>
#include <poll.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "../src/web/server.h"
#include "fuzz_db.h"

/* libmicrohttpd (0.9.75) waits for the rest of a request line that the
** client ended without CRLF: only the server's deadline closes such a
** connection, so it is short here, and the answer's time limit a few times it */
#define DEADLINE_MS 40
#define ANSWER_TIMEOUT_MS 2000

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static web_server *server;

static void stop_server(void)
{
    web_server_stop(server);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    const char *path = fuzz_db_make();
    amur_err err = {0, ""};
    web_opts o = {.bind = "127.0.0.1", .port = -1, .threads = 1, .out = stderr,
                  .request_timeout_ms = DEADLINE_MS};
    (void)argc;
    (void)argv;
    if (!path)
        exit(1);
    o.db = path;
    if (web_server_start(&o, &server, &err)) {
        fprintf(stderr, "fuzz_http: %s\n", err.msg);
        exit(1);
    }
    atexit(stop_server);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    int sv[2];
    char buf[4096], head[8];
    size_t got = 0, off = 0;
    amur_err err = {0, ""};

    if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) != 0)
        return 0;
    if (web_server_adopt(server, sv[0], &err)) {
        close(sv[0]);
        close(sv[1]);
        return 0;
    }
    if (size == 0)
        shutdown(sv[1], SHUT_WR);
    /* write what the socket takes, reading answers meanwhile, so that a
    ** large input cannot deadlock against a server blocked on writing */
    for (;;) {
        struct pollfd p = {sv[1], POLLIN | (off < size ? POLLOUT : 0), 0};
        ssize_t n;
        if (poll(&p, 1, ANSWER_TIMEOUT_MS) == 0) {
            fprintf(stderr, "fuzz_http: no answer and no close in %d ms\n", ANSWER_TIMEOUT_MS);
            abort();
        }
        if ((p.revents & POLLOUT) && off < size) {
            n = send(sv[1], data + off, size - off, MSG_NOSIGNAL | MSG_DONTWAIT);
            if (n > 0)
                off += (size_t)n;
            else if (errno != EAGAIN && errno != EWOULDBLOCK)
                off = size; /* the server closed its end: stop sending */
            if (off == size)
                shutdown(sv[1], SHUT_WR);
            continue;
        }
        if (p.revents & (POLLIN | POLLHUP | POLLERR)) {
            n = recv(sv[1], buf, sizeof buf, MSG_DONTWAIT);
            if (n <= 0)
                break;
            if (got < sizeof head)
                memcpy(head + got, buf,
                       (size_t)n < sizeof head - got ? (size_t)n : sizeof head - got);
            got += (size_t)n;
        }
    }
    if (got && (got < 7 || memcmp(head, "HTTP/1.", 7) != 0)) {
        fprintf(stderr, "fuzz_http: an answer that is not HTTP\n");
        abort();
    }
    close(sv[1]);
    return 0;
}
