# docs/amur.1 is generated from the command table and must be current
# (make man rewrites it).
$ amur help --man | diff - docs/amur.1 && echo current
--- stdout
current
--- status
0
