# Usage errors exit 2 and suggest what was meant.
$ amur projcts; echo "status $?"
$ amur claims --subjet bridge; echo "status $?"
$ amur load; echo "status $?"
$ amur load a b; echo "status $?"
$ amur --db; echo "status $?"
$ amur; echo "status $?"
$ amur help nothing; echo "status $?"
--- stdout
status 2
status 2
status 2
status 2
status 2
status 2
status 2
--- stderr
amur: unknown command 'projcts' (did you mean 'projects'?); amur help lists them
amur: claims: unknown option '--subjet' (did you mean '--subject'?)
amur: usage: amur load DIR
amur: usage: amur load DIR
amur: --db needs a PATH
amur: no command given; amur help lists them
amur: unknown command 'nothing'; amur help lists the commands
--- status
0
