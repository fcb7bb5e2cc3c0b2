/*
** cmd_serve.c — amur serve: the dashboard and the JSON API over HTTP
** (web/server.h); with --openapi or --api-doc, the API's reference
** written from the route table instead (docs/openapi.json, docs/api.md).
*/
#include <stdio.h>

#include "../web/routes.h"
#include "../web/server.h"
#include "../web/subjects.h"
#include "cli.h"

int cmd_serve(cli *c)
{
    web_opts o = {.db = c->db, .bind = "127.0.0.1", .port = 8080, .out = stdout};
    double port = 8080, threads = 0, timeout = WEB_REQUEST_TIMEOUT_S,
           per_address = WEB_MAX_PER_ADDRESS, lock_wait = WEB_LOCK_WAIT_MS,
           subject_cache = SUBJ_CACHE_DEFAULT;
    int rc;

    if (cli_opt_value(c, "openapi")) {
        json_t *doc = api_openapi();
        if (!doc || json_dumpf(doc, stdout, JSON_INDENT(2)) || putchar('\n') == EOF)
            rc = err_set(&c->err, AMUR_ESYS, "serve: cannot write the OpenAPI document");
        else
            rc = AMUR_OK;
        json_decref(doc);
        return rc;
    }
    if (cli_opt_value(c, "api-doc")) {
        api_write_markdown(stdout);
        return AMUR_OK;
    }
    if ((rc = cli_opt_number(c, "port", 0, 65535, 1, &port)) ||
        (rc = cli_opt_number(c, "threads", 1, 64, 1, &threads)) ||
        (rc = cli_opt_number(c, "request-timeout", 1, 3600, 1, &timeout)) ||
        (rc = cli_opt_number(c, "max-per-address", 1, WEB_MAX_CONNECTIONS, 1, &per_address)) ||
        /* not 0: PostgreSQL reads a lock_timeout of 0 as no bound at all */
        (rc = cli_opt_number(c, "lock-wait", 1, 3600000, 1, &lock_wait)) ||
        (rc = cli_opt_number(c, "subject-cache", 1, SUBJ_CACHE_MAX, 1, &subject_cache)))
        return rc;
    if (cli_opt_value(c, "bind"))
        o.bind = cli_opt_value(c, "bind");
    o.port = (int)port;
    o.threads = (int)threads;
    o.request_timeout_ms = (long)timeout * 1000;
    o.max_per_address = (int)per_address;
    o.lock_wait_ms = (long)lock_wait;
    o.subject_cache = (long)subject_cache;
    return web_serve(&o, &c->err);
}
