# docs/api.md and docs/openapi.json are written from the route table and
# must be current (make api-docs rewrites them).
$ amur serve --api-doc | diff - docs/api.md && echo api.md current
$ amur serve --openapi | diff - docs/openapi.json && echo openapi.json current
--- stdout
api.md current
openapi.json current
--- status
0
