/*
** cmd_synth.c — amur synth: a synthetic dataset bundle, or with --iati an
** IATI activity file, of any size, for benchmarks and tests (synth/synth.h).
*/
#include <unistd.h>

#include "../synth/synth.h"
#include "cli.h"

int cmd_synth(cli *c)
{
    synth_opts o = {1000, 10, 1, 0};
    double projects = (double)o.projects, claims = o.claims, seed = (double)o.seed;

    if (cli_opt_number(c, "projects", 1, (double)SYNTH_MAX_PROJECTS, 1, &projects) ||
        cli_opt_number(c, "claims-per-project", 0, SYNTH_MAX_CLAIMS, 1, &claims) ||
        cli_opt_number(c, "seed", 0, 999999999999999.0, 1, &seed))
        return c->err.code;
    o.projects = (uint64_t)projects;
    o.claims = (unsigned)claims;
    o.seed = (uint64_t)seed;
    o.progress = !c->quiet;
    if (cli_opt_value(c, "iati"))
        return synth_iati(c->pos[0], &o, &c->err);
    return synth_bundle(c->pos[0], &o, &c->err);
}
