/*
** cmd_serve.c — amur serve: the dashboard and the JSON API over HTTP
** (web/server.h); with --openapi or --api-doc, the API's reference
** written from the route table instead (docs/openapi.json, docs/api.md).
*/
#include <stdio.h>

#include "../web/routes.h"
#include "../web/server.h"
#include "cli.h"

int cmd_serve(cli *c)
{
    web_opts o = {c->db, "127.0.0.1", 8080, 0, stdout, 0, 0};
    double port = 8080, threads = 0, timeout = WEB_REQUEST_TIMEOUT_S,
           per_address = WEB_MAX_PER_ADDRESS;
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
        (rc = cli_opt_number(c, "max-per-address", 1, WEB_MAX_CONNECTIONS, 1, &per_address)))
        return rc;
    if (cli_opt_value(c, "bind"))
        o.bind = cli_opt_value(c, "bind");
    o.port = (int)port;
    o.threads = (int)threads;
    o.request_timeout_ms = (long)timeout * 1000;
    o.max_per_address = (int)per_address;
    return web_serve(&o, &c->err);
}
